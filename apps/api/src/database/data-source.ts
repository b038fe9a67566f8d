import { DataSource, type DataSourceOptions } from 'typeorm';
import type { AppConfig } from '../config/config.js';
import { ENTITIES } from './entities.js';
import { MIGRATIONS } from './migrations/index.js';
import { SnakeNamingStrategy } from './naming.strategy.js';

/** The one DataSource definition, used by the app, the tests and the migration scripts. */
export function dataSourceOptions(url: string, extra: Partial<DataSourceOptions> = {}): DataSourceOptions {
  return {
    type: 'postgres',
    url,
    entities: ENTITIES,
    migrations: MIGRATIONS,
    migrationsTableName: 'typeorm_migration',
    migrationsTransactionMode: 'each',
    namingStrategy: new SnakeNamingStrategy(),
    synchronize: false,
    migrationsRun: false,
    installExtensions: false,
    uuidExtension: 'pgcrypto',
    extra: { max: 10, connectionTimeoutMillis: 10_000, application_name: 'tilsyn' },
    ...extra,
  } as DataSourceOptions;
}

export function createDataSource(url: string, extra: Partial<DataSourceOptions> = {}): DataSource {
  return new DataSource(dataSourceOptions(url, extra));
}

/**
 * The serving pool's settings (issue 15, item 8). Every wait is bounded: for a free connection
 * (connectionTimeoutMillis), for a statement on the server (statement_timeout), for an answer on
 * the client even when the server is frozen and cannot cancel anything (query_timeout), and for a
 * transaction left idle. A request that hits one is answered 503 with Retry-After
 * (common/database-unavailable.ts). Migrations and scripts use their own pools without these.
 */
export function appPoolOptions(config: Pick<AppConfig, 'database'>): Record<string, unknown> {
  const db = config.database;
  return {
    max: db.poolSize,
    connectionTimeoutMillis: db.connectTimeoutMs,
    statement_timeout: db.statementTimeoutMs,
    query_timeout: db.queryTimeoutMs,
    idle_in_transaction_session_timeout: db.queryTimeoutMs,
    application_name: 'tilsyn',
  };
}
