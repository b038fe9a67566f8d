import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { Keyring } from '../../src/common/crypto/keyring.js';
import { AppProcess, migratedDatabase, OwnPostgres } from '../utils/erasure-harness.js';
import { ceiling } from '../utils/ceiling.js';

/**
 * Two app processes started at the same moment on a new database (a deployment with two
 * instances, or a supervisor restarting both): pg-boss's create_queue took row and table locks in
 * opposite orders and one process failed with "deadlock detected" (seen in the erasure crash
 * simulation). The queues are now set up under one advisory lock; both must start, every time.
 */
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'tilsyn-twin-start-'));
const keyringJson = JSON.stringify(Keyring.generate());
let cluster: OwnPostgres;

beforeAll(async () => {
  cluster = await OwnPostgres.start();
}, ceiling(120_000));

afterAll(async () => {
  await cluster?.destroy();
  fs.rmSync(tmp, { recursive: true, force: true });
});

it('two processes starting at once on a new database both start, and the queues exist once', async () => {
  for (let round = 0; round < 6; round++) {
    const databaseUrl = await migratedDatabase(cluster, `twin_${round}_${randomBytes(3).toString('hex')}`);
    const env = (name: string) => () => ({
      // Production mode: no demo data seeded by both at once, only the job system starting.
      TILSYN_MODE: 'production',
      DATABASE_URL: databaseUrl,
      TILSYN_JOBS: 'true',
      TILSYN_DATA_DIR: path.join(tmp, `${round}-${name}`),
      TILSYN_LEDGER_DIR: path.join(tmp, `${round}-ledger`),
      TILSYN_KEYRING: keyringJson,
      SESSION_SECRET: 'twin-start-session-secret-0123456789abcdef',
      LOG_LEVEL: 'warn',
      ADMIN_DIST_DIR: path.join(tmp, 'no-admin'),
    });
    const twins = [new AppProcess('a', env('a'), { capture: true }), new AppProcess('b', env('b'), { capture: true })];
    try {
      const started = await Promise.allSettled(twins.map((p) => p.start()));
      expect(started.map((s) => (s.status === 'fulfilled' ? 'started' : String(s.reason).slice(0, 300)))).toEqual(['started', 'started']);
      const db = new pg.Client({ connectionString: databaseUrl });
      await db.connect();
      const queues = await db.query(`SELECT name, count(*)::int AS n FROM pgboss.queue GROUP BY name HAVING count(*) > 1`);
      const all = await db.query(`SELECT count(*)::int AS n FROM pgboss.queue WHERE name LIKE 'erasure-%'`);
      await db.end();
      expect(queues.rows).toEqual([]);
      expect(all.rows[0].n).toBe(3);
    } finally {
      await Promise.all(twins.map((p) => p.stop('SIGTERM')));
    }
  }
}, ceiling(240_000));
