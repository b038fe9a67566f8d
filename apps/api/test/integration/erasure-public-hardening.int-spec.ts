import { createHash, randomBytes } from 'node:crypto';
import { once } from 'node:events';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { answerLimits, ErasureAnswerController, MAX_ANSWER_REQUEST_BYTES } from '../../src/modules/erasure/erasure-answer.controller.js';
import { signWebhook } from '../../src/modules/erasure/erasure-delivery.service.js';
import { REDACTED_ANSWER_TOKEN } from '../../src/modules/mail/sink-redaction.js';
import { ceiling } from '../utils/ceiling.js';
import { jobsAndMailEnv, until } from '../utils/smtp.js';
import { startTestApp, type GqlClient, type TestApp } from '../utils/test-app.js';

/**
 * The processors' public confirmation page (`/erasure-answer/<token>`) and the webhook callback,
 * attacked from outside (security findings A and B):
 *
 * A. An anonymous multipart POST must not be read before the token, the rate limits and the
 *    declared size are checked; a form is capped at one file per open case and a total size, and
 *    files go to a temporary folder that is removed, never to memory.
 * B. In demo mode the kept ("sink") mail must not hand a live link to a role that may not see
 *    identifiers, and a signed-in staff member must not answer in the processor's place.
 *
 * The app runs in demo mode with the job system on and no SMTP_URL, so notices really go through
 * the embedded mail sink. TRUST_PROXY is on so each test can speak from its own client address
 * (X-Forwarded-For) and the per-address limit of one test does not spill into another.
 */

// Uploads are streamed to os.tmpdir(): point it at a folder of this test's own to see what is left.
const TMP = fs.mkdtempSync(path.join(os.tmpdir(), 'tilsyn-hardening-'));
process.env.TMPDIR = TMP;
const leftovers = () => fs.readdirSync(TMP).filter((n) => n.startsWith('tilsyn-upload-'));

let t: TestApp;
let vm: GqlClient;
let dpo: GqlClient;
let admin: GqlClient;
let auditor: GqlClient;
let port = 0;
let nextAddress = 1;
/** A client address of its own for each call that should not share a rate-limit window. */
const freshAddress = () => `198.51.100.${nextAddress++ % 250}`;

const PDF = Buffer.from('%PDF-1.4\n% sletning bekræftet\n%%EOF\n');
const CPRS = ['240587-4321', '010170-1234', '150378-4411'];

interface SinkMail {
  subject: string;
  body: string;
  recipients: string[];
}
const tokenIn = (text: string) => /\/erasure-answer\/([A-Za-z0-9_-]{43})/.exec(text)?.[1] ?? null;

async function sinkMails(client: GqlClient): Promise<SinkMail[]> {
  return (await client.ok<{ allSinkMails: SinkMail[] }>('{ allSinkMails(perPage: 100) { subject body recipients } }')).allSinkMails;
}

/** Files and approves a request; resolves with the link's token once the notice is in the demo sink. */
async function newLink(caseReference: string, cpr: string, name: string): Promise<{ token: string; requestId: string }> {
  const filed = await vm.ok<{ fileErasureRequest: { id: string } }>(
    `mutation($c: String!, $cpr: String!, $n: String!) { fileErasureRequest(source: DATA_SUBJECT_REQUEST, grounds: [CONSENT_WITHDRAWN], caseReference: $c, receivedOn: "2026-11-20", cpr: $cpr, name: $n) { id } }`,
    { c: caseReference, cpr, n: name },
  );
  const requestId = filed.fileErasureRequest.id;
  await dpo.ok('mutation($id: ID!) { decideErasureRequest(id: $id, version: 1, decision: APPROVE, reasoning: "Samtykke trukket tilbage") { id } }', { id: requestId });
  const mail = await until(async () => (await sinkMails(dpo)).find((m) => m.body.includes(caseReference)), (m) => m !== undefined, ceiling(30_000), `the notice for ${caseReference} in the sink`);
  const token = tokenIn(mail!.body);
  if (!token) throw new Error('no link in the notice');
  return { token, requestId };
}

async function noticeOf(requestId: string): Promise<{ id: string; status: string; answerSource: string | null; evidenceSha256: string | null }> {
  const r = await dpo.ok<{ ErasureRequest: { notices: { id: string; status: string; answerSource: string | null; evidenceSha256: string | null }[] } }>('query($id: ID!) { ErasureRequest(id: $id) { notices { id status answerSource evidenceSha256 } } }', { id: requestId });
  return r.ErasureRequest.notices[0];
}

async function noticeIdOnPage(token: string): Promise<string> {
  const html = await (await fetch(`${t.url}/erasure-answer/${token}`, { headers: { 'X-Forwarded-For': freshAddress() } })).text();
  const id = /name="answer\.([0-9a-f-]{36})"/.exec(html)?.[1];
  if (!id) throw new Error('no open case on the page');
  return id;
}

interface RawAnswer {
  status: number;
  headers: Record<string, string>;
  body: string;
  /** Body bytes this client wrote before the answer came (the rest was never sent). */
  bodyBytesSent: number;
  /** Bytes the server's socket read from the wire in total, headers included. */
  serverBytesRead: number;
}

/**
 * A POST written by hand on a socket: the headers (with a declared Content-Length, or chunked),
 * then `first`, then more chunks from `more` only while no answer has come. Resolves when the
 * answer is complete and the server has closed the connection, with what the server's socket read.
 * Event-driven throughout: no timers. A server that reads the whole body before answering never
 * answers here (the rest is never sent), and the test fails on its time-out.
 */
async function rawPost(pathname: string, options: { declaredLength?: number; first: Buffer; more?: () => Buffer | null; headers?: Record<string, string> }): Promise<RawAnswer> {
  const server = t.tilsyn.app.getHttpServer() as net.Server;
  // The server's end of this connection, matched by port (listening before connecting: no event missed).
  const accepted: net.Socket[] = [];
  let match: (s: net.Socket) => void = () => undefined;
  const onConnection = (s: net.Socket) => {
    accepted.push(s);
    match(s);
  };
  server.on('connection', onConnection);
  const socket = net.connect(port, '127.0.0.1');
  await once(socket, 'connect');
  const serverSocket = await new Promise<net.Socket>((resolve) => {
    match = (s) => {
      if (s.remotePort === socket.localPort) resolve(s);
    };
    accepted.forEach(match);
  });
  server.off('connection', onConnection);
  const serverClosed = once(serverSocket, 'close');
  socket.on('error', () => undefined); // writing after the server closed: EPIPE/ECONNRESET is the expected end
  const clientClosed = once(socket, 'close');

  let raw = Buffer.alloc(0);
  let answer: RawAnswer | null = null;
  let announce: () => void = () => undefined;
  const answered = new Promise<void>((resolve) => (announce = resolve));
  socket.on('data', (chunk: Buffer) => {
    raw = Buffer.concat([raw, chunk]);
    const end = raw.indexOf('\r\n\r\n');
    if (end < 0 || answer) return;
    const [statusLine, ...lines] = raw.subarray(0, end).toString('latin1').split('\r\n');
    const headers = Object.fromEntries(lines.map((l) => [l.slice(0, l.indexOf(':')).toLowerCase(), l.slice(l.indexOf(':') + 1).trim()]));
    const length = Number(headers['content-length'] ?? 0);
    if (raw.length - end - 4 < length) return;
    answer = { status: Number(statusLine.split(' ')[1]), headers, body: raw.subarray(end + 4, end + 4 + length).toString('utf8'), bodyBytesSent: sent, serverBytesRead: 0 };
    announce();
  });

  const chunked = options.declaredLength === undefined;
  const frame = (b: Buffer) => (chunked ? Buffer.concat([Buffer.from(`${b.length.toString(16)}\r\n`), b, Buffer.from('\r\n')]) : b);
  const head = [
    `POST ${pathname} HTTP/1.1`,
    `Host: 127.0.0.1:${port}`,
    'Content-Type: multipart/form-data; boundary=TilsynTestBoundary',
    chunked ? 'Transfer-Encoding: chunked' : `Content-Length: ${options.declaredLength}`,
    ...Object.entries(options.headers ?? {}).map(([k, v]) => `${k}: ${v}`),
    '',
    '',
  ].join('\r\n');
  let sent = options.first.length;
  socket.write(head);
  socket.write(frame(options.first));
  if (options.more) {
    for (;;) {
      if (answer || socket.destroyed) break;
      const chunk = options.more();
      if (!chunk) break;
      sent += chunk.length;
      if (!socket.write(frame(chunk))) await Promise.race([once(socket, 'drain'), answered, clientClosed]);
    }
  }
  await answered;
  await serverClosed;
  socket.destroy();
  const result = answer as unknown as RawAnswer;
  result.serverBytesRead = serverSocket.bytesRead;
  return result;
}

/** The start of a multipart form: an answer and a PDF's first bytes, padded to `size`. */
function formHead(noticeId: string, size: number): Buffer {
  const start = Buffer.from(
    `--TilsynTestBoundary\r\nContent-Disposition: form-data; name="answer.${noticeId}"\r\n\r\nNO_DATA\r\n--TilsynTestBoundary\r\nContent-Disposition: form-data; name="evidence.${noticeId}"; filename="big.pdf"\r\nContent-Type: application/pdf\r\n\r\n%PDF-1.4\n`,
  );
  return Buffer.concat([start, Buffer.alloc(Math.max(0, size - start.length), 0x20)]);
}

const MB = 1024 * 1024;

beforeAll(async () => {
  t = await startTestApp({ ...jobsAndMailEnv('smtp://127.0.0.1:25'), SMTP_URL: '', TRUST_PROXY: 'true' });
  port = Number(new URL(t.url).port);
  [vm, dpo, admin, auditor] = await Promise.all([t.as('VENDOR_MANAGER'), t.as('REVIEWER'), t.as('ADMIN'), t.as('AUDITOR')]);
  await vm.ok('mutation { createProcessor(name: "Sletteservice ApS", establishmentCountry: "DK", serviceKind: PRINT_AND_MAIL, engagementRole: PROCESSOR, dataSubjectCategories: [DEBTORS], erasureChannel: EMAIL, erasureAddress: "slet@sletteservice.example") { id } }');
}, ceiling(60_000));

afterAll(async () => {
  await t?.close();
  fs.rmSync(TMP, { recursive: true, force: true });
});

describe('A: nothing of an anonymous answer is read before the checks that need no body', () => {
  let link: { token: string; requestId: string };
  let noticeId: string;

  beforeAll(async () => {
    link = await newLink('INK-H-1', CPRS[0], 'Karen Jensen');
    noticeId = await noticeIdOnPage(link.token);
  }, ceiling(60_000));

  it('an unknown token with 190 MB declared: 404 and the connection closed before the body is sent (three at once)', async () => {
    const declared = 10 * 19 * MB;
    const answers = await Promise.all(
      [0, 1, 2].map(() => rawPost(`/erasure-answer/${randomBytes(32).toString('base64url')}`, { declaredLength: declared, first: formHead('00000000-0000-4000-8000-000000000000', 8 * 1024), headers: { 'X-Forwarded-For': freshAddress() } })),
    );
    for (const a of answers) {
      console.log(`unknown token: declared ${declared} bytes, sent ${a.bodyBytesSent}; answered ${a.status} (Connection: ${a.headers.connection}); the server's socket read ${a.serverBytesRead} bytes in all`);
      expect(a.status).toBe(404);
      expect(a.headers.connection).toBe('close');
      expect(a.body).toContain('Link not found');
      expect(a.bodyBytesSent).toBe(8 * 1024);
      expect(a.serverBytesRead).toBeLessThan(16 * 1024);
    }
    expect(leftovers()).toEqual([]);
  });

  it('a known link with more declared than one file per open case may carry: 413 page before the body is read', async () => {
    const cap = answerLimits(1).maxBytes;
    const a = await rawPost(`/erasure-answer/${link.token}?lang=en`, { declaredLength: cap + 1, first: formHead(noticeId, 8 * 1024), headers: { 'X-Forwarded-For': freshAddress() } });
    console.log(`known link, 1 open case: cap ${cap} bytes, declared ${cap + 1}, sent ${a.bodyBytesSent}; answered ${a.status}; the server read ${a.serverBytesRead} bytes`);
    expect(a.status).toBe(413);
    expect(a.headers.connection).toBe('close');
    expect(a.body).toContain('The answer is too large');
    expect(a.bodyBytesSent).toBe(8 * 1024);
    const da = await rawPost(`/erasure-answer/${link.token}?lang=da`, { declaredLength: MAX_ANSWER_REQUEST_BYTES * 2, first: formHead(noticeId, 1024), headers: { 'X-Forwarded-For': freshAddress() } });
    expect(da.status).toBe(413);
    expect(da.body).toContain('Svaret er for stort');
    expect((await noticeOf(link.requestId)).status).toBe('SENT');
  });

  it('a chunked body (no length declared) is cut off at the cap: 413, and the server stopped reading there', async () => {
    const cap = answerLimits(1).maxBytes;
    let offered = 0;
    const a = await rawPost(`/erasure-answer/${link.token}?lang=en`, {
      first: formHead(noticeId, 64 * 1024),
      more: () => (offered < 3 * cap ? ((offered += MB), Buffer.alloc(MB, 0x41)) : null),
      headers: { 'X-Forwarded-For': freshAddress() },
    });
    console.log(`chunked: cap ${cap} bytes; the client got to send ${a.bodyBytesSent} before the answer ${a.status}; the server's socket read ${a.serverBytesRead} bytes`);
    expect(a.status).toBe(413);
    expect(a.body).toContain('The answer is too large');
    expect(a.serverBytesRead).toBeLessThan(cap + 4 * MB);
    expect(a.bodyBytesSent).toBeLessThan(3 * cap);
    expect((await noticeOf(link.requestId)).status).toBe('SENT');
    expect(leftovers()).toEqual([]);
  });

  it('more files than open cases: 413 with a page in Danish and English; nothing recorded, no file left behind', async () => {
    for (const lang of ['da', 'en'] as const) {
      const form = new FormData();
      form.set(`answer.${noticeId}`, 'NO_DATA');
      form.append(`evidence.${noticeId}`, new Blob([PDF], { type: 'application/pdf' }), 'a.pdf');
      form.append(`evidence.${noticeId}`, new Blob([PDF], { type: 'application/pdf' }), 'b.pdf');
      form.append('evidence.other', new Blob([PDF], { type: 'application/pdf' }), 'c.pdf');
      const res = await fetch(`${t.url}/erasure-answer/${link.token}?lang=${lang}`, { method: 'POST', body: form, headers: { 'X-Forwarded-For': freshAddress() } });
      const html = await res.text();
      console.log(`3 files for 1 open case (${lang}): ${res.status}, "${/<p>(.*?)<\/p>/.exec(html)?.[1]}"`);
      expect(res.status).toBe(413);
      expect(html).toContain(lang === 'da' ? 'For mange filer' : 'Too many files');
      expect(html).toContain(lang === 'da' ? 'Der kan højst sendes 1 fil – én pr. åben sag' : 'At most 1 file can be sent – one per open case');
    }
    expect((await noticeOf(link.requestId)).status).toBe('SENT');
    expect(leftovers()).toEqual([]);
  });

  it('too many text fields: 413; a field over its size is named (Danish and English) and nothing is recorded', async () => {
    const many = new FormData();
    for (let i = 0; i < 50; i++) many.set(`junk.${i}`, 'x');
    const res = await fetch(`${t.url}/erasure-answer/${link.token}?lang=en`, { method: 'POST', body: many, headers: { 'X-Forwarded-For': freshAddress() } });
    const html = await res.text();
    console.log(`50 text fields for 1 open case: ${res.status}`);
    expect(res.status).toBe(413);
    expect(html).toContain('Too many fields');

    for (const [lang, expected] of [
      ['en', 'Case INK-H-1: reason is too long'],
      ['da', 'Sag INK-H-1: begrundelse er for lang'],
    ] as const) {
      const long = new FormData();
      long.set(`answer.${noticeId}`, 'REFUSED');
      long.set(`note.${noticeId}`, 'æ'.repeat(9000));
      const r = await fetch(`${t.url}/erasure-answer/${link.token}?lang=${lang}`, { method: 'POST', body: long, headers: { 'X-Forwarded-For': freshAddress() } });
      const page = await r.text();
      console.log(`a 18 000-byte note (${lang}): ${r.status}`);
      expect(r.status).toBe(400);
      expect(page).toContain(expected);
    }
    expect((await noticeOf(link.requestId)).status).toBe('SENT');
  });

  it('the rate limits answer 429 before the body is read: per token, and per client address', async () => {
    // Per token: 60 looks at one (unknown) token from 60 addresses, then an answer with 190 MB declared.
    const token = randomBytes(32).toString('base64url');
    for (let i = 0; i < 60; i++) expect((await fetch(`${t.url}/erasure-answer/${token}`, { headers: { 'X-Forwarded-For': freshAddress() } })).status).toBe(404);
    const perToken = await rawPost(`/erasure-answer/${token}`, { declaredLength: 190 * MB, first: formHead('00000000-0000-4000-8000-000000000000', 8 * 1024), headers: { 'X-Forwarded-For': freshAddress() } });
    console.log(`per token: 61st request with 190 MB declared, ${perToken.bodyBytesSent} sent: ${perToken.status}, Retry-After ${perToken.headers['retry-after']}`);
    expect(perToken.status).toBe(429);
    expect(perToken.headers['retry-after']).toBe('600');
    expect(perToken.headers.connection).toBe('close');
    expect(perToken.bodyBytesSent).toBe(8 * 1024);

    // Per client address: 120 requests from one address (malformed tokens: no database work), then the real link.
    const address = '203.0.113.77';
    for (let i = 0; i < 120; i++) expect((await fetch(`${t.url}/erasure-answer/guess-${i}`, { headers: { 'X-Forwarded-For': address } })).status).toBe(404);
    const perClient = await rawPost(`/erasure-answer/${link.token}`, { declaredLength: 190 * MB, first: formHead(noticeId, 8 * 1024), headers: { 'X-Forwarded-For': address } });
    console.log(`per client: request 121 from one address to a real link: ${perClient.status}, ${perClient.bodyBytesSent} of ${190 * MB} bytes sent`);
    expect(perClient.status).toBe(429);
    expect(perClient.headers.connection).toBe('close');
    expect(perClient.body).toContain('Too many requests');
    expect((await noticeOf(link.requestId)).status).toBe('SENT');
  }, ceiling(60_000));

  it('clients that go away mid-form (10, more than the forms read at once) leave no slot and no folder behind (a re-probe shut the page this way)', async () => {
    for (let i = 0; i < 10; i++) {
      const socket = net.connect(port, '127.0.0.1');
      await once(socket, 'connect');
      socket.on('error', () => undefined);
      socket.write(
        [`POST /erasure-answer/${link.token}?lang=en HTTP/1.1`, `Host: 127.0.0.1:${port}`, 'Content-Type: multipart/form-data; boundary=TilsynTestBoundary', 'Content-Length: 100000', `X-Forwarded-For: ${freshAddress()}`, '', ''].join('\r\n'),
      );
      socket.write(formHead(noticeId, 1024));
      socket.destroy();
      await once(socket, 'close');
    }
    const controller = t.tilsyn.app.get(ErasureAnswerController) as unknown as { formsInFlight: number };
    await until(async () => controller.formsInFlight, (n) => n === 0, 30_000, 'every form slot released');
    await until(async () => leftovers().length, (n) => n === 0, 30_000, 'no upload folder left');
    console.log('10 clients gone mid-form: slots in use afterwards 0, upload folders left 0');
  });

  it('the normal answer with an evidence file is recorded, the document stored as sent, the temporary folder removed', async () => {
    const form = new FormData();
    form.set(`answer.${noticeId}`, 'CONFIRMED');
    form.set(`erasedOn.${noticeId}`, '2026-11-21');
    form.set(`passed.${noticeId}`, 'yes');
    form.set(`evidence.${noticeId}`, new Blob([PDF], { type: 'application/pdf' }), 'sletning bekræftet.pdf');
    const saved = await fetch(`${t.url}/erasure-answer/${link.token}?lang=da`, { method: 'POST', body: form, redirect: 'manual', headers: { 'X-Forwarded-For': freshAddress() } });
    console.log(`the processor's answer with a PDF: ${saved.status} → ${saved.headers.get('location')}`);
    expect(saved.status).toBe(303);
    expect(saved.headers.get('location')).toBe(`/erasure-answer/${link.token}?lang=da&saved=1`);
    const n = await noticeOf(link.requestId);
    expect(n).toMatchObject({ status: 'CONFIRMED', answerSource: 'PAGE', evidenceSha256: createHash('sha256').update(PDF).digest('hex') });
    const stored = await t.owner.query('SELECT evidence_file_name, evidence_content FROM erasure_notice WHERE id = $1', [n.id]);
    expect(stored.rows[0].evidence_file_name).toBe('sletning bekræftet.pdf');
    expect(Buffer.compare(stored.rows[0].evidence_content as Buffer, PDF)).toBe(0);
    expect(leftovers()).toEqual([]);
    // Answered: a second sending reads nothing and shows the page.
    const again = await fetch(`${t.url}/erasure-answer/${link.token}?lang=da`, { method: 'POST', body: form, redirect: 'manual', headers: { 'X-Forwarded-For': freshAddress() } });
    expect(again.status).toBe(303);
    expect(again.headers.get('location')).toBe(`/erasure-answer/${link.token}?lang=da`);
  });
});

describe('B: in demo mode the auditor neither gets the live link nor can answer for the processor', () => {
  let link: { token: string; requestId: string };

  beforeAll(async () => {
    link = await newLink('INK-H-2', CPRS[1], 'Søren Staffsen');
  }, ceiling(60_000));

  it('the kept mail carries the live link for reviewer and administrator, a redacted one for the auditor', async () => {
    for (const [role, client] of [
      ['REVIEWER', dpo],
      ['ADMIN', admin],
    ] as const) {
      const mail = (await sinkMails(client)).find((m) => m.body.includes('INK-H-2'))!;
      expect(tokenIn(mail.body)).toBe(link.token);
      console.log(`${role}: link with its token`);
    }
    const raw = await auditor.post<{ allSinkMails: SinkMail[] }>('{ allSinkMails(perPage: 100) { subject body recipients } }');
    const text = JSON.stringify(raw.body);
    const mail = raw.body.data!.allSinkMails.find((m) => m.body.includes('INK-H-2'))!;
    console.log(`AUDITOR: ${/\S*erasure-answer\S*/.exec(mail.body)?.[0]}`);
    expect(mail.body).toContain(`/erasure-answer/${REDACTED_ANSWER_TOKEN}`);
    expect(text).not.toContain(link.token);
    expect(tokenIn(text)).toBeNull();
    // The marker is no link: it opens nothing.
    expect((await fetch(`${t.url}/erasure-answer/${encodeURIComponent(REDACTED_ANSWER_TOKEN)}`, { headers: { 'X-Forwarded-For': freshAddress() } })).status).toBe(404);
  });

  it('a staff session opening the link sees the cases without identifiers and without the form', async () => {
    for (const [role, client] of [
      ['AUDITOR', auditor],
      ['ADMIN', admin],
    ] as const) {
      const res = await fetch(`${t.url}/erasure-answer/${link.token}?lang=en`, { headers: { cookie: client.cookie!, 'X-Forwarded-For': freshAddress() } });
      const html = await res.text();
      console.log(`${role} opens the link: ${res.status}, staff view ${html.includes('data-staff-view')}, CPR shown ${html.includes('010170')}, form ${html.includes('<form')}`);
      expect(res.status).toBe(200);
      expect(html).toContain('Case INK-H-2');
      expect(html).toContain('You are signed in to Tilsyn as staff');
      expect(html).not.toMatch(/010170|Søren|Staffsen/);
      expect(html).not.toContain('<form');
    }
    // The processor (no session) still sees the person, to find the record.
    const processorView = await (await fetch(`${t.url}/erasure-answer/${link.token}?lang=en`, { headers: { 'X-Forwarded-For': freshAddress() } })).text();
    expect(processorView).toContain('010170-1234');
  });

  it('a staff session cannot answer in the processor\u2019s place: 403 page (Danish and English), audited with ids only, nothing recorded', async () => {
    const noticeId = await noticeIdOnPage(link.token);
    for (const lang of ['da', 'en'] as const) {
      const form = new FormData();
      form.set(`answer.${noticeId}`, 'NO_DATA');
      const res = await fetch(`${t.url}/erasure-answer/${link.token}?lang=${lang}`, { method: 'POST', body: form, redirect: 'manual', headers: { cookie: auditor.cookie!, 'X-Forwarded-For': freshAddress() } });
      const html = await res.text();
      console.log(`AUDITOR answers NO_DATA (${lang}): ${res.status}`);
      expect(res.status).toBe(403);
      expect(html).toContain(lang === 'da' ? 'Du er logget ind som medarbejder' : 'Signed in as staff');
      expect(html).toContain(lang === 'da' ? 'Registrér modtagerens svar i Tilsyn' : 'Record the recipient’s answer in Tilsyn');
    }
    // A bearer header beside the session cookie (it takes precedence for the API) hides nothing here (a re-probe answered this way).
    const form = new FormData();
    form.set(`answer.${noticeId}`, 'NO_DATA');
    const withBearer = await fetch(`${t.url}/erasure-answer/${link.token}?lang=en`, { method: 'POST', body: form, redirect: 'manual', headers: { cookie: auditor.cookie!, authorization: 'Bearer x', 'X-Forwarded-For': freshAddress() } });
    expect(withBearer.status).toBe(403);
    const page = await (await fetch(`${t.url}/erasure-answer/${link.token}?lang=en`, { headers: { cookie: auditor.cookie!, authorization: 'Bearer x', 'X-Forwarded-For': freshAddress() } })).text();
    expect(page).not.toContain('Søren');
    expect((await noticeOf(link.requestId)).status).toBe('SENT');
    const audit = await t.owner.query(
      `SELECT e.actor_type, e.actor_id, e.entity_type, d.details FROM audit_event e JOIN audit_event_detail d ON d.event_id = e.id WHERE e.action = 'erasure_dispatch.staff_answer_refused' ORDER BY e.seq`,
    );
    console.log(`audit: ${JSON.stringify(audit.rows[0])}`);
    expect(audit.rows).toHaveLength(3);
    expect(audit.rows[0]).toMatchObject({ actor_type: 'USER', actor_id: t.users.AUDITOR.id, entity_type: 'ErasureDispatch' });
    expect(Object.keys(audit.rows[0].details as object)).toEqual(['processorId']);
    expect(JSON.stringify(audit.rows)).not.toMatch(/010170|Søren|Staffsen|auditor@/);
  });
});

describe('the webhook callback: a malformed id is bad input, never a server error', () => {
  it('answers 400 naming processorId (Danish and English), and 400 naming a malformed noticeId', async () => {
    const body = JSON.stringify({ answers: [] });
    const ts = Math.floor(Date.now() / 1000);
    for (const id of ['not-a-uuid', '0123456789abcdef0123456789abcdef0123', '------------------------------------']) {
      const res = await fetch(`${t.url}/api/erasure/webhook/${id}`, { method: 'POST', headers: { 'Content-Type': 'application/json', 'X-Tilsyn-Signature': `t=${ts},v1=${'0'.repeat(64)}` }, body });
      const json = (await res.json()) as { error: string; field: string; message: { da: string; en: string } };
      console.log(`webhook /${id}: ${res.status} ${JSON.stringify(json)}`);
      expect(res.status).toBe(400);
      expect(json).toMatchObject({ error: 'INVALID_PARAMETER', field: 'processorId' });
      expect(json.message.da).toContain('processorId');
      expect(json.message.en).toContain('processorId');
    }

    const p = (await vm.ok<{ createProcessor: { id: string } }>('mutation { createProcessor(name: "Webhook Arkiv A/S", establishmentCountry: "DK", serviceKind: PRINT_AND_MAIL, engagementRole: PROCESSOR, dataSubjectCategories: [EMPLOYEES], erasureChannel: WEBHOOK, erasureAddress: "https://hooks.example/erasure") { id } }')).createProcessor.id;
    const secret = (await vm.ok<{ rotateErasureWebhookSecret: string }>('mutation($p: ID!) { rotateErasureWebhookSecret(processorId: $p) }', { p })).rotateErasureWebhookSecret;
    const bad = JSON.stringify({ answers: [{ noticeId: '0123456789abcdef0123456789abcdef0123', answer: 'NO_DATA' }] });
    const res = await fetch(`${t.url}/api/erasure/webhook/${p}`, { method: 'POST', headers: { 'Content-Type': 'application/json', 'X-Tilsyn-Signature': `t=${ts},v1=${signWebhook(secret, ts, bad)}` }, body: bad });
    const json = (await res.json()) as { field: string };
    console.log(`signed callback with a malformed noticeId: ${res.status} ${JSON.stringify(json)}`);
    expect(res.status).toBe(400);
    expect(json.field).toBe('answers.0.noticeId');
  });
});
