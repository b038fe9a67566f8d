import type { Words } from '../reminders/reminder-words';

/** "om 12 dage" / "i dag" / "3 dage over": days left to a renewal's due date, in words. */
export function daysLeftWords(daysLeft: number): Words {
  if (daysLeft === 0) return { key: 'tilsyn.renewals.days_today', options: {} };
  if (daysLeft > 0) return { key: 'tilsyn.renewals.days_left', options: { smart_count: daysLeft } };
  return { key: 'tilsyn.renewals.days_over', options: { smart_count: -daysLeft } };
}

export const RENEWAL_REASONS = ['ENDS', 'REVIEW_DUE'] as const;

/** The reason filter from the page's URL (`?reason=ENDS`, as the dashboard links it); anything else shows all. */
export function reasonFromSearch(search: string): string | null {
  const reason = new URLSearchParams(search).get('reason');
  return reason && (RENEWAL_REASONS as readonly string[]).includes(reason) ? reason : null;
}
