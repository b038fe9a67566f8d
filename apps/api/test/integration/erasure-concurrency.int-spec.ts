import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ErasureDeliveryService } from '../../src/modules/erasure/erasure-delivery.service.js';
import { bootApp, type InProcessApp } from '../utils/erasure-harness.js';
import { TestSmtp } from '../utils/smtp.js';
import { startTestApp, type GqlClient, type TestApp } from '../utils/test-app.js';
import { ceiling } from '../utils/ceiling.js';

/**
 * Issue 6, reliability.md R7: the same work done twice at once. (1) A processor's queued notices
 * delivered by four workers at once — two in each of two app instances on one database — 200
 * times over, also for a message waiting for its retry: exactly one SMTP message per message
 * row, and every notice in exactly one. (2) A request submitted twice at once with the same
 * idempotency key: one request, and after approval one notice per recipient, not two. (3) The
 * same requests approved twice at once: one call succeeds, the other is refused with
 * INVALID_STATE on ids.N, and no notice is written twice.
 *
 * The job system is off here so that only the test's calls deliver.
 */
const ITERATIONS = 200;
const smtp = new TestSmtp();
let t: TestApp;
let second: InProcessApp;
let vm: GqlClient;
let dpo: GqlClient;
/** One processor for the delivery race, one for the retry race, three for the filing and approval races. */
let racer = '';
let retrier = '';
const recipients: string[] = [];

const count = async (sql: string, params: unknown[] = []) => Number((await t.owner.query<{ n: number }>(sql, params)).rows[0].n);
/** Only erasure messages (the processors' onboarding reviews could also bring reminders). */
const erasureMails = () => smtp.received.filter((m) => m.headers['x-tilsyn-erasure']);

/** Files n requests of a category (each category has its own processors here). */
async function fileMany(n: number, prefix: string, dataSubjectCategory: string): Promise<string[]> {
  const requests = Array.from({ length: n }, (_, i) => ({ source: 'RETENTION_EXPIRY', dataSubjectCategory, caseReference: `${prefix}-${i}`, receivedOn: '2026-11-20', cpr: `0203${String(40 + (i % 50)).padStart(2, '0')}-${String(2000 + i).padStart(4, '0')}` }));
  return (await vm.ok<{ fileErasureRequests: { ids: string[] } }>('mutation($r: [FileErasureRequestInput!]!) { fileErasureRequests(requests: $r) { ids } }', { r: requests })).fileErasureRequests.ids;
}

beforeAll(async () => {
  await smtp.start();
  const env = {
    SMTP_URL: smtp.url,
    SMTP_CONNECTION_TIMEOUT_MS: '1000',
    SMTP_GREETING_TIMEOUT_MS: '1000',
    SMTP_SOCKET_TIMEOUT_MS: '2000',
    REMINDER_JOB_EXPIRE_SECONDS: '10',
    ERASURE_DIGEST_DELAY_SECONDS: '0',
    BODY_LIMIT: '1mb',
  };
  t = await startTestApp(env);
  second = await bootApp(t.databaseUrl, { ...env, TILSYN_KEYRING: t.config.keyringJson!, TILSYN_LEDGER_DIR: t.config.ledgerDir }, { seedUsers: false, clock: t.clock });
  [vm, dpo] = await Promise.all([t.as('VENDOR_MANAGER'), t.as('REVIEWER')]);
  const processor = async (name: string, category: string) =>
    (
      await vm.ok<{ createProcessor: { id: string } }>(
        `mutation($name: String!, $a: String!, $c: [DataSubjectCategory!]) { createProcessor(name: $name, establishmentCountry: "DK", serviceKind: PRINT_AND_MAIL, engagementRole: PROCESSOR, dataSubjectCategories: $c, erasureChannel: EMAIL, erasureAddress: $a) { id } }`,
        { name, a: `slet@${name.replace(/\W/g, '').toLowerCase()}.example`, c: [category] },
      )
    ).createProcessor.id;
  racer = await processor('Kapløb ApS', 'DEBTORS');
  retrier = await processor('Genforsøg ApS', 'GUARANTORS');
  for (let p = 0; p < 3; p++) recipients.push(await processor(`Samtidig ${p} ApS`, 'EMPLOYEES'));
}, ceiling(60_000));

afterAll(async () => {
  await second?.close();
  await t.close();
  await smtp.stop();
});

describe('the same erasure work done twice at once (R7)', () => {
  it('four workers in two instances deliver the same processor’s notices at once, 200 times: one SMTP message per message row', async () => {
    const workers = [t.tilsyn.app.get(ErasureDeliveryService), second.tilsyn.app.get(ErasureDeliveryService)];
    const processorId = racer;
    const ids = await fileMany(ITERATIONS, 'R7', 'DEBTORS');
    const before = erasureMails().length;
    for (let i = 0; i < ITERATIONS; i++) {
      // Fresh notices (one per recipient), then the processor's delivery run four times at once.
      await dpo.ok('mutation($ids: [ID!]!) { approveErasureRequests(ids: $ids) { approved } }', { ids: [ids[i]] });
      await Promise.all([workers[0], workers[1], workers[0], workers[1]].map((w) => w.deliverForProcessor(processorId)));
      expect(erasureMails().length - before).toBe(i + 1);
    }
    const rows = (await t.owner.query<{ message_id: string; status: string; attempts: number; notice_count: number }>(`SELECT message_id, status, attempts, notice_count FROM erasure_dispatch WHERE processor_id = $1`, [processorId])).rows;
    expect(rows).toHaveLength(ITERATIONS);
    expect(rows.every((r) => r.status === 'SENT' && r.attempts === 1 && r.notice_count === 1)).toBe(true);
    const received = erasureMails().map((m) => m.messageId);
    expect(new Set(received).size).toBe(received.length);
    expect(new Set(rows.map((r) => r.message_id))).toEqual(new Set(received.slice(before)));
    // Every notice of this processor sent, each in exactly one message.
    expect(await count(`SELECT count(*)::int AS n FROM erasure_notice WHERE processor_id = $1 AND status = 'SENT'`, [processorId])).toBe(ITERATIONS);
    expect(await count(`SELECT count(*)::int AS n FROM (SELECT notice_id FROM erasure_dispatch_notice dn JOIN erasure_notice n ON n.id = dn.notice_id WHERE n.processor_id = $1 GROUP BY notice_id HAVING count(*) <> 1) x`, [processorId])).toBe(0);
  }, ceiling(120_000));

  it('a message waiting for its retry is claimed by one worker only', async () => {
    const workers = [t.tilsyn.app.get(ErasureDeliveryService), second.tilsyn.app.get(ErasureDeliveryService)];
    const processorId = retrier;
    for (let i = 0; i < 20; i++) {
      const [id] = await fileMany(1, `R7-retry-${i}`, 'GUARANTORS');
      await dpo.ok('mutation($ids: [ID!]!) { approveErasureRequests(ids: $ids) { approved } }', { ids: [id] });
      // SMTP refuses with 451 (temporary): the message waits for its retry.
      smtp.behaviour = { rcpt: () => 451 };
      await expect(workers[0].deliverForProcessor(processorId)).rejects.toThrow(/temporary failure/);
      smtp.behaviour = {};
      const [d] = (await t.owner.query<{ id: string; message_id: string; status: string }>(`SELECT d.id, d.message_id, d.status FROM erasure_dispatch d JOIN erasure_dispatch_notice dn ON dn.dispatch_id = d.id JOIN erasure_notice n ON n.id = dn.notice_id WHERE n.request_id = $1 AND n.processor_id = $2`, [id, processorId])).rows;
      expect(d.status).toBe('RETRYING');
      await Promise.all([workers[0], workers[1], workers[0], workers[1]].map((w) => w.deliverForProcessor(processorId)));
      expect(erasureMails().filter((m) => m.messageId === d.message_id)).toHaveLength(1);
      expect((await t.owner.query(`SELECT status, attempts FROM erasure_dispatch WHERE id = $1`, [d.id])).rows[0]).toEqual({ status: 'SENT', attempts: 2 });
    }
  }, ceiling(60_000));

  it('a request submitted twice at once with the same idempotency key is one request with one notice per recipient', async () => {
    for (let i = 0; i < 25; i++) {
      const key = `R7-double-${i}`;
      const submit = () =>
        vm.post<{ fileErasureRequest: { id: string } }>(
          `mutation($key: String!, $ref: String!) { fileErasureRequest(source: DATA_SUBJECT_REQUEST, grounds: [OBJECTION], dataSubjectCategory: EMPLOYEES, caseReference: $ref, receivedOn: "2026-11-20", cpr: "111111-1118", idempotencyKey: $key) { id } }`,
          { key, ref: `R7-D-${i}` },
        );
      const [a, b] = await Promise.all([submit(), submit()]);
      expect(a.body.errors).toBeUndefined();
      expect(b.body.errors).toBeUndefined();
      expect(a.body.data!.fileErasureRequest.id).toBe(b.body.data!.fileErasureRequest.id);
      expect(await count(`SELECT count(*)::int AS n FROM erasure_request WHERE idempotency_key = $1`, [key])).toBe(1);
      expect(await count(`SELECT count(*)::int AS n FROM audit_event WHERE action = 'erasure_request.file' AND entity_id = $1`, [a.body.data!.fileErasureRequest.id])).toBe(1);
      const approved = await dpo.ok<{ approveErasureRequests: { approved: number; notices: number } }>('mutation($ids: [ID!]!) { approveErasureRequests(ids: $ids) { approved notices } }', {
        ids: [a.body.data!.fileErasureRequest.id, b.body.data!.fileErasureRequest.id],
      });
      expect(approved.approveErasureRequests).toEqual({ approved: 1, notices: recipients.length });
      expect(await count(`SELECT count(*)::int AS n FROM erasure_notice WHERE request_id = $1`, [a.body.data!.fileErasureRequest.id])).toBe(recipients.length);
    }
    // The bulk call twice at once with the same keys: 50 requests, not 100.
    const bulk = Array.from({ length: 50 }, (_, i) => ({ source: 'RETENTION_EXPIRY', dataSubjectCategory: 'EMPLOYEES', caseReference: `R7-B-${i}`, receivedOn: '2026-11-20', cpr: `050505-${String(3000 + i)}`, idempotencyKey: `R7-bulk-${i}` }));
    const both = await Promise.all([0, 1].map(() => vm.post<{ fileErasureRequests: { ids: string[]; created: number } }>('mutation($r: [FileErasureRequestInput!]!) { fileErasureRequests(requests: $r) { ids created } }', { r: bulk })));
    for (const r of both) expect(r.body.errors).toBeUndefined();
    expect(both[0].body.data!.fileErasureRequests.ids).toEqual(both[1].body.data!.fileErasureRequests.ids);
    expect(both[0].body.data!.fileErasureRequests.created + both[1].body.data!.fileErasureRequests.created).toBe(50);
    expect(await count(`SELECT count(*)::int AS n FROM erasure_request WHERE idempotency_key LIKE 'R7-bulk-%'`)).toBe(50);
  }, ceiling(60_000));

  it('the same requests approved twice at once: one call succeeds, the other is refused (INVALID_STATE on ids.N), no notice twice', async () => {
    const dpo2 = await second.as('REVIEWER');
    for (let i = 0; i < 10; i++) {
      const ids = await fileMany(20, `R7-approve-${i}`, 'EMPLOYEES');
      const mutation = 'mutation($ids: [ID!]!) { approveErasureRequests(ids: $ids) { approved notices } }';
      // One call through each instance, the second with the ids in another order.
      const [a, b] = await Promise.all([dpo.post<{ approveErasureRequests: { approved: number; notices: number } }>(mutation, { ids }), dpo2.post<{ approveErasureRequests: { approved: number; notices: number } }>(mutation, { ids: [...ids].reverse() })]);
      const ok = [a, b].filter((r) => !r.body.errors);
      const refused = [a, b].filter((r) => r.body.errors);
      expect(ok).toHaveLength(1);
      expect(ok[0].body.data!.approveErasureRequests).toEqual({ approved: 20, notices: 20 * recipients.length });
      expect(refused).toHaveLength(1);
      expect(refused[0].body.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'INVALID_STATE' });
      expect(String(refused[0].body.errors![0].extensions!.field)).toMatch(/^ids\.\d+$/);
      expect(await count(`SELECT count(*)::int AS n FROM erasure_notice WHERE request_id = ANY($1::uuid[])`, [ids])).toBe(20 * recipients.length);
      expect(await count(`SELECT count(*)::int AS n FROM erasure_ledger WHERE event = 'DECIDED' AND request_id = ANY($1::uuid[])`, [ids])).toBe(20);
      expect(await count(`SELECT count(*)::int AS n FROM audit_event e JOIN audit_event_detail d ON d.event_id = e.id WHERE e.action = 'erasure_request.approve_many' AND d.details->'requestIds' ? $1`, [ids[0]])).toBe(1);
    }
  }, ceiling(60_000));
});
