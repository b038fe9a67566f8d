import type { Clock } from '@tilsyn/domain';
import type { DataSource, EntityManager } from 'typeorm';

/**
 * The test-only clock (TILSYN_TEST_CLOCK=true; the configuration refuses it in production). It
 * runs at real speed from an offset that is stored in the database, so every process on the same
 * database moves together: a simulation sets it once and each job reads it again before it acts.
 * Delivery mechanics (job expiry, SMTP time-outs) stay on real time; only the business dates move.
 */
export class SettableClock implements Clock {
  private offsetMs = 0;

  now(): Date {
    return new Date(Date.now() + this.offsetMs);
  }

  /** Reads the shared offset (each job calls this first). */
  async sync(db: DataSource | EntityManager): Promise<void> {
    const rows = (await db.query('SELECT offset_ms FROM test_clock WHERE id = 1')) as { offset_ms: string }[];
    this.offsetMs = rows[0] ? Number(rows[0].offset_ms) : 0;
  }

  /** Moves every process's clock to `at` (from now on running at real speed). */
  async set(db: DataSource | EntityManager, at: Date): Promise<void> {
    this.offsetMs = at.getTime() - Date.now();
    await db.query('INSERT INTO test_clock (id, offset_ms) VALUES (1, $1) ON CONFLICT (id) DO UPDATE SET offset_ms = EXCLUDED.offset_ms', [this.offsetMs]);
  }
}

/** Syncs the clock when it is the test clock; a no-op for the system clock. */
export async function syncClock(clock: Clock, db: DataSource | EntityManager): Promise<void> {
  if (clock instanceof SettableClock) await clock.sync(db);
}
