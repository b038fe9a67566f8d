import { describe, expect, it } from 'vitest';
import {
  buildControllerRecord,
  buildProcessorRecord,
  recipientsOf,
  transfersOf,
  type ActivityFacts,
  type OrganisationFacts,
  type RegisterFacts,
  type RegisterProcessor,
  type RegisterTransfer,
} from './art30';
import { buildDpaGapReport, buildErasureReport, buildSupervisionReport, buildTransferRegister, requestReference, type DpaAgreementFacts, type SupervisionReviewFacts, type TransferRegisterFacts } from './registers';

const org: OrganisationFacts = {
  name: 'Inkasso A/S',
  registrationNumber: '12345678',
  address: 'Vej 1, 8000 Aarhus C',
  email: 'info@inkasso.example',
  phone: '',
  dpoName: 'Dorte',
  dpoEmail: 'dpo@inkasso.example',
  dpoPhone: '',
  jointControllers: '',
  securityMeasures: 'Kryptering, adgangsstyring',
};

const p = (id: string, extra: Partial<RegisterProcessor> = {}): RegisterProcessor => ({ id, name: id.toUpperCase(), establishmentCountry: 'DK', serviceKind: 'IT_HOSTING', engagementRole: 'PROCESSOR', ...extra });
const processors = [p('saas'), p('host', { engagementRole: null }), p('us', { establishmentCountry: 'US', engagementRole: null }), p('india', { establishmentCountry: 'IN', engagementRole: null }), p('print', { serviceKind: 'PRINT_AND_MAIL' })];
const links = [
  { processorId: 'saas', subprocessorId: 'host' },
  { processorId: 'saas', subprocessorId: 'us' },
  { processorId: 'us', subprocessorId: 'india' },
  { processorId: 'india', subprocessorId: 'us' }, // a cycle must not loop
  { processorId: 'host', subprocessorId: 'us' }, // reached twice: listed once, by the shortest chain
];
const transfer = (id: string, extra: Partial<RegisterTransfer>): RegisterTransfer => ({
  id,
  exporterProcessorId: null,
  importerProcessorId: 'us',
  destinationCountry: 'US',
  mechanism: 'SCC',
  sccModule: 3,
  derogationGround: null,
  derogationJustification: null,
  startedOn: '2025-01-01',
  endedOn: null,
  status: 'COMPLIANT',
  ...extra,
});
const transfers = [
  transfer('t-us', { exporterProcessorId: 'saas' }),
  transfer('t-in', { exporterProcessorId: 'us', importerProcessorId: 'india', destinationCountry: 'IN', mechanism: 'DEROGATION', sccModule: 3, derogationGround: 'COMPELLING_LEGITIMATE_INTEREST', derogationJustification: '  ', status: 'AT_RISK' }),
  transfer('t-ended', { endedOn: '2025-06-30' }),
  transfer('t-future', { startedOn: '2027-01-01' }),
  transfer('t-eea', { importerProcessorId: 'print', destinationCountry: 'DK', status: 'NOT_A_TRANSFER' }),
];
const register: RegisterFacts = { asOf: '2026-03-01', organisation: org, processors, links, transfers };
const byId = new Map(processors.map((x) => [x.id, x]));

const activity = (extra: Partial<ActivityFacts>): ActivityFacts => ({
  id: 'a',
  name: 'Inddrivelse',
  purposes: 'Inddrivelse af fordringer',
  legalBasis: 'Art. 6(1)(f)',
  dataSubjectCategories: ['DEBTORS'],
  dataCategories: ['IDENTITY', 'CPR', 'HEALTH'],
  processorIds: ['saas'],
  otherRecipients: ' Fogedretten ',
  securityMeasures: null,
  endedOn: null,
  retention: [{ label: 'Sagsdata', dataCategories: ['IDENTITY'], period: 5, unit: 'YEARS', trigger: 'CASE_CLOSED', legalReference: null }],
  ...extra,
});

describe('recipientsOf', () => {
  it('walks the whole chain once, shortest chain first, through cycles', () => {
    const r = recipientsOf(['saas'], byId, links);
    expect(r.map((x) => [x.processorId, x.via.join('>')])).toEqual([
      ['saas', ''],
      ['host', 'SAAS'],
      ['us', 'SAAS'],
      ['india', 'SAAS>US'],
    ]);
    expect(r.find((x) => x.processorId === 'host')!.role).toBe('PROCESSOR');
  });
  it.each([
    { ids: [], expected: [] },
    { ids: ['unknown'], expected: [] },
    { ids: ['print'], expected: ['print'] },
  ])('$ids → $expected', ({ ids, expected }) => {
    expect(recipientsOf(ids, byId, links).map((x) => x.processorId)).toEqual(expected);
  });
});

describe('transfersOf', () => {
  it('keeps transfers in force on the date to or onward from the recipients, and the Art. 49 safeguards', () => {
    const r = transfersOf(recipientsOf(['saas'], byId, links), transfers, byId, '2026-03-01');
    expect(r.map((t) => t.transferId)).toEqual(['t-in', 't-us']);
    const derogation = r.find((t) => t.transferId === 't-in')!;
    expect(derogation.safeguards).toBeNull();
    expect(derogation.sccModule).toBeNull();
    expect(derogation.exporter).toBe('US');
  });
  it.each([
    { asOf: '2025-03-01', expected: ['t-ended', 't-in', 't-us'] },
    { asOf: '2027-02-01', expected: ['t-future', 't-in', 't-us'] },
  ])('on $asOf: $expected', ({ asOf, expected }) => {
    expect(
      transfersOf(recipientsOf(['saas'], byId, links), transfers, byId, asOf)
        .map((t) => t.transferId)
        .sort(),
    ).toEqual(expected);
  });
  it('a transfer outside the chain is not the activity’s', () => {
    expect(transfersOf(recipientsOf(['print'], byId, links), transfers, byId, '2026-03-01')).toEqual([]);
  });
});

describe('buildControllerRecord', () => {
  it('lists each activity in force with recipients, transfers, retention and its gaps', () => {
    const record = buildControllerRecord(register, [activity({}), activity({ id: 'old', name: 'Gammel', endedOn: '2026-02-28' }), activity({ id: 'b', name: 'Bogføring', retention: [], processorIds: [] })]);
    expect(record.activities.map((a) => a.name)).toEqual(['Bogføring', 'Inddrivelse']);
    const collection = record.activities[1];
    expect(collection.sensitiveCategories).toEqual(['CPR', 'HEALTH']);
    expect(collection.otherRecipients).toBe('Fogedretten');
    expect(collection.gaps).toEqual(['SAFEGUARDS_MISSING']);
    expect(record.activities[0].gaps).toEqual(['RETENTION_MISSING']);
    expect(record.gaps).toEqual([]);
  });
  it.each([
    { change: { dpoName: '' }, gaps: ['DPO_MISSING'] },
    { change: { address: '', email: '' }, gaps: ['CONTROLLER_CONTACT_MISSING'] },
    { change: { dpoEmail: '', dpoPhone: '+45 1234' }, gaps: [] },
  ])('controller details $change → $gaps', ({ change, gaps }) => {
    expect(buildControllerRecord({ ...register, organisation: { ...org, ...change } }, []).gaps).toEqual(gaps);
  });
  it('asks for security measures only when neither the organisation nor the activity describes them', () => {
    const none = { ...register, organisation: { ...org, securityMeasures: ' ' } };
    expect(buildControllerRecord(none, [activity({ processorIds: [] })]).activities[0].gaps).toEqual(['SECURITY_MEASURES_MISSING']);
    expect(buildControllerRecord(none, [activity({ processorIds: [], securityMeasures: 'Logning' })]).activities[0].gaps).toEqual([]);
  });
});

describe('buildProcessorRecord', () => {
  it('lists clients in force on the date with our sub-processors and their transfers', () => {
    const client = { id: 'c', clientName: 'Energi A/S', clientRegistrationNumber: null, clientContact: null, clientDpoContact: null, processingCategories: 'Fakturering', dataSubjectCategories: ['DEBTORS' as const], dataCategories: ['IDENTITY' as const], processorIds: ['saas'], transfersNote: null, securityMeasures: null, agreementReference: 'DPA 2025', startedOn: '2025-01-01', endedOn: null };
    const record = buildProcessorRecord(register, [client, { ...client, id: 'later', clientName: 'Senere', startedOn: '2026-04-01' }]);
    expect(record.clients.map((c) => c.client.name)).toEqual(['Energi A/S']);
    expect(record.clients[0].subprocessors.every((s) => s.role === 'PROCESSOR')).toBe(true);
    expect(record.clients[0].transfers.map((t) => t.transferId)).toEqual(['t-in', 't-us']);
  });
});

const agreement = (extra: Partial<DpaAgreementFacts>): DpaAgreementFacts => ({
  id: 'ag',
  title: 'DPA',
  versionNo: 1,
  template: 'DATATILSYNET_STANDARD',
  signedOn: '2024-01-01',
  endsOn: null,
  terminatedOn: null,
  status: 'COMPLETE',
  inForce: true,
  clauses: { ART28_3_A: 'PRESENT', ART28_3_G: 'PRESENT' },
  reviewDueOn: '2027-01-01',
  reviewOverdue: false,
  ...extra,
});

describe('buildDpaGapReport', () => {
  const rows = buildDpaGapReport('2026-03-01', [
    { id: 'ok', name: 'Ok', country: 'DK', role: 'PROCESSOR', engagementStart: '2023-01-01', agreements: [agreement({})] },
    { id: 'none', name: 'Ingen', country: 'DK', role: 'PROCESSOR', engagementStart: '2025-05-01', agreements: [] },
    { id: 'gap', name: 'Mangel', country: 'DK', role: 'PROCESSOR', engagementStart: '2022-01-01', agreements: [agreement({ status: 'INCOMPLETE', signedOn: '2024-06-01', clauses: { ART28_3_A: 'PRESENT', ART28_3_G: 'MISSING', ART28_3_H: 'PARTIAL', ART28_9_WRITTEN_FORM: 'NOT_ASSESSED' } })] },
    { id: 'old', name: 'Udløbet', country: 'DK', role: 'PROCESSOR', engagementStart: '2020-01-01', agreements: [agreement({ status: 'EXPIRED', inForce: false, endsOn: '2025-12-31' }), agreement({ id: 'draft', versionNo: 2, signedOn: null, status: 'DRAFT', inForce: false })] },
    { id: 'ctrl', name: 'Selvstændig', country: 'DK', role: 'INDEPENDENT_CONTROLLER', engagementStart: null, agreements: [] },
    { id: 'future', name: 'Senere', country: 'DK', role: 'PROCESSOR', engagementStart: '2026-06-01', agreements: [] },
  ]);
  it('shows every processor we engage, the oldest gap first, the complete last', () => {
    expect(rows.rows.map((r) => [r.processor, r.status, r.gapSince])).toEqual([
      ['Mangel', 'INCOMPLETE', '2024-06-01'],
      ['Ingen', 'MISSING', '2025-05-01'],
      ['Udløbet', 'EXPIRED', '2025-12-31'],
      ['Ok', 'COMPLETE', null],
    ]);
    expect(rows.counts.MISSING).toBe(1);
  });
  it('names the exact clauses', () => {
    const gap = rows.rows[0];
    expect([gap.missing, gap.partial, gap.notAssessed]).toEqual([['ART28_3_G'], ['ART28_3_H'], ['ART28_9_WRITTEN_FORM']]);
    expect(gap.gapDays).toBe(638);
  });
  it('a complete DPA whose review is overdue is a gap since the due day', () => {
    const r = buildDpaGapReport('2026-03-01', [{ id: 'x', name: 'X', country: 'DK', role: 'PROCESSOR', engagementStart: null, agreements: [agreement({ reviewOverdue: true, reviewDueOn: '2026-01-01' })] }]);
    expect([r.rows[0].gapSince, r.rows[0].gapDays]).toEqual(['2026-01-01', 59]);
  });
});

const review = (extra: Partial<SupervisionReviewFacts>): SupervisionReviewFacts => ({
  id: 'r',
  kind: 'SUPERVISION',
  method: 'QUESTIONNAIRE',
  processorId: 'p',
  processor: 'P',
  riskLevel: 'HIGH',
  status: 'APPROVED',
  dueOn: '2026-02-01',
  completedOn: '2026-02-10',
  outcome: 'APPROVED_WITH_ACTIONS',
  findingCount: 1,
  actions: [
    { description: 'Ny ISAE 3402', dueOn: '2026-03-01', doneOn: null },
    { description: 'Opdater bilag', dueOn: null, doneOn: '2026-02-20' },
  ],
  ...extra,
});

describe('buildSupervisionReport', () => {
  const report = buildSupervisionReport('2026-01-01', '2026-03-31', [
    review({}),
    review({ id: 'open', status: 'OPEN', completedOn: null, outcome: null, dueOn: '2026-03-15', riskLevel: 'LOW', actions: [] }),
    review({ id: 'before', completedOn: '2025-12-01', dueOn: '2025-12-01', outcome: 'APPROVED', actions: [] }),
    review({ id: 'notyet', status: 'OPEN', completedOn: null, outcome: null, dueOn: '2026-05-01', actions: [] }),
  ]);
  it('counts done, late and overdue by risk level', () => {
    expect(report.done.map((r) => [r.id, r.daysLate])).toEqual([['r', 9]]);
    expect(report.overdue.map((r) => [r.id, r.daysOverdue])).toEqual([['open', 16]]);
    expect(report.byRisk.map((r) => [r.riskLevel, r.done, r.doneLate, r.overdue, r.approvedWithActions, r.openActions])).toEqual([
      ['CRITICAL', 0, 0, 0, 0, 0],
      ['HIGH', 1, 1, 0, 1, 1],
      ['MEDIUM', 0, 0, 0, 0, 0],
      ['LOW', 0, 0, 1, 0, 0],
    ]);
  });
  it('lists open follow-up actions with whether they are late', () => {
    expect(report.openActions).toEqual([{ reviewId: 'r', processor: 'P', riskLevel: 'HIGH', description: 'Ny ISAE 3402', dueOn: '2026-03-01', overdue: true }]);
  });
});

describe('buildErasureReport', () => {
  const notice = (extra: object) => ({ recipient: 'Fjordsoft', channel: 'EMAIL' as const, status: 'CONFIRMED' as const, sentOn: '2026-02-02', answeredOn: '2026-02-05', deadlineOn: '2026-02-16', exceptionReason: null, ...extra });
  const report = buildErasureReport('2026-02-01', '2026-02-28', [
    { id: 'aaaaaaaa-1111-4111-8111-111111111111', source: 'DATA_SUBJECT_REQUEST', receivedOn: '2026-02-01', deadlineOn: '2026-03-01', decision: 'APPROVE', completedOn: '2026-02-20', notices: [notice({}), notice({ answeredOn: '2026-02-20' }), notice({ status: 'EXCEPTION', answeredOn: null, exceptionReason: 'Ophørt virksomhed' })] },
    { id: 'bbbbbbbb-2222-4222-8222-222222222222', source: 'RETENTION_EXPIRY', receivedOn: '2026-02-10', deadlineOn: '2026-03-10', decision: null, completedOn: null, notices: [notice({ status: 'SENT', answeredOn: null })] },
    { id: 'cccccccc-3333-4333-8333-333333333333', source: 'DATA_SUBJECT_REQUEST', receivedOn: '2026-03-02', deadlineOn: '2026-04-02', decision: null, completedOn: null, notices: [] },
  ]);
  it('counts requests, notices and answer times in the period', () => {
    expect([report.requests, report.completed, report.completedInTime, report.notices, report.answered, report.answeredInTime]).toEqual([2, 1, 1, 4, 2, 1]);
    expect(report.bySource).toEqual({ DATA_SUBJECT_REQUEST: 1, RETENTION_EXPIRY: 1 });
    expect(report.byDecision).toEqual({ APPROVE: 1, UNDECIDED: 1 });
    expect(report.answerDays).toEqual({ median: 3, p90: 18, max: 18 });
    expect(report.rows.map((r) => [r.request, r.outstanding, r.daysToComplete])).toEqual([
      ['AAAAAAAA', 0, 19],
      ['BBBBBBBB', 1, null],
    ]);
    expect(report.exceptions).toEqual([{ request: 'AAAAAAAA', recipient: 'Fjordsoft', reason: 'Ophørt virksomhed' }]);
  });
  it.each([
    { id: '0f1e2d3c-0000-4000-8000-000000000000', ref: '0F1E2D3C' },
    { id: 'abcdef01-2345-4678-9abc-def012345678', ref: 'ABCDEF01' },
  ])('request $id is referred to as $ref', ({ id, ref }) => expect(requestReference(id)).toBe(ref));
});

describe('buildTransferRegister', () => {
  const t = (id: string, status: TransferRegisterFacts['status'], extra: Partial<TransferRegisterFacts> = {}): TransferRegisterFacts => ({
    id,
    exporter: null,
    importer: id,
    importerRole: 'PROCESSOR',
    destinationCountry: 'US',
    accessKind: 'STORAGE',
    dataCategories: ['IDENTITY'],
    frequency: 'SYSTEMATIC',
    purpose: '',
    mechanism: 'SCC',
    sccModule: 2,
    derogationGround: null,
    startedOn: '2025-01-01',
    endedOn: null,
    status,
    findings: [],
    tia: null,
    tiaRequired: true,
    ...extra,
  });
  it('orders the worst first and leaves out transfers not yet started', () => {
    const r = buildTransferRegister('2026-03-01', [
      t('ok', 'COMPLIANT'),
      t('bad', 'NON_COMPLIANT', { findings: [{ code: 'TIA_MISSING', severity: 'WARNING' }, { code: 'SCC_NOT_SIGNED', severity: 'BLOCKER' }] }),
      t('risk', 'AT_RISK', { destinationCountry: 'IN' }),
      t('later', 'COMPLIANT', { startedOn: '2026-03-02' }),
    ]);
    expect(r.rows.map((x) => x.id)).toEqual(['bad', 'risk', 'ok']);
    expect(r.rows[0].findings.map((f) => f.code)).toEqual(['SCC_NOT_SIGNED', 'TIA_MISSING']);
    expect(r.counts).toEqual({ NON_COMPLIANT: 1, AT_RISK: 1, COMPLIANT: 1, NOT_A_TRANSFER: 0 });
  });
});
