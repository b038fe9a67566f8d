import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { systemClock, type Clock } from '@tilsyn/domain';
import { SettableClock } from './common/test-clock.js';
import { DataSource } from 'typeorm';
import { createApp } from './bootstrap.js';
import { isConnectionLoss } from './common/connection-loss.js';
import { createLogger } from './common/logger.js';
import { ConfigError, loadConfig, type AppConfig } from './config/config.js';
import { createDataSource } from './database/data-source.js';
import { startEmbeddedPostgres, type EmbeddedPostgresHandle } from './database/embedded-postgres.js';
import { runMigrations } from './database/migrate.js';
import { DEMO_USERS, seedDemoData } from './database/seeds/demo-data.js';
import { seedDemoErasure } from './database/seeds/demo-erasure.js';
import { AuditService } from './modules/audit/audit.service.js';
import { AuthService } from './modules/auth/auth.service.js';
import { generatePassword } from './modules/users/passwords.js';
import { UsersService } from './modules/users/users.service.js';
import { RemindersService } from './modules/reviews/reminders.service.js';

/** A secret kept in the data directory (demo mode only; production must set it). */
function persistedSecret(config: AppConfig, file: string, make: () => string): string {
  const target = path.join(config.dataDir, file);
  if (fs.existsSync(target)) return fs.readFileSync(target, 'utf8').trim();
  const value = make();
  fs.mkdirSync(config.dataDir, { recursive: true });
  fs.writeFileSync(target, value, { mode: 0o600 });
  return value;
}

function demoPasswords(config: AppConfig): Record<string, string> {
  const fixed = process.env.DEMO_PASSWORD;
  const stored = persistedSecret(config, 'demo-credentials.json', () =>
    JSON.stringify(Object.fromEntries(DEMO_USERS.map((u) => [u.email, fixed ?? generatePassword(16)]))),
  );
  return JSON.parse(stored) as Record<string, string>;
}

async function main(): Promise<void> {
  let config: AppConfig;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(`Tilsyn cannot start: ${error.message}`);
      process.exit(2);
    }
    throw error;
  }
  const logger = createLogger(config.logLevel);
  let embedded: EmbeddedPostgresHandle | undefined;
  let closeApp: (() => Promise<void>) | undefined;
  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'stopping');
    await closeApp?.().catch((error) => logger.error({ err: error }, 'error while closing the app'));
    await embedded?.stop().catch((error) => logger.error({ err: error }, 'error while stopping PostgreSQL'));
    process.exit(0);
  };
  // R2: a PostgreSQL restart must not take the app down. pg-boss 10.4 completes or fails a job
  // without awaiting it, so with the database gone that rejection reaches no handler and Node
  // would end the process. A lost connection is logged and survived (the job expires and is
  // picked up again); any other unhandled rejection still ends the process, as before.
  process.on('unhandledRejection', (reason) => {
    const e = reason as { code?: unknown; message?: unknown; stack?: unknown } | null;
    if (isConnectionLoss(reason)) {
      logger.warn({ code: e?.code, message: e?.message }, 'a background database call failed: the database is unavailable; carrying on');
      return;
    }
    logger.fatal({ err: { message: e?.message, stack: e?.stack } }, 'unhandled rejection: stopping');
    process.exit(1);
  });
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));

  try {
    let databaseUrl = config.databaseUrl;
    if (!databaseUrl) {
      embedded = await startEmbeddedPostgres({ dataDir: config.dataDir, port: config.embeddedPgPort, logger });
      await embedded.createDatabase('tilsyn');
      databaseUrl = embedded.url('tilsyn');
    }

    const migrator = createDataSource(databaseUrl, { extra: { max: 2 } });
    await migrator.initialize();
    const applied = await runMigrations(migrator).finally(() => migrator.destroy());
    if (applied.length) logger.info({ applied }, 'migrations applied');

    const sessionSecret = config.sessionSecret ?? persistedSecret(config, 'session-secret', () => randomBytes(32).toString('base64url'));
    const clock: Clock = config.testClock ? new SettableClock() : systemClock;
    if (clock instanceof SettableClock) {
      const probe = createDataSource(databaseUrl, { extra: { max: 1 } });
      await probe.initialize();
      await clock.sync(probe).finally(() => probe.destroy());
      logger.warn('TILSYN_TEST_CLOCK is on: the clock can be set through setTestClock (tests only)');
    }
    const tilsyn = await createApp({ config, clock, logger, databaseUrl, sessionSecret });
    closeApp = tilsyn.close;
    const { app } = tilsyn;

    const auth = app.get(AuthService);
    let demoLines: string[] = [];
    if (config.mode === 'demo') {
      const passwords = demoPasswords(config);
      if (await auth.setupRequired()) {
        await seedDemoData(app.get(DataSource), clock, app.get(AuditService), app.get(UsersService), passwords);
        // Plan the reviews and send today's reminders (to the embedded sink) as the daily scan would.
        await app.get(RemindersService).scan();
        await seedDemoErasure(app);
        logger.info('demo data loaded');
      }
      demoLines = DEMO_USERS.map((u) => `    ${u.role.padEnd(15)} ${u.email.padEnd(32)} ${passwords[u.email] ?? '(changed)'}`);
    } else {
      const first = await auth.prepareFirstAdministrator();
      if (first.setupUrl) demoLines = ['  No users yet. Open this one-time link to create the first administrator:', `    ${first.setupUrl}`];
      if (first.createdEmail) demoLines = [`  First administrator created: ${first.createdEmail} (password from INITIAL_ADMIN_PASSWORD; change it at first sign-in)`];
    }

    await app.listen(config.port, config.host ?? '0.0.0.0');
    const url = `http://localhost:${config.port}`;
    const banner = [
      '',
      `  Tilsyn is running (${config.mode} mode): ${url}`,
      `  GraphQL: ${url}/graphql   Health: ${url}/health/ready`,
      `  Database: ${config.databaseUrl ? 'DATABASE_URL' : `embedded PostgreSQL in ${path.join(config.dataDir, 'pg')}`}`,
      ...(config.mode === 'demo' ? ['  Demo sign-ins (role, e-mail, password):', ...demoLines] : demoLines),
      '  Stop with Ctrl-C.',
      '',
    ];
    process.stdout.write(banner.join('\n') + '\n');
  } catch (error) {
    logger.error({ err: error }, 'Tilsyn could not start');
    console.error(`\nTilsyn could not start: ${error instanceof Error ? error.message : String(error)}\n`);
    await closeApp?.().catch(() => undefined);
    await embedded?.stop().catch(() => undefined);
    process.exit(1);
  }
}

void main();
