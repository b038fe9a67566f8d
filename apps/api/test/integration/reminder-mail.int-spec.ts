import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { jobsAndMailEnv, TestSmtp, until } from '../utils/smtp.js';
import { startTestApp, type GqlClient, type TestApp } from '../utils/test-app.js';
import { ceiling } from '../utils/ceiling.js';

/**
 * Reminders by e-mail through a real SMTP server on loopback, with the job system running
 * (reliability.md R3–R5): delivery, 5xx permanent, 4xx retried, server down, slow greeting.
 * Short SMTP time-outs and a 1-second retry base keep the test quick; the rule they follow is the
 * production one: time-outs together stay below the job's expiry.
 */
const smtp = new TestSmtp();
let t: TestApp;
let vm: GqlClient;
let admin: GqlClient;

beforeAll(async () => {
  await smtp.start();
  t = await startTestApp({
    ...jobsAndMailEnv(smtp.url),
    REMINDER_RETRY_LIMIT: '6',
    PUBLIC_URL: 'https://tilsyn.inkasso.example',
  });
  [vm, admin] = await Promise.all([t.as('VENDOR_MANAGER'), t.as('ADMIN')]);
  await t.owner.query(`UPDATE app_user SET locale = 'en' WHERE id = $1`, [t.users.REVIEWER.id]);
}, ceiling(60_000));
afterAll(async () => {
  await t.close();
  await smtp.stop();
});

let seq = 0;
/** A processor with an onboarding review due in 7 days, assigned to a user: the scan reminds BEFORE_7 today. */
async function reviewDueInAWeek(assignee: 'VENDOR_MANAGER' | 'REVIEWER' = 'VENDOR_MANAGER'): Promise<string> {
  const p = (await vm.ok<{ createProcessor: { id: string } }>(`mutation($n: String!) { createProcessor(name: $n, establishmentCountry: "DK", serviceKind: PRINT_AND_MAIL) { id } }`, { n: `Postbud ${++seq} ApS` })).createProcessor;
  const r = (await vm.ok<{ createReview: { id: string } }>(`mutation($p: ID!, $u: ID) { createReview(kind: ONBOARDING, subjectType: PROCESSOR, subjectId: $p, dueOn: "2026-11-28", assigneeId: $u) { id } }`, { p: p.id, u: t.users[assignee].id })).createReview;
  return r.id;
}

type Row = { id: string; status: string; attempts: number; last_error: string | null; last_response_code: number | null; message_id: string };
async function reminderOf(reviewId: string): Promise<Row> {
  const rows = await t.owner.query<Row>(`SELECT id, status, attempts, last_error, last_response_code, message_id FROM reminder WHERE subject_id = $1`, [reviewId]);
  return rows.rows[0];
}
const settled = (r: Row | undefined) => !!r && ['SENT', 'FAILED'].includes(r.status);
const mailsFor = (messageId: string) => smtp.received.filter((m) => m.messageId === messageId);

describe('reminder e-mail', () => {
  it('sends one short e-mail in the recipient language with a link, a stable Message-ID and no personal data of data subjects', async () => {
    const id = await reviewDueInAWeek('REVIEWER');
    await admin.ok('mutation { runReminderScan }');
    await admin.ok('mutation { runReminderScan }');
    const row = await until(() => reminderOf(id), settled, 30_000, 'reminder sent');
    expect(row).toMatchObject({ status: 'SENT', attempts: 1, last_error: null });
    const mails = mailsFor(row.message_id);
    expect(mails).toHaveLength(1);
    const [mail] = mails;
    expect(mail.to).toEqual([t.users.REVIEWER.email]);
    expect(mail.subject).toMatch(/^Processor onboarding – Postbud \d+ ApS is due in 7 days \(2026-11-28\)$/);
    expect(mail.text).toContain(`https://tilsyn.inkasso.example/#/Review/${id}/show`);
    expect(mail.headers['x-tilsyn-reminder']).toBe(`REVIEW/${id}/2026-11-28/BEFORE_7`);
    expect(mail.text).not.toMatch(/\b\d{6}-?\d{4}\b/); // no CPR number (a uuid in the link may hold ten digits in a row)
    expect(mail.text.length).toBeLessThan(400);
  });

  it('a 5xx is permanent: no retry, a failed reminder on the dashboard and in the audit trail', async () => {
    smtp.behaviour = { rcpt: () => 550 };
    try {
      const id = await reviewDueInAWeek();
      await admin.ok('mutation { runReminderScan }');
      const row = await until(() => reminderOf(id), settled, 30_000, 'reminder failed');
      expect(row).toMatchObject({ status: 'FAILED', attempts: 1, last_response_code: 550 });
      expect(row.last_error).not.toContain('@'); // the reply can echo an address: not kept
      const audit = await t.owner.query(`SELECT actor_type FROM audit_event WHERE action = 'reminder.failed' AND entity_id = $1`, [row.id]);
      expect(audit.rows).toEqual([{ actor_type: 'SYSTEM' }]);
      const dashboard = await admin.ok<{ dashboard: { failedReminders: number } }>('{ dashboard { failedReminders } }');
      expect(dashboard.dashboard.failedReminders).toBeGreaterThanOrEqual(1);
      const listed = await admin.ok<{ allReminders: { id: string }[] }>('{ allReminders(filter: { status: FAILED }) { id } }');
      expect(listed.allReminders.map((r) => r.id)).toContain(row.id);

      // Fixed (the mailbox exists again): an administrator sends it once more.
      smtp.behaviour = {};
      await admin.ok(`mutation($id: ID!) { retryReminder(id: $id) { id status } }`, { id: row.id });
      const sent = await until(() => reminderOf(id), (r) => r.status === 'SENT', 30_000, 'reminder resent');
      expect(mailsFor(sent.message_id)).toHaveLength(1);
    } finally {
      smtp.behaviour = {};
    }
  });

  it('a 4xx is retried with backoff and delivered once', async () => {
    let refusals = 2;
    smtp.behaviour = { rcpt: () => (refusals-- > 0 ? 451 : null) };
    try {
      const id = await reviewDueInAWeek();
      await admin.ok('mutation { runReminderScan }');
      const row = await until(() => reminderOf(id), settled, 60_000, 'reminder delivered after 451s');
      expect(row).toMatchObject({ status: 'SENT', attempts: 3 });
      expect(mailsFor(row.message_id)).toHaveLength(1);
    } finally {
      smtp.behaviour = {};
    }
  });

  it('the server down for a while: nothing lost, no duplicate, attempts within the cap', async () => {
    await smtp.stop();
    const port = smtp.port;
    const ids = [await reviewDueInAWeek(), await reviewDueInAWeek(), await reviewDueInAWeek()];
    await admin.ok('mutation { runReminderScan }');
    // Wait until every one has failed at least once against the closed port.
    await until(async () => Promise.all(ids.map(reminderOf)), (rows) => rows.every((r) => r.attempts >= 1 && r.status !== 'SENT'), 30_000, 'first failed attempts');
    await smtp.start(port);
    const rows = await until(async () => Promise.all(ids.map(reminderOf)), (rs) => rs.every(settled), 90_000, 'delivery after the outage');
    for (const row of rows) {
      expect(row.status).toBe('SENT');
      expect(row.attempts).toBeLessThanOrEqual(7);
      expect(mailsFor(row.message_id)).toHaveLength(1);
    }
  });

  it('a greeting slower than the time-out is a temporary failure, not a second send', async () => {
    smtp.behaviour = { greetingDelayMs: 1_500 };
    // Mail goes over pooled connections: restart the server so the next send needs a new greeting.
    const port = smtp.port;
    await smtp.stop();
    await smtp.start(port);
    const id = await reviewDueInAWeek();
    await admin.ok('mutation { runReminderScan }');
    await until(() => reminderOf(id), (r) => r.attempts >= 1 && r.status === 'RETRYING', 30_000, 'a timed-out attempt');
    smtp.behaviour = {};
    const row = await until(() => reminderOf(id), settled, 60_000, 'delivery after the tarpit');
    expect(row.status).toBe('SENT');
    expect(mailsFor(row.message_id)).toHaveLength(1);
  });

  it('classifies the reply codes (R5): 421/450/451/452 retried, 550/553/554 permanent', async () => {
    const matrix: Record<number, 'SENT' | 'FAILED'> = { 421: 'SENT', 450: 'SENT', 451: 'SENT', 452: 'SENT', 550: 'FAILED', 553: 'FAILED', 554: 'FAILED' };
    const byReview = new Map<string, number>();
    const refusedOnce = new Set<string>();
    smtp.behaviour = {
      rcpt: (address) => {
        // Reminders go out one at a time below: the first attempt of each is refused with its code.
        void address;
        const next = [...byReview.entries()].find(([rid]) => !refusedOnce.has(rid));
        if (!next) return null;
        const [rid, code] = next;
        refusedOnce.add(rid);
        return code;
      },
    };
    try {
      for (const code of Object.keys(matrix).map(Number)) {
        const id = await reviewDueInAWeek();
        byReview.set(id, code);
        await admin.ok('mutation { runReminderScan }');
        // One at a time, so the refusal falls on this reminder's first attempt.
        const row = await until(() => reminderOf(id), settled, 60_000, `reminder for ${code}`);
        expect({ code, status: row.status, permanent: row.attempts === 1 && row.status === 'FAILED' }).toEqual({ code, status: matrix[code], permanent: matrix[code] === 'FAILED' });
        if (row.status === 'FAILED') expect(row.last_response_code).toBe(code);
        expect(mailsFor(row.message_id)).toHaveLength(row.status === 'SENT' ? 1 : 0);
      }
    } finally {
      smtp.behaviour = {};
    }
  });
});
