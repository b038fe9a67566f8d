import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import { createServer, type AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { addDays, DEFAULT_REMINDER_THRESHOLDS, remindersReached } from '@tilsyn/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TestSmtp, until } from '../utils/smtp.js';
import { GqlClient, startTestApp, TEST_PASSWORD, type TestApp } from '../utils/test-app.js';
import { ceiling } from '../utils/ceiling.js';

/**
 * Issue 5, reliability.md R8: three simulated years of reminders with a test clock, two app
 * processes on one database, restarts at random moments (SIGTERM and SIGKILL, also between 01:59
 * and 03:01 on the days daylight saving changes), and every e-mail counted at a real SMTP server.
 * Each threshold of each review must produce exactly one e-mail: expected, sent, duplicated and
 * missed are printed and written to test-results/reminder-simulation.json.
 */
const API_MAIN = path.resolve(import.meta.dirname, '../../dist/main.js');
const START_DAY = '2026-11-21';
const END_DAY = '2029-11-21';
const DST_DAYS = ['2027-03-28', '2027-10-31', '2028-03-26', '2028-10-29', '2029-03-25', '2029-10-28'];
const SPECIAL_DUE = ['2027-03-28', '2027-10-31', '2028-02-29', '2028-03-26', '2028-12-31', '2029-10-28'];
const PDF = Buffer.from('%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n');

// A seeded generator: the same run every time, so a failure can be replayed.
let seed = 20261121;
const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);

const smtp = new TestSmtp();
let t: TestApp;
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'tilsyn-sim-'));
const sessionSecret = 'simulation-session-secret-0123456789abcdef';

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  const port = (server.address() as AddressInfo).port;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

class AppProcess {
  child: ChildProcess | null = null;
  port = 0;
  restarts = 0;
  kills = 0;
  constructor(readonly name: string) {}

  get url(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  async start(): Promise<void> {
    this.port = await freePort();
    const child = spawn(process.execPath, [API_MAIN], {
      env: {
        PATH: process.env.PATH,
        TILSYN_MODE: 'demo',
        TILSYN_TEST_CLOCK: 'true',
        DATABASE_URL: t.databaseUrl,
        PORT: String(this.port),
        HOST: '127.0.0.1',
        TILSYN_DATA_DIR: path.join(tmp, this.name),
        SESSION_SECRET: sessionSecret,
        SMTP_URL: smtp.url,
        SMTP_CONNECTION_TIMEOUT_MS: '1000',
        SMTP_GREETING_TIMEOUT_MS: '1000',
        SMTP_SOCKET_TIMEOUT_MS: '2000',
        REMINDER_JOB_EXPIRE_SECONDS: '6',
        REMINDER_RETRY_DELAY_SECONDS: '1',
        JOB_POLLING_SECONDS: '1',
        LOG_LEVEL: 'warn',
        ADMIN_DIST_DIR: path.join(tmp, 'no-admin'),
      },
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    this.child = child;
    await until(
      () => fetch(`${this.url}/health/ready`).then((r) => r.status, () => 0),
      (status) => status === 200,
      60_000,
      `${this.name} ready`,
    );
  }

  async stop(signal: 'SIGTERM' | 'SIGKILL'): Promise<void> {
    const child = this.child;
    this.child = null;
    if (!child || child.exitCode !== null) return;
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill(signal);
    await exited;
    if (signal === 'SIGKILL') this.kills++;
  }

  async restart(signal: 'SIGTERM' | 'SIGKILL'): Promise<void> {
    await this.stop(signal);
    this.restarts++;
    await this.start();
  }
}

const processes = [new AppProcess('a'), new AppProcess('b')];
const live = () => processes.filter((p) => p.child);
const pick = () => live()[Math.floor(random() * live().length)];

async function signIn(role: 'ADMIN' | 'VENDOR_MANAGER' | 'REVIEWER'): Promise<GqlClient> {
  const client = new GqlClient(pick().url);
  const res = await client.login(t.users[role].email, TEST_PASSWORD);
  if (res.body.errors) throw new Error(`sign-in failed: ${JSON.stringify(res.body.errors)}`);
  return client;
}

/** Sets every process's clock and runs the scan; returns once no job and no unsent reminder is left. */
async function tick(instant: string, killDuringScan = false): Promise<void> {
  const admin = await signIn('ADMIN');
  await admin.ok('mutation($at: String!) { setTestClock(at: $at) }', { at: instant });
  if (killDuringScan) {
    const victim = processes.find((p) => p.child && p.url === admin.baseUrl)!;
    await victim.restart('SIGKILL');
  }
  await until(
    async () => {
      const r = await t.owner.query<{ jobs: number; open: number }>(
        `SELECT (SELECT count(*)::int FROM pgboss.job WHERE name IN ('reminder-scan', 'reminder-send') AND state IN ('created', 'retry', 'active')) AS jobs,
                (SELECT count(*)::int FROM reminder WHERE status IN ('PENDING', 'SENDING', 'RETRYING')) AS open`,
      );
      return r.rows[0];
    },
    (r) => r.jobs === 0 && r.open === 0,
    90_000,
    `quiet after ${instant}`,
  );
}

type OpenReview = { id: string; kind: string; due_on: string; created_on: string; version: number };

async function complete(review: OpenReview): Promise<void> {
  const vm = await signIn('VENDOR_MANAGER');
  const r = (await vm.ok<{ Review: { version: number; checklist: { key: string; explainIf: string }[] } }>('query($id: ID!) { Review(id: $id) { version checklist { key explainIf } } }', { id: review.id })).Review;
  let version = (
    await vm.ok<{ updateReview: { version: number } }>('mutation($id: ID!, $v: Int!, $c: [ChecklistItemInput!]) { updateReview(id: $id, version: $v, checklist: $c, outcome: APPROVED) { version } }', {
      id: review.id,
      v: r.version,
      c: r.checklist.map((c) => ({ key: c.key, answer: c.explainIf === 'YES' ? 'NO' : 'YES' })),
    })
  ).updateReview.version;
  if (review.kind === 'SUPERVISION') {
    const up = await fetch(`${vm.baseUrl}/api/reviews/${review.id}/documents`, { method: 'PUT', headers: { cookie: vm.cookie!, 'content-type': 'application/pdf', 'x-file-name': 'report.pdf', 'x-tilsyn-upload': '1' }, body: PDF });
    expect(up.status).toBe(201);
    version++;
  }
  version = (await vm.ok<{ submitReview: { version: number } }>('mutation($id: ID!, $v: Int!) { submitReview(id: $id, version: $v) { version } }', { id: review.id, v: version })).submitReview.version;
  const dpo = await signIn('REVIEWER');
  await dpo.ok('mutation($id: ID!, $v: Int!) { approveReview(id: $id, version: $v) { id } }', { id: review.id, v: version });
}

async function openReviews(): Promise<OpenReview[]> {
  return (await t.owner.query<OpenReview>(`SELECT id, kind, due_on::text, created_on::text, version FROM review WHERE status IN ('OPEN', 'IN_PROGRESS', 'SENT_BACK') ORDER BY due_on, id`)).rows;
}

/** The next day after `day` on which some open review reaches a threshold. */
async function nextEventDay(day: string): Promise<string | null> {
  let next: string | null = null;
  for (const r of await openReviews()) {
    for (const th of remindersReached(r.due_on, r.created_on, addDays(r.due_on, 400))) {
      if (th.on > day && (!next || th.on < next)) next = th.on;
    }
  }
  return next;
}

/** 06:00 in Copenhagen (05:00 UTC in winter, 04:00 in summer) is the scan's cron time; either is fine for a date. */
const morning = (day: string) => `${day}T05:00:00Z`;

const figures = { days: 0, steps: 0, completed: 0, restarts: 0, kills: 0, expected: 0, sent: 0, duplicated: 0, missed: 0, unexpected: 0, seconds: 0 };

beforeAll(async () => {
  await smtp.start();
  t = await startTestApp();
  const vm = await t.as('VENDOR_MANAGER');
  // Six engaged processors with signed DPAs (the planning adds their DPA reviews and supervision)
  // and six one-off reviews due on daylight-saving days, 29 February and New Year's Eve.
  for (let i = 0; i < 6; i++) {
    const p = (
      await vm.ok<{ createProcessor: { id: string } }>(
        `mutation($n: String!, $owner: String, $cats: [DataCategory!], $n2: Int) { createProcessor(name: $n, establishmentCountry: "DK", serviceKind: SAAS, address: "Vej 1", privacyContactName: "DPO",
          engagementRole: PROCESSOR, engagementStart: "2025-06-01", lifecycle: ACTIVE, ownerId: $owner, dataCategories: $cats, dataSubjectCount: $n2) { id } }`,
        { n: `Simuleret ${i + 1} A/S`, owner: t.users.VENDOR_MANAGER.id, cats: i % 2 ? ['CPR', 'DEBT', 'FINANCIAL'] : ['IDENTITY'], n2: i % 2 ? 60_000 : 500 },
      )
    ).createProcessor;
    const a = (await vm.ok<{ createAgreement: { id: string; version: number } }>(`mutation($p: ID!) { createAgreement(processorId: $p, template: OWN_TEMPLATE, title: "DPA", reviewIntervalMonths: 12) { id version } }`, { p: p.id })).createAgreement;
    const s = (await vm.ok<{ signAgreement: { version: number } }>(`mutation($id: ID!, $v: Int!) { signAgreement(id: $id, version: $v, on: "2025-06-01") { version } }`, { id: a.id, v: a.version })).signAgreement;
    await vm.ok(`mutation($id: ID!, $v: Int!, $on: String!) { recordAgreementReview(id: $id, version: $v, on: $on) { id } }`, { id: a.id, v: s.version, on: `2026-${String(1 + i * 2).padStart(2, '0')}-15` });
    await vm.ok(`mutation($p: ID!, $d: String!, $u: ID) { createReview(kind: ONBOARDING, subjectType: PROCESSOR, subjectId: $p, dueOn: $d, assigneeId: $u) { id } }`, { p: p.id, d: SPECIAL_DUE[i], u: t.users.VENDOR_MANAGER.id });
  }
  // From here on only the two app processes touch the database.
  await t.tilsyn.close();
  for (const p of processes) await p.start();
}, ceiling(180_000));

afterAll(async () => {
  for (const p of processes) await p.stop('SIGTERM');
  await t.owner.end().catch(() => undefined);
  const { Client } = await import('pg');
  const { inject } = await import('vitest');
  const cleanup = new Client({ connectionString: inject('adminDatabaseUrl') });
  await cleanup.connect();
  await cleanup.query(`DROP DATABASE IF EXISTS ${new URL(t.databaseUrl).pathname.slice(1)} WITH (FORCE)`);
  await cleanup.end();
  await smtp.stop();
  fs.rmSync(tmp, { recursive: true, force: true });
});

describe('three simulated years of reminders, two processes, restarts', () => {
  it('sends each threshold of each review exactly once', async () => {
    const started = Date.now();
    let day = START_DAY;
    await tick(morning(day));
    const dst = new Set(DST_DAYS);
    while (day < END_DAY) {
      // The next day something happens, a daylight-saving day, or now and then a skipped event (catch-up).
      let next = (await nextEventDay(day)) ?? END_DAY;
      const dstNext = DST_DAYS.find((d) => d > day && d < next);
      if (dstNext) next = dstNext;
      else if (random() < 0.15) next = (await nextEventDay(next)) ?? next;
      day = next > END_DAY ? END_DAY : next;
      figures.steps++;
      if (dst.has(day)) {
        // Around the change (01:00 UTC): 01:59 local, 02:30 local (or the hour that does not exist), 03:01 local.
        await tick(`${day}T00:59:00Z`);
        await pick().restart(random() < 0.5 ? 'SIGKILL' : 'SIGTERM');
        await tick(`${day}T01:30:00Z`, random() < 0.5);
        await pick().restart('SIGTERM');
        await tick(`${day}T02:01:00Z`);
      } else {
        const restart = random();
        await tick(morning(day), restart < 0.04);
        if (restart > 0.92) await pick().restart(random() < 0.5 ? 'SIGKILL' : 'SIGTERM');
      }
      // People act: each review that has come due is completed now and then.
      for (const r of await openReviews()) {
        if (r.due_on <= day && random() < 0.45) {
          await complete(r);
          figures.completed++;
        }
      }
    }

    // Expected: every threshold from the day each review was planned to the day it was completed (or the end).
    const all = (await t.owner.query<{ id: string; due_on: string; created_on: string; completed_on: string | null }>('SELECT id, due_on::text, created_on::text, completed_on::text FROM review')).rows;
    const expected = new Set<string>();
    for (const r of all) {
      for (const th of remindersReached(r.due_on, r.created_on, r.completed_on ?? END_DAY, DEFAULT_REMINDER_THRESHOLDS)) expected.add(`REVIEW/${r.id}/${r.due_on}/${th.key}`);
    }
    const counts = new Map<string, number>();
    for (const m of smtp.received) {
      const key = m.headers['x-tilsyn-reminder'];
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
    figures.days = Math.round((Date.parse(END_DAY) - Date.parse(START_DAY)) / 86_400_000);
    figures.expected = expected.size;
    figures.sent = smtp.received.length;
    figures.duplicated = [...counts.values()].reduce((n, c) => n + Math.max(0, c - 1), 0);
    figures.missed = [...expected].filter((k) => !counts.has(k)).length;
    figures.unexpected = [...counts.keys()].filter((k) => !expected.has(k)).length;
    figures.restarts = processes.reduce((n, p) => n + p.restarts, 0);
    figures.kills = processes.reduce((n, p) => n + p.kills, 0);
    figures.seconds = Math.round((Date.now() - started) / 1000);
    console.log(`reminder simulation: ${JSON.stringify(figures)}`);
    const out = path.resolve(import.meta.dirname, '../../../../test-results');
    fs.mkdirSync(out, { recursive: true });
    fs.writeFileSync(path.join(out, 'reminder-simulation.json'), JSON.stringify(figures, null, 2) + '\n');

    expect(figures.expected).toBeGreaterThan(100);
    expect(figures.restarts).toBeGreaterThanOrEqual(DST_DAYS.length * 2);
    expect({ duplicated: figures.duplicated, missed: figures.missed, unexpected: figures.unexpected }).toEqual({ duplicated: 0, missed: 0, unexpected: 0 });
    expect(figures.sent).toBe(figures.expected);
    const rows = await t.owner.query<{ status: string; n: number }>('SELECT status, count(*)::int AS n FROM reminder GROUP BY status');
    expect(rows.rows).toEqual([{ status: 'SENT', n: figures.expected }]);
  }, ceiling(900_000));
});
