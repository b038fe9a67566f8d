import type { ErasureSettingsRecord } from '../../graphql/types';
import { wholeNumber } from './settings-values';

/** The API's bounds (UpdateErasureSettingsArgs): at most five reminders, each 1–60 days after sending. */
export const ERASURE_LIMITS = {
  reminderDays: { min: 1, max: 60, count: 5 },
  escalateAfterDays: { min: 0, max: 90 },
  linkGraceDays: { min: 1, max: 365 },
  minimumAnswerDays: { min: 1, max: 90 },
  organisationName: { max: 200 },
} as const;

export interface ErasureSettingsDraft {
  organisationName: string;
  reminderDays: string;
  escalateAfterDays: string;
  linkGraceDays: string;
  minimumAnswerDays: string;
}

export const erasureSettingsDraft = (s: ErasureSettingsRecord): ErasureSettingsDraft => ({
  organisationName: s.organisationName,
  reminderDays: [...s.reminderDays].sort((a, b) => a - b).join(', '),
  escalateAfterDays: String(s.escalateAfterDays),
  linkGraceDays: String(s.linkGraceDays),
  minimumAnswerDays: String(s.minimumAnswerDays),
});

export type ReminderDaysResult = { ok: true; days: number[] } | { ok: false; problem: 'not_a_number' | 'out_of_range' | 'too_many' };

/**
 * "5, 10" → [5, 10]: the days after sending on which an unanswered recipient is reminded,
 * smallest first, each once. Commas, semicolons or spaces separate them; empty means no reminders.
 */
export function parseReminderDays(text: string): ReminderDaysResult {
  const { min, max, count } = ERASURE_LIMITS.reminderDays;
  const days: number[] = [];
  for (const part of text.split(/[\s,;]+/).filter((p) => p !== '')) {
    if (!/^\d+$/.test(part)) return { ok: false, problem: 'not_a_number' };
    const n = Number(part);
    if (n < min || n > max) return { ok: false, problem: 'out_of_range' };
    if (!days.includes(n)) days.push(n);
  }
  if (days.length > count) return { ok: false, problem: 'too_many' };
  return { ok: true, days: days.sort((a, b) => a - b) };
}

export type ErasureSettingsField = keyof ErasureSettingsDraft;

/**
 * The draft as updateErasureSettings' arguments, or the fields that are not valid (each with a
 * translation key under tilsyn.erasure.settings): the same bounds the API checks.
 */
export function parseErasureSettings(
  draft: ErasureSettingsDraft,
): { ok: true; value: Omit<ErasureSettingsRecord, 'version'> } | { ok: false; problems: Partial<Record<ErasureSettingsField, string>> } {
  const problems: Partial<Record<ErasureSettingsField, string>> = {};
  const name = draft.organisationName.trim();
  if (!name) problems.organisationName = 'organisation_required';
  else if (name.length > ERASURE_LIMITS.organisationName.max) problems.organisationName = 'organisation_too_long';
  const reminders = parseReminderDays(draft.reminderDays);
  if (!reminders.ok) problems.reminderDays = `reminder_days_${reminders.problem}`;
  const numbers = {} as Record<'escalateAfterDays' | 'linkGraceDays' | 'minimumAnswerDays', number>;
  for (const field of ['escalateAfterDays', 'linkGraceDays', 'minimumAnswerDays'] as const) {
    const n = wholeNumber(draft[field], ERASURE_LIMITS[field].min, ERASURE_LIMITS[field].max);
    if (n === null) problems[field] = 'days_out_of_range';
    else numbers[field] = n;
  }
  if (!reminders.ok || Object.keys(problems).length > 0) return { ok: false, problems };
  return { ok: true, value: { organisationName: name, reminderDays: reminders.days, ...numbers } };
}
