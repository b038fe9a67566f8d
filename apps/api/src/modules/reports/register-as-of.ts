import { addDays, type IsoDate } from '@tilsyn/domain';
import type { DataSource, EntityManager } from 'typeorm';

/**
 * The register tables kept in register_history (the migration `reports-records-history` puts a
 * trigger on each). An as-of read shadows every one of them, so joins never mix two dates.
 */
export const HISTORY_TABLES = [
  'processor',
  'processing_location',
  'subprocessor_link',
  'agreement',
  'agreement_clause',
  'transfer',
  'tia',
  'tia_transfer',
  'country',
  'adequacy_decision',
  'organisation_settings',
  'review',
  'supervision_cadence',
  'processing_activity',
  'retention_rule',
  'client_engagement',
] as const;

/** The first instant after `day` in Copenhagen: "as of 1 March" means everything recorded that day. */
export async function endOfCopenhagenDay(db: DataSource | EntityManager, day: IsoDate): Promise<Date> {
  const rows = (await db.query(`SELECT ($1::date::timestamp AT TIME ZONE 'Europe/Copenhagen') AS at`, [addDays(day, 1)])) as { at: Date }[];
  return rows[0].at;
}

/**
 * Runs `read` against the register as it was recorded before `at`. Inside one transaction, a
 * temporary table with each tracked table's name holds that day's rows (PostgreSQL looks in the
 * session's temporary schema first), so the same queries and repositories that read today's
 * register read the past one. The transaction is always rolled back: nothing is written, and the
 * temporary tables vanish with it.
 */
export async function readRegisterAsOf<T>(dataSource: DataSource, at: Date, read: (em: EntityManager) => Promise<T>): Promise<T> {
  const runner = dataSource.createQueryRunner();
  await runner.connect();
  try {
    await runner.startTransaction('REPEATABLE READ');
    for (const table of HISTORY_TABLES) {
      await runner.query(`CREATE TEMP TABLE "${table}" ON COMMIT DROP AS SELECT * FROM public.register_as_of(NULL::public."${table}", '${table}', $1)`, [at]);
    }
    return await read(runner.manager);
  } finally {
    if (runner.isTransactionActive) await runner.rollbackTransaction();
    await runner.release();
  }
}
