import { randomBytes } from 'node:crypto';
import type { TestProject } from 'vitest/node';
import { createLogger } from '../../src/common/logger.js';
import { createDataSource } from '../../src/database/data-source.js';
import { runMigrations } from '../../src/database/migrate.js';
import { startScratchServer, type ScratchServer } from '../../src/database/scratch-database.js';

declare module 'vitest' {
  export interface ProvidedContext {
    adminDatabaseUrl: string;
    templateDatabase: string;
  }
}

let server: ScratchServer | undefined;
let template: string | undefined;

/**
 * One PostgreSQL for the run (DATABASE_URL's server, or an embedded one with fsync off), with the
 * migrations applied once to a template database; each test file copies it (test/utils/test-app.ts).
 */
export async function setup(project: TestProject): Promise<void> {
  const logger = createLogger(process.env.LOG_LEVEL ?? 'warn');
  server = await startScratchServer(logger);
  template = `tilsyn_template_${randomBytes(4).toString('hex')}`;
  const url = await server.createDatabase(template);
  const ds = createDataSource(url, { extra: { max: 2 } });
  await ds.initialize();
  await runMigrations(ds);
  await ds.destroy();
  project.provide('adminDatabaseUrl', server.adminUrl);
  project.provide('templateDatabase', template);
}

export async function teardown(): Promise<void> {
  if (template) await server?.dropDatabase(template).catch(() => undefined);
  await server?.stop();
}
