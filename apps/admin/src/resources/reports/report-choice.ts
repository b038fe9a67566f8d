/** The period a period report covers by default: the twelve months up to today (as the API). */
export function defaultPeriod(today: string): { from: string; to: string } {
  const [y, m, d] = today.split('-').map(Number);
  const start = new Date(Date.UTC(y - 1, m - 1, d + 1));
  return { from: start.toISOString().slice(0, 10), to: today };
}
