import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DPA_GAP_CODES } from '@tilsyn/domain';
import { countRows, startTestApp, type GqlClient, type TestApp } from '../utils/test-app.js';

let t: TestApp;
let vm: GqlClient;
let dpo: GqlClient;
let auditor: GqlClient;

beforeAll(async () => {
  t = await startTestApp();
  [vm, dpo, auditor] = await Promise.all([t.as('VENDOR_MANAGER'), t.as('REVIEWER'), t.as('AUDITOR')]);
});
afterAll(() => t.close());

type P = { id: string; version: number };
async function processor(name: string, extra: Record<string, unknown> = {}): Promise<P> {
  const vars = { name, establishmentCountry: 'DK', serviceKind: 'SAAS', address: 'Gade 1, 1000 København', privacyContactName: 'DPO', ...extra };
  const data = await vm.ok<{ createProcessor: P }>(
    `mutation($name: String!, $establishmentCountry: String!, $serviceKind: ServiceKind!, $address: String, $privacyContactName: String, $engagementRole: EngagementRole, $engagementStart: String, $dataCategories: [DataCategory!], $processingLocations: [ProcessingLocationInput!], $cprDisclosureBasis: CprDisclosureBasis) {
      createProcessor(name: $name, establishmentCountry: $establishmentCountry, serviceKind: $serviceKind, address: $address, privacyContactName: $privacyContactName, engagementRole: $engagementRole, engagementStart: $engagementStart, dataCategories: $dataCategories, processingLocations: $processingLocations, cprDisclosureBasis: $cprDisclosureBasis) { id version } }`,
    vars,
  );
  return data.createProcessor;
}

async function link(parent: string, child: string, extra: Record<string, unknown> = {}) {
  return vm.post<{ createSubprocessorLink: { id: string; version: number; authorised: boolean; findings: { code: string }[] } }>(
    `mutation($p: ID!, $c: ID!, $regime: SubprocessorAuthorisation!, $noticeDays: Int, $notifiedOn: String, $firstUsedOn: String) {
      createSubprocessorLink(processorId: $p, subprocessorId: $c, regime: $regime, noticeDays: $noticeDays, notifiedOn: $notifiedOn, firstUsedOn: $firstUsedOn) { id version authorised objectionDeadline findings { code severity } } }`,
    { p: parent, c: child, regime: 'SPECIFIC', ...extra },
  );
}

const COMPLIANCE = `query($id: ID!, $asOf: String) { Processor(id: $id) { compliance(asOf: $asOf) { asOf status own { code severity article message gaps } below { code pathNames } } } }`;
type C = { Processor: { compliance: { asOf: string; status: string; own: { code: string; gaps: string[] | null; message: string }[]; below: { code: string; pathNames: string[] }[] } } };

describe('the full processor register', () => {
  it('stores data categories, recipient attributes, engagement and processing locations, and audits the locations', async () => {
    const p = await processor('Register ApS', {
      engagementRole: 'PROCESSOR',
      engagementStart: '2025-01-01',
      dataCategories: ['IDENTITY', 'CPR', 'HEALTH', 'CPR'],
      cprDisclosureBasis: 'NORMAL_OPERATIONS_IDENTIFICATION',
      processingLocations: [{ country: 'IN', kind: 'REMOTE_ACCESS', description: 'Support' }],
    });
    const read = await vm.ok<{ Processor: { dataCategories: string[]; processingLocations: { country: string; kind: string }[]; engagementRole: string } }>(
      `query($id: ID!) { Processor(id: $id) { dataCategories engagementRole processingLocations { country kind description } } }`,
      { id: p.id },
    );
    expect(read.Processor).toMatchObject({ dataCategories: ['IDENTITY', 'CPR', 'HEALTH'], engagementRole: 'PROCESSOR', processingLocations: [{ country: 'IN', kind: 'REMOTE_ACCESS' }] });

    await vm.ok(`mutation($id: ID!) { updateProcessor(id: $id, version: 1, processingLocations: [{ country: "US", kind: STORAGE }]) { id } }`, { id: p.id });
    const event = await t.owner.query(`SELECT d.details FROM audit_event e JOIN audit_event_detail d ON d.event_id = e.id WHERE e.entity_id = $1 AND e.action = 'processor.update'`, [p.id]);
    expect(event.rows[0].details.changes.processingLocations).toEqual({ before: ['IN REMOTE_ACCESS: Support'], after: ['US STORAGE'] });
  });

  it.each([
    ['an unknown location country', { processingLocations: [{ country: 'XX', kind: 'STORAGE' }] }, 'processingLocations.0.country', 'UNKNOWN_COUNTRY'],
    ['an impossible date', { engagementStart: '2026-02-30' }, 'engagementStart', 'INVALID_DATE'],
  ])('refuses %s, naming the field', async (_, extra, field, reason) => {
    const before = await countRows(t.owner, 'processor');
    const res = await vm.post(
      `mutation($processingLocations: [ProcessingLocationInput!], $engagementStart: String) { createProcessor(name: "Bad", establishmentCountry: "DK", serviceKind: SAAS, processingLocations: $processingLocations, engagementStart: $engagementStart) { id } }`,
      extra,
    );
    expect(res.body.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field, reason });
    expect(await countRows(t.owner, 'processor')).toBe(before);
  });

  it('offboards: end date and Art. 28(3)(g) outcome recorded, the processor stays with its history', async () => {
    const p = await processor('Leaving ApS', { engagementRole: 'PROCESSOR', engagementStart: '2024-01-01' });
    const done = await vm.ok<{ offboardProcessor: { lifecycle: string; engagementEnd: string; endOfServiceOutcome: string; history: { action: string }[] } }>(
      `mutation($id: ID!) { offboardProcessor(id: $id, version: 1, endedOn: "2026-06-30", endOfServiceOutcome: DELETED) { lifecycle engagementEnd endOfServiceOutcome history { action } } }`,
      { id: p.id },
    );
    expect(done.offboardProcessor).toMatchObject({ lifecycle: 'OFFBOARDED', engagementEnd: '2026-06-30', endOfServiceOutcome: 'DELETED' });
    expect(done.offboardProcessor.history.map((h) => h.action)).toEqual(['processor.create', 'processor.offboard']);
    const again = await vm.post(`mutation($id: ID!) { offboardProcessor(id: $id, version: 2, endedOn: "2026-07-01", endOfServiceOutcome: DELETED) { id } }`, { id: p.id });
    expect(again.body.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'INVALID_STATE' });
    const other = await processor('Bypass ApS');
    const bypass = await vm.post(`mutation($id: ID!) { updateProcessor(id: $id, version: 1, lifecycle: OFFBOARDED) { id } }`, { id: other.id });
    expect(bypass.body.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'lifecycle' });
  });
});

describe('sub-processor chains', () => {
  it('refuses a processor under itself and any cycle, with a clear error, and writes nothing', async () => {
    const [a, b, c] = await Promise.all([processor('Cycle A'), processor('Cycle B'), processor('Cycle C')]);
    expect((await link(a.id, a.id)).body.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'subprocessorId', reason: 'CYCLE' });
    expect((await link(a.id, b.id)).body.errors).toBeUndefined();
    expect((await link(b.id, c.id)).body.errors).toBeUndefined();
    const before = await countRows(t.owner, 'subprocessor_link');
    const cycle = await link(c.id, a.id);
    expect(cycle.body.errors?.[0].extensions).toMatchObject({ reason: 'CYCLE' });
    expect(cycle.body.errors?.[0].message).toMatch(/sin egen underdatabehandler/);
    expect((await link(a.id, b.id)).body.errors?.[0].extensions).toMatchObject({ reason: 'ALREADY_IN_USE' });
    expect(await countRows(t.owner, 'subprocessor_link')).toBe(before);
  });

  it('records objection and approval (the DPO decides), audited, with optimistic locking', async () => {
    const [a, b] = await Promise.all([processor('Decide A'), processor('Decide B')]);
    const made = (await link(a.id, b.id, { regime: 'GENERAL', noticeDays: 30, notifiedOn: '2026-11-01' })).body.data!.createSubprocessorLink;
    expect(made).toMatchObject({ authorised: false, objectionDeadline: '2026-12-01' });
    const byVm = await vm.post(`mutation($id: ID!) { objectToSubprocessor(id: $id, version: 1, on: "2026-11-10", reason: "Tredjeland") { id } }`, { id: made.id });
    expect(byVm.body.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const objected = await dpo.ok<{ objectToSubprocessor: { objectedOn: string; authorised: boolean; findings: { code: string }[] } }>(
      `mutation($id: ID!) { objectToSubprocessor(id: $id, version: 1, on: "2026-11-10", reason: "Tredjeland uden overførselsgrundlag") { objectedOn authorised findings { code } } }`,
      { id: made.id },
    );
    expect(objected.objectToSubprocessor).toMatchObject({ objectedOn: '2026-11-10', authorised: false, findings: [{ code: 'SUBPROCESSOR_REJECTED' }] });
    const stale = await dpo.post(`mutation($id: ID!) { approveSubprocessor(id: $id, version: 1, on: "2026-11-12") { id } }`, { id: made.id });
    expect(stale.body.errors?.[0].extensions?.code).toBe('CONFLICT');
    const actions = await t.owner.query(`SELECT action FROM audit_event WHERE entity_id = $1 ORDER BY seq`, [made.id]);
    expect(actions.rows.map((r) => r.action)).toEqual(['subprocessor_link.create', 'subprocessor_link.object']);
  });

  it('shows a finding from the bottom of a three-level chain at the top, with the path, and the chain as nodes', async () => {
    const top = await processor('Top SaaS', { engagementRole: 'INDEPENDENT_CONTROLLER' });
    const mid = await processor('Mid Cloud');
    const bottom = await processor('Bottom Support', { address: null, processingLocations: [{ country: 'IN', kind: 'REMOTE_ACCESS' }] });
    await link(top.id, mid.id, { regime: 'SPECIFIC' });
    await dpo.ok(`mutation($id: ID!) { approveSubprocessor(id: $id, version: 1, on: "2026-01-01") { id } }`, { id: (await t.owner.query('SELECT id FROM subprocessor_link WHERE processor_id = $1', [top.id])).rows[0].id });
    await link(mid.id, bottom.id, { regime: 'SPECIFIC', firstUsedOn: '2026-02-01' });
    const result = await auditor.ok<C>(COMPLIANCE, { id: top.id });
    expect(result.Processor.compliance.status).toBe('NON_COMPLIANT');
    expect(result.Processor.compliance.below.map((f) => [f.code, f.pathNames.join(' > ')])).toEqual([
      ['UNAUTHORISED_SUBPROCESSOR', 'Top SaaS > Mid Cloud > Bottom Support'],
      ['CHAIN_IDENTITY_INCOMPLETE', 'Top SaaS > Mid Cloud > Bottom Support'],
      // Remote access from India with no transfer recorded: an onward transfer without a tool (Art. 44).
      ['ONWARD_TRANSFER_NO_TOOL', 'Top SaaS > Mid Cloud > Bottom Support'],
    ]);
    const chain = await auditor.ok<{ processorChain: { name: string; depth: number; status: string; parentProcessorId: string | null }[] }>(
      `query($id: String!) { processorChain(id: $id) { name depth status parentProcessorId } }`,
      { id: top.id },
    );
    expect(chain.processorChain.map((n) => [n.name, n.depth, n.status])).toEqual([
      ['Top SaaS', 0, 'NON_COMPLIANT'],
      ['Mid Cloud', 1, 'NON_COMPLIANT'],
      ['Bottom Support', 2, 'NON_COMPLIANT'],
    ]);
    const filtered = await auditor.ok<{ allProcessors: { name: string }[] }>(`{ allProcessors(perPage: 100, filter: { findingCode: UNAUTHORISED_SUBPROCESSOR }) { name } }`);
    expect(filtered.allProcessors.map((p) => p.name).sort()).toEqual(['Mid Cloud', 'Top SaaS']);
  });
});

describe('DPAs clause by clause', () => {
  const CREATE = `mutation($p: ID!, $copy: ID) { createAgreement(processorId: $p, template: DATATILSYNET_STANDARD, title: "DPA", reviewIntervalMonths: 12, copyAssessmentFrom: $copy) { id version versionNo status gaps clauses { code assessment needsReconfirmation article titleEn } } }`;
  const ASSESS = `mutation($a: ID!, $code: ClauseCode!, $as: ClauseAssessment!) { assessAgreementClause(agreementId: $a, code: $code, assessment: $as, location: "§ 4") { status gaps version } }`;
  type A = { id: string; version: number; versionNo: number; status: string; gaps: string[]; clauses: { code: string; assessment: string; needsReconfirmation: boolean; article: string; titleEn: string }[] };

  it('derives DRAFT → INCOMPLETE (gap ART28_3_G) → COMPLETE, and the processor follows, today and on past dates', async () => {
    const p = await processor('Checklist ApS', { engagementRole: 'PROCESSOR', engagementStart: '2026-01-01' });
    const created = (await vm.ok<{ createAgreement: A }>(CREATE, { p: p.id })).createAgreement;
    expect(created).toMatchObject({ versionNo: 1, status: 'DRAFT' });
    expect(created.clauses.map((c) => c.code)).toEqual([...DPA_GAP_CODES]);
    expect(created.clauses.every((c) => c.assessment === 'NOT_ASSESSED')).toBe(true);
    expect(created.clauses.find((c) => c.code === 'ART28_3_G')).toMatchObject({ article: 'Art. 28(3)(g)', titleEn: '(g) Deletion or return at the end' });

    const byVm = await vm.post(ASSESS, { a: created.id, code: 'ART28_3_A', as: 'PRESENT' });
    expect(byVm.body.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    for (const code of DPA_GAP_CODES) await dpo.ok(ASSESS, { a: created.id, code, as: code === 'ART28_3_G' ? 'MISSING' : 'PRESENT' });
    const current = await vm.ok<{ Agreement: A }>(`query($id: ID!) { Agreement(id: $id) { id version status gaps } }`, { id: created.id });
    expect(current.Agreement).toMatchObject({ status: 'DRAFT', gaps: ['ART28_3_G'] });
    expect((await vm.ok<C>(COMPLIANCE, { id: p.id })).Processor.compliance.own.map((f) => f.code)).toEqual(['DPA_MISSING']);

    const signed = await vm.ok<{ signAgreement: A }>(`mutation($id: ID!, $v: Int!) { signAgreement(id: $id, version: $v, on: "2026-11-01") { id version status gaps } }`, { id: created.id, v: current.Agreement.version });
    expect(signed.signAgreement).toMatchObject({ status: 'INCOMPLETE', gaps: ['ART28_3_G'] });
    const incomplete = await vm.ok<C>(COMPLIANCE, { id: p.id });
    expect(incomplete.Processor.compliance).toMatchObject({ status: 'NON_COMPLIANT', own: [{ code: 'DPA_INCOMPLETE', gaps: ['ART28_3_G'] }] });

    const fixed = await dpo.ok<{ assessAgreementClause: A }>(ASSESS, { a: created.id, code: 'ART28_3_G', as: 'PRESENT' });
    expect(fixed.assessAgreementClause).toMatchObject({ status: 'COMPLETE', gaps: [] });
    expect((await vm.ok<C>(COMPLIANCE, { id: p.id })).Processor.compliance.status).toBe('COMPLIANT');
    expect((await vm.ok<C>(COMPLIANCE, { id: p.id, asOf: '2026-10-15' })).Processor.compliance.own.map((f) => f.code)).toEqual(['DPA_MISSING']);

    const edit = await vm.post(`mutation($id: ID!, $v: Int!) { updateAgreement(id: $id, version: $v, title: "Changed") { id } }`, { id: created.id, v: fixed.assessAgreementClause.version });
    expect(edit.body.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'INVALID_STATE' });
    const del = await vm.post(`mutation($id: ID!) { deleteAgreement(id: $id) { id } }`, { id: created.id });
    expect(del.body.errors?.[0].extensions).toMatchObject({ reason: 'INVALID_STATE' });

    const v2 = (await vm.ok<{ createAgreement: A }>(CREATE, { p: p.id, copy: created.id })).createAgreement;
    expect(v2.versionNo).toBe(2);
    expect(v2.clauses.every((c) => c.assessment === 'PRESENT' && c.needsReconfirmation)).toBe(true);

    const byStatus = await vm.ok<{ items: { id: string }[]; total: { count: number } }>(
      `query($p: String!) { items: allAgreements(filter: { processorId: $p, status: DRAFT }) { id } total: _allAgreementsMeta(filter: { processorId: $p, status: DRAFT }) { count } }`,
      { p: p.id },
    );
    expect(byStatus).toEqual({ items: [{ id: v2.id }], total: { count: 1 } });

    const terminated = await vm.ok<{ terminateAgreement: A }>(`mutation($id: ID!, $v: Int!) { terminateAgreement(id: $id, version: $v, on: "2026-11-20", reason: "Ny version") { status } }`, { id: created.id, v: fixed.assessAgreementClause.version });
    expect(terminated.terminateAgreement.status).toBe('TERMINATED');
    const actions = await t.owner.query(`SELECT action, count(*)::int AS n FROM audit_event WHERE entity_id = $1 GROUP BY action ORDER BY action`, [created.id]);
    expect(actions.rows).toEqual([
      { action: 'agreement.assess_clause', n: 18 },
      { action: 'agreement.create', n: 1 },
      { action: 'agreement.sign', n: 1 },
      { action: 'agreement.terminate', n: 1 },
    ]);
  });

  it('answers the stateless rule queries without saving anything', async () => {
    const before = await countRows(t.owner, 'agreement');
    const preview = await vm.ok<{ assessAgreement: { status: string; gaps: string[] } }>(
      `query { assessAgreement(asOf: "2026-06-01", input: { signedOn: "2026-01-01", endsOn: "2026-05-31", clauses: [{ code: ART28_3_A, assessment: PRESENT }] }) { status gaps } }`,
    );
    expect(preview.assessAgreement.status).toBe('EXPIRED');
    expect(preview.assessAgreement.gaps).toHaveLength(16);
    const link = await vm.ok<{ assessSubprocessorLink: { authorised: boolean; authorisedFrom: string } }>(
      `query { assessSubprocessorLink(asOf: "2026-03-31", input: { regime: GENERAL, noticeDays: 30, notifiedOn: "2026-03-01" }) { authorised authorisedFrom } }`,
    );
    expect(link.assessSubprocessorLink).toEqual({ authorised: true, authorisedFrom: '2026-03-31' });
    const chain = await vm.ok<{ assessProcessorFacts: { status: string; own: { code: string }[]; below: { code: string; pathNames: string[] }[] } }>(
      `query {
        assessProcessorFacts(asOf: "2026-06-01", input: {
          id: "p", name: "Planned SaaS", address: "Vej 1", privacyContactName: "DPO", dataCategories: [CPR],
          engagement: { role: PROCESSOR, cprDisclosureBasis: LEGISLATION },
          agreements: [{ id: "a", signedOn: "2026-01-01", clauses: [] }],
          subprocessors: [{ link: { id: "l", regime: SPECIFIC, firstUsedOn: "2026-05-01" },
                            processor: { id: "c", name: "Cloud", address: "Road 2", privacyContactEmail: "p@c.example" } }]
        }) { status own { code } below { code pathNames } } }`,
    );
    expect(chain.assessProcessorFacts.status).toBe('NON_COMPLIANT');
    expect(chain.assessProcessorFacts.own.map((f) => f.code)).toEqual(['DPA_INCOMPLETE']);
    expect(chain.assessProcessorFacts.below).toEqual([{ code: 'UNAUTHORISED_SUBPROCESSOR', pathNames: ['Planned SaaS', 'Cloud'] }]);
    const bad = await vm.post(`query { assessAgreement(asOf: "2026-13-01", input: { clauses: [] }) { status } }`);
    expect(bad.body.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'asOf', reason: 'INVALID_DATE' });
    expect(await countRows(t.owner, 'agreement')).toBe(before);
  });
});

describe('the signed document', () => {
  const pdf = Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.alloc(2048, 'a'), Buffer.from('\n%%EOF\n')]);
  async function agreementId(): Promise<string> {
    const p = await processor(`Doc ${Math.random()}`);
    return (await vm.ok<{ createAgreement: { id: string } }>(`mutation($p: ID!) { createAgreement(processorId: $p, template: OWN_TEMPLATE, title: "Doc") { id } }`, { p: p.id })).createAgreement.id;
  }
  const put = (client: GqlClient, id: string, body: Buffer, headers: Record<string, string> = {}) =>
    fetch(`${t.url}/api/agreements/${id}/document`, { method: 'PUT', headers: { cookie: client.cookie!, 'content-type': 'application/pdf', 'x-tilsyn-upload': '1', 'x-file-name': encodeURIComponent('Aftale ø.pdf'), ...headers }, body });

  it('stores a PDF with its SHA-256 and gives the same bytes back', async () => {
    const id = await agreementId();
    const res = await put(vm, id, pdf);
    expect(res.status).toBe(201);
    const meta = (await res.json()) as { sha256: string; sizeBytes: number; fileName: string };
    expect(meta).toMatchObject({ sizeBytes: pdf.length, fileName: 'Aftale ø.pdf' });
    const download = await fetch(`${t.url}/api/agreements/${id}/document`, { headers: { cookie: auditor.cookie! } });
    expect(download.status).toBe(200);
    expect(Buffer.from(await download.arrayBuffer()).equals(pdf)).toBe(true);
    expect(download.headers.get('x-content-sha256')).toBe(meta.sha256);
    const shown = await vm.ok<{ Agreement: { document: { sha256: string } } }>(`query($id: ID!) { Agreement(id: $id) { document { sha256 sizeBytes } } }`, { id });
    expect(shown.Agreement.document.sha256).toBe(meta.sha256);
  });

  it.each([
    ['a text file renamed .pdf', Buffer.from('This is not a PDF at all, just text.'), {}, 400, 'INVALID_FILE'],
    ['a ZIP that is not a DOCX', Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.alloc(100, 1)]), {}, 400, 'INVALID_FILE'],
    ['a file over 20 MB', Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.alloc(20 * 1024 * 1024, 'a')]), {}, 413, 'PAYLOAD_TOO_LARGE'],
    ['no upload header (CSRF)', pdf, { 'x-tilsyn-upload': '' }, 400, 'REQUIRED'],
  ])('refuses %s and stores nothing', async (_, body, headers, status, code) => {
    const id = await agreementId();
    const res = await put(vm, id, body, headers as Record<string, string>);
    expect(res.status).toBe(status);
    const json = (await res.json()) as { errors: { extensions: { code: string; reason?: string } }[] };
    expect([json.errors[0].extensions.code, json.errors[0].extensions.reason]).toContain(code);
    expect((await t.owner.query('SELECT count(*)::int AS n FROM agreement_document WHERE agreement_id = $1', [id])).rows[0].n).toBe(0);
  });

  it('refuses the upload to an auditor, who may still read', async () => {
    const id = await agreementId();
    expect((await put(auditor, id, pdf)).status).toBe(403);
  });
});

describe('every register mutation writes its audit event', () => {
  it('update/approve/delete of links, draft edits, reviews and deletion of agreements, document uploads', async () => {
    const [a, b] = await Promise.all([processor('Audit A'), processor('Audit B')]);
    const l = (await link(a.id, b.id, { regime: 'GENERAL', noticeDays: 14, notifiedOn: '2026-10-01' })).body.data!.createSubprocessorLink;
    const updated = await vm.ok<{ updateSubprocessorLink: { version: number } }>(`mutation($id: ID!) { updateSubprocessorLink(id: $id, version: 1, firstUsedOn: "2026-10-20") { version } }`, { id: l.id });
    await dpo.ok(`mutation($id: ID!, $v: Int!) { approveSubprocessor(id: $id, version: $v, on: "2026-10-05") { id } }`, { id: l.id, v: updated.updateSubprocessorLink.version });
    await vm.ok(`mutation($id: ID!) { deleteSubprocessorLink(id: $id) { id } }`, { id: l.id });

    const draft = (await vm.ok<{ createAgreement: { id: string } }>(`mutation($p: ID!) { createAgreement(processorId: $p, template: OWN_TEMPLATE, title: "Udkast") { id } }`, { p: a.id })).createAgreement;
    await vm.ok(`mutation($id: ID!) { updateAgreement(id: $id, version: 1, title: "Udkast 2", endsOn: "2028-01-01") { id } }`, { id: draft.id });
    const signed = (await vm.ok<{ createAgreement: { id: string } }>(`mutation($p: ID!) { createAgreement(processorId: $p, template: OWN_TEMPLATE, title: "Signed") { id } }`, { p: a.id })).createAgreement;
    const s = await vm.ok<{ signAgreement: { version: number } }>(`mutation($id: ID!) { signAgreement(id: $id, version: 1, on: "2026-01-01") { version } }`, { id: signed.id });
    await vm.ok(`mutation($id: ID!, $v: Int!) { recordAgreementReview(id: $id, version: $v, on: "2026-11-01") { reviewDueOn } }`, { id: signed.id, v: s.signAgreement.version });
    await vm.ok(`mutation($id: ID!) { deleteAgreement(id: $id) { id } }`, { id: draft.id });
    const pdf = Buffer.from('%PDF-1.4\n%%EOF\n');
    const up = await fetch(`${t.url}/api/agreements/${signed.id}/document`, { method: 'PUT', headers: { cookie: vm.cookie!, 'content-type': 'application/pdf', 'x-tilsyn-upload': '1' }, body: pdf });
    expect(up.status).toBe(201);

    const actions = (ids: string[]) => t.owner.query(`SELECT action FROM audit_event WHERE entity_id = ANY($1) ORDER BY seq`, [ids]).then((r) => r.rows.map((x) => x.action));
    expect(await actions([l.id])).toEqual(['subprocessor_link.create', 'subprocessor_link.update', 'subprocessor_link.approve', 'subprocessor_link.delete']);
    expect(await actions([draft.id])).toEqual(['agreement.create', 'agreement.update', 'agreement.delete']);
    expect(await actions([signed.id])).toEqual(['agreement.create', 'agreement.sign', 'agreement.review', 'agreement.upload_document']);
    const verified = await auditor.ok<{ verifyAuditTrail: { ok: boolean } }>('{ verifyAuditTrail { ok } }');
    expect(verified.verifyAuditTrail.ok).toBe(true);
  });
});
