import { REMINDER_STATUSES, type ReminderStatus } from '@tilsyn/domain';
import type { ReminderRecord } from '../../graphql/types';

/** A translation key and its options (polyglot's smart_count picks the plural). */
export interface Words {
  key: string;
  options: Record<string, string | number>;
}

/**
 * A reminder's threshold key in words: BEFORE_30 "30 dage før", DUE "på dagen", OVERDUE_14 "14
 * dage over fristen", ESCALATE_14 "eskalering efter 14 dage". An unknown key is shown as it is.
 */
export function thresholdWords(thresholdKey: string): Words {
  if (thresholdKey === 'DUE') return { key: 'tilsyn.reminders.threshold.due', options: {} };
  const m = /^(BEFORE|OVERDUE|ESCALATE)_(\d+)$/.exec(thresholdKey);
  if (m) return { key: `tilsyn.reminders.threshold.${m[1].toLowerCase()}`, options: { smart_count: Number(m[2]) } };
  return { key: 'tilsyn.reminders.threshold.other', options: { key: thresholdKey } };
}

/** The page a reminder is about: the review, or the DPA whose end date approaches. */
export function reminderSubjectPath(r: Pick<ReminderRecord, 'subjectType' | 'subjectId'>): string | null {
  if (!r.subjectId) return null;
  if (r.subjectType === 'REVIEW') return `/Review/${encodeURIComponent(r.subjectId)}/show`;
  if (r.subjectType === 'AGREEMENT_END') return `/Agreement/${encodeURIComponent(r.subjectId)}/show`;
  return null;
}

/** How many reminders are in each status, in the lifecycle's order, leaving out the empty ones. */
export function reminderStatusSummary(reminders: readonly Pick<ReminderRecord, 'status'>[]): { status: ReminderStatus; count: number }[] {
  return REMINDER_STATUSES.map((status) => ({ status, count: reminders.filter((r) => r.status === status).length })).filter((s) => s.count > 0);
}

/** "550 5.1.1 mailbox unavailable (SMTP 550)": the last error with the SMTP reply code when there is one. */
export function deliveryProblem(r: Pick<ReminderRecord, 'lastError' | 'lastResponseCode'>): string {
  const error = r.lastError?.trim() ?? '';
  const code = r.lastResponseCode;
  if (code == null) return error;
  if (error.startsWith(String(code))) return error;
  return error ? `${error} (SMTP ${code})` : `SMTP ${code}`;
}
