import type { DataSource } from 'typeorm';
import { SignInThrottleEntity } from './sign-in-throttle.entity.js';

/** The SQL of the per-address sign-in throttle (the only place that reads or writes its table). */
export class SignInThrottleRepository {
  constructor(
    private readonly dataSource: DataSource,
    private readonly windowMs: number,
  ) {}

  /** Failures counted for the address in the window that is open at `now` (0 when none is). */
  async failures(clientKey: string, now: Date): Promise<number> {
    const row = await this.dataSource.getRepository(SignInThrottleEntity).findOneBy({ clientKey });
    if (!row || row.windowStartedAt.getTime() + this.windowMs <= now.getTime()) return 0;
    return row.failures;
  }

  /** Counts one failure, in one statement (concurrent processes add up); a window that has ended starts over. Returns the count. */
  async countFailure(clientKey: string, now: Date): Promise<number> {
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

  /** Forgets windows that ended before `now` (keeps the table to the addresses of one window). */
  async prune(now: Date): Promise<void> {
    await this.dataSource.createQueryBuilder().delete().from(SignInThrottleEntity).where('window_started_at <= :before', { before: new Date(now.getTime() - this.windowMs) }).execute();
  }
}
