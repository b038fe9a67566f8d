import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GqlClient, startTestApp, type TestApp } from '../utils/test-app.js';

/**
 * Erasure requests (issue 6), first part: filing (staff and the case system's API token),
 * sealed identifiers found again by keyed hash, idempotency, the recipient preview, and the
 * decision that writes one notice per recipient in the same transaction — or none on refusal.
 */
let t: TestApp;
let admin: GqlClient;
let vm: GqlClient;
let dpo: GqlClient;

const CPR = '150390-1234';
const REQUEST = 'id version status caseReference receivedOn deadlineOn identifiersErased outstanding decision refusalBasis grounds notices { processorName status reasons legalBasis recipientReference channel }';
type Request = { id: string; version: number; status: string; deadlineOn: string; outstanding: number; decision: string | null; notices: { processorName: string; status: string; reasons: string[]; legalBasis: string; recipientReference: string | null; channel: string }[] };

async function processor(name: string, extra: string): Promise<string> {
  return (await vm.ok<{ createProcessor: { id: string } }>(`mutation($name: String!) { createProcessor(name: $name, establishmentCountry: "DK", serviceKind: SAAS, ${extra}) { id } }`, { name })).createProcessor.id;
}

async function file(client: GqlClient, vars: Record<string, unknown>) {
  return client.post<{ fileErasureRequest: Request }>(
    `mutation($source: ErasureSource!, $grounds: [ErasureGround!], $caseReference: String!, $receivedOn: String!, $cpr: String, $name: String, $email: String, $key: String, $caseRecipients: [ErasureCaseRecipientInput!]) {
      fileErasureRequest(source: $source, grounds: $grounds, caseReference: $caseReference, receivedOn: $receivedOn, cpr: $cpr, name: $name, email: $email, idempotencyKey: $key, caseRecipients: $caseRecipients) { ${REQUEST} } }`,
    { source: 'DATA_SUBJECT_REQUEST', grounds: ['OBJECTION'], caseReference: 'INK-2026-1001', receivedOn: '2026-11-20', cpr: CPR, ...vars },
  );
}

let fjordsoft: string;
let payroll: string;
let nordlys: string;
let bureau: string;
let agency: string;

beforeAll(async () => {
  t = await startTestApp();
  [admin, vm, dpo] = await Promise.all([t.as('ADMIN'), t.as('VENDOR_MANAGER'), t.as('REVIEWER')]);
  fjordsoft = await processor('Sag og Inkasso IT A/S', 'engagementRole: PROCESSOR, dataSubjectCategories: [DEBTORS, GUARANTORS]');
  payroll = await processor('Lønbureauet ApS', 'engagementRole: PROCESSOR, dataSubjectCategories: [EMPLOYEES]');
  nordlys = await processor('Underleverandør Hosting A/S', 'dataSubjectCategories: [DEBTORS]');
  bureau = await processor('Kreditoplysning A/S', 'engagementRole: INDEPENDENT_CONTROLLER, dataSubjectCategories: [DEBTORS], erasureChannel: WEBHOOK');
  agency = await processor('Inkasso Nord AS', 'engagementRole: PROCESSOR, dataSubjectCategories: [CLIENT_CONTACTS], erasureChannel: MANUAL');
});
afterAll(() => t.close());

describe('filing', () => {
  it('seals the identifiers: no CPR number in the row, the audit trail or the answer; found again by CPR in any spelling', async () => {
    const res = await file(vm, { name: 'Jens Hansen', email: 'Jens.Hansen@Example.dk' });
    expect(res.body.errors).toBeUndefined();
    const r = res.body.data!.fileErasureRequest;
    expect(r).toMatchObject({ status: 'RECEIVED', deadlineOn: '2026-12-20', identifiersErased: false, outstanding: 0 });
    expect(JSON.stringify(res.body)).not.toMatch(/150390|Jens/);
    const row = (await t.owner.query('SELECT e::text AS text FROM erasure_request e WHERE id = $1', [r.id])).rows[0].text as string;
    expect(row).not.toMatch(/150390|1503901234|Jens|Hansen|example\.dk/i);
    const audit = (await t.owner.query(`SELECT string_agg(d.details::text, ' ') AS text FROM audit_event e JOIN audit_event_detail d ON d.event_id = e.id WHERE e.entity_id = $1`, [r.id])).rows[0].text as string;
    expect(audit).toContain('INK-2026-1001');
    expect(audit).not.toMatch(/150390|Jens|example\.dk/i);
    for (const cpr of ['1503901234', '150390-1234', ' 150390 1234 ']) {
      const found = await dpo.ok<{ allErasureRequests: { id: string }[] }>('query($cpr: String) { allErasureRequests(filter: { cpr: $cpr }) { id } }', { cpr });
      expect(found.allErasureRequests.map((x) => x.id)).toContain(r.id);
    }
    const byEmail = await dpo.ok<{ allErasureRequests: { id: string }[] }>('{ allErasureRequests(filter: { email: "jens.hansen@EXAMPLE.dk" }) { id } }');
    expect(byEmail.allErasureRequests.map((x) => x.id)).toEqual([r.id]);
    const other = await dpo.ok<{ allErasureRequests: { id: string }[] }>('{ allErasureRequests(filter: { cpr: "150390-1235" }) { id } }');
    expect(other.allErasureRequests).toEqual([]);
  });

  it('shows the identifiers in clear only to the DPO and the administrator, and records each viewing', async () => {
    const r = (await file(vm, { caseReference: 'INK-2026-1002', name: 'Karen Jensen' })).body.data!.fileErasureRequest;
    const shown = await dpo.ok<{ revealErasureIdentifiers: { cpr: string; name: string } }>('mutation($id: ID!) { revealErasureIdentifiers(id: $id) { cpr name } }', { id: r.id });
    expect(shown.revealErasureIdentifiers).toEqual({ cpr: '1503901234', name: 'Karen Jensen' });
    const viewed = await t.owner.query(`SELECT actor_id FROM audit_event WHERE action = 'erasure_request.identifiers_viewed' AND entity_id = $1`, [r.id]);
    expect(viewed.rows).toEqual([{ actor_id: t.users.REVIEWER.id }]);
    expect((await vm.post('mutation($id: ID!) { revealErasureIdentifiers(id: $id) { cpr } }', { id: r.id })).body.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  it('the case system files with its API token; the same idempotency key twice creates one request', async () => {
    const token = (await admin.ok<{ createApiToken: { token: string } }>('mutation { createApiToken(name: "Sagssystem", scope: ERASURE_FILING, expiresAt: "2027-02-19") { token } }')).createApiToken.token;
    const caseSystem = new GqlClient(t.url);
    const asCaseSystem = (vars: Record<string, unknown>) => caseSystem.post<{ fileErasureRequest: Request }>(
      `mutation($key: String) { fileErasureRequest(source: RETENTION_EXPIRY, caseReference: "INK-2019-0007", receivedOn: "2026-11-21", cpr: "010107-4001", idempotencyKey: $key) { id grounds } }`,
      vars,
      { authorization: `Bearer ${token}` },
    );
    const [a, b] = await Promise.all([asCaseSystem({ key: 'retention-2026-11-21-0007' }), asCaseSystem({ key: 'retention-2026-11-21-0007' })]);
    expect(a.body.errors).toBeUndefined();
    expect(b.body.data?.fileErasureRequest.id).toBe(a.body.data?.fileErasureRequest.id);
    expect((a.body.data?.fileErasureRequest as unknown as { grounds: string[] }).grounds).toEqual(['NO_LONGER_NECESSARY']);
    const n = await t.owner.query(`SELECT count(*)::int AS n FROM erasure_request WHERE idempotency_key = 'retention-2026-11-21-0007'`);
    expect(n.rows[0].n).toBe(1);
  });

  it.each<[string, Record<string, unknown>, string, string]>([
    ['a CPR number with an impossible date', { cpr: '310490-1234' }, 'cpr', 'INVALID_CPR'],
    ['no identifier at all', { cpr: null }, 'cpr', 'REQUIRED'],
    ['a request received tomorrow', { receivedOn: '2026-11-22' }, 'receivedOn', 'IN_THE_FUTURE'],
    ['a case recipient not in the register', { caseRecipients: [{ processorId: '00000000-0000-4000-8000-000000000000' }] }, 'caseRecipients', 'INVALID_VALUE'],
  ])('refuses %s, naming the field in Danish and English, writing nothing', async (_, vars, field, reason) => {
    const before = (await t.owner.query('SELECT count(*)::int AS n FROM erasure_request')).rows[0].n;
    const res = await file(vm, { caseReference: 'INK-BAD', ...vars });
    expect(res.body.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field, reason });
    expect(res.body.errors?.[0].message).not.toMatch(/310490|150390/);
    const en = await vm.post('mutation { fileErasureRequest(source: DATA_SUBJECT_REQUEST, grounds: [OBJECTION], caseReference: "x", receivedOn: "2026-11-20", cpr: "310490-1234") { id } }', {}, { 'accept-language': 'en' });
    expect(en.body.errors?.[0].message).toMatch(/CPR/);
    expect((await t.owner.query('SELECT count(*)::int AS n FROM erasure_request')).rows[0].n).toBe(before);
  });
});

describe('deciding', () => {
  it('previews who is told and why; approving writes one notice per recipient, at once; a second decision is refused', async () => {
    const r = (await file(vm, { caseReference: 'INK-2026-2001', caseRecipients: [{ processorId: agency, reference: 'NO-77-2026' }] })).body.data!.fileErasureRequest;
    const preview = await dpo.ok<{ erasureRecipientPreview: { recipients: { processorId: string; reasons: string[]; legalBasis: string }[]; skipped: { processorId: string; reason: string }[] } }>(
      'query($id: ID!) { erasureRecipientPreview(id: $id) { recipients { processorId reasons legalBasis } skipped { processorId reason } } }',
      { id: r.id },
    );
    const told = new Map(preview.erasureRecipientPreview.recipients.map((x) => [x.processorId, x]));
    expect(told.get(fjordsoft)).toMatchObject({ reasons: ['HOLDS_CATEGORY'], legalBasis: 'PROCESSOR_INSTRUCTION' });
    expect(told.get(bureau)).toMatchObject({ reasons: ['INDEPENDENT_CONTROLLER'], legalBasis: 'ART_19_NOTICE' });
    expect(told.get(agency)).toMatchObject({ reasons: ['CASE_RECIPIENT'] });
    const skipped = new Map(preview.erasureRecipientPreview.skipped.map((x) => [x.processorId, x.reason]));
    expect(skipped.get(payroll)).toBe('OTHER_CATEGORY');
    expect(skipped.get(nordlys)).toBe('VIA_PROCESSOR');
    // The preview wrote nothing.
    expect((await t.owner.query('SELECT count(*)::int AS n FROM erasure_notice WHERE request_id = $1', [r.id])).rows[0].n).toBe(0);

    const refusedExclusion = await dpo.post('mutation($id: ID!, $p: ID!) { decideErasureRequest(id: $id, version: 1, decision: APPROVE, exclusions: [{ processorId: $p, reason: " " }]) { id } }', { id: r.id, p: bureau });
    expect(refusedExclusion.body.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'exclusions.0.reason', reason: 'REQUIRED' });

    const decided = (await dpo.ok<{ decideErasureRequest: Request }>(
      `mutation($id: ID!, $p: ID!) { decideErasureRequest(id: $id, version: 1, decision: APPROVE, exclusions: [{ processorId: $p, reason: "Har kun modtaget en kopi, der er slettet efter 30 dage" }]) { ${REQUEST} } }`,
      { id: r.id, p: bureau },
    )).decideErasureRequest;
    expect(decided.status).toBe('APPROVED');
    expect(decided.notices.map((n) => [n.processorName, n.status, n.channel, n.recipientReference])).toEqual(
      expect.arrayContaining([
        ['Inkasso Nord AS', 'QUEUED', 'MANUAL', 'NO-77-2026'],
        ['Sag og Inkasso IT A/S', 'QUEUED', 'EMAIL', null],
      ]),
    );
    expect(decided.notices.map((n) => n.processorName)).not.toContain('Kreditoplysning A/S');
    // Sent is never done: nothing is settled yet.
    expect(decided.outstanding).toBe(decided.notices.length);
    const audit = await t.owner.query(`SELECT d.details FROM audit_event e JOIN audit_event_detail d ON d.event_id = e.id WHERE e.action = 'erasure_request.decide' AND e.entity_id = $1`, [r.id]);
    expect(audit.rows[0].details).toMatchObject({ decision: 'APPROVE', excluded: [bureau], notices: decided.notices.length });

    const again = await dpo.post('mutation($id: ID!) { decideErasureRequest(id: $id, version: 2, decision: REFUSE, refusalBasis: LEGAL_CLAIMS, reasoning: "x") { id } }', { id: r.id });
    expect(again.body.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'decision', reason: 'INVALID_STATE' });
    const stale = await dpo.post('mutation($id: ID!) { decideErasureRequest(id: $id, version: 1, decision: APPROVE) { id } }', { id: r.id });
    expect(stale.body.errors?.[0].extensions?.code).toBe('CONFLICT');
  });

  it('a refusal names its Art. 17(3) basis and reasoning, and creates no notices', async () => {
    const r = (await file(vm, { caseReference: 'INK-2026-3001' })).body.data!.fileErasureRequest;
    const missing = await dpo.post('mutation($id: ID!) { decideErasureRequest(id: $id, version: 1, decision: REFUSE) { id } }', { id: r.id });
    expect(missing.body.errors?.[0].extensions).toMatchObject({ field: 'refusalBasis', reason: 'REQUIRED' });
    const refused = (await dpo.ok<{ decideErasureRequest: Request }>(
      `mutation($id: ID!) { decideErasureRequest(id: $id, version: 1, decision: REFUSE, refusalBasis: LEGAL_CLAIMS, reasoning: "Fordringen er ikke forældet; sagen verserer ved fogedretten.") { ${REQUEST} } }`,
      { id: r.id },
    )).decideErasureRequest;
    expect(refused).toMatchObject({ status: 'REFUSED', decision: 'REFUSE', refusalBasis: 'LEGAL_CLAIMS', notices: [], outstanding: 0 });
    expect((await vm.post('mutation($id: ID!) { decideErasureRequest(id: $id, version: 2, decision: APPROVE) { id } }', { id: r.id })).body.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });
});

describe('extending the deadline to answer the person (Art. 12(3))', () => {
  const extend = (client: GqlClient, vars: Record<string, unknown>) =>
    client.post<{ extendErasureDeadline: { version: number; deadlineOn: string; extensionMonths: number; extensionReason: string | null } }>(
      'mutation($id: ID!, $version: Int!, $months: Int!, $reason: String!) { extendErasureDeadline(id: $id, version: $version, months: $months, reason: $reason) { version deadlineOn extensionMonths extensionReason } }',
      vars,
    );

  it('adds one or two months with the reason, version-checked and audited; names the field when refused', async () => {
    const filed = (await file(vm, { caseReference: 'INK-2026-1301', receivedOn: '2026-11-10', key: 'extend-1' })).body.data!.fileErasureRequest;
    expect(filed.deadlineOn).toBe('2026-12-10');

    const noReason = await extend(dpo, { id: filed.id, version: filed.version, months: 2, reason: ' ' });
    expect(noReason.body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'reason', reason: 'REQUIRED' });
    const three = await extend(dpo, { id: filed.id, version: filed.version, months: 3, reason: 'Mange modtagere i udlandet' });
    expect(three.body.errors?.[0]?.extensions).toMatchObject({ field: 'months', reason: 'OUT_OF_RANGE' });

    const once = await extend(dpo, { id: filed.id, version: filed.version, months: 1, reason: 'Sagen omfatter 40 modtagere i fem lande' });
    expect(once.body.errors).toBeUndefined();
    expect(once.body.data!.extendErasureDeadline).toMatchObject({ deadlineOn: '2027-01-10', extensionMonths: 1, extensionReason: 'Sagen omfatter 40 modtagere i fem lande', version: filed.version + 1 });
    // A second edit made from the old version is a conflict, not a lost update.
    const stale = await extend(dpo, { id: filed.id, version: filed.version, months: 2, reason: 'x' });
    expect(stale.body.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    const twice = await extend(dpo, { id: filed.id, version: filed.version + 1, months: 1, reason: 'igen' });
    expect(twice.body.errors?.[0]?.extensions).toMatchObject({ field: 'months', reason: 'AT_LEAST' });
    const more = await extend(dpo, { id: filed.id, version: filed.version + 1, months: 2, reason: 'Venter på svar fra udenlandske modtagere' });
    expect(more.body.data!.extendErasureDeadline).toMatchObject({ deadlineOn: '2027-02-10', extensionMonths: 2 });

    const audit = await t.owner.query(`SELECT count(*)::int AS n FROM audit_event WHERE action = 'erasure_request.extend_deadline' AND entity_id = $1`, [filed.id]);
    expect(audit.rows[0].n).toBe(2);
  });

  it('is refused once the first month has passed: the person had to be told within it', async () => {
    const late = (await file(vm, { caseReference: 'INK-2026-1302', receivedOn: '2026-10-01', key: 'extend-2' })).body.data!.fileErasureRequest;
    const res = await extend(dpo, { id: late.id, version: late.version, months: 1, reason: 'For sent' });
    expect(res.body.errors?.[0]?.extensions).toMatchObject({ field: 'months', reason: 'EXPIRED' });
    const row = (await t.owner.query('SELECT extension_months, deadline_on::text AS deadline_on, version FROM erasure_request WHERE id = $1', [late.id])).rows[0];
    expect(row).toEqual({ extension_months: 0, deadline_on: '2026-11-01', version: late.version });
  });
});

describe("a processor's refusal (Art. 28(3)(g))", () => {
  it('keeps the request open with the reviewer as the next step, until a reviewer closes it with a reason', async () => {
    const filed = await vm.ok<{ fileErasureRequest: Request }>(
      `mutation { fileErasureRequest(source: DATA_SUBJECT_REQUEST, grounds: [OBJECTION], caseReference: "INK-2026-1401", receivedOn: "2026-11-20", cpr: "010170-1234", dataSubjectCategory: CLIENT_CONTACTS) { ${REQUEST} } }`,
    );
    const approved = await dpo.ok<{ decideErasureRequest: Request }>(`mutation($id: ID!, $v: Int!) { decideErasureRequest(id: $id, version: $v, decision: APPROVE) { ${REQUEST} } }`, { id: filed.fileErasureRequest.id, v: filed.fileErasureRequest.version });
    const own = approved.decideErasureRequest;
    expect(own.notices.map((n) => [n.processorName, n.legalBasis, n.channel])).toEqual([['Inkasso Nord AS', 'PROCESSOR_INSTRUCTION', 'MANUAL']]);
    type Notice = { id: string; version: number; status: string; nextAction: string | null };
    const notices = async () => (await dpo.ok<{ allErasureNotices: Notice[] }>('query($r: ID) { allErasureNotices(filter: { requestId: $r }) { id version status nextAction } }', { r: own.id })).allErasureNotices;
    const [n] = await notices();
    await vm.ok('mutation($id: ID!, $v: Int!) { recordErasureNoticeAnswer(id: $id, version: $v, answer: REFUSED, note: "Vi opbevarer sagen efter bogføringsloven") { id } }', { id: n.id, v: n.version });

    const afterRefusal = (await dpo.ok<{ ErasureRequest: Request }>(`query($id: ID!) { ErasureRequest(id: $id) { ${REQUEST} } }`, { id: own.id })).ErasureRequest;
    expect(afterRefusal).toMatchObject({ status: 'APPROVED', outstanding: 1, identifiersErased: false });
    const [refused] = await notices();
    expect(refused).toMatchObject({ status: 'REFUSED', nextAction: 'REVIEW_REFUSAL' });
    const listed = await dpo.ok<{ allErasureNotices: { id: string }[] }>('query($r: ID) { allErasureNotices(filter: { requestId: $r, outstanding: true }) { id } }', { r: own.id });
    expect(listed.allErasureNotices.map((x) => x.id)).toEqual([refused.id]);

    // The reviewer followed it up (the processor erased after all, or the refusal was justified) and closes it with the reason.
    const closed = await dpo.ok<{ exceptErasureNotice: Request }>(
      `mutation($id: ID!, $v: Int!) { exceptErasureNotice(id: $id, version: $v, reason: "Databehandleren er instrueret igen og har slettet; bekræftelse modtaget pr. brev") { ${REQUEST} } }`,
      { id: refused.id, v: refused.version },
    );
    expect(closed.exceptErasureNotice).toMatchObject({ status: 'COMPLETED', outstanding: 0, identifiersErased: true });
  });
});
