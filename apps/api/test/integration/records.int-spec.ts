import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { countRows, startTestApp, type GqlClient, type TestApp } from '../utils/test-app.js';

let t: TestApp;
let vm: GqlClient;
let dpo: GqlClient;
let admin: GqlClient;
let auditor: GqlClient;
let processorA: string;
let processorB: string;

const MISSING = '00000000-0000-4000-8000-000000000000';

beforeAll(async () => {
  t = await startTestApp();
  [vm, dpo, admin, auditor] = await Promise.all([t.as('VENDOR_MANAGER'), t.as('REVIEWER'), t.as('ADMIN'), t.as('AUDITOR')]);
  const make = async (name: string) =>
    (await vm.ok<{ createProcessor: { id: string } }>(`mutation($name: String!) { createProcessor(name: $name, establishmentCountry: "DK", serviceKind: SAAS) { id } }`, { name })).createProcessor.id;
  processorA = await make('Brevservice A/S');
  processorB = await make('Arkiv ApS');
});
afterAll(() => t.close());

const ACTIVITY = 'id name purposes legalBasis dataSubjectCategories dataCategories processorIds otherRecipients securityMeasures notes endedOn version';
const RULE = 'id activityId label dataCategories period unit trigger legalReference version';
const ENGAGEMENT =
  'id clientName clientRegistrationNumber clientContact clientDpoContact processingCategories dataSubjectCategories dataCategories processorIds transfersNote securityMeasures agreementReference startedOn endedOn version';

type Activity = { id: string; name: string; version: number; processorIds: string[]; endedOn: string | null; notes: string | null };
type Rule = { id: string; activityId: string; label: string; period: number; unit: string; trigger: string; version: number };
type Engagement = { id: string; clientName: string; version: number; startedOn: string | null; endedOn: string | null };

const CREATE_ACTIVITY = `mutation($name: String!, $purposes: String!, $legalBasis: String, $dataCategories: [DataCategory!], $dataSubjectCategories: [DataSubjectCategory!], $processorIds: [ID!], $endedOn: String) {
  createProcessingActivity(name: $name, purposes: $purposes, legalBasis: $legalBasis, dataCategories: $dataCategories, dataSubjectCategories: $dataSubjectCategories, processorIds: $processorIds, endedOn: $endedOn) { ${ACTIVITY} }
}`;
const UPDATE_ACTIVITY = `mutation($id: ID!, $version: Int!, $name: String, $notes: String, $processorIds: [ID!], $endedOn: String) {
  updateProcessingActivity(id: $id, version: $version, name: $name, notes: $notes, processorIds: $processorIds, endedOn: $endedOn) { ${ACTIVITY} }
}`;
const CREATE_RULE = `mutation($activityId: ID!, $label: String!, $period: Int!, $unit: RetentionUnit!, $trigger: RetentionTrigger!, $dataCategories: [DataCategory!], $legalReference: String) {
  createRetentionRule(activityId: $activityId, label: $label, period: $period, unit: $unit, trigger: $trigger, dataCategories: $dataCategories, legalReference: $legalReference) { ${RULE} }
}`;
const CREATE_ENGAGEMENT = `mutation($clientName: String!, $processingCategories: String!, $processorIds: [ID!], $startedOn: String, $endedOn: String, $clientRegistrationNumber: String) {
  createClientEngagement(clientName: $clientName, processingCategories: $processingCategories, processorIds: $processorIds, startedOn: $startedOn, endedOn: $endedOn, clientRegistrationNumber: $clientRegistrationNumber) { ${ENGAGEMENT} }
}`;

async function activity(name: string, extra: Record<string, unknown> = {}): Promise<Activity> {
  return (await dpo.ok<{ createProcessingActivity: Activity }>(CREATE_ACTIVITY, { name, purposes: 'Inddrivelse af forfaldne fordringer for klienter', ...extra })).createProcessingActivity;
}

async function rule(activityId: string, extra: Record<string, unknown> = {}): Promise<Rule> {
  return (await dpo.ok<{ createRetentionRule: Rule }>(CREATE_RULE, { activityId, label: 'Sagsdata', period: 5, unit: 'YEARS', trigger: 'CASE_CLOSED', ...extra })).createRetentionRule;
}

async function auditActions(entityId: string): Promise<string[]> {
  return (await t.owner.query(`SELECT action FROM audit_event WHERE entity_id = $1 ORDER BY seq`, [entityId])).rows.map((r) => r.action as string);
}

async function auditChanges(entityId: string, action: string): Promise<Record<string, { before: unknown; after: unknown }>> {
  const res = await t.owner.query(`SELECT d.details FROM audit_event e JOIN audit_event_detail d ON d.event_id = e.id WHERE e.entity_id = $1 AND e.action = $2 ORDER BY e.seq DESC LIMIT 1`, [entityId, action]);
  return res.rows[0].details.changes;
}

describe('processing activities (Art. 30(1))', () => {
  it('creates, reads with its processors and retention rules, updates and deletes, each audited', async () => {
    const created = await activity('Inddrivelse', {
      legalBasis: 'Art. 6(1)(f); databeskyttelsesloven §11, stk. 2, nr. 3',
      dataCategories: ['IDENTITY', 'DEBT', 'CPR', 'DEBT'],
      dataSubjectCategories: ['DEBTORS', 'GUARANTORS'],
      processorIds: [processorA, processorB],
    });
    expect(created).toMatchObject({ name: 'Inddrivelse', dataCategories: ['IDENTITY', 'DEBT', 'CPR'], processorIds: [processorA, processorB], version: 1 });

    const [sag, bog] = [await rule(created.id), await rule(created.id, { label: 'Bogføringsbilag', period: 5, unit: 'YEARS', trigger: 'FINANCIAL_YEAR_END', legalReference: 'Bogføringsloven § 10' })];
    const read = await auditor.ok<{ ProcessingActivity: { retentionRules: Rule[]; processors: { id: string; name: string }[] } }>(
      `query($id: ID!) { ProcessingActivity(id: $id) { id retentionRules { ${RULE} } processors { id name } } }`,
      { id: created.id },
    );
    expect(read.ProcessingActivity.retentionRules.map((r) => r.id)).toEqual([bog.id, sag.id]);
    expect(read.ProcessingActivity.retentionRules[1]).toMatchObject({ label: 'Sagsdata', period: 5, unit: 'YEARS', trigger: 'CASE_CLOSED', activityId: created.id });
    expect(read.ProcessingActivity.processors).toEqual([
      { id: processorB, name: 'Arkiv ApS' },
      { id: processorA, name: 'Brevservice A/S' },
    ]);

    const updated = (await dpo.ok<{ updateProcessingActivity: Activity }>(UPDATE_ACTIVITY, { id: created.id, version: 1, notes: '  Gennemgået 2026  ', processorIds: [processorA] })).updateProcessingActivity;
    expect(updated).toMatchObject({ version: 2, notes: 'Gennemgået 2026', processorIds: [processorA] });
    expect(await auditChanges(created.id, 'processing_activity.update')).toEqual({
      notes: { before: null, after: 'Gennemgået 2026' },
      processorIds: { before: [processorA, processorB], after: [processorA] },
    });

    const byRules = await dpo.ok<{ allRetentionRules: Rule[]; _allRetentionRulesMeta: { count: number } }>(
      `query($f: RetentionRuleFilter) { allRetentionRules(filter: $f, sortField: "label") { id } _allRetentionRulesMeta(filter: $f) { count } }`,
      { f: { activityId: created.id } },
    );
    expect(byRules._allRetentionRulesMeta.count).toBe(2);

    const deleted = await admin.ok<{ deleteProcessingActivity: { id: string; retentionRules: Rule[] } }>(`mutation($id: ID!) { deleteProcessingActivity(id: $id) { id retentionRules { id } } }`, { id: created.id });
    expect(deleted.deleteProcessingActivity).toEqual({ id: created.id, retentionRules: [] });
    expect((await t.owner.query(`SELECT count(*)::int AS n FROM retention_rule WHERE activity_id = $1`, [created.id])).rows[0].n).toBe(0);
    expect(await auditActions(created.id)).toEqual(['processing_activity.create', 'processing_activity.update', 'processing_activity.delete']);
    expect(await auditActions(sag.id)).toEqual(['retention_rule.create']);
    const create = await auditChanges(created.id, 'processing_activity.create');
    expect(create.name).toEqual({ before: null, after: 'Inddrivelse' });
  });

  it('lists sorted and filtered: q, ids, active (in the record today), processor', async () => {
    const [a, b, c] = [
      await activity('Liste Bogføring', { processorIds: [processorB] }),
      await activity('Liste Telefonoptagelser', { endedOn: '2026-01-31' }),
      await activity('Liste Webanalyse', { endedOn: '2027-12-31' }),
    ];
    type Page = { allProcessingActivities: { id: string; name: string; processors: { name: string }[] }[]; _allProcessingActivitiesMeta: { count: number } };
    const list = (filter: Record<string, unknown>, sort = 'name', order = 'ASC') =>
      auditor.ok<Page>(
        `query($f: ProcessingActivityFilter, $s: String, $o: String) { allProcessingActivities(filter: $f, sortField: $s, sortOrder: $o, perPage: 50) { id name processors { name } } _allProcessingActivitiesMeta(filter: $f) { count } }`,
        { f: filter, s: sort, o: order },
      );
    expect((await list({ q: 'liste' })).allProcessingActivities.map((x) => x.name)).toEqual(['Liste Bogføring', 'Liste Telefonoptagelser', 'Liste Webanalyse']);
    expect((await list({ q: 'liste' }, 'name', 'DESC')).allProcessingActivities.map((x) => x.id)).toEqual([c.id, b.id, a.id]);
    expect((await list({ q: 'liste', active: true })).allProcessingActivities.map((x) => x.id)).toEqual([a.id, c.id]);
    expect((await list({ q: 'liste', active: false }))._allProcessingActivitiesMeta.count).toBe(1);
    expect((await list({ ids: [b.id, c.id] })).allProcessingActivities.map((x) => x.id)).toEqual([b.id, c.id]);
    const byProcessor = await list({ processorId: processorB });
    expect(byProcessor.allProcessingActivities.map((x) => x.id)).toContain(a.id);
    expect(byProcessor.allProcessingActivities.find((x) => x.id === a.id)!.processors).toEqual([{ name: 'Arkiv ApS' }]);
    expect((await list({ q: 'liste' }, 'updatedAt')).allProcessingActivities).toHaveLength(3);
    const bad = await auditor.post(`{ allProcessingActivities(sortField: "purposes") { id } }`);
    expect(bad.body.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'sortField', reason: 'UNKNOWN_SORT_FIELD' });
  });

  it.each([
    ['a blank name', { name: '   ' }, 'name', 'REQUIRED'],
    ['a name in use (whatever the case)', { name: 'DUBLET' }, 'name', 'ALREADY_IN_USE'],
    ['a name too long', { name: 'x'.repeat(201) }, 'name', 'TOO_LONG'],
    ['an unknown processor', { processorIds: ['PROCESSOR_A', MISSING] }, 'processorIds', 'UNKNOWN_ID'],
    ['an impossible end date', { endedOn: '2026-02-30' }, 'endedOn', 'INVALID_DATE'],
    ['an unknown data category', { dataCategories: ['DNA'] }, null, null],
  ])('refuses %s, naming the field, and writes nothing', async (_, extra, field, reason) => {
    await dpo.post(CREATE_ACTIVITY, { name: 'Dublet', purposes: 'Findes allerede' });
    const before = [await countRows(t.owner, 'processing_activity'), await countRows(t.owner, 'audit_event')];
    const vars: Record<string, unknown> = { name: 'Ny aktivitet', purposes: 'Formål', ...extra };
    if (Array.isArray(vars.processorIds)) vars.processorIds = (vars.processorIds as string[]).map((id) => (id === 'PROCESSOR_A' ? processorA : id));
    const res = await dpo.post(CREATE_ACTIVITY, vars);
    const error = res.body.errors?.[0];
    if (field) expect(error?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field, reason });
    else expect(error?.extensions?.code).toMatch(/BAD_USER_INPUT/);
    if (reason === 'UNKNOWN_ID') expect(error?.extensions?.params).toMatchObject({ index: 1, id: MISSING });
    expect(error?.message).toBeTruthy();
    expect([await countRows(t.owner, 'processing_activity'), await countRows(t.owner, 'audit_event')]).toEqual(before);
  });

  it('refuses clearing a required field and renaming onto another activity, naming the field', async () => {
    const [x] = [await activity('Omdøb X'), await activity('Omdøb Y')];
    const cleared = await dpo.post(`mutation($id: ID!) { updateProcessingActivity(id: $id, version: 1, purposes: " ") { id } }`, { id: x.id });
    expect(cleared.body.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'purposes', reason: 'REQUIRED' });
    const nulled = await dpo.post(`mutation($id: ID!) { updateProcessingActivity(id: $id, version: 1, dataCategories: null) { id } }`, { id: x.id });
    expect(nulled.body.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'dataCategories', reason: 'REQUIRED' });
    const taken = await dpo.post(UPDATE_ACTIVITY, { id: x.id, version: 1, name: 'omdøb y' });
    expect(taken.body.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'name', reason: 'ALREADY_IN_USE' });
    expect(taken.body.errors?.[0].message).toMatch(/allerede i brug/);
    const same = await dpo.ok<{ updateProcessingActivity: Activity }>(UPDATE_ACTIVITY, { id: x.id, version: 1, name: 'Omdøb X' });
    expect(same.updateProcessingActivity.version).toBe(1);
  });

  it('refuses a stale version with CONFLICT and keeps the newer change', async () => {
    const a = await activity('Konflikt');
    await dpo.ok(UPDATE_ACTIVITY, { id: a.id, version: 1, notes: 'Først' });
    const stale = await admin.post(UPDATE_ACTIVITY, { id: a.id, version: 1, notes: 'Sidst' });
    expect(stale.body.errors?.[0].extensions?.code).toBe('CONFLICT');
    const row = await t.owner.query(`SELECT notes, version FROM processing_activity WHERE id = $1`, [a.id]);
    expect(row.rows[0]).toEqual({ notes: 'Først', version: 2 });
    expect(await auditActions(a.id)).toEqual(['processing_activity.create', 'processing_activity.update']);
  });

  it('keeps a processor named in the record from being deleted from the register', async () => {
    const p = (await vm.ok<{ createProcessor: { id: string } }>(`mutation { createProcessor(name: "Navngivet ApS", establishmentCountry: "DK", serviceKind: SAAS) { id } }`)).createProcessor.id;
    const a = await activity('Navngiver', { processorIds: [p] });
    const refused = await admin.post(`mutation($id: ID!) { deleteProcessor(id: $id) { id } }`, { id: p });
    expect(refused.body.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'id', reason: 'INVALID_STATE', params: { state: 'NAMED_IN_RECORDS' } });
    await dpo.ok(UPDATE_ACTIVITY, { id: a.id, version: 1, processorIds: [] });
    await admin.ok(`mutation($id: ID!) { deleteProcessor(id: $id) { id } }`, { id: p });
  });

  it('lets everyone read but only the administrator and the DPO write', async () => {
    const a = await activity('Rettigheder');
    for (const client of [auditor, vm]) {
      const before = await countRows(t.owner, 'processing_activity');
      for (const [query, vars] of [
        [CREATE_ACTIVITY, { name: 'Forbudt', purposes: 'x' }],
        [UPDATE_ACTIVITY, { id: a.id, version: 1, notes: 'x' }],
        [`mutation($id: ID!) { deleteProcessingActivity(id: $id) { id } }`, { id: a.id }],
        [CREATE_RULE, { activityId: a.id, label: 'x', period: 1, unit: 'DAYS', trigger: 'RECORDED' }],
      ] as const) {
        expect((await client.post(query, vars)).body.errors?.[0].extensions?.code).toBe('FORBIDDEN');
      }
      expect(await countRows(t.owner, 'processing_activity')).toBe(before);
      const read = await client.ok<{ ProcessingActivity: { name: string } }>(`query($id: ID!) { ProcessingActivity(id: $id) { name } }`, { id: a.id });
      expect(read.ProcessingActivity.name).toBe('Rettigheder');
    }
    expect(await auditActions(a.id)).toEqual(['processing_activity.create']);
    const anonymous = await t.client().post(`{ allProcessingActivities { id } }`);
    expect(anonymous.body.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });
});

describe('retention rules (Art. 30(1)(f))', () => {
  it('creates, updates with CONFLICT on a stale version, deletes, each audited', async () => {
    const a = await activity('Opbevaring');
    const r = await rule(a.id, { dataCategories: ['DEBT', 'IDENTITY'], legalReference: ' Forældelsesloven § 3 ' });
    expect(r).toMatchObject({ label: 'Sagsdata', period: 5, unit: 'YEARS', trigger: 'CASE_CLOSED', legalReference: 'Forældelsesloven § 3', version: 1 });
    const UPDATE = `mutation($id: ID!, $version: Int!, $period: Int, $unit: RetentionUnit) { updateRetentionRule(id: $id, version: $version, period: $period, unit: $unit) { ${RULE} } }`;
    const updated = (await dpo.ok<{ updateRetentionRule: Rule }>(UPDATE, { id: r.id, version: 1, period: 36, unit: 'MONTHS' })).updateRetentionRule;
    expect(updated).toMatchObject({ period: 36, unit: 'MONTHS', version: 2 });
    expect(await auditChanges(r.id, 'retention_rule.update')).toEqual({ period: { before: 5, after: 36 }, unit: { before: 'YEARS', after: 'MONTHS' } });
    const stale = await admin.post(UPDATE, { id: r.id, version: 1, period: 10 });
    expect(stale.body.errors?.[0].extensions?.code).toBe('CONFLICT');
    const deleted = await dpo.ok<{ deleteRetentionRule: { id: string } }>(`mutation($id: ID!) { deleteRetentionRule(id: $id) { id } }`, { id: r.id });
    expect(deleted.deleteRetentionRule.id).toBe(r.id);
    expect(await auditActions(r.id)).toEqual(['retention_rule.create', 'retention_rule.update', 'retention_rule.delete']);
    const gone = await dpo.post(`query($id: ID!) { RetentionRule(id: $id) { id } }`, { id: r.id });
    expect(gone.body.errors?.[0].extensions?.code).toBe('NOT_FOUND');
  });

  it.each([
    ['a period of 0', { period: 0 }, 'period', 'OUT_OF_RANGE'],
    ['a period over 1200', { period: 1201 }, 'period', 'OUT_OF_RANGE'],
    ['a blank label', { label: '  ' }, 'label', 'REQUIRED'],
    ['an unknown activity', { activityId: MISSING }, 'activityId', 'UNKNOWN_ID'],
  ])('refuses %s, naming the field, and writes nothing', async (what, extra, field, reason) => {
    const a = await activity(`Regler: ${what}`);
    const before = [await countRows(t.owner, 'retention_rule'), await countRows(t.owner, 'audit_event')];
    const res = await dpo.post(CREATE_RULE, { activityId: a.id, label: 'Sagsdata', period: 5, unit: 'YEARS', trigger: 'CASE_CLOSED', ...extra });
    expect(res.body.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field, reason });
    if (field === 'period') expect(res.body.errors?.[0].extensions?.params).toMatchObject({ min: 1, max: 1200 });
    expect([await countRows(t.owner, 'retention_rule'), await countRows(t.owner, 'audit_event')]).toEqual(before);
  });

  it('refuses clearing the period of a rule', async () => {
    const r = await rule((await activity('Ryd periode')).id);
    const res = await dpo.post(`mutation($id: ID!) { updateRetentionRule(id: $id, version: 1, period: null) { id } }`, { id: r.id });
    expect(res.body.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'period', reason: 'REQUIRED' });
  });
});

describe('client engagements (Art. 30(2))', () => {
  it('creates, updates and deletes with the processors named, each audited', async () => {
    const created = (
      await dpo.ok<{ createClientEngagement: Engagement }>(CREATE_ENGAGEMENT, {
        clientName: 'Forsyning A/S',
        processingCategories: 'Fakturering og rykkere på vegne af klienten',
        processorIds: [processorA],
        startedOn: '2025-01-01',
        clientRegistrationNumber: ' 12345678 ',
      })
    ).createClientEngagement;
    expect(created).toMatchObject({ clientName: 'Forsyning A/S', startedOn: '2025-01-01', endedOn: null, version: 1 });
    const read = await auditor.ok<{ ClientEngagement: { processors: { id: string; name: string }[]; clientRegistrationNumber: string } }>(
      `query($id: ID!) { ClientEngagement(id: $id) { clientRegistrationNumber processors { id name } } }`,
      { id: created.id },
    );
    expect(read.ClientEngagement).toEqual({ clientRegistrationNumber: '12345678', processors: [{ id: processorA, name: 'Brevservice A/S' }] });
    const UPDATE = `mutation($id: ID!, $version: Int!, $endedOn: String, $startedOn: String) { updateClientEngagement(id: $id, version: $version, endedOn: $endedOn, startedOn: $startedOn) { ${ENGAGEMENT} } }`;
    const ended = (await dpo.ok<{ updateClientEngagement: Engagement }>(UPDATE, { id: created.id, version: 1, endedOn: '2026-06-30' })).updateClientEngagement;
    expect(ended).toMatchObject({ endedOn: '2026-06-30', version: 2 });

    // The end date is checked against the stored start, and a new start against the stored end.
    const before = await countRows(t.owner, 'audit_event');
    const early = await dpo.post(UPDATE, { id: created.id, version: 2, endedOn: '2024-12-31' });
    expect(early.body.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'endedOn', reason: 'AT_LEAST', params: { min: '2025-01-01' } });
    const late = await dpo.post(UPDATE, { id: created.id, version: 2, startedOn: '2026-07-01' });
    expect(late.body.errors?.[0].extensions).toMatchObject({ field: 'endedOn', reason: 'AT_LEAST' });
    expect(await countRows(t.owner, 'audit_event')).toBe(before);
    const stale = await admin.post(UPDATE, { id: created.id, version: 1, endedOn: '2026-12-31' });
    expect(stale.body.errors?.[0].extensions?.code).toBe('CONFLICT');

    // Ended 30 June; the test clock stands in November: no longer in the record.
    const list = (active: boolean) => auditor.ok<{ allClientEngagements: { id: string }[] }>(`query($a: Boolean) { allClientEngagements(filter: { q: "forsyning", active: $a }) { id } }`, { a: active });
    expect((await list(false)).allClientEngagements.map((e) => e.id)).toEqual([created.id]);
    expect((await list(true)).allClientEngagements).toEqual([]);

    await dpo.ok(`mutation($id: ID!) { deleteClientEngagement(id: $id) { id } }`, { id: created.id });
    expect(await auditActions(created.id)).toEqual(['client_engagement.create', 'client_engagement.update', 'client_engagement.delete']);
  });

  it.each([
    ['an end before the start', { startedOn: '2026-05-01', endedOn: '2026-04-30' }, 'endedOn', 'AT_LEAST'],
    ['an unknown sub-processor', { processorIds: [MISSING] }, 'processorIds', 'UNKNOWN_ID'],
    ['a blank client name', { clientName: '' }, 'clientName', 'REQUIRED'],
    ['an impossible start date', { startedOn: '2026-13-01' }, 'startedOn', 'INVALID_DATE'],
  ])('refuses %s, naming the field, and writes nothing', async (_, extra, field, reason) => {
    const before = [await countRows(t.owner, 'client_engagement'), await countRows(t.owner, 'audit_event')];
    const res = await dpo.post(CREATE_ENGAGEMENT, { clientName: 'Klient ApS', processingCategories: 'Fakturering', ...extra });
    expect(res.body.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field, reason });
    expect([await countRows(t.owner, 'client_engagement'), await countRows(t.owner, 'audit_event')]).toEqual(before);
  });

  it('refuses writes by the auditor', async () => {
    const res = await auditor.post(CREATE_ENGAGEMENT, { clientName: 'Klient ApS', processingCategories: 'Fakturering' });
    expect(res.body.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });
});

describe("the organisation's Art. 30(1)(a) details", () => {
  const DETAILS = 'organisationName organisationRegistrationNumber organisationAddress organisationEmail organisationPhone dpoName dpoEmail dpoPhone jointControllers securityMeasures version';
  const UPDATE = `mutation($version: Int!, $organisationName: String!, $organisationRegistrationNumber: String!, $organisationAddress: String!, $organisationEmail: String!, $organisationPhone: String!, $dpoName: String!, $dpoEmail: String!, $dpoPhone: String!, $jointControllers: String!, $securityMeasures: String!) {
    updateOrganisationDetails(version: $version, organisationName: $organisationName, organisationRegistrationNumber: $organisationRegistrationNumber, organisationAddress: $organisationAddress, organisationEmail: $organisationEmail, organisationPhone: $organisationPhone, dpoName: $dpoName, dpoEmail: $dpoEmail, dpoPhone: $dpoPhone, jointControllers: $jointControllers, securityMeasures: $securityMeasures) { ${DETAILS} }
  }`;
  const details = {
    organisationName: 'Nordisk Inkasso A/S',
    organisationRegistrationNumber: '12345678',
    organisationAddress: 'Havnegade 1, 1058 København K',
    organisationEmail: 'Privacy@Inkasso.example',
    organisationPhone: '+45 33 33 33 33',
    dpoName: 'Dorte Poulsen',
    dpoEmail: 'dpo@inkasso.example',
    dpoPhone: '',
    jointControllers: '',
    securityMeasures: 'Kryptering, adgangsstyring, logning',
  };
  type Settings = { organisationSettings: Record<string, unknown> & { version: number } };

  it('lets the DPO change them, audited; everyone reads them', async () => {
    const { version } = (await auditor.ok<Settings>(`{ organisationSettings { ${DETAILS} } }`)).organisationSettings;
    const saved = await dpo.ok<{ updateOrganisationDetails: Record<string, unknown> }>(UPDATE, { ...details, version });
    expect(saved.updateOrganisationDetails).toMatchObject({ ...details, organisationEmail: 'privacy@inkasso.example', version: version + 1 });
    const read = (await auditor.ok<Settings>(`{ organisationSettings { ${DETAILS} } }`)).organisationSettings;
    expect(read).toMatchObject({ dpoName: 'Dorte Poulsen', securityMeasures: 'Kryptering, adgangsstyring, logning' });
    const event = await t.owner.query(`SELECT d.details FROM audit_event e JOIN audit_event_detail d ON d.event_id = e.id WHERE e.action = 'organisation_details.update' ORDER BY e.seq DESC LIMIT 1`);
    expect(event.rows[0].details.changes.dpoName).toEqual({ before: '', after: 'Dorte Poulsen' });
    const stale = await dpo.post(UPDATE, { ...details, version });
    expect(stale.body.errors?.[0].extensions?.code).toBe('CONFLICT');
  });

  it.each([
    ['an invalid DPO e-mail', { dpoEmail: 'dpo at inkasso' }, 'dpoEmail', 'INVALID_EMAIL'],
    ['an invalid organisation e-mail', { organisationEmail: 'x@' }, 'organisationEmail', 'INVALID_EMAIL'],
    ['a blank name', { organisationName: '  ' }, 'organisationName', 'REQUIRED'],
    ['a phone number too long', { dpoPhone: '1'.repeat(51) }, 'dpoPhone', 'TOO_LONG'],
  ])('refuses %s, naming the field, and writes nothing', async (_, extra, field, reason) => {
    const before = (await auditor.ok<Settings>(`{ organisationSettings { ${DETAILS} } }`)).organisationSettings;
    const res = await dpo.post(UPDATE, { ...details, ...extra, version: before.version });
    expect(res.body.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field, reason });
    expect((await auditor.ok<Settings>(`{ organisationSettings { ${DETAILS} } }`)).organisationSettings).toEqual(before);
  });

  it('refuses the auditor and the vendor manager', async () => {
    for (const client of [auditor, vm]) {
      const res = await client.post(UPDATE, { ...details, version: 1 });
      expect(res.body.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    }
  });
});
