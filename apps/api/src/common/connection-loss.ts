/** Error codes that mean the database went away (refused, reset, or shutting down: 57P01-57P03). */
const GONE_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'EPIPE', 'ETIMEDOUT', '57P01', '57P02', '57P03']);
const GONE_MESSAGES = /Connection terminated|Client has encountered a connection error|Connection is closed|the database system is (shutting down|starting up|in recovery mode)/i;

/**
 * True when an error only says the database connection was lost. pg-boss 10.4 completes or fails
 * a job without awaiting it (manager.js, work → onFetch), so during a PostgreSQL restart that
 * rejection reaches no handler; it is survivable — the job expires and the sweeper picks it up.
 */
export function isConnectionLoss(error: unknown): boolean {
  const e = error as { code?: unknown; message?: unknown } | null;
  if (!e || typeof e !== 'object') return false;
  if (typeof e.code === 'string' && GONE_CODES.has(e.code)) return true;
  return typeof e.message === 'string' && GONE_MESSAGES.test(e.message);
}
