import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import nodemailer from 'nodemailer';
import { pino } from 'pino';
import { startMailSink } from '../../src/modules/mail/mail-sink.js';
import { startTestApp, type GqlClient, type TestApp } from '../utils/test-app.js';

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

const REVIEW = `id version kind method status dueOn dueState createdOn assigneeId intervalMonths outcome authorIds approvedById completedOn nextReviewId nextDueOn previousReviewId submissionGaps subjectLabel processorName
  checklist { key question explainIf answer note } actions { description ownerId dueOn } reminders { thresholdKey status recipients { userId email } escalation }`;
type Review = {
  id: string;
  version: number;
  kind: string;
  method: string | null;
  status: string;
  dueOn: string;
  dueState: string | null;
  createdOn: string;
  assigneeId: string | null;
  intervalMonths: number | null;
  outcome: string | null;
  authorIds: string[];
  approvedById: string | null;
  completedOn: string | null;
  nextReviewId: string | null;
  nextDueOn: string | null;
  previousReviewId: string | null;
  submissionGaps: string[];
  subjectLabel: string;
  processorName: string;
  checklist: { key: string; question: string; explainIf: string; answer: string | null; note: string | null }[];
  reminders: { thresholdKey: string; status: string; recipients: { userId: string; email: string }[]; escalation: boolean }[];
};

async function engagedProcessor(name: string, extra: Record<string, unknown> = {}, vm = vmDefault()): Promise<{ id: string; version: number; agreementId: string }> {
  const p = (
    await vm.ok<{ createProcessor: { id: string; version: number } }>(
      `mutation($name: String!, $ownerId: String, $dataCategories: [DataCategory!], $dataSubjectCount: Int, $engagementStart: String) {
        createProcessor(name: $name, establishmentCountry: "DK", serviceKind: SAAS, address: "Havnegade 1", privacyContactName: "DPO", engagementRole: PROCESSOR, engagementStart: $engagementStart,
          ownerId: $ownerId, dataCategories: $dataCategories, dataSubjectCount: $dataSubjectCount) { id version } }`,
      { name, ownerId: t.users.VENDOR_MANAGER.id, engagementStart: '2025-01-01', ...extra },
    )
  ).createProcessor;
  const a = (await vm.ok<{ createAgreement: { id: string; version: number } }>(`mutation($p: ID!) { createAgreement(processorId: $p, template: OWN_TEMPLATE, title: "DPA", reviewIntervalMonths: 12) { id version } }`, { p: p.id })).createAgreement;
  const signed = (await vm.ok<{ signAgreement: { id: string; version: number } }>(`mutation($id: ID!, $v: Int!) { signAgreement(id: $id, version: $v, on: "2025-01-01") { id version } }`, { id: a.id, v: a.version })).signAgreement;
  await vm.ok(`mutation($id: ID!, $v: Int!) { recordAgreementReview(id: $id, version: $v, on: "2025-12-01") { id } }`, { id: a.id, v: signed.version });
  return { ...p, agreementId: a.id };
}

function vmDefault(): GqlClient {
  return vm;
}

async function reviewsOf(processorId: string): Promise<Review[]> {
  return (await vm.ok<{ allReviews: Review[] }>(`query($p: ID!) { allReviews(filter: { processorId: $p }, sortField: "dueOn") { ${REVIEW} } }`, { p: processorId })).allReviews;
}

async function getReview(client: GqlClient, id: string): Promise<Review> {
  return (await client.ok<{ Review: Review }>(`query($id: ID!) { Review(id: $id) { ${REVIEW} } }`, { id })).Review;
}

async function fill(client: GqlClient, r: Review, outcome = 'APPROVED', extra: Record<string, unknown> = {}): Promise<Review> {
  // Each question answered the way that needs no explanation ("no" to incidents, "yes" to unchanged).
  const checklist = r.checklist.map((c) => ({ key: c.key, answer: c.explainIf === 'YES' ? 'NO' : 'YES' }));
  return (
    await client.ok<{ updateReview: Review }>(
      `mutation($id: ID!, $version: Int!, $checklist: [ChecklistItemInput!], $outcome: ReviewOutcome, $actions: [FollowUpActionInput!]) {
        updateReview(id: $id, version: $version, checklist: $checklist, outcome: $outcome, actions: $actions) { ${REVIEW} } }`,
      { id: r.id, version: r.version, checklist, outcome, ...extra },
    )
  ).updateReview;
}

async function act(client: GqlClient, mutation: 'submitReview' | 'approveReview' | 'startReview', r: { id: string; version: number }) {
  return client.post<Record<string, Review>>(`mutation($id: ID!, $version: Int!) { ${mutation}(id: $id, version: $version) { ${REVIEW} } }`, { id: r.id, version: r.version });
}

describe('planning and risk', () => {
  it('plans one yearly DPA review and one supervision per engaged processor, and planning again adds nothing', async () => {
    const p = await engagedProcessor('Planlagt Inkasso IT A/S', { dataCategories: ['CPR', 'DEBT', 'FINANCIAL'], dataSubjectCount: 50_000 });
    const created = (await vm.ok<{ planReviews: number }>('mutation { planReviews }')).planReviews;
    expect(created).toBeGreaterThanOrEqual(2);
    expect((await vm.ok<{ planReviews: number }>('mutation { planReviews }')).planReviews).toBe(0);
    const reviews = await reviewsOf(p.id);
    const dpa = reviews.find((r) => r.kind === 'ANNUAL_DPA_REVIEW')!;
    const supervision = reviews.find((r) => r.kind === 'SUPERVISION')!;
    // The DPA was last reviewed 2025-12-01: the yearly review falls due a year later.
    expect(dpa).toMatchObject({ dueOn: '2026-12-01', dueState: 'SCHEDULED', status: 'OPEN', assigneeId: t.users.VENDOR_MANAGER.id, intervalMonths: 12 });
    // CPR, debts and finances of 50,000 in a SaaS: HIGH risk, a yearly audit report.
    const risk = (await vm.ok<{ processorRisk: { level: string; computedLevel: string; score: number; factors: { factor: string; points: number }[]; cadence: { intervalMonths: number; methods: string[] }; supervisionDueOn: string } }>(
      `query($p: ID!) { processorRisk(processorId: $p) { level computedLevel score factors { factor value points } cadence { intervalMonths methods } supervisionDueOn } }`,
      { p: p.id },
    )).processorRisk;
    expect(risk).toMatchObject({ level: 'HIGH', computedLevel: 'HIGH', cadence: { intervalMonths: 12, methods: ['AUDIT_REPORT', 'QUESTIONNAIRE'] } });
    expect(risk.factors.reduce((n, f) => n + f.points, 0)).toBe(risk.score);
    expect(supervision).toMatchObject({ method: 'AUDIT_REPORT', intervalMonths: 12, dueOn: '2026-01-01' === supervision.dueOn ? '2026-01-01' : supervision.dueOn });
    expect(risk.supervisionDueOn).toBe(supervision.dueOn);
  });

  it('an override needs a reason, is audited, and changes the cadence; the open supervision follows it', async () => {
    const p = await engagedProcessor('Overstyret Print ApS');
    await vm.ok('mutation { planReviews }');
    const supervisionOf = async () => (await reviewsOf(p.id)).find((r) => r.kind === 'SUPERVISION')!;
    // LOW: a self-assessment every third year from the engagement's start.
    expect(await supervisionOf()).toMatchObject({ intervalMonths: 36, dueOn: '2028-01-01' });
    const refused = await dpo.post(`mutation($p: ID!, $v: Int!) { overrideProcessorRisk(processorId: $p, version: $v, level: CRITICAL) { level } }`, { p: p.id, v: 1 });
    expect(refused.body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'reason' });
    const current = (await vm.ok<{ Processor: { version: number } }>(`query($id: ID!) { Processor(id: $id) { version } }`, { id: p.id })).Processor;
    const done = (await dpo.ok<{ overrideProcessorRisk: { level: string; computedLevel: string; overrideReason: string; cadence: { methods: string[] } } }>(
      `mutation($p: ID!, $v: Int!) { overrideProcessorRisk(processorId: $p, version: $v, level: CRITICAL, reason: "Handles health data of vulnerable debtors") { level computedLevel overrideReason cadence { methods } } }`,
      { p: p.id, v: current.version },
    )).overrideProcessorRisk;
    expect(done).toMatchObject({ level: 'CRITICAL', computedLevel: 'LOW', overrideReason: 'Handles health data of vulnerable debtors', cadence: { methods: ['AUDIT_REPORT', 'INSPECTION'] } });
    const audit = await t.owner.query(`SELECT d.details FROM audit_event e JOIN audit_event_detail d ON d.event_id = e.id WHERE e.action = 'processor.override_risk' AND e.entity_id = $1`, [p.id]);
    expect(audit.rows[0].details).toMatchObject({ from: null, to: 'CRITICAL' });
    // CRITICAL is yearly: a year after the start has passed, so it is due in 30 days, and the system says so in the audit trail.
    const replanned = await supervisionOf();
    expect(replanned).toMatchObject({ intervalMonths: 12, dueOn: '2026-12-21', status: 'OPEN' });
    const replannedAudit = await t.owner.query(`SELECT e.actor_type, d.details FROM audit_event e JOIN audit_event_detail d ON d.event_id = e.id WHERE e.action = 'review.replanned' AND e.entity_id = $1`, [replanned.id]);
    expect(replannedAudit.rows).toEqual([{ actor_type: 'SYSTEM', details: { riskLevel: 'CRITICAL', intervalMonths: { from: 36, to: 12 }, dueOn: { from: '2028-01-01', to: '2026-12-21' }, method: { from: 'SELF_ASSESSMENT', to: 'AUDIT_REPORT' } } }]);
    // The same version again is a conflict, not a lost update.
    const stale = await dpo.post(`mutation($p: ID!, $v: Int!) { overrideProcessorRisk(processorId: $p, version: $v, level: HIGH, reason: "x") { level } }`, { p: p.id, v: current.version });
    expect(stale.body.errors?.[0]?.extensions?.code).toBe('CONFLICT');
  });

  it('an overdue supervision is a processor finding (SUPERVISION_OVERDUE)', async () => {
    const p = await engagedProcessor('Forsinket Tilsyn A/S');
    await vm.ok(`mutation($p: ID!) { createReview(kind: SUPERVISION, subjectType: PROCESSOR, subjectId: $p, dueOn: "2026-10-01", method: QUESTIONNAIRE) { id } }`, { p: p.id });
    const res = await vm.ok<{ Processor: { compliance: { own: { code: string; severity: string }[] } } }>(`query($id: ID!) { Processor(id: $id) { compliance { own { code severity } } } }`, { id: p.id });
    expect(res.Processor.compliance.own).toContainEqual({ code: 'SUPERVISION_OVERDUE', severity: 'WARNING' });
    const overdue = (await vm.ok<{ allReviews: Review[] }>(`query($p: ID!) { allReviews(filter: { processorId: $p, dueState: OVERDUE }) { id kind method intervalMonths } }`, { p: p.id })).allReviews;
    // Created by hand without an interval: the processor's cadence (LOW, every third year); the chosen method stays.
    expect(overdue).toMatchObject([{ kind: 'SUPERVISION', method: 'QUESTIONNAIRE', intervalMonths: 36 }]);
  });
});

describe('a review from start to the next one', () => {
  it('names the first missing item, refuses the author as approver, freezes on approval and schedules the next from the completion day', async () => {
    const p = await engagedProcessor('Firestep Hosting A/S');
    // Due 1 October, completed 21 November (START): the next one is due 21 November next year.
    const created = (await vm.ok<{ createReview: Review }>(`mutation($a: ID!, $u: ID) { createReview(kind: ANNUAL_DPA_REVIEW, subjectType: AGREEMENT, subjectId: $a, dueOn: "2026-10-01", assigneeId: $u) { ${REVIEW} } }`, { a: p.agreementId, u: t.users.REVIEWER.id })).createReview;
    expect(created).toMatchObject({ status: 'OPEN', dueState: 'OVERDUE', intervalMonths: 12, subjectLabel: 'Databehandleraftale v1 – DPA' });
    expect(created.checklist.map((c) => c.key)).toEqual(['PARTIES_UNCHANGED', 'PROCESSING_UNCHANGED', 'SUBPROCESSORS_UNCHANGED', 'CHAIN_CHANGES', 'INCIDENTS']);

    const early = await act(dpo, 'submitReview', created);
    expect(early.body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'checklist.PARTIES_UNCHANGED', reason: 'REQUIRED' });
    expect(early.body.errors?.[0]?.message).toMatch(/checklist/);

    // The DPO answers; a "yes" to incidents is the answer that needs a note.
    const no = await dpo.post(`mutation($id: ID!, $v: Int!, $c: [ChecklistItemInput!]) { updateReview(id: $id, version: $v, checklist: $c, outcome: APPROVED) { id } }`, {
      id: created.id,
      v: created.version,
      c: created.checklist.map((c) => ({ key: c.key, answer: c.key === 'INCIDENTS' || c.explainIf === 'NO' ? 'YES' : 'NO' })),
    });
    expect(no.body.errors).toBeUndefined();
    let r = await getReview(dpo, created.id);
    expect(r.submissionGaps).toEqual(['checklist.INCIDENTS.note']);
    r = await fill(dpo, r);
    expect(r).toMatchObject({ status: 'IN_PROGRESS', authorIds: [t.users.REVIEWER.id], submissionGaps: [] });
    r = (await act(dpo, 'submitReview', r)).body.data!.submitReview;
    expect(r.status).toBe('SUBMITTED');

    // Four eyes: the DPO wrote it, so the DPO may not approve it; the vendor manager has no right to.
    const own = await act(dpo, 'approveReview', r);
    expect(own.body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'approvedBy', reason: 'FOUR_EYES' });
    const vmTry = await act(vm, 'approveReview', r);
    expect(vmTry.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');

    const approved = (await act(admin, 'approveReview', r)).body.data!.approveReview;
    expect(approved).toMatchObject({ status: 'APPROVED', completedOn: '2026-11-21', approvedById: t.users.ADMIN.id, nextDueOn: '2027-11-21', dueState: null });
    const next = await getReview(vm, approved.nextReviewId!);
    expect(next).toMatchObject({ kind: 'ANNUAL_DPA_REVIEW', status: 'OPEN', dueOn: '2027-11-21', createdOn: '2026-11-21', previousReviewId: approved.id, assigneeId: t.users.REVIEWER.id });

    // Frozen: no edit, no second approval; the agreement counts as reviewed today.
    const edit = await vm.post(`mutation($id: ID!, $v: Int!) { updateReview(id: $id, version: $v, summary: "changed afterwards") { id } }`, { id: approved.id, v: approved.version });
    expect(edit.body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'status', reason: 'INVALID_STATE' });
    const again = await act(admin, 'approveReview', approved);
    expect(again.body.errors?.[0]?.extensions?.reason).toBe('INVALID_STATE');
    const agreement = await vm.ok<{ Agreement: { lastReviewedOn: string } }>(`query($id: ID!) { Agreement(id: $id) { lastReviewedOn } }`, { id: p.agreementId });
    expect(agreement.Agreement.lastReviewedOn).toBe('2026-11-21');
    const events = await t.owner.query(`SELECT action FROM audit_event WHERE entity_id = $1 ORDER BY seq`, [approved.id]);
    expect(events.rows.map((e: { action: string }) => e.action)).toEqual(['review.create', 'review.update', 'review.update', 'review.submit', 'review.approve']);
  });

  it('29 February plus a year is 28 February', async () => {
    t.clock.set(new Date('2028-02-29T10:00:00Z'));
    // Sessions from 2026 have long expired by then: sign in again.
    const [vm, dpo] = await Promise.all([t.as('VENDOR_MANAGER'), t.as('REVIEWER')]);
    try {
      const p = await engagedProcessor('Skudår ApS', {}, vm);
      const r0 = (await vm.ok<{ createReview: Review }>(`mutation($p: ID!) { createReview(kind: SUPERVISION, subjectType: PROCESSOR, subjectId: $p, dueOn: "2028-02-29", method: SELF_ASSESSMENT, intervalMonths: 12) { ${REVIEW} } }`, { p: p.id })).createReview;
      const filled = await fill(vm, r0);
      // A supervision needs its evidence: the answers or the report.
      expect(filled.submissionGaps).toEqual(['evidence']);
      const pdf = Buffer.from('%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n');
      const up = await fetch(`${t.url}/api/reviews/${r0.id}/documents`, { method: 'PUT', headers: { cookie: vm.cookie!, 'content-type': 'application/pdf', 'x-file-name': 'self-assessment.pdf', 'x-tilsyn-upload': '1' }, body: pdf });
      expect(up.status).toBe(201);
      const ready = await getReview(vm, r0.id);
      expect(ready.submissionGaps).toEqual([]);
      const submitted = (await act(vm, 'submitReview', ready)).body.data!.submitReview;
      const approved = (await act(dpo, 'approveReview', submitted)).body.data!.approveReview;
      expect(approved).toMatchObject({ completedOn: '2028-02-29', nextDueOn: '2029-02-28' });
    } finally {
      t.clock.set(new Date('2026-11-21T09:00:00Z'));
    }
  });

  it('sending back needs a comment and reopens it for the authors; two edits of one version conflict', async () => {
    const p = await engagedProcessor('Tilbagesendt ApS');
    const r0 = (await vm.ok<{ createReview: Review }>(`mutation($p: ID!) { createReview(kind: ONBOARDING, subjectType: PROCESSOR, subjectId: $p, dueOn: "2026-12-15") { ${REVIEW} } }`, { p: p.id })).createReview;
    const r1 = await fill(vm, r0);
    const stale = await vm.post(`mutation($id: ID!, $v: Int!) { updateReview(id: $id, version: $v, summary: "late edit") { id } }`, { id: r0.id, v: r0.version });
    expect(stale.body.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    const submitted = (await act(vm, 'submitReview', r1)).body.data!.submitReview;
    const empty = await dpo.post(`mutation($id: ID!, $v: Int!) { sendBackReview(id: $id, version: $v, comment: "  ") { id } }`, { id: submitted.id, v: submitted.version });
    expect(empty.body.errors?.[0]?.extensions).toMatchObject({ field: 'comment', reason: 'REQUIRED' });
    const back = await dpo.ok<{ sendBackReview: { status: string } }>(`mutation($id: ID!, $v: Int!) { sendBackReview(id: $id, version: $v, comment: "Attach the signed DPA") { status } }`, { id: submitted.id, v: submitted.version });
    expect(back.sendBackReview.status).toBe('SENT_BACK');
    const notes = await vm.ok<{ myNotifications: { kind: string; subjectId: string }[] }>('{ myNotifications { kind subjectId } }');
    expect(notes.myNotifications).toContainEqual({ kind: 'REVIEW_SENT_BACK', subjectId: submitted.id });
    // The auditor reads reviews but changes none.
    expect((await auditor.post(`mutation($id: ID!, $v: Int!) { startReview(id: $id, version: $v) { id } }`, { id: r0.id, v: 9 })).body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('refuses a review of an unknown subject or a second open one, naming the field', async () => {
    const p = await engagedProcessor('Dobbelt ApS');
    const unknown = await vm.post(`mutation { createReview(kind: SUPERVISION, subjectType: PROCESSOR, subjectId: "00000000-0000-4000-8000-000000000000", dueOn: "2027-01-01") { id } }`);
    expect(unknown.body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'subjectId' });
    await vm.ok(`mutation($p: ID!) { createReview(kind: SUPERVISION, subjectType: PROCESSOR, subjectId: $p, dueOn: "2027-01-01") { id } }`, { p: p.id });
    const twice = await vm.post(`mutation($p: ID!) { createReview(kind: SUPERVISION, subjectType: PROCESSOR, subjectId: $p, dueOn: "2027-02-01") { id } }`, { p: p.id });
    expect(twice.body.errors?.[0]?.extensions).toMatchObject({ field: 'subjectId', reason: 'ALREADY_IN_USE' });
    const badDate = await vm.post(`mutation($p: ID!) { createReview(kind: ONBOARDING, subjectType: PROCESSOR, subjectId: $p, dueOn: "2027-02-30") { id } }`, { p: p.id });
    expect(badDate.body.errors?.[0]?.extensions).toMatchObject({ field: 'dueOn' });
  });
});

describe('reminder rows (scan without the job system)', () => {
  it('stores each threshold once, whatever the number of scans, to the assignee; escalates to reviewers and administrators', async () => {
    const p = await engagedProcessor('Påmindet ApS');
    const r = (await vm.ok<{ createReview: Review }>(`mutation($p: ID!, $u: ID) { createReview(kind: ONBOARDING, subjectType: PROCESSOR, subjectId: $p, dueOn: "2026-11-28", assigneeId: $u) { id } }`, { p: p.id, u: t.users.VENDOR_MANAGER.id })).createReview;
    await admin.ok('mutation { runReminderScan }');
    await admin.ok('mutation { runReminderScan }');
    let rows = (await getReview(vm, r.id)).reminders;
    // Created today, 7 days before its due day: BEFORE_30 fell before it existed and is not sent.
    expect(rows.map((m) => m.thresholdKey)).toEqual(['BEFORE_7']);
    expect(rows[0].recipients.map((x) => x.userId)).toEqual([t.users.VENDOR_MANAGER.id]);
    const notes = await vm.ok<{ myNotifications: { kind: string; subjectId: string }[] }>('{ myNotifications { kind subjectId } }');
    expect(notes.myNotifications.filter((n) => n.kind === 'REMINDER' && n.subjectId === r.id)).toHaveLength(1);

    // Three weeks later nobody has acted: the due day, a week and two weeks overdue, and the escalation — each once.
    t.clock.set(new Date('2026-12-13T07:00:00Z'));
    const [vmLater, adminLater] = await Promise.all([t.as('VENDOR_MANAGER'), t.as('ADMIN')]);
    try {
      // Fresh sign-ins: the clock moved past the sessions' lifetime.
      await adminLater.ok('mutation { runReminderScan }');
      await adminLater.ok('mutation { runReminderScan }');
      rows = (await getReview(vmLater, r.id)).reminders;
      expect(rows.map((m) => m.thresholdKey)).toEqual(['BEFORE_7', 'DUE', 'OVERDUE_7', 'ESCALATE_14', 'OVERDUE_14']);
      const escalation = rows.find((m) => m.escalation)!;
      expect(escalation.recipients.map((x) => x.userId).sort()).toEqual([t.users.VENDOR_MANAGER.id, t.users.ADMIN.id, t.users.REVIEWER.id].sort());
      // Without SMTP and without the job system the rows wait as PENDING: nothing is lost.
      expect(rows.every((m) => m.status === 'PENDING')).toBe(true);
      // In the bell, the unread reminder is brought up to date rather than repeated; it names the processor.
      const bell = await vmLater.ok<{ myNotifications: { kind: string; subjectId: string; title: string }[] }>('{ myNotifications { kind subjectId title } }');
      const about = bell.myNotifications.filter((n) => n.subjectId === r.id && n.kind.startsWith('REMINDER'));
      expect(about.map((n) => [n.kind, n.title]).sort()).toEqual([
        ['REMINDER', 'Onboarding af databehandler – Påmindet ApS er 14 dage over fristen (2026-11-28)'],
        ['REMINDER_ESCALATION', 'Eskaleret: Onboarding af databehandler – Påmindet ApS er 14 dage over fristen (2026-11-28)'],
      ]);
    } finally {
      t.clock.set(new Date('2026-11-21T09:00:00Z'));
    }
  });

  it.each<[string, string, RegExp, RegExp]>([
    ['an interval of 0 months', 'mutation { updateSupervisionCadence(riskLevel: LOW, version: 1, methods: [SELF_ASSESSMENT], intervalMonths: 0, followUp: false) { version } }', /intervalMonths skal være mellem 1 og 60/, /intervalMonths must be between 1 and 60/],
    ['a reminder 0 days before', 'mutation { updateReminderSettings(version: 1, beforeDays: [0], onDueDay: true, overdueEveryDays: 7, escalateAfterDays: 14, mailFrom: "a@b.dk", renewalWindowDays: 90) { version } }', /beforeDays skal være mellem 1 og 365/, /beforeDays must be between 1 and 365/],
  ])('a number out of range (%s) is refused with its bounds in Danish and English', async (_, mutation, da, en) => {
    const res = await admin.post(mutation);
    expect(res.body.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
    expect(res.body.errors?.[0].message).toMatch(da);
    expect((await admin.post(mutation, {}, { 'accept-language': 'en' })).body.errors?.[0].message).toMatch(en);
  });

  it('approving a review voids its failed reminders; a retry of one is refused', async () => {
    const p = await engagedProcessor('Afsluttet Påmindelse ApS');
    let r = (await vm.ok<{ createReview: Review }>(`mutation($p: ID!) { createReview(kind: ONBOARDING, subjectType: PROCESSOR, subjectId: $p, dueOn: "2026-11-14") { ${REVIEW} } }`, { p: p.id })).createReview;
    const failed = (
      await t.owner.query(
        `INSERT INTO reminder (subject_type, subject_id, processor_id, due_on, threshold_key, threshold_on, status, attempts, message_id, last_response_code, created_at)
         VALUES ('REVIEW', $1, $2, '2026-11-14', 'OVERDUE_7', '2026-11-21', 'FAILED', 1, '<x@test>', 552, now()) RETURNING id`,
        [r.id, p.id],
      )
    ).rows[0].id as string;
    r = await fill(vm, r);
    r = (await act(vm, 'submitReview', r)).body.data!.submitReview;
    expect((await act(dpo, 'approveReview', r)).body.errors).toBeUndefined();
    expect((await t.owner.query('SELECT status FROM reminder WHERE id = $1', [failed])).rows[0].status).toBe('CANCELLED');
    // Even a failed row left from before (or set by hand) is not sent about a completed review.
    await t.owner.query(`UPDATE reminder SET status = 'FAILED' WHERE id = $1`, [failed]);
    const retry = await admin.post('mutation($id: ID!) { retryReminder(id: $id) { id } }', { id: failed });
    expect(retry.body.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'INVALID_STATE' });
  });

  it('the dashboard counts what needs action and links by filter', async () => {
    const d = (await auditor.ok<{ dashboard: { reviewsOverdue: number; reviewsDueSoon: number; processorsByRisk: { key: string; count: number }[]; byAssignee: { name: string; overdue: number }[] } }>(
      '{ dashboard { asOf reviewsOverdue reviewsDueSoon dpasExpiring dpasExpiringWithinDays failedReminders reviewsCompletedLastYear processorsByRisk { key count } processorsByStatus { key count } byAssignee { assigneeId name dueSoon overdue } } }',
    )).dashboard;
    const overdue = (await auditor.ok<{ _allReviewsMeta: { count: number } }>('{ _allReviewsMeta(filter: { dueState: OVERDUE }) { count } }'))._allReviewsMeta.count;
    expect(d.reviewsOverdue).toBe(overdue);
    expect(d.reviewsOverdue).toBeGreaterThan(0);
    // Each count is the list it links to: completed in the last twelve months, and nobody's reviews.
    const meta = async (filter: string) => (await auditor.ok<{ _allReviewsMeta: { count: number } }>(`{ _allReviewsMeta(filter: ${filter}) { count } }`))._allReviewsMeta.count;
    const completed = (d as unknown as { reviewsCompletedLastYear: number }).reviewsCompletedLastYear;
    expect(completed).toBeGreaterThan(0);
    expect(await meta('{ open: false, completedAfter: "2025-11-21" }')).toBe(completed);
    expect(await meta('{ open: false, completedAfter: "2099-01-01" }')).toBe(0);
    // DPAs ending within the renewals page's window: the setting, 90 days by default.
    expect((d as unknown as { dpasExpiringWithinDays: number }).dpasExpiringWithinDays).toBe(90);
    const renewals = (await auditor.ok<{ renewals: { reason: string }[] }>('{ renewals { reason } }')).renewals;
    expect((d as unknown as { dpasExpiring: number }).dpasExpiring).toBe(renewals.filter((r) => r.reason === 'ENDS').length);
    const unassignedOverdue = d.byAssignee.find((a) => (a as { assigneeId?: string | null }).assigneeId === null)?.overdue ?? 0;
    expect(await meta('{ dueState: OVERDUE, unassigned: true }')).toBe(unassignedOverdue);
    expect(await meta('{ dueState: OVERDUE, unassigned: false }')).toBe(overdue - unassignedOverdue);
    expect(d.processorsByRisk.map((x) => x.key)).toEqual(['LOW', 'MEDIUM', 'HIGH', 'CRITICAL']);
  });
});

describe('the demo mail sink', () => {
  it('keeps what it receives over SMTP, newest first, searchable by recipient or subject; a vendor manager may not read it', async () => {
    const sink = await startMailSink(t.dataSource, pino({ level: 'silent' }));
    try {
      const transport = nodemailer.createTransport({ url: sink.url } as never);
      await transport.sendMail({ from: 'tilsyn@inkasso.example', to: 'lars@inkasso.example', subject: 'Årlig gennemgang af databehandleraftale – Sink Print A/S forfalder om 7 dage (2027-05-05)', text: 'a' });
      await transport.sendMail({ from: 'tilsyn@inkasso.example', to: 'dpo@inkasso.example', subject: 'Tilsyn med databehandler – Sink Hosting A/S forfalder i dag (2027-05-05)', text: 'b' });
      transport.close();
      type Mail = { subject: string; recipients: string[] };
      const q = 'query($q: String) { allSinkMails(filter: { q: $q }, perPage: 50) { subject recipients } _allSinkMailsMeta(filter: { q: $q }) { count } }';
      const byName = await admin.ok<{ allSinkMails: Mail[]; _allSinkMailsMeta: { count: number } }>(q, { q: 'sink print' });
      expect(byName.allSinkMails.map((m) => m.recipients)).toEqual([['lars@inkasso.example']]);
      expect(byName._allSinkMailsMeta.count).toBe(1);
      const byRecipient = await admin.ok<{ allSinkMails: Mail[] }>(q, { q: 'dpo@inkasso' });
      expect(byRecipient.allSinkMails.map((m) => m.subject)).toEqual(['Tilsyn med databehandler – Sink Hosting A/S forfalder i dag (2027-05-05)']);
      // A percent sign is searched for, not a wildcard.
      expect((await admin.ok<{ allSinkMails: Mail[] }>(q, { q: '%' })).allSinkMails).toEqual([]);
      expect((await vm.post(q, { q: 'sink' })).body.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    } finally {
      await sink.close();
    }
  });
});
