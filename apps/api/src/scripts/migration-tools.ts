import { randomBytes } from 'node:crypto';
import { createLogger } from '../common/logger.js';
import { createDataSource } from '../database/data-source.js';
import { runMigrations } from '../database/migrate.js';
import { startScratchServer } from '../database/scratch-database.js';

/**
 * Applies every committed migration to an empty database, then asks TypeORM which statements
 * would still be needed to match the entities (what `migration:generate` does).
 */
export async function pendingSchemaChanges(): Promise<{ up: string[]; down: string[] }> {
  const logger = createLogger(process.env.LOG_LEVEL ?? 'warn');
  const server = await startScratchServer(logger);
  const name = `tilsyn_drift_${randomBytes(4).toString('hex')}`;
  try {
    const url = await server.createDatabase(name);
    const ds = createDataSource(url, { extra: { max: 2 } });
    await ds.initialize();
    try {
      await runMigrations(ds);
      const sql = await ds.driver.createSchemaBuilder().log();
      return {
        up: sql.upQueries.map((q) => q.query),
        down: sql.downQueries.map((q) => q.query).reverse(),
      };
    } finally {
      await ds.destroy();
    }
  } finally {
    await server.dropDatabase(name).catch(() => undefined);
    await server.stop();
  }
}
