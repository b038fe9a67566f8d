import type { DataSource } from 'typeorm';
import { SignInThrottleEntity } from './sign-in-throttle.entity.js';

/** The SQL of the per-address sign-in throttle (the only place that reads or writes its table). */
export class SignInThrottleRepository {
  constructor(
    private readonly dataSource: DataSource,
    private readonly windowMs: number,
  ) {}

  /**
   * Counts one sign-in attempt for the address, BEFORE its password is checked, in one statement
   * (concurrent requests and processes add up; a window that has ended starts over), and returns
   * the count. Counting first means parallel attempts cannot all pass the limit while the slow
   * password checks run; a successful sign-in gives its attempt back (`forgive`).
   */
  async countAttempt(clientKey: string, now: Date): Promise<number> {
    const windowStart = new Date(now.getTime() - this.windowMs);
    const rows = (await this.dataSource.query(
      `INSERT INTO sign_in_throttle AS t (client_key, window_started_at, failures) VALUES ($1, $2, 1)
       ON CONFLICT (client_key) DO UPDATE SET
         failures = CASE WHEN t.window_started_at <= $3 THEN 1 ELSE t.failures + 1 END,
         window_started_at = CASE WHEN t.window_started_at <= $3 THEN $2 ELSE t.window_started_at END
       RETURNING failures`,
      [clientKey, now, windowStart],
    )) as { failures: number }[];
    return rows[0].failures;
  }

  /** A successful sign-in's attempt is not a failure: it no longer counts against the address. */
  async forgive(clientKey: string): Promise<void> {
    await this.dataSource
      .createQueryBuilder()
      .update(SignInThrottleEntity)
      .set({ failures: () => 'greatest(failures - 1, 0)' })
      .where({ clientKey })
      .execute();
  }

  /** Forgets windows that ended before `now` (keeps the table to the addresses of one window). */
  async prune(now: Date): Promise<void> {
    await this.dataSource.createQueryBuilder().delete().from(SignInThrottleEntity).where('window_started_at <= :before', { before: new Date(now.getTime() - this.windowMs) }).execute();
  }
}
