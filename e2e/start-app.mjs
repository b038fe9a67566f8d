// Starts the built app for the e2e run, demo mode with a known demo password, on a fresh
// database: a new embedded PostgreSQL, or — when DATABASE_URL (or E2E_DATABASE_URL) is set — a new
// database on that server, dropped afterwards. Playwright's webServer runs this.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import pg from 'pg';

const dataDir = process.env.E2E_DATA_DIR ?? '/tmp/tilsyn-e2e-data';
fs.rmSync(dataDir, { recursive: true, force: true });

const serverUrl = process.env.E2E_DATABASE_URL ?? process.env.DATABASE_URL;
let databaseUrl;
const dbName = `tilsyn_e2e_${process.pid}`;
async function admin(sql) {
  const url = new URL(serverUrl);
  url.pathname = '/postgres';
  const client = new pg.Client({ connectionString: url.toString() });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}
if (serverUrl) {
  await admin(`DROP DATABASE IF EXISTS ${dbName} WITH (FORCE)`);
  await admin(`CREATE DATABASE ${dbName}`);
  const url = new URL(serverUrl);
  url.pathname = `/${dbName}`;
  databaseUrl = url.toString();
}

const env = {
  ...process.env,
  TILSYN_MODE: 'demo',
  TILSYN_DATA_DIR: dataDir,
  PORT: process.env.E2E_PORT ?? '3300',
  HOST: '127.0.0.1',
  EMBEDDED_PG_PORT: process.env.E2E_PG_PORT ?? '54350',
  DEMO_PASSWORD: process.env.E2E_DEMO_PASSWORD ?? 'e2e-demo-password-2026',
  // Test-only: the reviews journey moves the clock (refused in production mode).
  TILSYN_TEST_CLOCK: 'true',
  // The erasure journey waits for its notices: send each processor's digest at once.
  ERASURE_DIGEST_DELAY_SECONDS: '0',
  LOG_LEVEL: process.env.LOG_LEVEL ?? 'warn',
};
delete env.DATABASE_URL;
if (databaseUrl) env.DATABASE_URL = databaseUrl;

const child = spawn(process.execPath, ['--disable-proto=delete', path.resolve(import.meta.dirname, '..', 'apps/api/dist/main.js')], { stdio: 'inherit', env });
const stop = (signal) => child.kill(signal);
process.on('SIGTERM', () => stop('SIGTERM'));
process.on('SIGINT', () => stop('SIGINT'));
child.on('exit', async (code) => {
  if (serverUrl) await admin(`DROP DATABASE IF EXISTS ${dbName} WITH (FORCE)`).catch(() => undefined);
  process.exit(code ?? 0);
});
