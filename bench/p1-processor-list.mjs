#!/usr/bin/env node
// P1 (shared/reliability.md §B3): the GraphQL processor list — 100 per page with a nested
// to-many field (history) — against a bare node:http handler running ONE json_agg statement
// that produces the same JSON, over 10,000 processors, in the same run. Prints the p50 ratio,
// the throughput ratio, and the SQL statements per GraphQL request.
//   npm run bench            (embedded PostgreSQL; DATABASE_URL to use another server)
import { fork, spawn } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { isDeepStrictEqual } from 'node:util';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import autocannon from 'autocannon';
import pg from 'pg';
import { seedProcessors } from './seed.mjs';

const root = path.resolve(import.meta.dirname, '..');
const api = (p) => path.join(root, 'apps/api/dist', p);
const { createLogger } = await import(api('common/logger.js'));
const { startScratchServer } = await import(api('database/scratch-database.js'));
const { createDataSource } = await import(api('database/data-source.js'));
const { runMigrations } = await import(api('database/migrate.js'));

const N = Number(process.env.P1_PROCESSORS ?? 10_000);
const SECONDS = Number(process.env.P1_SECONDS ?? 10);
const PAIRS = Number(process.env.P1_PAIRS ?? 3);
const CONNECTIONS = Number(process.env.P1_CONNECTIONS ?? 8);
const QUERY = `query P1($page: Int) { allProcessors(page: $page, perPage: 100, sortField: "name", sortOrder: "ASC") {
  id name establishmentCountry serviceKind lifecycle privacyContactEmail updatedAt history { id action occurredAt actorType } } }`;
const BODY = JSON.stringify({ query: QUERY, variables: { page: 3 } });

const logger = createLogger('warn');
const server = await startScratchServer(logger);
const dbName = `tilsyn_bench_${randomBytes(4).toString('hex')}`;
const url = await server.createDatabase(dbName);
const children = [];
const cleanup = async () => {
  for (const child of children) child.kill('SIGTERM');
  await new Promise((r) => setTimeout(r, 500));
  await server.dropDatabase(dbName).catch(() => undefined);
  await server.stop();
};

try {
  const ds = createDataSource(url, { extra: { max: 2 } });
  await ds.initialize();
  await runMigrations(ds);
  await ds.destroy();

  const client = new pg.Client({ connectionString: url });
  await client.connect();
  console.log(`seeding ${N} processors with ${2 * N} history events…`);
  await seedProcessors(client, N);
  const token = `tls_${randomBytes(32).toString('base64url')}`;
  // A READ_ONLY token never does more than its creator: an auditor who may read the register.
  const creator = await client.query(
    `INSERT INTO app_user (email, name, role, password_hash, created_at, updated_at) VALUES ('bench@bench.invalid', 'Bench', 'AUDITOR', 'not-a-password', now(), now()) RETURNING id`,
  );
  await client.query(
    `INSERT INTO api_token (name, scope, token_hash, token_prefix, created_by_id, created_at, expires_at) VALUES ('bench', 'READ_ONLY', $1, $2, $3, now(), now() + interval '1 day')`,
    [createHash('sha256').update(token).digest('hex'), token.slice(0, 10), creator.rows[0].id],
  );
  await client.end();

  // SQL statements per GraphQL request: the app in this process with pg's query counted.
  let counting = false;
  let statements = 0;
  const originalQuery = pg.Client.prototype.query;
  pg.Client.prototype.query = function (...args) {
    if (counting) statements++;
    return originalQuery.apply(this, args);
  };
  const { createApp } = await import(api('bootstrap.js'));
  const { loadConfig } = await import(api('config/config.js'));
  const { systemClock } = await import('@tilsyn/domain');
  const inProcess = await createApp({
    config: loadConfig({ TILSYN_MODE: 'demo', LOG_LEVEL: 'warn' }),
    clock: systemClock,
    logger,
    databaseUrl: url,
    sessionSecret: randomBytes(32).toString('hex'),
  });
  await inProcess.app.listen(0, '127.0.0.1');
  const inPort = inProcess.app.getHttpServer().address().port;
  const post = (port) => fetch(`http://127.0.0.1:${port}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, body: BODY }).then((r) => r.json());
  await post(inPort);
  counting = true;
  const gqlJson = await post(inPort);
  counting = false;
  const perRequest = statements;
  await inProcess.close();
  pg.Client.prototype.query = originalQuery;
  if (gqlJson.errors) throw new Error(`GraphQL failed: ${JSON.stringify(gqlJson.errors)}`);

  // Timing: the app and the baseline each in a child process; autocannon here.
  const appPort = 20000 + Math.floor(Math.random() * 10000);
  const basePort = appPort + 1;
  const app = spawn(process.execPath, ['--max-semi-space-size=64', ...(process.env.P1_NODE_FLAGS ? process.env.P1_NODE_FLAGS.split(' ') : []), ...(process.env.P1_PROFILE ? ['--cpu-prof', `--cpu-prof-dir=${process.env.P1_PROFILE}`] : []), api('main.js')], {
    env: { ...process.env, NODE_ENV: 'production', DATABASE_URL: url, PORT: String(appPort), HOST: '127.0.0.1', TILSYN_MODE: 'production', SESSION_SECRET: randomBytes(32).toString('hex'), LOG_LEVEL: 'warn', INITIAL_ADMIN_EMAIL: 'bench@bench.example', INITIAL_ADMIN_PASSWORD: randomBytes(16).toString('hex') },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  children.push(app);
  await new Promise((resolve, reject) => {
    app.stdout.on('data', (d) => d.toString().includes('Tilsyn is running') && resolve());
    app.on('exit', (code) => reject(new Error(`app exited ${code}`)));
  });
  const base = fork(path.join(import.meta.dirname, 'baseline-server.mjs'), [url, String(basePort)], { stdio: 'inherit' });
  children.push(base);
  await new Promise((resolve) => base.on('message', (m) => m === 'ready' && resolve()));

  const baseJson = await fetch(`http://127.0.0.1:${basePort}/`).then((r) => r.json());
  const same = isDeepStrictEqual(baseJson, gqlJson);
  if (!same) throw new Error('the baseline does not produce the same JSON as GraphQL');

  const load = (target) =>
    autocannon({
      url: target === 'graphql' ? `http://127.0.0.1:${appPort}/graphql` : `http://127.0.0.1:${basePort}/`,
      method: target === 'graphql' ? 'POST' : 'GET',
      headers: target === 'graphql' ? { 'content-type': 'application/json', authorization: `Bearer ${token}` } : {},
      body: target === 'graphql' ? BODY : undefined,
      connections: CONNECTIONS,
      duration: SECONDS,
    });
  console.log(`warming up…`);
  await load('graphql');
  await load('baseline');
  const pairs = [];
  for (let i = 0; i < PAIRS; i++) {
    const b = await load('baseline');
    const g = await load('graphql');
    if (g.non2xx || g.errors || b.non2xx || b.errors) throw new Error('errors during the load');
    pairs.push({ p50: g.latency.p50 / b.latency.p50, rps: g.requests.average / b.requests.average, g, b });
    console.log(`pair ${i + 1}: baseline p50 ${b.latency.p50} ms ${b.requests.average} rps | graphql p50 ${g.latency.p50} ms ${g.requests.average} rps`);
  }
  const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  const p50s = pairs.map((p) => p.p50);
  const rpss = pairs.map((p) => p.rps);
  const result = {
    bench: 'P1',
    processors: N,
    perPage: 100,
    sqlStatementsPerRequest: perRequest,
    ratio_p50_median: +median(p50s).toFixed(2),
    ratio_p50_min: +Math.min(...p50s).toFixed(2),
    ratio_p50_max: +Math.max(...p50s).toFixed(2),
    ratio_rps_median: +median(rpss).toFixed(2),
    goal: 'p50 ratio ≤ 3, statements ≤ 3',
    pass: median(p50s) <= 3 && perRequest <= 3,
    machine: { cpus: os.cpus().length, cpu: os.cpus()[0]?.model, node: process.version },
  };
  fs.mkdirSync(path.join(import.meta.dirname, 'results'), { recursive: true });
  fs.writeFileSync(path.join(import.meta.dirname, 'results', 'p1.json'), JSON.stringify(result, null, 2));
  console.log(JSON.stringify(result, null, 2));
  console.log(
    `P1 p50 ratio ${result.ratio_p50_median}× (min ${result.ratio_p50_min}, max ${result.ratio_p50_max}; goal ≤ 3×), rps ratio ${result.ratio_rps_median}, ` +
      `SQL statements per request ${perRequest} (goal ≤ 3) ${result.pass ? 'PASS' : 'FAIL'}`,
  );
} finally {
  await cleanup();
}
