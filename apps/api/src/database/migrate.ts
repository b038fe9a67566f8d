import type { DataSource } from 'typeorm';

/** Any constant shared by every Tilsyn process on the database: only one migrates at a time. */
const MIGRATION_LOCK = 7_301_991;

/**
 * Applies pending migrations under a session advisory lock, so several app processes starting
 * together on one database never run the same migration twice. Never `synchronize`.
 */
export async function runMigrations(dataSource: DataSource): Promise<string[]> {
  const runner = dataSource.createQueryRunner();
  await runner.connect();
  try {
    await runner.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK]);
    const applied = await dataSource.runMigrations({ transaction: 'each' });
    return applied.map((m) => m.name);
  } finally {
    await runner.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK]).catch(() => undefined);
    await runner.release();
  }
}

export async function hasPendingMigrations(dataSource: DataSource): Promise<boolean> {
  return dataSource.showMigrations();
}
