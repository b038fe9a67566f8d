import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { countRows, startTestApp, type GqlClient, type TestApp } from '../utils/test-app.js';

let t: TestApp;
let vm: GqlClient;
let dpo: GqlClient;
let admin: GqlClient;
let auditor: GqlClient;

beforeAll(async () => {
  t = await startTestApp();
  [vm, dpo, admin, auditor] = await Promise.all([t.as('VENDOR_MANAGER'), t.as('REVIEWER'), t.as('ADMIN'), t.as('AUDITOR')]);
});
afterAll(() => t.close());

type P = { id: string; version: number };
async function processor(name: string, extra: Record<string, unknown> = {}): Promise<P> {
  const data = await vm.ok<{ createProcessor: P }>(
    `mutation($name: String!, $establishmentCountry: String!, $engagementRole: EngagementRole, $processingLocations: [ProcessingLocationInput!], $dpfStatus: DpfStatus, $dpfCertifiedOn: String, $ownerId: String) {
      createProcessor(name: $name, establishmentCountry: $establishmentCountry, serviceKind: SAAS, address: "Main St 1", privacyContactName: "DPO", engagementRole: $engagementRole, processingLocations: $processingLocations, dpfStatus: $dpfStatus, dpfCertifiedOn: $dpfCertifiedOn, ownerId: $ownerId) { id version } }`,
    { establishmentCountry: 'DK', ...extra, name },
  );
  return data.createProcessor;
}

const TRANSFER_FIELDS = `id version status findingCodes importerRole exporterName importerName assessment { status findings { code severity article message remedy } tiaRequired expectedSccModule adequacyInstrument }`;
type T = { id: string; version: number; status: string; findingCodes: string[]; assessment: { status: string; findings: { code: string; message: string; remedy: string }[]; tiaRequired: boolean; expectedSccModule: number; adequacyInstrument: string | null } };
const ARGS = `$importerProcessorId: ID!, $destinationCountry: String!, $exporterProcessorId: ID, $mechanism: TransferMechanism, $sccModule: Int, $sccSignedOn: String, $frequency: TransferFrequency, $dataSubjectCount: Int, $dataCategories: [DataCategory!], $derogationGround: DerogationGround, $derogationJustification: String, $startedOn: String, $ownerId: ID`;
const PASS = `importerProcessorId: $importerProcessorId, destinationCountry: $destinationCountry, exporterProcessorId: $exporterProcessorId, mechanism: $mechanism, sccModule: $sccModule, sccSignedOn: $sccSignedOn, frequency: $frequency, dataSubjectCount: $dataSubjectCount, dataCategories: $dataCategories, derogationGround: $derogationGround, derogationJustification: $derogationJustification, startedOn: $startedOn, ownerId: $ownerId`;

async function transfer(vars: Record<string, unknown>): Promise<T> {
  return (await vm.ok<{ createTransfer: T }>(`mutation(${ARGS}) { createTransfer(${PASS}) { ${TRANSFER_FIELDS} } }`, vars)).createTransfer;
}

const FULL_TIA = {
  circumstances: 'Support desk reads case files remotely',
  toolRelied: 'SCC 2021/914 module 2',
  lawsAndPractices: 'Surveillance law X; practice report Y',
  guarantees: ['EEG_A', 'EEG_B', 'EEG_C', 'EEG_D'].map((g) => ({ guarantee: g, rating: g === 'EEG_C' ? 'NOT_MET' : 'PARTIALLY_MET', rationale: `Reasons for ${g}`, sources: 'EDPB country report' })),
  measures: [{ kind: 'TECHNICAL', description: 'End-to-end encryption, keys held in Denmark', effective: true }],
  conclusion: 'EQUIVALENT',
  conclusionRationale: 'With the encryption no readable data reaches the authorities',
  reevaluationMonths: 12,
};
const TIA_VARS = `$title: String, $circumstances: String, $toolRelied: String, $lawsAndPractices: String, $guarantees: [GuaranteeAssessmentInput!], $measures: [SupplementaryMeasureInput!], $conclusion: TiaConclusion, $conclusionRationale: String, $reevaluationMonths: Int`;
const TIA_PASS = `title: $title, circumstances: $circumstances, toolRelied: $toolRelied, lawsAndPractices: $lawsAndPractices, guarantees: $guarantees, measures: $measures, conclusion: $conclusion, conclusionRationale: $conclusionRationale, reevaluationMonths: $reevaluationMonths`;
type Tia = { id: string; version: number; status: string; versionNo: number; submissionGaps: string[]; reevaluateOn: string | null; reevaluationRequested: boolean };
const TIA_FIELDS = 'id version status versionNo submissionGaps reevaluateOn reevaluationRequested';

async function writeTia(client: GqlClient, transferIds: string[], content: Record<string, unknown> = FULL_TIA): Promise<Tia> {
  return (await client.ok<{ createTia: Tia }>(`mutation($transferIds: [ID!]!, ${TIA_VARS}) { createTia(transferIds: $transferIds, ${TIA_PASS}) { ${TIA_FIELDS} } }`, { transferIds, ...content })).createTia;
}
async function tiaAction(client: GqlClient, action: 'submitTia' | 'approveTia' | 'newTiaVersion', tia: { id: string; version: number }) {
  return client.post<Record<string, Tia>>(`mutation($id: ID!, $version: Int!) { ${action}(id: $id, version: $version) { ${TIA_FIELDS} approvedOn } }`, { id: tia.id, version: tia.version });
}
async function getTransfer(client: GqlClient, id: string): Promise<T> {
  return (await client.ok<{ Transfer: T }>(`query($id: ID!) { Transfer(id: $id) { ${TRANSFER_FIELDS} } }`, { id })).Transfer;
}

describe('reference data', () => {
  it('seeds the adequacy decisions of legal-facts §1.4 with their to-verify flags, countries with EEA membership, and the default policy', async () => {
    const data = await auditor.ok<{ allAdequacyDecisions: { jurisdiction: string; validFrom: string; validUntil: string | null; scope: string; conditions: string[]; toVerify: boolean; inForceToday: boolean; jurisdictionName: string }[]; gl: { eeaMember: boolean; name: string }; no: { eeaMember: boolean }; organisationSettings: { guaranteesForEveryTransfer: boolean } }>(
      `{ allAdequacyDecisions(perPage: 100) { jurisdiction validFrom validUntil scope conditions toVerify inForceToday jurisdictionName }
         gl: Country(id: "GL") { eeaMember name } no: Country(id: "NO") { eeaMember } organisationSettings { guaranteesForEveryTransfer } }`,
    );
    const d = data.allAdequacyDecisions;
    expect(d.find((x) => x.jurisdiction === 'GB' && x.validUntil === '2031-12-27')).toMatchObject({ validFrom: '2025-12-28', inForceToday: true });
    expect(d.find((x) => x.jurisdiction === 'GB' && x.validUntil === '2025-12-27')).toMatchObject({ inForceToday: false });
    expect(d.find((x) => x.jurisdiction === 'BR')).toMatchObject({ validFrom: '2026-01-26' });
    expect(d.find((x) => x.jurisdiction === 'US')).toMatchObject({ scope: 'PARTIAL', conditions: ['DPF_CERTIFIED'] });
    expect(d.find((x) => x.jurisdiction === 'ORG:EPO')?.jurisdictionName).toBe('Den Europæiske Patentorganisation');
    expect(d.some((x) => x.jurisdiction === 'GL')).toBe(false);
    expect(d.filter((x) => x.toVerify).length).toBeGreaterThan(10);
    expect(data.gl).toEqual({ eeaMember: false, name: 'Grønland' });
    expect(data.no.eeaMember).toBe(true);
    expect(data.organisationSettings.guaranteesForEveryTransfer).toBe(false);
    const eea = await auditor.ok<{ allCountries: { id: string; name: string }[]; _allCountriesMeta: { count: number } }>(
      '{ allCountries(filter: { eeaMember: true }, sortField: "name", perPage: 3, page: 1) { id name } _allCountriesMeta(filter: { eeaMember: true }) { count } }',
    );
    expect(eea._allCountriesMeta.count).toBe(30);
    expect(eea.allCountries.map((c) => c.name)).toEqual(['Danmark', 'Estland', 'Finland']);
  });

  it('refuses a bad adequacy decision naming the field, in Danish and English, and writes nothing', async () => {
    const before = await countRows(t.owner, 'adequacy_decision');
    const q = `mutation($input: AdequacyDecisionInput!) { createAdequacyDecision(input: $input) { decision { id } } }`;
    const base = { jurisdiction: 'CH', instrument: 'x', validFrom: '2026-01-01', scope: 'FULL', source: 'https://ec.europa.eu/x' };
    for (const [patch, field, reason] of [
      [{ jurisdiction: 'XX' }, 'jurisdiction', 'UNKNOWN_COUNTRY'],
      [{ validFrom: '2026-02-30' }, 'validFrom', 'INVALID_DATE'],
      [{ validUntil: '2025-01-01' }, 'validUntil', 'OUT_OF_RANGE'],
      [{ scope: 'PARTIAL' }, 'conditions', 'REQUIRED'],
      [{ source: 'ftp://x' }, 'source', 'INVALID_URL'],
    ] as const) {
      const res = await admin.post(q, { input: { ...base, ...patch } });
      expect(res.body.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field, reason });
    }
    const en = await admin.post(q, { input: { ...base, jurisdiction: 'XX' } }, { 'Accept-Language': 'en' });
    expect(en.body.errors?.[0].message).toBe('jurisdiction is not an ISO 3166-1 country code.');
    expect(await countRows(t.owner, 'adequacy_decision')).toBe(before);
  });
});

describe('transfers and the rule engine', () => {
  it('refuses bad input naming the field and stores nothing', async () => {
    const p = await processor('Bad Input Inc', { establishmentCountry: 'US' });
    const before = await countRows(t.owner, 'transfer');
    const q = `mutation(${ARGS}) { createTransfer(${PASS}) { id } }`;
    for (const [patch, field, reason] of [
      [{ destinationCountry: 'ZZ' }, 'destinationCountry', 'UNKNOWN_COUNTRY'],
      [{ mechanism: 'SCC' }, 'sccModule', 'REQUIRED'],
      [{ frequency: 'OCCASIONAL' }, 'dataSubjectCount', 'REQUIRED'],
      [{ startedOn: '2026-13-01' }, 'startedOn', 'INVALID_DATE'],
      [{ exporterProcessorId: p.id }, 'exporterProcessorId', 'INVALID_VALUE'],
    ] as const) {
      const res = await vm.post(q, Object.assign({ importerProcessorId: p.id, destinationCountry: 'US' }, patch));
      expect(res.body.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field, reason });
      expect(res.status).toBe(200);
    }
    expect(await countRows(t.owner, 'transfer')).toBe(before);
  });

  it('SCC module 2 without a TIA is NON_COMPLIANT with TIA_MISSING, and assessTransfer on the same input agrees', async () => {
    const importer = await processor('Pune Support Pvt', { establishmentCountry: 'IN', engagementRole: 'PROCESSOR' });
    const vars = { importerProcessorId: importer.id, destinationCountry: 'IN', mechanism: 'SCC', sccModule: 2, sccSignedOn: '2026-03-01' };
    const stored = await transfer(vars);
    expect(stored).toMatchObject({ status: 'NON_COMPLIANT', findingCodes: ['TIA_MISSING'], importerRole: 'PROCESSOR' });
    expect(stored.assessment.findings[0]).toMatchObject({ code: 'TIA_MISSING', severity: 'BLOCKER', message: 'Der er ingen vurdering af overførslens virkning (TIA).' });
    expect(stored.assessment.findings[0].remedy).toMatch(/EDPB/);
    const live = await auditor.ok<{ assessTransfer: T['assessment'] }>(
      `query(${ARGS}, $transferId: ID) { assessTransfer(${PASS}, transferId: $transferId) { status findings { code severity article message remedy } tiaRequired expectedSccModule adequacyInstrument } }`,
      { ...vars, transferId: stored.id },
    );
    expect(live.assessTransfer).toEqual(stored.assessment);
    // Module 1 would not fit a processor importer; the live answer says so as the user types.
    const wrong = await auditor.ok<{ assessTransfer: { findings: { code: string }[]; expectedSccModule: number } }>(`query(${ARGS}) { assessTransfer(${PASS}) { findings { code } expectedSccModule } }`, { ...vars, sccModule: 1 });
    expect(wrong.assessTransfer).toEqual({ findings: [{ code: 'SCC_MODULE_MISMATCH' }, { code: 'TIA_MISSING' }], expectedSccModule: 2 });
    expect(await countRows(t.owner, 'transfer')).toBeGreaterThan(0);
  });

  it('answers for another date: an adequacy decision before it starts, and past periods without a tool', async () => {
    const importer = await processor('Rio Cobrança Ltda', { establishmentCountry: 'BR', engagementRole: 'PROCESSOR' });
    const stored = await transfer({ importerProcessorId: importer.id, destinationCountry: 'BR', mechanism: 'ADEQUACY', startedOn: '2025-06-01' });
    expect(stored.status).toBe('COMPLIANT');
    expect(stored.assessment.adequacyInstrument).toMatch(/2026\/179/);
    const on = async (asOf: string) =>
      (await auditor.ok<{ Transfer: { assessment: { status: string; findings: { code: string; periods: { from: string; to: string | null }[] | null }[] } } }>(`query($id: ID!, $asOf: String) { Transfer(id: $id) { assessment(asOf: $asOf) { status findings { code periods { from to } } } } }`, { id: stored.id, asOf })).Transfer.assessment;
    expect(await on('2026-01-25')).toMatchObject({ status: 'NON_COMPLIANT', findings: [{ code: 'NO_TRANSFER_TOOL' }] });
    expect(await on('2026-06-01')).toEqual({ status: 'COMPLIANT', findings: [{ code: 'PERIOD_WITHOUT_VALID_MECHANISM', periods: [{ from: '2025-06-01', to: '2026-01-25' }] }] });
    const bad = await auditor.post(`query($id: ID!) { Transfer(id: $id) { assessment(asOf: "2026-02-31") { status } } }`, { id: stored.id });
    expect(bad.body.errors?.[0].extensions).toMatchObject({ field: 'asOf', reason: 'INVALID_DATE' });
  });

  it('a third-country location without a record is suggested and shows NO_TRANSFER_TOOL on the processor until one is recorded', async () => {
    const p = await processor('Manila Print Corp', { engagementRole: 'PROCESSOR', processingLocations: [{ country: 'PH', kind: 'STORAGE' }, { country: 'SE', kind: 'STORAGE' }] });
    const suggested = await auditor.ok<{ suggestedTransfers: { importerProcessorId: string; destinationCountry: string; findingCode: string }[] }>('{ suggestedTransfers { importerProcessorId destinationCountry findingCode } }');
    expect(suggested.suggestedTransfers.filter((s) => s.importerProcessorId === p.id)).toEqual([{ importerProcessorId: p.id, destinationCountry: 'PH', findingCode: 'NO_TRANSFER_TOOL' }]);
    const compliance = async () =>
      (await auditor.ok<{ Processor: { compliance: { own: { code: string; country: string | null; transferId: string | null }[] } } }>(`query($id: ID!) { Processor(id: $id) { compliance { own { code country transferId } } } }`, { id: p.id })).Processor.compliance.own;
    expect((await compliance()).filter((f) => f.country)).toEqual([{ code: 'NO_TRANSFER_TOOL', country: 'PH', transferId: null }]);
    const recorded = await transfer({ importerProcessorId: p.id, destinationCountry: 'PH', mechanism: 'DEROGATION', frequency: 'OCCASIONAL', dataSubjectCount: 3, derogationGround: 'E_LEGAL_CLAIMS', derogationJustification: 'Retssag om tre fordringer i Manila' });
    expect(recorded.status).toBe('COMPLIANT');
    expect((await compliance()).filter((f) => f.country)).toEqual([]);
    const map = await auditor.ok<{ transferMap: { country: string; worstStatus: string; transferCount: number }[] }>('{ transferMap { country worstStatus transferCount } }');
    expect(map.transferMap.find((c) => c.country === 'PH')).toEqual({ country: 'PH', worstStatus: 'COMPLIANT', transferCount: 1 });
  });

  it('an onward transfer without a tool rolls up to every processor above it', async () => {
    const top = await processor('Onward Top', { engagementRole: 'PROCESSOR' });
    const bottom = await processor('Onward Bottom', { establishmentCountry: 'US' });
    await vm.ok(`mutation($p: ID!, $c: ID!) { createSubprocessorLink(processorId: $p, subprocessorId: $c, regime: SPECIFIC) { id } }`, { p: top.id, c: bottom.id });
    const onward = await transfer({ importerProcessorId: bottom.id, exporterProcessorId: top.id, destinationCountry: 'US' });
    expect(onward).toMatchObject({ status: 'NON_COMPLIANT', findingCodes: ['ONWARD_TRANSFER_NO_TOOL'], importerRole: 'PROCESSOR' });
    const below = (await auditor.ok<{ Processor: { compliance: { below: { code: string; transferId: string | null; pathNames: string[] }[] } } }>(`query($id: ID!) { Processor(id: $id) { compliance { below { code transferId pathNames } } } }`, { id: top.id })).Processor.compliance.below;
    expect(below).toContainEqual({ code: 'ONWARD_TRANSFER_NO_TOOL', transferId: onward.id, pathNames: ['Onward Top', 'Onward Bottom'] });
  });

  it('refuses a stale update with CONFLICT and keeps the first change', async () => {
    const p = await processor('Conflict Corp', { establishmentCountry: 'US' });
    const made = await transfer({ importerProcessorId: p.id, destinationCountry: 'US' });
    const q = `mutation($id: ID!, $version: Int!, $purpose: String) { updateTransfer(id: $id, version: $version, purpose: $purpose) { version purpose } }`;
    await vm.ok(q, { id: made.id, version: made.version, purpose: 'first' });
    const stale = await vm.post(q, { id: made.id, version: made.version, purpose: 'second' });
    expect(stale.body.errors?.[0].extensions?.code).toBe('CONFLICT');
    expect((await t.owner.query('SELECT purpose FROM transfer WHERE id = $1', [made.id])).rows[0].purpose).toBe('first');
  });

  it('stores evidence by content with its SHA-256 and refuses a renamed text file', async () => {
    const p = await processor('Evidence Corp', { establishmentCountry: 'US' });
    const made = await transfer({ importerProcessorId: p.id, destinationCountry: 'US' });
    const pdf = Buffer.from('%PDF-1.7\nsigned SCCs\n%%EOF');
    const put = (body: Buffer) => fetch(`${t.url}/api/transfers/${made.id}/documents`, { method: 'PUT', headers: { cookie: vm.cookie ?? '', 'X-Tilsyn-Upload': '1', 'X-File-Name': encodeURIComponent('SCC signeret.pdf'), 'Content-Type': 'application/octet-stream' }, body });
    const ok = await put(pdf);
    expect(ok.status).toBe(201);
    const doc = (await ok.json()) as { id: string; sha256: string };
    const got = await fetch(`${t.url}/api/transfers/${made.id}/documents/${doc.id}`, { headers: { cookie: auditor.cookie ?? '' } });
    expect(Buffer.from(await got.arrayBuffer()).equals(pdf)).toBe(true);
    expect(got.headers.get('x-content-sha256')).toBe(doc.sha256);
    const bad = await put(Buffer.from('just text'));
    expect(bad.status).toBe(400);
    expect(await countRows(t.owner, 'transfer_document')).toBe(1);
  });
});

describe('transfer impact assessments: four eyes', () => {
  it('a vendor manager writes and submits, the author cannot approve, a reviewer approves, the transfer turns COMPLIANT and the TIA is frozen', async () => {
    const importer = await processor('Bangalore Collect Pvt', { establishmentCountry: 'IN', engagementRole: 'PROCESSOR' });
    const tr = await transfer({ importerProcessorId: importer.id, destinationCountry: 'IN', mechanism: 'SCC', sccModule: 2, sccSignedOn: '2026-03-01' });
    const draft = await writeTia(vm, [tr.id], { circumstances: 'Only step 1 so far' });
    expect(draft).toMatchObject({ status: 'DRAFT', versionNo: 1 });
    expect(draft.submissionGaps).toContain('guarantees.EEG_A');
    expect((await getTransfer(auditor, tr.id)).findingCodes).toEqual(['TIA_NOT_APPROVED']);
    const early = await tiaAction(vm, 'submitTia', draft);
    expect(early.body.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'toolRelied', reason: 'REQUIRED' });

    const filled = (await vm.ok<{ updateTia: Tia }>(`mutation($id: ID!, $version: Int!, ${TIA_VARS}) { updateTia(id: $id, version: $version, ${TIA_PASS}) { ${TIA_FIELDS} } }`, { id: draft.id, version: draft.version, ...FULL_TIA })).updateTia;
    const submitted = (await tiaAction(vm, 'submitTia', filled)).body.data!.submitTia;
    expect(submitted.status).toBe('SUBMITTED');
    expect((await tiaAction(vm, 'approveTia', submitted)).body.errors?.[0].extensions?.code).toBe('FORBIDDEN');

    const approved = await tiaAction(dpo, 'approveTia', submitted);
    expect(approved.body.data!.approveTia).toMatchObject({ status: 'APPROVED', approvedOn: '2026-11-21', reevaluateOn: '2027-11-21' });
    expect(await getTransfer(auditor, tr.id)).toMatchObject({ status: 'COMPLIANT', findingCodes: [] });

    const frozen = await vm.post(`mutation($id: ID!, $version: Int!) { updateTia(id: $id, version: $version, title: "changed") { id } }`, { id: draft.id, version: approved.body.data!.approveTia.version });
    expect(frozen.body.errors?.[0].extensions).toMatchObject({ reason: 'INVALID_STATE' });
    const next = (await tiaAction(vm, 'newTiaVersion', approved.body.data!.approveTia)).body.data!.newTiaVersion;
    expect(next).toMatchObject({ status: 'DRAFT', versionNo: 2 });
    // The approved version still governs while the next is drafted.
    expect((await getTransfer(auditor, tr.id)).status).toBe('COMPLIANT');
    const actions = await t.owner.query(`SELECT action FROM audit_event WHERE entity_type = 'Tia' AND entity_id = $1 ORDER BY seq`, [draft.id]);
    expect(actions.rows.map((r) => r.action)).toEqual(['tia.create', 'tia.update', 'tia.submit', 'tia.approve']);
  });

  it('self-approval is refused with a clear error that names four eyes, and changes nothing', async () => {
    const importer = await processor('Self Approve Inc', { establishmentCountry: 'US', engagementRole: 'PROCESSOR' });
    const tr = await transfer({ importerProcessorId: importer.id, destinationCountry: 'US', mechanism: 'SCC', sccModule: 2, sccSignedOn: '2026-03-01' });
    const mine = await writeTia(dpo, [tr.id]);
    const submitted = (await tiaAction(dpo, 'submitTia', mine)).body.data!.submitTia;
    const self = await tiaAction(dpo, 'approveTia', submitted);
    expect(self.body.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'FOUR_EYES' });
    expect(self.body.errors?.[0].message).toMatch(/fire øjne/);
    expect((await t.owner.query('SELECT status, version FROM tia WHERE id = $1', [mine.id])).rows[0]).toEqual({ status: 'SUBMITTED', version: submitted.version });
    const byAdmin = await tiaAction(admin, 'approveTia', submitted);
    expect(byAdmin.body.data!.approveTia.status).toBe('APPROVED');
  });

  it('a TIA covers transfers to one country and one importer only', async () => {
    const a = await processor('Mixed A', { establishmentCountry: 'US' });
    const t1 = await transfer({ importerProcessorId: a.id, destinationCountry: 'US' });
    const t2 = await transfer({ importerProcessorId: a.id, destinationCountry: 'IN' });
    const res = await vm.post(`mutation($ids: [ID!]!) { createTia(transferIds: $ids) { id } }`, { ids: [t1.id, t2.id] });
    expect(res.body.errors?.[0].extensions).toMatchObject({ field: 'transferIds', reason: 'MIXED_TRANSFERS' });
  });
});

describe('editing reference data re-evaluates exactly the transfers it touches', () => {
  it('previewing and revoking New Zealand’s decision lists only the adequacy transfer there, audits it, marks the TIA and tells the owner', async () => {
    const owner = (await t.owner.query(`SELECT id FROM app_user WHERE role = 'VENDOR_MANAGER' LIMIT 1`)).rows[0].id as string;
    const kiwi = await processor('Auckland Recoveries Ltd', { establishmentCountry: 'NZ', engagementRole: 'PROCESSOR', ownerId: owner });
    const swiss = await processor('Zürich Hosting AG', { establishmentCountry: 'CH', engagementRole: 'PROCESSOR' });
    const byAdequacy = await transfer({ importerProcessorId: kiwi.id, destinationCountry: 'NZ', mechanism: 'ADEQUACY' });
    const bySccs = await transfer({ importerProcessorId: kiwi.id, destinationCountry: 'NZ', mechanism: 'SCC', sccModule: 2, sccSignedOn: '2026-01-01' });
    const tia = await writeTia(vm, [bySccs.id]);
    await tiaAction(dpo, 'approveTia', (await tiaAction(vm, 'submitTia', tia)).body.data!.submitTia);
    const elsewhere = await transfer({ importerProcessorId: swiss.id, destinationCountry: 'CH', mechanism: 'ADEQUACY' });
    expect([byAdequacy.status, (await getTransfer(auditor, bySccs.id)).status, elsewhere.status]).toEqual(['COMPLIANT', 'COMPLIANT', 'COMPLIANT']);

    const nz = (await admin.ok<{ allAdequacyDecisions: { id: string; version: number; jurisdiction: string; instrument: string; adoptedOn: string; validFrom: string; scope: string; source: string; toVerify: boolean }[] }>(`{ allAdequacyDecisions(filter: { jurisdiction: "NZ" }) { id version jurisdiction instrument adoptedOn validFrom scope source toVerify } }`)).allAdequacyDecisions[0];
    const { id, version, ...input } = nz;
    const eventsBefore = await countRows(t.owner, 'audit_event');
    const preview = await admin.ok<{ previewAdequacyDecisionChange: { transferId: string; before: string; after: string; findingsAfter: string[] }[] }>(
      `query($id: ID, $input: AdequacyDecisionInput!) { previewAdequacyDecisionChange(id: $id, input: $input) { transferId before after findingsAfter } }`,
      { id, input: { ...input, revokedOn: '2026-11-21' } },
    );
    // Exactly the two transfers to New Zealand: the adequacy one loses its tool; the SCC one keeps it, but its TIA must be looked at again.
    expect(preview.previewAdequacyDecisionChange).toEqual(
      expect.arrayContaining([
        { transferId: byAdequacy.id, before: 'COMPLIANT', after: 'NON_COMPLIANT', findingsAfter: ['ADEQUACY_REVOKED'] },
        { transferId: bySccs.id, before: 'COMPLIANT', after: 'AT_RISK', findingsAfter: ['REVIEW_OVERDUE'] },
      ]),
    );
    expect(preview.previewAdequacyDecisionChange).toHaveLength(2);
    expect(await countRows(t.owner, 'audit_event')).toBe(eventsBefore);
    // "What changes if the Commission revokes it tomorrow": the change shows from that day.
    const tomorrow = await admin.ok<{ previewAdequacyDecisionChange: { transferId: string; after: string; effectiveOn: string }[] }>(
      `query($id: ID, $input: AdequacyDecisionInput!) { previewAdequacyDecisionChange(id: $id, input: $input) { transferId after effectiveOn } }`,
      { id, input: { ...input, revokedOn: '2026-11-22' } },
    );
    expect(tomorrow.previewAdequacyDecisionChange).toContainEqual({ transferId: byAdequacy.id, after: 'NON_COMPLIANT', effectiveOn: '2026-11-22' });

    const byVm = await vm.post(`mutation($id: ID!, $version: Int!) { revokeAdequacyDecision(id: $id, version: $version, revokedOn: "2026-11-21") { tiasMarkedForReevaluation } }`, { id, version });
    expect(byVm.body.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const revoked = await admin.ok<{ revokeAdequacyDecision: { decision: { revokedOn: string; inForceToday: boolean }; changedTransfers: { transferId: string; before: string; after: string }[]; tiasMarkedForReevaluation: number } }>(
      `mutation($id: ID!, $version: Int!) { revokeAdequacyDecision(id: $id, version: $version, revokedOn: "2026-11-21") { decision { revokedOn inForceToday } changedTransfers { transferId before after } tiasMarkedForReevaluation } }`,
      { id, version },
    );
    expect(revoked.revokeAdequacyDecision).toMatchObject({ decision: { revokedOn: '2026-11-21', inForceToday: false }, tiasMarkedForReevaluation: 1 });
    expect(revoked.revokeAdequacyDecision.changedTransfers).toEqual(expect.arrayContaining([{ transferId: byAdequacy.id, before: 'COMPLIANT', after: 'NON_COMPLIANT' }, { transferId: bySccs.id, before: 'COMPLIANT', after: 'AT_RISK' }]));
    expect(revoked.revokeAdequacyDecision.changedTransfers).toHaveLength(2);
    expect(await getTransfer(auditor, byAdequacy.id)).toMatchObject({ status: 'NON_COMPLIANT', findingCodes: ['ADEQUACY_REVOKED'] });
    // The SCC transfer stays lawful, but its TIA must be looked at again (REVIEW_OVERDUE warning).
    expect(await getTransfer(auditor, bySccs.id)).toMatchObject({ status: 'AT_RISK', findingCodes: ['REVIEW_OVERDUE'] });
    expect((await getTransfer(auditor, elsewhere.id)).status).toBe('COMPLIANT');

    const audit = await t.owner.query(`SELECT e.action, d.details FROM audit_event e JOIN audit_event_detail d ON d.event_id = e.id WHERE e.entity_id = $1 ORDER BY e.seq DESC LIMIT 1`, [id]);
    expect(audit.rows[0].action).toBe('adequacy_decision.revoke');
    expect(audit.rows[0].details.changedTransfers).toHaveLength(2);
    expect(audit.rows[0].details.changedTransfers).toContainEqual({ id: byAdequacy.id, before: 'COMPLIANT', after: 'NON_COMPLIANT' });
    expect(audit.rows[0].details.changes.revokedOn).toEqual({ before: null, after: '2026-11-21' });
    const notes = await vm.ok<{ myNotifications: { kind: string; title: string; subjectId: string; details: { transfers: { id: string }[] } }[]; myUnreadNotificationCount: number }>('{ myNotifications { kind title subjectId details } myUnreadNotificationCount }');
    expect(notes.myNotifications[0]).toMatchObject({ kind: 'ADEQUACY_CHANGE', subjectId: id, title: 'Tilstrækkelighedsafgørelse for New Zealand ændret: 2 overførsler har fået ny status' });
    expect(notes.myNotifications[0].details.transfers.map((x) => x.id).sort()).toEqual([byAdequacy.id, bySccs.id].sort());
    expect(await vm.ok('mutation { markNotificationsRead }')).toMatchObject({ markNotificationsRead: notes.myUnreadNotificationCount });
    const verified = await auditor.ok<{ verifyAuditTrail: { ok: boolean } }>('{ verifyAuditTrail { ok } }');
    expect(verified.verifyAuditTrail.ok).toBe(true);
  });

  it('the stricter policy asks a TIA for adequacy transfers too, and says which transfers it changed', async () => {
    const p = await processor('Policy Check AG', { establishmentCountry: 'CH', engagementRole: 'PROCESSOR' });
    const tr = await transfer({ importerProcessorId: p.id, destinationCountry: 'CH', mechanism: 'ADEQUACY' });
    const settings = (await admin.ok<{ organisationSettings: { version: number } }>('{ organisationSettings { version } }')).organisationSettings;
    const changed = await admin.ok<{ updateOrganisationSettings: { guaranteesForEveryTransfer: boolean; changedTransfers: { transferId: string; after: string }[] } }>(
      `mutation($v: Int!) { updateOrganisationSettings(version: $v, guaranteesForEveryTransfer: true) { guaranteesForEveryTransfer changedTransfers { transferId after } } }`,
      { v: settings.version },
    );
    // The stricter policy is the organisation's, not the law's: a warning, not a breach.
    expect(changed.updateOrganisationSettings.changedTransfers).toContainEqual({ transferId: tr.id, after: 'AT_RISK' });
    expect((await getTransfer(auditor, tr.id)).findingCodes).toEqual(['TIA_MISSING']);
    await admin.ok(`mutation($v: Int!) { updateOrganisationSettings(version: $v, guaranteesForEveryTransfer: false) { id } }`, { v: settings.version + 1 });
    expect((await getTransfer(auditor, tr.id)).status).toBe('COMPLIANT');
  });

  it('correcting a country’s EEA membership re-evaluates its transfers and is audited; a stale version is refused', async () => {
    const p = await processor('Nuuk Fisk ApS', { establishmentCountry: 'GL', engagementRole: 'PROCESSOR' });
    const tr = await transfer({ importerProcessorId: p.id, destinationCountry: 'GL' });
    expect(tr.status).toBe('NON_COMPLIANT');
    const gl = (await admin.ok<{ Country: { version: number } }>('{ Country(id: "GL") { version } }')).Country;
    const q = `mutation($v: Int!, $eea: Boolean) { updateCountry(id: "GL", version: $v, eeaMember: $eea) { country { eeaMember version } changedTransfers { transferId before after } } }`;
    const changed = await admin.ok<{ updateCountry: { country: { eeaMember: boolean; version: number }; changedTransfers: { transferId: string; before: string; after: string }[] } }>(q, { v: gl.version, eea: true });
    expect(changed.updateCountry.country.eeaMember).toBe(true);
    expect(changed.updateCountry.changedTransfers).toContainEqual({ transferId: tr.id, before: 'NON_COMPLIANT', after: 'NOT_A_TRANSFER' });
    expect((await getTransfer(auditor, tr.id)).status).toBe('NOT_A_TRANSFER');
    expect((await admin.post(q, { v: gl.version, eea: false })).body.errors?.[0].extensions?.code).toBe('CONFLICT');
    await admin.ok(q, { v: changed.updateCountry.country.version, eea: false });
    expect((await getTransfer(auditor, tr.id)).status).toBe('NON_COMPLIANT');
    const audit = await t.owner.query(`SELECT count(*)::int AS n FROM audit_event WHERE action = 'country.update'`);
    expect(audit.rows[0].n).toBe(2);
  });

  it('editing only the notes of a decision changes no transfer and marks no TIA', async () => {
    const ch = (await admin.ok<{ allAdequacyDecisions: { id: string; version: number; jurisdiction: string; instrument: string; adoptedOn: string; validFrom: string; scope: string; source: string; toVerify: boolean }[] }>(`{ allAdequacyDecisions(filter: { jurisdiction: "CH" }) { id version jurisdiction instrument adoptedOn validFrom scope source toVerify } }`)).allAdequacyDecisions[0];
    const { id, version, ...input } = ch;
    const res = await admin.ok<{ updateAdequacyDecision: { changedTransfers: unknown[]; tiasMarkedForReevaluation: number } }>(
      `mutation($id: ID!, $version: Int!, $input: AdequacyDecisionInput!) { updateAdequacyDecision(id: $id, version: $version, input: $input) { changedTransfers { transferId } tiasMarkedForReevaluation } }`,
      { id, version, input: { ...input, notes: 'Checked against the Official Journal', toVerify: false } },
    );
    expect(res.updateAdequacyDecision).toEqual({ changedTransfers: [], tiasMarkedForReevaluation: 0 });
  });
});
