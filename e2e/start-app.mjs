// Starts the built app for the e2e run on a fresh embedded database (or E2E_DATABASE_URL),
// demo mode with a known demo password. Playwright's webServer runs this.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const dataDir = process.env.E2E_DATA_DIR ?? '/tmp/tilsyn-e2e-data';
fs.rmSync(dataDir, { recursive: true, force: true });
const child = spawn(process.execPath, [path.resolve(import.meta.dirname, '..', 'apps/api/dist/main.js')], {
  stdio: 'inherit',
  env: {
    ...process.env,
    TILSYN_MODE: 'demo',
    TILSYN_DATA_DIR: dataDir,
    PORT: process.env.E2E_PORT ?? '3300',
    HOST: '127.0.0.1',
    EMBEDDED_PG_PORT: process.env.E2E_PG_PORT ?? '54350',
    DEMO_PASSWORD: process.env.E2E_DEMO_PASSWORD ?? 'e2e-demo-password-2026',
    LOG_LEVEL: process.env.LOG_LEVEL ?? 'warn',
    ...(process.env.E2E_DATABASE_URL ? { DATABASE_URL: process.env.E2E_DATABASE_URL } : {}),
  },
});
const stop = (signal) => child.kill(signal);
process.on('SIGTERM', () => stop('SIGTERM'));
process.on('SIGINT', () => stop('SIGINT'));
child.on('exit', (code) => process.exit(code ?? 0));
