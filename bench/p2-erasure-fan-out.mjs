#!/usr/bin/env node
// P2 (shared/reliability.md §B3): erasure fan-out. 10,000 RECEIVED requests × 20 processors are
// approved with the real ErasureService.approveMany (one transaction: 200,000 notice rows by
// INSERT … SELECT, one pg-boss job per processor, ledger rows, an audit event), against a COPY of
// the same 200,000 rows (same columns) into a scratch table with the same indexes, in the same run.
// Prints the median seconds of each, the ratio (goal ≤ 2×), the notices and the jobs (must be 20).
// Exits non-zero only on a correctness failure (row or job counts), never on the ratio.
//   npm run bench:p2         (embedded PostgreSQL; DATABASE_URL to use another server)
import { randomBytes, randomUUID } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import pg from 'pg';
import { FixedClock } from '@tilsyn/domain';
import { seedErasureProcessors, seedErasureRequests } from './seed.mjs';

const root = path.resolve(import.meta.dirname, '..');
const api = (p) => path.join(root, 'apps/api/dist', p);
const { createLogger } = await import(api('common/logger.js'));
const { startScratchServer } = await import(api('database/scratch-database.js'));
const { createDataSource } = await import(api('database/data-source.js'));
const { runMigrations } = await import(api('database/migrate.js'));
const { createApp } = await import(api('bootstrap.js'));
const { loadConfig } = await import(api('config/config.js'));
const { Keyring } = await import(api('common/crypto/keyring.js'));
const { UsersService } = await import(api('modules/users/users.service.js'));
const { ErasureService } = await import(api('modules/erasure/erasure.service.js'));

const PROCESSORS = Number(process.env.P2_PROCESSORS ?? 20);
const REQUESTS = Number(process.env.P2_REQUESTS ?? 10_000);
const PAIRS = Number(process.env.P2_PAIRS ?? 3);
const NOTICES = PROCESSORS * REQUESTS;
const COLUMNS = 'request_id, processor_id, channel, legal_basis, reasons, recipient_reference, deadline_on, status, created_at, updated_at';

const logger = createLogger('warn');
// A random port can be taken by another scratch server (tests running alongside): try again.
const server = await (async () => {
  for (let attempt = 1; ; attempt++) {
    try {
      return await startScratchServer(logger);
    } catch (error) {
      if (attempt >= 3) throw error;
      console.log(`embedded PostgreSQL did not start (${error.message.slice(0, 80)}…); retrying`);
    }
  }
})();
const dbName = `tilsyn_bench_${randomBytes(4).toString('hex')}`;
const url = await server.createDatabase(dbName);
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'tilsyn-p2-'));
fs.chmodSync(tmp, 0o755); // the embedded server runs as "postgres" and reads the CSV from here
const failures = [];
let tilsyn;
let owner;
const originalQuery = pg.Client.prototype.query;

/** COPY … FROM STDIN without pg-copy-streams: a minimal submittable for pg's client. */
class CopyFromStdin {
  constructor(text, data) {
    this.text = text;
    this.data = data;
    this.rowCount = null;
    this.promise = new Promise((resolve, reject) => {
      this.resolve = resolve;
      this.reject = reject;
    });
  }
  submit(connection) {
    connection.query(this.text);
  }
  handleCopyInResponse(connection) {
    const size = 1 << 20;
    for (let i = 0; i < this.data.length; i += size) connection.sendCopyFromChunk(this.data.subarray(i, i + size));
    connection.endCopyFrom();
  }
  handleCommandComplete(msg) {
    this.rowCount = Number(/\d+$/.exec(msg.text ?? '')?.[0] ?? NaN);
  }
  handleReadyForQuery() {
    this.resolve(this.rowCount);
  }
  handleError(error) {
    this.reject(error);
  }
  handleRowDescription() {}
  handleDataRow() {}
  handleEmptyQuery() {}
  handlePortalSuspended() {}
  handleCopyData() {}
}

const count = async (sql, params = []) => Number((await owner.query(sql, params)).rows[0].n);
const check = (what, actual, expected) => {
  const ok = actual === expected;
  if (!ok) failures.push(`${what}: ${actual}, expected ${expected}`);
  return ok;
};
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

try {
  const ds = createDataSource(url, { extra: { max: 2 } });
  await ds.initialize();
  await runMigrations(ds);
  await ds.destroy();

  owner = new pg.Client({ connectionString: url });
  await owner.connect();
  console.log(`seeding ${PROCESSORS} processors and ${REQUESTS} RECEIVED erasure requests…`);
  await seedErasureProcessors(owner, PROCESSORS);
  const ids = await seedErasureRequests(owner, REQUESTS);
  if (!check('processors in the register', await count('SELECT count(*) AS n FROM processor'), PROCESSORS)) throw new Error('the register holds other processors');

  const config = loadConfig({
    TILSYN_MODE: 'demo',
    LOG_LEVEL: 'warn',
    TILSYN_JOBS: 'true',
    TILSYN_KEYRING: JSON.stringify(Keyring.generate()),
    TILSYN_LEDGER_DIR: fs.mkdtempSync(path.join(tmp, 'ledger-')),
    ERASURE_DIGEST_DELAY_SECONDS: '3600', // jobs are only queued, never run here
    SMTP_URL: 'smtp://127.0.0.1:9', // no demo mail sink: nothing is sent in P2
  });
  const clock = new FixedClock(new Date('2026-11-21T09:00:00.000Z'));
  tilsyn = await createApp({ config, clock, logger, databaseUrl: url, sessionSecret: randomBytes(32).toString('hex') });
  const admin = await tilsyn.app
    .get(UsersService)
    .insertUser({ actor: undefined, requestId: '' }, { email: 'bench-admin@bench.example', name: 'Bench admin', role: 'ADMIN', password: randomBytes(12).toString('hex'), mustChangePassword: false }, 'test.seed_user');
  const erasure = tilsyn.app.get(ErasureService);
  const meta = { actor: { type: 'USER', id: admin.id, role: 'ADMIN', name: 'bench', mustChangePassword: false }, requestId: randomUUID(), locale: 'da' };

  await owner.query(`CREATE TABLE scratch (LIKE erasure_notice INCLUDING ALL)`);
  const indexes = async (table) => (await owner.query(`SELECT indexdef FROM pg_indexes WHERE tablename = $1 ORDER BY indexname`, [table])).rows.length;
  const scratchIndexes = await indexes('scratch');
  check('indexes on scratch vs erasure_notice', scratchIndexes, await indexes('erasure_notice'));

  const reset = async () => {
    await owner.query('BEGIN');
    await owner.query('TRUNCATE erasure_notice, erasure_ledger CASCADE');
    await owner.query(`DELETE FROM pgboss.job WHERE name = 'erasure-send'`);
    await owner.query(`UPDATE erasure_request SET status = 'RECEIVED', decision = NULL, reasoning = NULL, decided_by_id = NULL, decided_at = NULL, completed_at = NULL, version = 1`);
    await owner.query('COMMIT');
    await owner.query('VACUUM ANALYZE erasure_request');
    await owner.query('ANALYZE erasure_notice');
  };
  const waitMirrored = async () => {
    const t0 = performance.now();
    while ((await count('SELECT count(*) AS n FROM erasure_ledger WHERE NOT mirrored')) > 0) {
      if (performance.now() - t0 > 120_000) throw new Error('the erasure ledger was not mirrored within 2 minutes');
      await new Promise((r) => setTimeout(r, 50));
    }
    return (performance.now() - t0) / 1000;
  };

  let trace = null;
  pg.Client.prototype.query = function (config, values, callback) {
    if (!trace || this === owner || typeof config?.submit === 'function') return originalQuery.call(this, config, values, callback);
    const key = (typeof config === 'string' ? config : config.text).replace(/\s+/g, ' ').trim().slice(0, 100);
    const t0 = performance.now();
    const into = trace;
    const done = () => {
      const e = into.get(key) ?? { n: 0, ms: 0 };
      e.n++;
      e.ms += performance.now() - t0;
      into.set(key, e);
    };
    if (typeof values === 'function') {
      const cb = values;
      values = (...a) => (done(), cb(...a));
    } else if (typeof callback === 'function') {
      const cb = callback;
      callback = (...a) => (done(), cb(...a));
    }
    const result = originalQuery.call(this, config, values, callback);
    if (result && typeof result.then === 'function') result.then(done, done);
    return result;
  };

  const auditBefore = () => count(`SELECT count(*) AS n FROM audit_event WHERE action = 'erasure_request.approve_many'`);
  const runSystem = async (label) => {
    const audits = await auditBefore();
    const t0 = performance.now();
    const out = await erasure.approveMany(meta, ids, null);
    const seconds = (performance.now() - t0) / 1000;
    const mirrorSeconds = await waitMirrored();
    const notices = await count('SELECT count(*) AS n FROM erasure_notice');
    const jobs = await count(`SELECT count(*) AS n FROM pgboss.job WHERE name = 'erasure-send'`);
    const jobProcessors = await count(`SELECT count(DISTINCT data->>'processorId') AS n FROM pgboss.job WHERE name = 'erasure-send'`);
    check(`${label}: approved`, out.approved, REQUESTS);
    check(`${label}: notices reported`, out.notices, NOTICES);
    check(`${label}: erasure_notice rows`, notices, NOTICES);
    check(`${label}: erasure-send jobs`, jobs, PROCESSORS);
    check(`${label}: processors with a job`, jobProcessors, PROCESSORS);
    check(`${label}: requests APPROVED`, await count(`SELECT count(*) AS n FROM erasure_request WHERE status = 'APPROVED'`), REQUESTS);
    check(`${label}: ledger DECIDED rows`, await count(`SELECT count(*) AS n FROM erasure_ledger WHERE event = 'DECIDED'`), REQUESTS);
    check(`${label}: approve_many audit events added`, (await auditBefore()) - audits, 1);
    return { seconds, mirrorSeconds, notices, jobs };
  };

  // The notices written by the first approval become the baseline's CSV: the same 200,000 rows, the same columns.
  const csvFile = path.join(tmp, 'notices.csv');
  let csv = null;
  const writeCsv = async () => {
    const { rows } = await owner.query(
      `SELECT request_id, processor_id, channel, legal_basis, reasons::text AS reasons, recipient_reference, deadline_on::text AS deadline_on, status, created_at, updated_at FROM erasure_notice`,
    );
    const q = (v) => (v === null ? '' : `"${String(v).replaceAll('"', '""')}"`);
    const lines = rows.map((r) => [r.request_id, r.processor_id, r.channel, r.legal_basis, r.reasons, r.recipient_reference, r.deadline_on, r.status, r.created_at.toISOString(), r.updated_at.toISOString()].map(q).join(','));
    fs.writeFileSync(csvFile, lines.join('\n') + '\n');
    fs.chmodSync(csvFile, 0o644);
    csv = fs.readFileSync(csvFile);
  };

  let copyMode = 'server-file';
  const copyOnce = async () => {
    await owner.query('TRUNCATE scratch');
    await owner.query('CHECKPOINT');
    const t0 = performance.now();
    let rows;
    if (copyMode === 'server-file') {
      try {
        rows = (await owner.query(`COPY scratch (${COLUMNS}) FROM '${csvFile}' WITH (FORMAT csv)`)).rowCount;
      } catch (error) {
        // Not a superuser, or a server on another host: the same COPY, fed over the connection.
        console.log(`server-side COPY from a file is not possible here (${error.code} ${error.message}); using COPY … FROM STDIN`);
        copyMode = 'stdin';
        return copyOnce();
      }
    } else {
      rows = await owner.query(new CopyFromStdin(`COPY scratch (${COLUMNS}) FROM STDIN WITH (FORMAT csv)`, csv)).promise;
    }
    const seconds = (performance.now() - t0) / 1000;
    check('COPY rows', rows, NOTICES);
    await owner.query('TRUNCATE scratch');
    return seconds;
  };

  let statements = 0;
  let top = [];
  const pairs = [];
  for (let i = 0; i < PAIRS; i++) {
    await owner.query('CHECKPOINT');
    // Every statement of the app's connections is timed (not this script's own): negligible cost, and it shows where the time goes.
    trace = new Map();
    const sys = await runSystem(`pair ${i + 1}`);
    const traced = trace;
    trace = null;
    if (i === 0) {
      statements = [...traced.values()].reduce((s, e) => s + e.n, 0);
      top = [...traced.entries()].sort((a, b) => b[1].ms - a[1].ms).slice(0, 6);
      await writeCsv();
    }
    await reset();
    const copy = await copyOnce();
    pairs.push({ copy, system: sys.seconds, ratio: sys.seconds / copy, mirror: sys.mirrorSeconds, notices: sys.notices, jobs: sys.jobs });
    console.log(`pair ${i + 1}: approveMany ${sys.seconds.toFixed(2)} s | COPY ${copy.toFixed(2)} s | ratio ${(sys.seconds / copy).toFixed(2)}× | ledger mirrored ${sys.mirrorSeconds.toFixed(2)} s later | notices ${sys.notices}, jobs ${sys.jobs}`);
    if (i === 0) {
      console.log(`  pair 1 breakdown: ${statements} SQL statements on the app's connections (incl. pg-boss polling); slowest kinds:`);
      for (const [sql, e] of top) console.log(`    ${(e.ms / 1000).toFixed(2)} s  ×${e.n}  ${sql}`);
    }
  }

  const ratios = pairs.map((p) => p.ratio);
  const pgVersion = (await owner.query('SHOW server_version')).rows[0].server_version;
  const result = {
    bench: 'P2',
    processors: PROCESSORS,
    requests: REQUESTS,
    baseline: { what: `COPY of the same ${NOTICES} notice rows into a scratch table LIKE erasure_notice INCLUDING ALL (${scratchIndexes} indexes)`, copyMode, seconds_median: +median(pairs.map((p) => p.copy)).toFixed(3) },
    candidate: { what: 'ErasureService.approveMany in one transaction (notices, jobs, ledger, audit)', seconds_median: +median(pairs.map((p) => p.system)).toFixed(3), ledgerMirrorSeconds_median: +median(pairs.map((p) => p.mirror)).toFixed(3) },
    ratio_median: +median(ratios).toFixed(2),
    ratio_min: +Math.min(...ratios).toFixed(2),
    ratio_max: +Math.max(...ratios).toFixed(2),
    notices: pairs.map((p) => p.notices),
    jobs: pairs.map((p) => p.jobs),
    pair1Trace: { sqlStatements: statements, slowest: top.map(([sql, e]) => ({ sql, calls: e.n, seconds: +(e.ms / 1000).toFixed(3) })) },
    goal: 'approveMany ≤ 2× COPY; notices = 200000 and erasure-send jobs = 20 (correctness gate)',
    pass: median(ratios) <= 2 && failures.length === 0,
    correct: failures.length === 0,
    failures,
    pairs,
    machine: { cpus: os.cpus().length, cpu: os.cpus()[0]?.model, node: process.version, postgres: pgVersion },
  };
  fs.mkdirSync(path.join(import.meta.dirname, 'results'), { recursive: true });
  fs.writeFileSync(path.join(import.meta.dirname, 'results', 'p2.json'), JSON.stringify(result, null, 2));
  console.log(JSON.stringify({ ...result, pairs: undefined, pair1Trace: undefined }, null, 2));
  console.log(
    `P2 approveMany ${result.candidate.seconds_median} s vs COPY ${result.baseline.seconds_median} s: ratio ${result.ratio_median}× (min ${result.ratio_min}, max ${result.ratio_max}; goal ≤ 2×) ${median(ratios) <= 2 ? 'PASS' : 'FAIL'}; ` +
      `notices ${pairs.map((p) => p.notices).join('/')}, jobs ${pairs.map((p) => p.jobs).join('/')} — correctness ${failures.length ? 'FAIL' : 'PASS'}`,
  );
  if (failures.length) {
    console.error(`P2 correctness failures:\n  ${failures.join('\n  ')}`);
    process.exitCode = 1;
  }
} catch (error) {
  console.error(error);
  process.exitCode = 1;
} finally {
  pg.Client.prototype.query = originalQuery;
  await owner?.end().catch(() => undefined);
  await tilsyn?.close().catch((e) => console.error('closing the app:', e.message));
  await server.dropDatabase(dbName).catch(() => undefined);
  await server.stop();
  fs.rmSync(tmp, { recursive: true, force: true });
}
