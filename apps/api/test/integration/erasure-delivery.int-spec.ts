import { createHmac } from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LEDGER_FILE } from '../../src/modules/erasure/erasure-ledger.service.js';
import { jobsAndMailEnv, TestSmtp, until } from '../utils/smtp.js';
import { START, startTestApp, type GqlClient, type TestApp } from '../utils/test-app.js';
import { ceiling } from '../utils/ceiling.js';

/**
 * The full life of an erasure request (issue 6) with the job system on, a real SMTP server and a
 * real webhook receiver on loopback: four recipients — one bounces (550) and is reached at its
 * fallback contact, one confirms by signed webhook callback, one answers on the confirmation page,
 * one never answers, is reminded on day 5 and day 10, escalated on day 14 and then excepted by a
 * reviewer. The request completes only then, and our own copy of the identifiers is erased.
 */
const smtp = new TestSmtp();
let t: TestApp;
let vm: GqlClient;
let dpo: GqlClient;
let admin: GqlClient;

interface Hook {
  body: string;
  headers: http.IncomingHttpHeaders;
}
const hooks: Hook[] = [];
let hookStatus = 200;
let hookServer: http.Server;
let hookUrl = '';

const CPR = '240587-4321';
const DAY = 86_400_000;

async function processor(name: string, fields: string): Promise<string> {
  return (await vm.ok<{ createProcessor: { id: string } }>(`mutation($name: String!) { createProcessor(name: $name, establishmentCountry: "DK", serviceKind: PRINT_AND_MAIL, engagementRole: PROCESSOR, dataSubjectCategories: [DEBTORS], ${fields}) { id } }`, { name })).createProcessor.id;
}

type Notice = { id: string; processorName: string; status: string; version: number; remindersSent: number; escalatedAt: string | null; answerSource: string | null; evidenceSha256: string | null; nextAction: string | null; nextActionOn: string | null; lastError: string | null };
type Request = { id: string; version: number; status: string; outstanding: number; identifiersErased: boolean; notices: Notice[]; messages: { kind: string; recipientKind: string; status: string; messageId: string; processorName: string }[] };
const REQUEST = 'id version status outstanding identifiersErased notices { id processorName status version remindersSent escalatedAt answerSource evidenceSha256 nextAction nextActionOn lastError } messages { kind recipientKind status messageId processorName }';

async function request(id: string): Promise<Request> {
  return (await dpo.ok<{ ErasureRequest: Request }>(`query($id: ID!) { ErasureRequest(id: $id) { ${REQUEST} } }`, { id })).ErasureRequest;
}
const notice = (r: Request, name: string) => r.notices.find((n) => n.processorName === name)!;
/** Moves the app's clock; sessions end when days pass, so sign in again. */
async function dayAfterStart(days: number): Promise<void> {
  t.clock.set(new Date(START.getTime() + days * DAY));
  [dpo, admin, vm] = await Promise.all([t.as('REVIEWER'), t.as('ADMIN'), t.as('VENDOR_MANAGER')]);
}
const tokenIn = (text: string) => /\/erasure-answer\/([A-Za-z0-9_-]{43})/.exec(text)?.[1] ?? null;

let print: string;
let hosting: string;
let archive: string;
let bureau: string;
let secret: string;

beforeAll(async () => {
  await smtp.start();
  hookServer = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      hooks.push({ body: Buffer.concat(chunks).toString('utf8'), headers: req.headers });
      res.writeHead(hookStatus, { 'Content-Type': 'application/json' }).end(JSON.stringify({ received: true }));
    });
  });
  await new Promise<void>((resolve) => hookServer.listen(0, '127.0.0.1', resolve));
  hookUrl = `http://127.0.0.1:${(hookServer.address() as AddressInfo).port}/tilsyn-erasure`;
  t = await startTestApp({
    ...jobsAndMailEnv(smtp.url),
  });
  // The follow-up every process runs at start must be over before the clock moves: run late, it
  // would send day 5's reminder itself and the explicit run below would find nothing to do.
  await until(async () => (await t.owner.query(`SELECT count(*)::int AS n FROM pgboss.job WHERE name = 'erasure-follow-up' AND state < 'completed'`)).rows[0].n as number, (n) => n === 0, 30_000, 'follow-up at start');
  [vm, dpo, admin] = await Promise.all([t.as('VENDOR_MANAGER'), t.as('REVIEWER'), t.as('ADMIN')]);
  await admin.ok('mutation { updateErasureSettings(version: 1, organisationName: "Inkasso Danmark A/S", reminderDays: [5, 10], escalateAfterDays: 14, linkGraceDays: 30, minimumAnswerDays: 14) { version } }');
  print = await processor('Printhuset A/S', 'erasureChannel: EMAIL, erasureAddress: "gone@print.example", fallbackContactEmail: "dpo@print.example"');
  hosting = await processor('Hosting Nord A/S', `erasureChannel: WEBHOOK, erasureAddress: "${hookUrl}"`);
  archive = await processor('Arkivet ApS', 'erasureChannel: EMAIL, privacyContactEmail: "privacy@arkivet.example"');
  bureau = await processor('Brevservice ApS', 'erasureChannel: EMAIL, erasureAddress: "slet@brevservice.example"');
  secret = (await vm.ok<{ rotateErasureWebhookSecret: string }>('mutation($p: ID!) { rotateErasureWebhookSecret(processorId: $p) }', { p: hosting })).rotateErasureWebhookSecret;
}, ceiling(60_000));

afterAll(async () => {
  await t.close();
  await smtp.stop();
  await new Promise((resolve) => hookServer.close(resolve));
});

describe('an erasure request from approval to completion', () => {
  let id: string;

  it('approval queues four notices; each recipient is told once, the bounced one at its fallback', async () => {
    smtp.behaviour = { rcpt: (address) => (address === 'gone@print.example' ? 550 : null) };
    const filed = await vm.ok<{ fileErasureRequest: { id: string; version: number } }>(
      `mutation { fileErasureRequest(source: DATA_SUBJECT_REQUEST, grounds: [CONSENT_WITHDRAWN], caseReference: "INK-77001", receivedOn: "2026-11-20", cpr: "${CPR}", name: "Karen Jensen", address: "Vestergade 1, 8000 Aarhus C") { id version } }`,
    );
    id = filed.fileErasureRequest.id;
    const decided = await dpo.ok<{ decideErasureRequest: Request }>(`mutation($id: ID!) { decideErasureRequest(id: $id, version: 1, decision: APPROVE, reasoning: "Samtykke trukket tilbage") { ${REQUEST} } }`, { id });
    expect(decided.decideErasureRequest.notices).toHaveLength(4);
    expect(decided.decideErasureRequest.status).toBe('APPROVED');

    const r = await until(() => request(id), (x) => x.notices.every((n) => n.status === 'SENT'), 30_000, 'all four sent');
    expect(r.outstanding).toBe(4);
    // Printhuset: 550 at the erasure address, then delivered to the fallback contact.
    const printMessages = r.messages.filter((m) => m.processorName === 'Printhuset A/S');
    expect(printMessages.map((m) => [m.recipientKind, m.status])).toEqual([
      ['PRIMARY', 'FAILED'],
      ['FALLBACK', 'SENT'],
    ]);
    expect(smtp.received.filter((m) => m.to.includes('dpo@print.example'))).toHaveLength(1);
    expect(smtp.received.filter((m) => m.to.includes('gone@print.example'))).toHaveLength(0);
    // One e-mail each to the other two e-mail recipients; the mail names the case, not the person.
    for (const to of ['privacy@arkivet.example', 'slet@brevservice.example']) {
      const mails = smtp.received.filter((m) => m.to.includes(to));
      expect(mails).toHaveLength(1);
      expect(mails[0].subject).toBe('Anmodning om sletning – 1 sag fra Inkasso Danmark A/S');
      expect(mails[0].text).toContain('Sag INK-77001');
      expect(mails[0].text).not.toMatch(/240587|Karen|Jensen|Vestergade/);
      expect(tokenIn(mails[0].text)).not.toBeNull();
    }
    // The webhook: one signed POST, with the message id as idempotency key.
    expect(hooks).toHaveLength(1);
    const hook = hooks[0];
    const [ts, sig] = String(hook.headers['x-tilsyn-signature']).split(',').map((p) => p.split('=')[1]);
    expect(createHmac('sha256', secret).update(`${ts}.${hook.body}`).digest('hex')).toBe(sig);
    expect(hook.headers['idempotency-key']).toMatch(/^[0-9a-f-]{36}$/);
    expect(hook.body).not.toMatch(/240587|Karen/);
    smtp.behaviour = {};
  });

  it('the webhook recipient confirms by a signed callback; a wrong signature is refused', async () => {
    const payload = JSON.parse(hooks[0].body) as { notices: { noticeId: string }[]; callbackUrl: string };
    const body = JSON.stringify({ answers: [{ noticeId: payload.notices[0].noticeId, answer: 'CONFIRMED', erasedOn: '2026-11-21', passedToSubprocessors: true }] });
    const callback = `${t.url}/api/erasure/webhook/${hosting}`;
    expect(payload.callbackUrl.endsWith(`/api/erasure/webhook/${hosting}`)).toBe(true);
    const ts = Math.floor(Date.now() / 1000);
    const bad = await fetch(callback, { method: 'POST', headers: { 'Content-Type': 'application/json', 'X-Tilsyn-Signature': `t=${ts},v1=${'0'.repeat(64)}` }, body });
    expect(bad.status).toBe(401);
    const good = await fetch(callback, { method: 'POST', headers: { 'Content-Type': 'application/json', 'X-Tilsyn-Signature': `t=${ts},v1=${createHmac('sha256', secret).update(`${ts}.${body}`).digest('hex')}` }, body });
    expect(good.status).toBe(200);
    expect(await good.json()).toEqual({ recorded: 1 });
    const r = await request(id);
    expect(notice(r, 'Hosting Nord A/S')).toMatchObject({ status: 'CONFIRMED', answerSource: 'WEBHOOK' });
  });

  it('the page: identifiers shown only behind the link, answers recorded with evidence; a wrong answer names the field', async () => {
    const mail = smtp.received.find((m) => m.to.includes('privacy@arkivet.example'))!;
    const token = tokenIn(mail.text)!;
    const page = await fetch(`${t.url}/erasure-answer/${token}?lang=da`);
    expect(page.status).toBe(200);
    expect(page.headers.get('cache-control')).toBe('no-store');
    const html = await page.text();
    expect(html).toContain('Sag INK-77001');
    expect(html).toContain('240587-4321'); // behind the link, over the page, for finding the record
    expect(html).toContain('Karen Jensen');

    const noticeId = /name="answer\.([0-9a-f-]{36})"/.exec(html)![1];
    const wrong = new FormData();
    wrong.set(`answer.${noticeId}`, 'REFUSED');
    const refused = await fetch(`${t.url}/erasure-answer/${token}?lang=en`, { method: 'POST', body: wrong });
    expect(refused.status).toBe(400);
    expect(await refused.text()).toContain('Case INK-77001: reason');
    expect(notice(await request(id), 'Arkivet ApS').status).toBe('SENT');

    const form = new FormData();
    form.set(`answer.${noticeId}`, 'CONFIRMED');
    form.set(`erasedOn.${noticeId}`, '2026-11-21');
    form.set(`passed.${noticeId}`, 'yes');
    form.set(`evidence.${noticeId}`, new Blob([Buffer.from('%PDF-1.4\n% sletning bekræftet\n%%EOF\n')], { type: 'application/pdf' }), 'sletning.pdf');
    const saved = await fetch(`${t.url}/erasure-answer/${token}?lang=da`, { method: 'POST', body: form, redirect: 'manual' });
    expect(saved.status).toBe(303);
    expect(saved.headers.get('location')).toBe(`/erasure-answer/${token}?lang=da&saved=1`);
    const after = await (await fetch(`${t.url}${saved.headers.get('location')}`)).text();
    expect(after).toContain('1 svar er registreret');
    expect(after).not.toContain('240587'); // answered: the identifiers are no longer shown
    const n = notice(await request(id), 'Arkivet ApS');
    expect(n).toMatchObject({ status: 'CONFIRMED', answerSource: 'PAGE' });
    expect(n.evidenceSha256).toMatch(/^[0-9a-f]{64}$/);

    // The same link cannot answer another message's cases, and an unknown token is a plain 404.
    expect((await fetch(`${t.url}/erasure-answer/${'A'.repeat(43)}`)).status).toBe(404);
    const audit = await t.owner.query(`SELECT count(*)::int AS n FROM audit_event WHERE action = 'erasure_dispatch.identifiers_shown'`);
    expect(audit.rows[0].n).toBeGreaterThanOrEqual(1);
  });

  it('the fallback contact answers on its own link', async () => {
    const mail = smtp.received.find((m) => m.to.includes('dpo@print.example'))!;
    const token = tokenIn(mail.text)!;
    const html = await (await fetch(`${t.url}/erasure-answer/${token}`)).text();
    const noticeId = /name="answer\.([0-9a-f-]{36})"/.exec(html)![1];
    const form = new FormData();
    form.set(`answer.${noticeId}`, 'NO_DATA');
    expect((await fetch(`${t.url}/erasure-answer/${token}`, { method: 'POST', body: form, redirect: 'manual' })).status).toBe(303);
    expect(notice(await request(id), 'Printhuset A/S').status).toBe('NO_DATA');
  });

  it('the silent recipient is reminded on day 5 and day 10 and the reviewers told on day 14; the request stays open', async () => {
    let r = await request(id);
    expect(r.status).toBe('APPROVED');
    expect(notice(r, 'Brevservice ApS')).toMatchObject({ status: 'SENT', nextAction: 'REMINDER', nextActionOn: '2026-11-26' });

    await dayAfterStart(5);
    expect(await admin.ok<{ runErasureFollowUp: number }>('mutation { runErasureFollowUp }')).toEqual({ runErasureFollowUp: 1 });
    expect(await admin.ok<{ runErasureFollowUp: number }>('mutation { runErasureFollowUp }')).toEqual({ runErasureFollowUp: 0 });
    await until(async () => smtp.received.filter((m) => m.to.includes('slet@brevservice.example')), (m) => m.length === 2, 30_000, 'first reminder');

    await dayAfterStart(10);
    await admin.ok('mutation { runErasureFollowUp }');
    const mails = await until(async () => smtp.received.filter((m) => m.to.includes('slet@brevservice.example')), (m) => m.length === 3, 30_000, 'second reminder');
    expect(mails[2].subject).toBe('Påmindelse: Anmodning om sletning – 1 sag fra Inkasso Danmark A/S');
    expect(mails[2].text).toContain('sendt for 10 dage siden');
    expect(new Set(mails.map((m) => m.messageId)).size).toBe(3);

    await dayAfterStart(14);
    await admin.ok('mutation { runErasureFollowUp }');
    const escalation = await until(async () => smtp.received.filter((m) => m.subject.startsWith('Eskalering') || m.subject.startsWith('Escalation')), (m) => m.length === 1, 30_000, 'escalation');
    expect(escalation[0].to).toEqual(expect.arrayContaining([t.users.REVIEWER.email, t.users.ADMIN.email]));
    expect(escalation[0].text).toContain('INK-77001');
    const bell = await dpo.ok<{ myNotifications: { kind: string }[] }>('{ myNotifications(unreadOnly: true) { kind } }');
    expect(bell.myNotifications.map((n) => n.kind)).toContain('ERASURE_ESCALATION');
    r = await request(id);
    expect(notice(r, 'Brevservice ApS')).toMatchObject({ status: 'SENT', remindersSent: 2 });
    expect(notice(r, 'Brevservice ApS').escalatedAt).not.toBeNull();
    expect(r).toMatchObject({ status: 'APPROVED', outstanding: 1, identifiersErased: false });
  });

  it('a reviewer records an Art. 19 exception; only now is the request complete and our copy of the identifiers erased', async () => {
    const n = notice(await request(id), 'Brevservice ApS');
    const stale = await dpo.post(`mutation($id: ID!) { exceptErasureNotice(id: $id, version: ${n.version + 5}, reason: "x") { id } }`, { id: n.id });
    expect(stale.body.errors?.[0].extensions?.code).toBe('CONFLICT');
    const done = await dpo.ok<{ exceptErasureNotice: Request }>(`mutation($id: ID!, $v: Int!) { exceptErasureNotice(id: $id, version: $v, reason: "Virksomheden er ophørt; intet CVR, ingen kontakt mulig") { ${REQUEST} } }`, { id: n.id, v: n.version });
    expect(done.exceptErasureNotice).toMatchObject({ status: 'COMPLETED', outstanding: 0, identifiersErased: true });
    const row = await t.owner.query('SELECT identifiers_sealed, cpr_hash FROM erasure_request WHERE id = $1', [id]);
    expect(row.rows[0].identifiers_sealed).toBeNull();
    expect(row.rows[0].cpr_hash).not.toBeNull();

    const statement = await dpo.ok<{ erasureRecipientStatement: string }>('query($id: ID!) { erasureRecipientStatement(id: $id, locale: "en") }', { id });
    expect(statement.erasureRecipientStatement).toContain('Recipients told of the erasure – case INK-77001');
    expect(statement.erasureRecipientStatement).toContain('Hosting Nord A/S (DK), processor: told 2026-11-21; confirmed erasure');
    expect(statement.erasureRecipientStatement).toContain('Brevservice ApS (DK), processor: told 2026-11-21; could not be told');
    expect(statement.erasureRecipientStatement).not.toMatch(/240587|Karen/);
  });

  it('the ledger names the erasure by ids and keyed hashes only, and is mirrored to its file', async () => {
    await until(async () => (await t.owner.query('SELECT count(*)::int AS n FROM erasure_ledger WHERE NOT mirrored')).rows[0].n as number, (n) => n === 0, 30_000, 'ledger mirrored');
    const lines = fs.readFileSync(path.join(t.config.ledgerDir, LEDGER_FILE), 'utf8').trim().split('\n');
    const events = lines.map((l) => JSON.parse(l) as { event: string; requestId: string }).filter((e) => e.requestId === id).map((e) => e.event);
    expect(events[0]).toBe('DECIDED');
    expect(events.filter((e) => e === 'NOTICE_SENT').length).toBeGreaterThanOrEqual(4);
    expect(events.filter((e) => e === 'NOTICE_SETTLED')).toHaveLength(4);
    expect(events.at(-1)).toBe('COMPLETED');
    expect(lines.join('\n')).not.toMatch(/240587|Karen|Jensen|Vestergade|INK-77001/);
    void print;
    void archive;
    void bureau;
  });
});

describe('bulk, manual and synchronous answers', () => {
  it('a batch names the item that is wrong and files nothing; a good batch approved at once goes out as one digest per recipient', async () => {
    const bad = await vm.post<{ fileErasureRequests: unknown }>(
      'mutation { fileErasureRequests(requests: [{ source: RETENTION_EXPIRY, caseReference: "INK-B-1", receivedOn: "2026-11-20", cpr: "010170-1234" }, { source: RETENTION_EXPIRY, caseReference: "INK-B-2", receivedOn: "2026-11-20", cpr: "311370-1234" }]) { created } }',
    );
    expect(bad.body.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'requests.1.cpr', reason: 'INVALID_CPR' });
    expect((await t.owner.query(`SELECT count(*)::int AS n FROM erasure_request WHERE case_reference LIKE 'INK-B-%'`)).rows[0].n).toBe(0);

    const before = smtp.received.length;
    const requests = Array.from({ length: 25 }, (_, i) => `{ source: RETENTION_EXPIRY, caseReference: "INK-R-${100 + i}", receivedOn: "2026-11-20", cpr: "0101${String(50 + (i % 40)).padStart(2, '0')}-${1000 + i}", idempotencyKey: "batch-${i}" }`);
    const filed = await vm.ok<{ fileErasureRequests: { ids: string[]; created: number } }>(`mutation { fileErasureRequests(requests: [${requests.join(', ')}]) { ids created } }`);
    expect(filed.fileErasureRequests.created).toBe(25);
    const again = await vm.ok<{ fileErasureRequests: { ids: string[]; created: number } }>(`mutation { fileErasureRequests(requests: [${requests.join(', ')}]) { ids created } }`);
    expect(again.fileErasureRequests).toEqual({ ids: filed.fileErasureRequests.ids, created: 0 });
    const approved = await dpo.ok<{ approveErasureRequests: { approved: number; notices: number } }>('mutation($ids: [ID!]!) { approveErasureRequests(ids: $ids) { approved notices } }', { ids: filed.fileErasureRequests.ids });
    expect(approved.approveErasureRequests).toEqual({ approved: 25, notices: 100 });
    const sent = await until(
      async () => (await t.owner.query(`SELECT count(*)::int AS n FROM erasure_notice n JOIN erasure_request r ON r.id = n.request_id WHERE r.case_reference LIKE 'INK-R-%' AND n.status = 'SENT' AND n.channel = 'EMAIL'`)).rows[0].n as number,
      (n) => n === 75,
      30_000,
      'e-mail notices sent',
    );
    expect(sent).toBe(75);
    // Three e-mail recipients, one digest each listing all 25 cases; the webhook gets one POST.
    const digests = smtp.received.slice(before).filter((m) => m.subject.includes('25 sager'));
    expect(digests.map((m) => m.to[0]).sort()).toEqual(['gone@print.example', 'privacy@arkivet.example', 'slet@brevservice.example']);
    expect(digests[0].text.match(/^- Sag INK-R-/gm)).toHaveLength(25);
    const again2 = await dpo.post(`mutation($ids: [ID!]!) { approveErasureRequests(ids: $ids) { approved } }`, { ids: filed.fileErasureRequests.ids });
    expect(again2.body.errors?.[0].extensions).toMatchObject({ field: 'ids.0', reason: 'INVALID_STATE' });
  });

  it('a webhook that answers in its response settles the notice at once', async () => {
    hookStatus = 200;
    const p = await processor('Synkron Arkiv A/S', `erasureChannel: WEBHOOK, erasureAddress: "${hookUrl}"`);
    await vm.ok('mutation($p: ID!) { rotateErasureWebhookSecret(processorId: $p) }', { p });
    const answering = http.createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        const body = JSON.parse(Buffer.concat(chunks).toString('utf8')) as { notices: { noticeId: string }[] };
        res.writeHead(200, { 'Content-Type': 'application/json' }).end(JSON.stringify({ answers: body.notices.map((n) => ({ noticeId: n.noticeId, answer: 'NO_DATA' })) }));
      });
    });
    await new Promise<void>((resolve) => answering.listen(0, '127.0.0.1', resolve));
    try {
      const url = `http://127.0.0.1:${(answering.address() as AddressInfo).port}/sync`;
      await t.owner.query('UPDATE processor SET erasure_address = $2, data_subject_categories = $3 WHERE id = $1', [p, url, '{EMPLOYEES}']);
      const filed = await vm.ok<{ fileErasureRequest: { id: string } }>('mutation { fileErasureRequest(source: CLIENT_INSTRUCTION, caseReference: "INK-S-1", receivedOn: "2026-11-20", name: "Test Person", dataSubjectCategory: EMPLOYEES) { id } }');
      await dpo.ok('mutation($id: ID!) { decideErasureRequest(id: $id, version: 1, decision: APPROVE) { id } }', { id: filed.fileErasureRequest.id });
      const r = await until(() => request(filed.fileErasureRequest.id), (x) => x.status === 'COMPLETED', 30_000, 'synchronous answer');
      expect(r.notices.map((n) => [n.processorName, n.status, n.answerSource])).toEqual([['Synkron Arkiv A/S', 'NO_DATA', 'WEBHOOK']]);
    } finally {
      await new Promise((resolve) => answering.close(resolve));
    }
  });

  it('a MANUAL recipient is a task: staff record the contact and the answer', async () => {
    const manual = await processor('Brev og Telefon ApS', 'erasureChannel: MANUAL');
    await t.owner.query(`UPDATE processor SET data_subject_categories = '{GUARANTORS}' WHERE id = $1`, [manual]);
    const filed = await vm.ok<{ fileErasureRequest: { id: string } }>('mutation { fileErasureRequest(source: DATA_SUBJECT_REQUEST, grounds: [OBJECTION], caseReference: "INK-M-1", receivedOn: "2026-11-20", name: "Kaution Person", dataSubjectCategory: GUARANTORS) { id } }');
    const decided = await dpo.ok<{ decideErasureRequest: Request }>(`mutation($id: ID!) { decideErasureRequest(id: $id, version: 1, decision: APPROVE) { ${REQUEST} } }`, { id: filed.fileErasureRequest.id });
    const n = notice(decided.decideErasureRequest, 'Brev og Telefon ApS');
    expect(n.status).toBe('QUEUED');
    const contacted = await vm.ok<{ recordErasureNoticeSent: Request }>(`mutation($id: ID!, $v: Int!) { recordErasureNoticeSent(id: $id, version: $v) { ${REQUEST} } }`, { id: n.id, v: n.version });
    const m = notice(contacted.recordErasureNoticeSent, 'Brev og Telefon ApS');
    expect(m.status).toBe('SENT');
    const bad = await vm.post(`mutation($id: ID!, $v: Int!) { recordErasureNoticeAnswer(id: $id, version: $v, answer: CONFIRMED, erasedOn: "2030-01-01") { id } }`, { id: m.id, v: m.version });
    expect(bad.body.errors?.[0].extensions).toMatchObject({ field: 'erasedOn', reason: 'IN_THE_FUTURE' });
    const done = await vm.ok<{ recordErasureNoticeAnswer: Request }>(`mutation($id: ID!, $v: Int!) { recordErasureNoticeAnswer(id: $id, version: $v, answer: CONFIRMED, erasedOn: "2026-11-21", note: "Bekræftet pr. telefon") { ${REQUEST} } }`, { id: m.id, v: m.version });
    expect(notice(done.recordErasureNoticeAnswer, 'Brev og Telefon ApS')).toMatchObject({ status: 'CONFIRMED', answerSource: 'STAFF' });
    expect(done.recordErasureNoticeAnswer.status).toBe('COMPLETED');
  });
});

describe('failure', () => {
  it('a 5xx with no fallback fails the notice with an alert on the dashboard; sent again once the address is fixed', async () => {
    const p = await processor('Lukket Postkasse ApS', 'erasureChannel: EMAIL, erasureAddress: "closed@lukket.example"');
    await t.owner.query(`UPDATE processor SET data_subject_categories = '{DEBTOR_REPRESENTATIVES}' WHERE id = $1`, [p]);
    smtp.behaviour = { rcpt: (address) => (address === 'closed@lukket.example' ? 550 : null) };
    try {
      const filed = await vm.ok<{ fileErasureRequest: { id: string } }>('mutation { fileErasureRequest(source: CLIENT_INSTRUCTION, caseReference: "INK-F-1", receivedOn: "2026-11-20", name: "Repræsentant", dataSubjectCategory: DEBTOR_REPRESENTATIVES) { id } }');
      await dpo.ok('mutation($id: ID!) { decideErasureRequest(id: $id, version: 1, decision: APPROVE) { id } }', { id: filed.fileErasureRequest.id });
      const r = await until(() => request(filed.fileErasureRequest.id), (x) => x.notices[0]?.status === 'FAILED', 30_000, 'notice failed');
      expect(r.notices[0].lastError).toBe('EENVELOPE 550');
      const dash = await admin.ok<{ dashboard: { erasureNoticesFailed: number } }>('{ dashboard { erasureNoticesFailed } }');
      const listed = await admin.ok<{ _allErasureNoticesMeta: { count: number } }>('{ _allErasureNoticesMeta(filter: { status: FAILED }) { count } }');
      expect(dash.dashboard.erasureNoticesFailed).toBe(listed._allErasureNoticesMeta.count);
      expect(dash.dashboard.erasureNoticesFailed).toBeGreaterThanOrEqual(1);
      const bell = await dpo.ok<{ myNotifications: { kind: string; titleDa: string }[] }>('{ myNotifications(unreadOnly: true) { kind titleDa } }');
      expect(bell.myNotifications.find((n) => n.kind === 'ERASURE_NOTICE_FAILED')?.titleDa).toBe('Sletningsanmodning kunne ikke leveres til Lukket Postkasse ApS (1 sag)');

      smtp.behaviour = {};
      await t.owner.query(`UPDATE processor SET erasure_address = 'open@lukket.example' WHERE id = $1`, [p]);
      await vm.ok('mutation($id: ID!, $v: Int!) { retryErasureNotice(id: $id, version: $v) { id } }', { id: r.notices[0].id, v: r.notices[0].version });
      await until(() => request(filed.fileErasureRequest.id), (x) => x.notices[0]?.status === 'SENT', 30_000, 'notice sent after the fix');
      expect(smtp.received.filter((m) => m.to.includes('open@lukket.example'))).toHaveLength(1);
    } finally {
      smtp.behaviour = {};
    }
  });
});

describe('a bounce report after acceptance (R6)', () => {
  it('is matched by the VERP return path and the Message-ID; a permanent one sends the notices to the fallback contact, a delay changes nothing', async () => {
    const p = await processor('Sen Retur A/S', 'erasureChannel: EMAIL, erasureAddress: "old@senretur.example", fallbackContactEmail: "new@senretur.example"');
    await t.owner.query(`UPDATE processor SET data_subject_categories = '{WEBSITE_VISITORS}' WHERE id = $1`, [p]);
    const filed = await vm.ok<{ fileErasureRequest: { id: string } }>('mutation { fileErasureRequest(source: OBJECTION, grounds: [OBJECTION], caseReference: "INK-V-1", receivedOn: "2026-11-20", email: "visitor@web.example", dataSubjectCategory: WEBSITE_VISITORS) { id } }');
    await dpo.ok('mutation($id: ID!) { decideErasureRequest(id: $id, version: 1, decision: APPROVE) { id } }', { id: filed.fileErasureRequest.id });
    await until(() => request(filed.fileErasureRequest.id), (x) => x.notices[0]?.status === 'SENT', 30_000, 'sent');
    const mail = smtp.received.find((m) => m.to.includes('old@senretur.example'))!;
    const dispatchId = /<erasure-([0-9a-f-]{36})@/.exec(mail.messageId!)![1];
    const dsn = (action: string, status: string) =>
      [
        'From: MAILER-DAEMON@mx.senretur.example',
        `To: bounce+${dispatchId}@localhost`,
        'Content-Type: multipart/report; report-type=delivery-status; boundary="b"',
        '',
        '--b',
        'Content-Type: message/delivery-status',
        '',
        'Reporting-MTA: dns; mx.senretur.example',
        '',
        'Final-Recipient: rfc822; old@senretur.example',
        `Action: ${action}`,
        `Status: ${status}`,
        '',
        '--b',
        'Content-Type: text/rfc822-headers',
        '',
        `Message-ID: ${mail.messageId}`,
        '--b--',
      ].join('\r\n');
    expect(await vm.ok<{ reportErasureBounce: number }>('mutation($m: String!) { reportErasureBounce(message: $m) }', { m: dsn('delayed', '4.4.7') })).toEqual({ reportErasureBounce: 0 });
    expect(await vm.ok<{ reportErasureBounce: number }>('mutation($m: String!) { reportErasureBounce(message: $m) }', { m: dsn('failed', '5.1.1') })).toEqual({ reportErasureBounce: 1 });
    expect(await vm.ok<{ reportErasureBounce: number }>('mutation($m: String!) { reportErasureBounce(message: $m) }', { m: dsn('failed', '5.1.1') })).toEqual({ reportErasureBounce: 0 });
    const r = await until(() => request(filed.fileErasureRequest.id), (x) => x.notices[0]?.status === 'SENT' && x.messages.length === 2, 30_000, 'resent to the fallback');
    expect(r.messages.map((m) => [m.recipientKind, m.status])).toEqual([
      ['PRIMARY', 'FAILED'],
      ['FALLBACK', 'SENT'],
    ]);
    expect(smtp.received.filter((m) => m.to.includes('new@senretur.example'))).toHaveLength(1);
  });
});
