#!/usr/bin/env node
// P3 (shared/reliability.md §B3): erasure notice delivery. 10,000 notices over 200 processors
// (50 RECEIVED requests approved with the real ErasureService.approveMany, digest delay 0) are
// drained by the app's own job workers to a loopback smtp-server sink — one digest e-mail per
// processor, with the DB state updates, ledger and audit rows — timed from the approval until
// every notice is SENT (the DB polled every 100 ms). Baseline, in the same run: a bare nodemailer
// pooled transport sending the same number of e-mails of about the same size to the same sink
// (no DB, no queue), and reliability.md's own baseline: the 10,000 notices as 10,000 separate messages.
// Prints notices/s against the latter (the goal, ≥ 0.5×) and e-mails/s against the former, and checks
// that no notice is lost (SENT, and its digest's Message-ID received by the sink) and that no
// Message-ID arrives twice. Exits non-zero only on such a correctness failure, never on the ratio.
//   npm run bench:p3         (embedded PostgreSQL; DATABASE_URL to use another server)
import { Buffer } from 'node:buffer';
import { randomBytes, randomUUID } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { setImmediate } from 'node:timers';
import nodemailer from 'nodemailer';
import pg from 'pg';
import { SMTPServer } from 'smtp-server';
import { SMTPConnection } from 'smtp-server/lib/smtp-connection.js';
import { systemClock } from '@tilsyn/domain';
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
const { MailService } = await import(api('modules/mail/mail.service.js'));

const PROCESSORS = Number(process.env.P3_PROCESSORS ?? 200);
const NOTICES_WANTED = Number(process.env.P3_NOTICES ?? 10_000);
const REQUESTS = Math.ceil(NOTICES_WANTED / PROCESSORS);
const NOTICES = REQUESTS * PROCESSORS;
const PAIRS = Number(process.env.P3_PAIRS ?? 3);
const TIMEOUT_S = Number(process.env.P3_TIMEOUT_SECONDS ?? 120);
// The app sends from 4 job workers at once (erasure-send, workers: 4): the baseline gets as many connections.
const BASELINE_CONNECTIONS = Number(process.env.P3_BASELINE_CONNECTIONS ?? 4);

const logger = createLogger('warn');
const failures = [];
const check = (what, actual, expected) => {
  if (actual !== expected) failures.push(`${what}: ${actual}, expected ${expected}`);
  return actual === expected;
};
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

// Stock smtp-server waits 100 ms after each connect before its greeting ("early talker" check),
// like many real MTAs delay theirs; a sender that opens one connection per message pays it every
// time, a pooled one once per connection. P3_SINK_NO_GREETING_DELAY=1 removes it (diagnostic:
// what the app's own work costs without the per-connection wait).
const NO_GREETING_DELAY = process.env.P3_SINK_NO_GREETING_DELAY === '1';
if (NO_GREETING_DELAY) {
  SMTPConnection.prototype.init = function () {
    this._setListeners(() => setImmediate(() => this.connectionReady()));
  };
}

// The sink: accepts everything, counts each message by its Message-ID, and keeps its size.
const received = new Map(); // Message-ID → copies
let sizes = [];
const sink = new SMTPServer({
  disabledCommands: ['AUTH', 'STARTTLS'],
  // No reverse DNS of 127.0.0.1 per connection (smtp-server's default): in a sandbox without DNS it
  // costs ~100 ms per connection, which the app (one connection per message) would pay 200 times
  // and the pooled baseline 4 times — the sink's cost, not the one measured here.
  disableReverseLookup: true,
  logger: false,
  size: 20 * 1024 * 1024,
  onData(stream, _session, callback) {
    const chunks = [];
    stream.on('data', (c) => chunks.push(c));
    stream.on('end', () => {
      const raw = Buffer.concat(chunks);
      const head = raw.subarray(0, Math.max(0, raw.indexOf('\r\n\r\n')) || raw.length).toString('utf8');
      const id = /^message-id:[ \t]*(?:\r\n[ \t]+)?(<[^>\r\n]+>)/im.exec(head)?.[1] ?? `(none ${randomUUID()})`;
      received.set(id, (received.get(id) ?? 0) + 1);
      sizes.push(raw.length);
      callback();
    });
  },
});
await new Promise((resolve, reject) => {
  sink.once('error', reject);
  sink.listen(0, '127.0.0.1', resolve);
});
const sinkPort = sink.server.address().port;
const smtpUrl = `smtp://127.0.0.1:${sinkPort}`;

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
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'tilsyn-p3-'));
let tilsyn;
let owner;
const originalQueryAtStart = pg.Client.prototype.query;

try {
  const ds = createDataSource(url, { extra: { max: 2 } });
  await ds.initialize();
  await runMigrations(ds);
  await ds.destroy();

  owner = new pg.Client({ connectionString: url });
  await owner.connect();
  const count = async (sql, params = []) => Number((await owner.query(sql, params)).rows[0].n);
  console.log(`seeding ${PROCESSORS} processors (EMAIL, erasure address set) and ${REQUESTS} RECEIVED requests → ${NOTICES} notices…`);
  await seedErasureProcessors(owner, PROCESSORS);
  const ids = await seedErasureRequests(owner, REQUESTS);
  if (!check('processors in the register', await count('SELECT count(*) AS n FROM processor'), PROCESSORS)) throw new Error('the register holds other processors');

  const config = loadConfig({
    TILSYN_MODE: 'demo',
    LOG_LEVEL: 'warn',
    TILSYN_JOBS: 'true',
    TILSYN_KEYRING: JSON.stringify(Keyring.generate()),
    TILSYN_LEDGER_DIR: fs.mkdtempSync(path.join(tmp, 'ledger-')),
    ERASURE_DIGEST_DELAY_SECONDS: '0',
    JOB_POLLING_SECONDS: '1',
    SMTP_URL: smtpUrl,
  });
  tilsyn = await createApp({ config, clock: systemClock, logger, databaseUrl: url, sessionSecret: randomBytes(32).toString('hex') });
  const admin = await tilsyn.app
    .get(UsersService)
    .insertUser({ actor: undefined, requestId: '' }, { email: 'bench-admin@bench.example', name: 'Bench admin', role: 'ADMIN', password: randomBytes(12).toString('hex'), mustChangePassword: false }, 'test.seed_user');
  const erasure = tilsyn.app.get(ErasureService);
  const meta = () => ({ actor: { type: 'USER', id: admin.id, role: 'ADMIN', name: 'bench', mustChangePassword: false }, requestId: randomUUID(), locale: 'da' });

  // Where the time goes (pair 1): every SQL statement on the app's connections and every SMTP send, summed over the 4 workers.
  let trace = null;
  const originalQuery = pg.Client.prototype.query;
  pg.Client.prototype.query = function (config, values, callback) {
    if (!trace || this === owner || typeof config?.submit === 'function') return originalQuery.call(this, config, values, callback);
    const key = (typeof config === 'string' ? config : config.text).replace(/\s+/g, ' ').trim().slice(0, 90);
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
  const mail = tilsyn.app.get(MailService);
  const originalSend = mail.send.bind(mail);
  mail.send = async (m) => {
    const t0 = performance.now();
    try {
      return await originalSend(m);
    } finally {
      if (trace) {
        const e = trace.get('(SMTP send)') ?? { n: 0, ms: 0 };
        e.n++;
        e.ms += performance.now() - t0;
        trace.set('(SMTP send)', e);
      }
    }
  };

  // The app's start-up jobs (the supervision plan and its review reminders for 200 newly engaged
  // processors, the erasure sweep) send mail too: let them finish before anything is timed.
  {
    const t0 = performance.now();
    let quiet = 0;
    while (quiet < 10 && performance.now() - t0 < 60_000) {
      const busy = await count(`SELECT count(*) AS n FROM pgboss.job WHERE name NOT LIKE '\\_\\_%' AND state IN ('created', 'retry', 'active') AND start_after <= now()`);
      quiet = busy ? 0 : quiet + 1;
      await sleep(100);
    }
    const other = [...received.keys()].filter((k) => !k.startsWith('<erasure-')).length;
    console.log(`start-up jobs settled after ${((performance.now() - t0) / 1000).toFixed(1)} s (${other} other e-mails, e.g. review reminders, sent meanwhile)`);
  }

  const unfinishedJobs = () => count(`SELECT count(*) AS n FROM pgboss.job WHERE name = 'erasure-send' AND state < 'completed'`);
  const reset = async () => {
    await owner.query('BEGIN');
    await owner.query('TRUNCATE erasure_dispatch, erasure_dispatch_notice, erasure_notice, erasure_ledger CASCADE');
    await owner.query(`DELETE FROM pgboss.job WHERE name = 'erasure-send'`);
    await owner.query(`UPDATE erasure_request SET status = 'RECEIVED', decision = NULL, reasoning = NULL, decided_by_id = NULL, decided_at = NULL, completed_at = NULL, version = 1`);
    await owner.query('COMMIT');
    await owner.query('VACUUM ANALYZE erasure_request');
  };

  const runSystem = async (label, traced) => {
    received.clear();
    sizes = [];
    if (traced) trace = new Map();
    const cpu0 = process.cpuUsage();
    const t0 = performance.now();
    const out = await erasure.approveMany(meta(), ids, null);
    const approveSeconds = (performance.now() - t0) / 1000;
    check(`${label}: notices written`, out.notices, NOTICES);
    let sent;
    for (;;) {
      sent = await count(`SELECT count(*) AS n FROM erasure_notice WHERE status = 'SENT'`);
      if (sent >= NOTICES || performance.now() - t0 > TIMEOUT_S * 1000) break;
      await sleep(100);
    }
    const seconds = (performance.now() - t0) / 1000;
    const cpu = process.cpuUsage(cpu0);
    const cpuSeconds = (cpu.user + cpu.system) / 1e6;
    const statements = trace;
    trace = null;
    // Let the workers finish (job completion, ledger mirror) before checking and resetting.
    const t1 = performance.now();
    while (((await unfinishedJobs()) > 0 || (await count('SELECT count(*) AS n FROM erasure_ledger WHERE NOT mirrored')) > 0) && performance.now() - t1 < 30_000) await sleep(100);
    await sleep(200);

    // Lost: a notice that is not SENT, or whose digest's Message-ID the sink never received.
    const { rows } = await owner.query(
      `SELECT n.id, n.status, array_remove(array_agg(d.message_id), NULL) AS message_ids
         FROM erasure_notice n
         LEFT JOIN erasure_dispatch_notice dn ON dn.notice_id = n.id
         LEFT JOIN erasure_dispatch d ON d.id = dn.dispatch_id AND d.status = 'SENT' AND d.kind = 'NOTICE'
        GROUP BY n.id, n.status`,
    );
    const lost = rows.filter((r) => r.status !== 'SENT' || !r.message_ids.some((m) => received.has(m))).length + Math.max(0, NOTICES - rows.length);
    const duplicates = [...received.values()].reduce((s, c) => s + c - 1, 0);
    const emails = [...received.keys()].filter((k) => k.startsWith('<erasure-')).length;
    const otherEmails = received.size - emails;
    const dispatches = await count(`SELECT count(*) AS n FROM erasure_dispatch WHERE status = 'SENT'`);
    const avgSize = sizes.reduce((s, x) => s + x, 0) / Math.max(1, sizes.length);
    check(`${label}: notices lost`, lost, 0);
    check(`${label}: duplicate Message-IDs`, duplicates, 0);
    check(`${label}: e-mails received vs dispatches SENT`, emails, dispatches);
    const top = statements ? [...statements.entries()].sort((a, b) => b[1].ms - a[1].ms).slice(0, 10).map(([sql, e]) => ({ sql, calls: e.n, seconds: +(e.ms / 1000).toFixed(3) })) : undefined;
    const sqlStatements = statements ? [...statements.entries()].filter(([k]) => k !== '(SMTP send)').reduce((n, [, e]) => n + e.n, 0) : undefined;
    return { seconds, approveSeconds, cpuSeconds, sqlStatements, sent, lost, duplicates, emails, otherEmails, avgSize, top, emailsPerSecond: emails / seconds, noticesPerSecond: sent / seconds };
  };

  const runBaseline = async (n, size, label) => {
    received.clear();
    const before = sizes.length;
    const transport = nodemailer.createTransport({ host: '127.0.0.1', port: sinkPort, secure: false, ignoreTLS: true, pool: true, maxConnections: BASELINE_CONNECTIONS });
    // A body that makes the raw message about the digest's size (headers take ~400 bytes).
    const line = 'Sag BENCH-000001 · kategorier: IDENTITY, CONTACT, CPR · frist 2026-12-21 · instruks fra den dataansvarlige\n';
    const text = line.repeat(Math.max(1, Math.round((size - 400) / Buffer.byteLength(line))));
    const tag = randomBytes(4).toString('hex');
    const t0 = performance.now();
    await Promise.all(
      Array.from({ length: n }, (_, i) =>
        transport.sendMail({
          from: 'tilsyn@localhost',
          to: `erasure${(i % PROCESSORS) + 1}@bench.example`,
          subject: `Anmodning om sletning – ${REQUESTS} sager fra Tilsyn`,
          text,
          messageId: `<baseline-${tag}-${i}@bench.example>`,
          headers: { 'X-Tilsyn-Erasure': `NOTICE/${i}` },
        }),
      ),
    );
    const seconds = (performance.now() - t0) / 1000;
    transport.close();
    const got = received.size;
    const duplicates = [...received.values()].reduce((s, c) => s + c - 1, 0);
    check(`${label}: baseline e-mails received`, got, n);
    check(`${label}: baseline duplicates`, duplicates, 0);
    const newSizes = sizes.slice(before);
    return { seconds, emails: n, emailsPerSecond: n / seconds, avgSize: newSizes.reduce((s, x) => s + x, 0) / Math.max(1, newSizes.length) };
  };

  // Warm-up of the baseline path (connections, TLS-less greeting, JIT); not counted.
  await runBaseline(20, 5000, 'warm-up');

  const pairs = [];
  for (let i = 0; i < PAIRS; i++) {
    const label = `pair ${i + 1}`;
    const sys = await runSystem(label, i === 0);
    const base = await runBaseline(sys.emails || PROCESSORS, sys.avgSize || 5000, label);
    // reliability.md P3's own baseline: the same 10k notices as 10k separate messages (one notice
    // each, about one digest line plus headers), bare nodemailer; compared by notices per second.
    const perNotice = await runBaseline(NOTICES, 600, `${label} (one message per notice)`);
    await reset();
    const ratio = sys.emailsPerSecond / base.emailsPerSecond;
    const noticeRatio = sys.noticesPerSecond / perNotice.emailsPerSecond;
    pairs.push({ system: sys, baseline: base, perNoticeBaseline: perNotice, ratio, noticeRatio });
    console.log(`${label}: baseline of ${perNotice.emails} one-notice messages in ${perNotice.seconds.toFixed(2)} s = ${perNotice.emailsPerSecond.toFixed(0)} notices/s | notice ratio ${noticeRatio.toFixed(2)}×`);
    console.log(
      `${label}: system ${sys.emails} e-mails / ${sys.sent} notices SENT in ${sys.seconds.toFixed(2)} s (approveMany ${sys.approveSeconds.toFixed(2)} s) = ${sys.emailsPerSecond.toFixed(1)} e-mails/s, ${sys.noticesPerSecond.toFixed(0)} notices/s | ` +
        `baseline ${base.emails} e-mails in ${base.seconds.toFixed(2)} s = ${base.emailsPerSecond.toFixed(1)} e-mails/s | ratio ${ratio.toFixed(2)}× | lost ${sys.lost}, duplicates ${sys.duplicates} | ` +
        `avg size ${Math.round(sys.avgSize)} B vs ${Math.round(base.avgSize)} B${sys.otherEmails ? ` (+${sys.otherEmails} other e-mails)` : ''}`,
    );
    if (sys.top) {
      console.log(
        `  ${label}: this process used ${sys.cpuSeconds.toFixed(2)} s CPU in ${sys.seconds.toFixed(2)} s; ${sys.sqlStatements} SQL statements on the app's connections (${(sys.sqlStatements / Math.max(1, sys.emails)).toFixed(1)} per digest, incl. pg-boss); time per kind summed over the 4 workers:`,
      );
      for (const t of sys.top) console.log(`    ${t.seconds.toFixed(2)} s  ×${t.calls}  ${t.sql}`);
    }
  }

  const ratios = pairs.map((p) => p.ratio);
  const noticeRatios = pairs.map((p) => p.noticeRatio);
  const pgVersion = (await owner.query('SHOW server_version')).rows[0].server_version;
  const result = {
    bench: 'P3',
    processors: PROCESSORS,
    notices: NOTICES,
    sink: `smtp-server on loopback, ${NO_GREETING_DELAY ? 'greeting delay removed (diagnostic)' : 'stock (100 ms greeting delay per connection)'}, no reverse DNS`,
    baseline: {
      what: `nodemailer pooled transport (${BASELINE_CONNECTIONS} connections), the same number of e-mails of about the same size, same sink, no DB or queue`,
      emailsPerSecond_median: +median(pairs.map((p) => p.baseline.emailsPerSecond)).toFixed(1),
      seconds_median: +median(pairs.map((p) => p.baseline.seconds)).toFixed(3),
      avgBytes: Math.round(median(pairs.map((p) => p.baseline.avgSize))),
    },
    candidate: {
      what: 'approveMany + erasure-send job workers (4) → digest per processor → SMTP sink, with notice/dispatch state, ledger and audit; until every notice is SENT',
      emailsPerSecond_median: +median(pairs.map((p) => p.system.emailsPerSecond)).toFixed(1),
      noticesPerSecond_median: +median(pairs.map((p) => p.system.noticesPerSecond)).toFixed(0),
      seconds_median: +median(pairs.map((p) => p.system.seconds)).toFixed(3),
      approveSeconds_median: +median(pairs.map((p) => p.system.approveSeconds)).toFixed(3),
      emails: pairs.map((p) => p.system.emails),
      avgBytes: Math.round(median(pairs.map((p) => p.system.avgSize))),
    },
    perNoticeBaseline: {
      what: `nodemailer pooled transport (${BASELINE_CONNECTIONS} connections), ${NOTICES} messages of one notice each, same sink, no DB or queue (reliability.md P3)`,
      noticesPerSecond_median: +median(pairs.map((p) => p.perNoticeBaseline.emailsPerSecond)).toFixed(0),
    },
    noticeRatio_median: +median(noticeRatios).toFixed(2),
    noticeRatio_min: +Math.min(...noticeRatios).toFixed(2),
    noticeRatio_max: +Math.max(...noticeRatios).toFixed(2),
    ratio_median: +median(ratios).toFixed(2),
    ratio_min: +Math.min(...ratios).toFixed(2),
    ratio_max: +Math.max(...ratios).toFixed(2),
    lost: pairs.map((p) => p.system.lost),
    duplicates: pairs.map((p) => p.system.duplicates),
    goal: 'notices/s ≥ 0.5× the bare nodemailer loop sending the same 10k notices as messages (reliability.md P3); notices lost = 0 and duplicates = 0 (correctness gate). The e-mails/s ratio against the same number of digest-sized e-mails is reported beside it (the per-message cost of state, ledger and audit).',
    pass: median(noticeRatios) >= 0.5 && failures.length === 0,
    correct: failures.length === 0,
    failures,
    machine: { cpus: os.cpus().length, cpu: os.cpus()[0]?.model, node: process.version, postgres: pgVersion },
  };
  fs.mkdirSync(path.join(import.meta.dirname, 'results'), { recursive: true });
  fs.writeFileSync(path.join(import.meta.dirname, 'results', 'p3.json'), JSON.stringify({ ...result, pairs }, null, 2));
  console.log(JSON.stringify(result, null, 2));
  console.log(
    `P3 ${result.candidate.noticesPerSecond_median} notices/s vs baseline ${result.perNoticeBaseline.noticesPerSecond_median} notices/s (one message each): ` +
      `ratio ${result.noticeRatio_median}× (min ${result.noticeRatio_min}, max ${result.noticeRatio_max}; goal ≥ 0.5×) ${median(noticeRatios) >= 0.5 ? 'PASS' : 'FAIL'}; ` +
      `per e-mail ${result.candidate.emailsPerSecond_median} digests/s vs ${result.baseline.emailsPerSecond_median} bare e-mails/s of the same size = ${result.ratio_median}×; ` +
      `notices lost ${result.lost.join('/')} of ${NOTICES}, duplicates ${result.duplicates.join('/')} — correctness ${failures.length ? 'FAIL' : 'PASS'}`,
  );
  if (failures.length) {
    console.error(`P3 correctness failures:\n  ${failures.join('\n  ')}`);
    process.exitCode = 1;
  }
} catch (error) {
  console.error(error);
  process.exitCode = 1;
} finally {
  pg.Client.prototype.query = originalQueryAtStart;
  await owner?.end().catch(() => undefined);
  await tilsyn?.close().catch((e) => console.error('closing the app:', e.message));
  await new Promise((r) => sink.close(r));
  await server.dropDatabase(dbName).catch(() => undefined);
  await server.stop();
  fs.rmSync(tmp, { recursive: true, force: true });
}
