/** Reminder days before a due date: whole days from 1 to 365 (a year's notice at most). */
export const MAX_BEFORE_DAYS = 365;

export type DayListResult = { ok: true; days: number[] } | { ok: false; problem: 'not_a_number' | 'out_of_range' };

/**
 * "30, 7" → [30, 7]: the days before the due date a reminder goes out, largest first, each once.
 * Commas, semicolons or spaces separate them; an empty text means no reminders before the day.
 */
export function parseDayList(text: string): DayListResult {
  const parts = text
    .split(/[\s,;]+/)
    .map((p) => p.trim())
    .filter((p) => p !== '');
  const days: number[] = [];
  for (const part of parts) {
    if (!/^\d+$/.test(part)) return { ok: false, problem: 'not_a_number' };
    const n = Number(part);
    if (n < 1 || n > MAX_BEFORE_DAYS) return { ok: false, problem: 'out_of_range' };
    if (!days.includes(n)) days.push(n);
  }
  return { ok: true, days: days.sort((a, b) => b - a) };
}

export const formatDayList = (days: readonly number[]) => days.join(', ');

/** A whole number of days or months from `min` to `max`, or null when the text is not one. */
export function wholeNumber(text: string, min: number, max: number): number | null {
  if (!/^\s*\d+\s*$/.test(text)) return null;
  const n = Number(text);
  return n >= min && n <= max ? n : null;
}
