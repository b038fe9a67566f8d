import { isConnectionLoss } from './connection-loss.js';

/**
 * pg's own words when it gave up waiting: for a free pooled connection (connectionTimeoutMillis),
 * for a query's answer (query_timeout, the client-side bound that still holds when the server is
 * frozen), or for a new connection.
 */
const WAITED_TOO_LONG = /timeout exceeded when trying to connect|Query read timeout|Connection terminated due to connection timeout|connection timeout/i;

/** PostgreSQL's statement_timeout / lock_timeout / idle-in-transaction cancellations, and "too many connections". */
const GAVE_UP_CODES = new Set(['57014', '55P03', '25P03', '53300', '08000', '08001', '08003', '08004', '08006']);

/**
 * True when an error says the database is unavailable right now (stopped, restarting, frozen, out
 * of connections, or a statement cancelled by its time-out) rather than that the request was wrong
 * or our code failed. Such requests are answered 503 with Retry-After, never 500 (issue 15, item 8).
 */
export function isDatabaseUnavailable(error: unknown): boolean {
  if (isConnectionLoss(error)) return true;
  const e = error as { code?: unknown; message?: unknown; driverError?: unknown } | null;
  if (!e || typeof e !== 'object') return false;
  if (typeof e.code === 'string' && GAVE_UP_CODES.has(e.code)) return true;
  if (typeof e.message === 'string' && WAITED_TOO_LONG.test(e.message)) return true;
  // TypeORM wraps the driver's error (QueryFailedError.driverError).
  return e.driverError !== undefined && e.driverError !== error && isDatabaseUnavailable(e.driverError);
}

/** Seconds a client should wait before trying again when the database is unavailable. */
export const DATABASE_RETRY_AFTER_SECONDS = 5;
