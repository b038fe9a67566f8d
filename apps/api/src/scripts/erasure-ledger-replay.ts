import 'reflect-metadata';
import { createLogger } from '../common/logger.js';
import { ConfigError, loadConfig } from '../config/config.js';
import { createDataSource } from '../database/data-source.js';
import { startEmbeddedPostgres, type EmbeddedPostgresHandle } from '../database/embedded-postgres.js';
import { runMigrations } from '../database/migrate.js';
import { ErasureLedgerService } from '../modules/erasure/erasure-ledger.service.js';

/**
 * `npm run erasure:replay` (issue 6, reliability.md R19): after restoring a database backup, with
 * Tilsyn stopped, re-apply the erasure ledger file (TILSYN_LEDGER_DIR, else <data dir>/ledger) so
 * that people erased after the backup are erased again and no answered notice is sent again.
 * Uses DATABASE_URL, or the embedded PostgreSQL in the data directory as `npm start` does.
 */
async function main(): Promise<void> {
  const config = loadConfig();
  const logger = createLogger(config.logLevel);
  let embedded: EmbeddedPostgresHandle | undefined;
  let databaseUrl = config.databaseUrl;
  if (!databaseUrl) {
    embedded = await startEmbeddedPostgres({ dataDir: config.dataDir, port: config.embeddedPgPort, logger });
    databaseUrl = embedded.url('tilsyn');
  }
  const dataSource = createDataSource(databaseUrl, { extra: { max: 2 } });
  await dataSource.initialize();
  try {
    await runMigrations(dataSource);
    const ledger = new ErasureLedgerService(dataSource, config, logger);
    const entries = ErasureLedgerService.readFile(ledger.file);
    const started = Date.now();
    const result = await ledger.replay(entries);
    console.log(`Erasure ledger ${ledger.file}: ${result.entries} entries re-applied in ${Date.now() - started} ms.`);
    console.log(`Requests restored from the ledger: ${result.requestsRestored}; erased again: ${result.requestsErasedAgain}; notices marked sent: ${result.noticesMarkedSent}; answers re-applied: ${result.noticesSettled}.`);
  } finally {
    await dataSource.destroy();
    await embedded?.stop();
  }
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError) console.error(`Tilsyn cannot replay the ledger: ${error.message}`);
  else console.error(error);
  process.exit(1);
});
