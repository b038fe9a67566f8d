import { defineConfig } from '@playwright/test';

const port = process.env.E2E_PORT ?? '3300';
export const baseURL = `http://127.0.0.1:${port}`;

/**
 * Time-outs are ceilings, never expectations (every step awaits what it needs). On a busy 2-core
 * machine a page can take several times longer than on a quiet one, so each ceiling is the quiet
 * figure times TEST_TIME_SCALE (default 4), as in the API's tests.
 */
const scale = Math.max(1, Number(process.env.TEST_TIME_SCALE ?? 4) || 4);

/** Journeys in Debian's Chromium against the real app (API + admin UI, embedded PostgreSQL). */
export default defineConfig({
  testDir: './specs',
  timeout: 60_000 * scale,
  expect: { timeout: 10_000 * scale },
  fullyParallel: false,
  workers: 1,
  retries: 0,
  forbidOnly: true,
  reporter: process.env.CI ? [['list']] : [['list']],
  use: {
    baseURL,
    locale: 'da-DK',
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
    },
  },
  webServer: {
    command: 'node start-app.mjs',
    url: `${baseURL}/health/ready`,
    timeout: 120_000 * scale,
    reuseExistingServer: false,
    stdout: 'pipe',
    stderr: 'pipe',
    gracefulShutdown: { signal: 'SIGTERM', timeout: 10_000 },
  },
});
