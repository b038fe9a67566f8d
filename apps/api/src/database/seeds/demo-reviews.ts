import { createHash } from 'node:crypto';
import { addDays, copenhagenDate, REVIEW_CHECKLISTS, remindersReached, type Clock, type ReviewKind, type RiskLevel, type SupervisionMethod } from '@tilsyn/domain';
import type { EntityManager } from 'typeorm';
import type { AuditService } from '../../modules/audit/audit.service.js';
import { AgreementEntity } from '../../modules/agreements/agreement.entity.js';
import { ProcessorEntity } from '../../modules/processors/processor.entity.js';
import { ReminderEntity, ReviewDocumentEntity, ReviewEntity } from '../../modules/reviews/review.entities.js';
import { UserEntity } from '../../modules/users/user.entity.js';

/** Data subjects per processor (a risk factor): the case system and hosting hold every debtor. */
const DATA_SUBJECTS: Record<string, number> = {
  'Nordlys Hosting A/S': 85_000,
  'Fjordsoft ApS': 85_000,
  'Kvist Print & Kuvertering ApS': 60_000,
  'BetalNu A/S': 12_000,
  'Telefonhuset Nord ApS': 40_000,
  'Baltic Collect UAB': 2_400,
  'Inkasso Nord AS': 1_800,
  'Forderungsdienst Hansa GmbH': 3_100,
  'Thames Debt Recovery Ltd': 900,
  'Maple Recovery Ltd.': 300,
  'Kalaallit Inkasso ApS': 650,
  'Pinewood Cloud Services Inc.': 85_000,
  'Lotus Support Services Pvt. Ltd.': 85_000,
};

/** Past supervision: completed so many days ago with this method and outcome. */
const PAST_SUPERVISION: { processor: string; daysAgo: number; method: SupervisionMethod; outcome: 'APPROVED' | 'APPROVED_WITH_ACTIONS'; report: string; exceptions?: string }[] = [
  { processor: 'Nordlys Hosting A/S', daysAgo: 320, method: 'AUDIT_REPORT', outcome: 'APPROVED', report: 'ISAE 3402 type 2, 1.1.–31.12.2025, blank konklusion' },
  { processor: 'Fjordsoft ApS', daysAgo: 250, method: 'AUDIT_REPORT', outcome: 'APPROVED_WITH_ACTIONS', report: 'ISAE 3000 type 2, 1.4.2025–31.3.2026, konklusion med forbehold', exceptions: 'Adgangsrettigheder ikke gennemgået kvartalsvis i 2 kvartaler.' },
  { processor: 'Kvist Print & Kuvertering ApS', daysAgo: 390, method: 'QUESTIONNAIRE', outcome: 'APPROVED', report: 'Spørgeskema besvaret og gennemgået; tilsynsbesøg ikke nødvendigt' },
  { processor: 'Baltic Collect UAB', daysAgo: 150, method: 'QUESTIONNAIRE', outcome: 'APPROVED', report: 'Spørgeskema på engelsk besvaret, politikker vedlagt' },
  { processor: 'Thames Debt Recovery Ltd', daysAgo: 60, method: 'SELF_ASSESSMENT', outcome: 'APPROVED', report: 'Selvevaluering modtaget' },
];

/** A tiny valid PDF as stand-in evidence (the demo never ships a real audit report). */
const EVIDENCE = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');

/**
 * A year of supervision for the demo (issue 5): data-subject counts, one risk override, completed
 * DPA reviews and supervisions with checklists, evidence and an approver other than the author,
 * one overdue supervision with its reminder history, and a reminder that failed (needs attention).
 * The planning and the first reminder scan then run as on any day, so the demo's open reviews and
 * today's e-mails come from the same code as production.
 */
export async function seedDemoReviews(em: EntityManager, clock: Clock, audit: AuditService, ids: Map<string, string>): Promise<void> {
  const meta = { actor: undefined, requestId: '' };
  const now = clock.now();
  const today = copenhagenDate(now);
  const daysAgo = (n: number) => addDays(today, -n);
  const vm = await em.getRepository(UserEntity).findOneByOrFail({ email: 'leverandor@demo.tilsyn.example' });
  const dpo = await em.getRepository(UserEntity).findOneByOrFail({ email: 'dpo@demo.tilsyn.example' });
  const admin = await em.getRepository(UserEntity).findOneByOrFail({ email: 'admin@demo.tilsyn.example' });

  for (const [name, count] of Object.entries(DATA_SUBJECTS)) {
    const id = ids.get(name);
    if (id) await em.update(ProcessorEntity, { id }, { dataSubjectCount: count });
  }
  const phone = ids.get('Telefonhuset Nord ApS')!;
  await em.update(ProcessorEntity, { id: phone }, { riskOverride: 'HIGH' as RiskLevel, riskOverrideReason: 'Samtaleoptagelser kan afsløre helbreds- og sociale forhold hos skyldnere (art. 9).', riskOverrideById: dpo.id, riskOverrideAt: now });
  await audit.record(em, meta, { action: 'processor.override_risk', entityType: 'Processor', entityId: phone, details: { from: null, to: 'HIGH', reason: 'Samtaleoptagelser kan afsløre helbreds- og sociale forhold hos skyldnere (art. 9).' } }, 'SYSTEM');

  const completed = async (kind: ReviewKind, subjectType: 'AGREEMENT' | 'PROCESSOR', subjectId: string, processorId: string, on: string, extra: Partial<ReviewEntity> = {}) => {
    const review = await em.save(
      em.create(ReviewEntity, {
        kind,
        subjectType,
        subjectId,
        processorId,
        status: extra.outcome ?? 'APPROVED',
        dueOn: addDays(on, 5),
        createdOn: addDays(on, -40),
        assigneeId: vm.id,
        intervalMonths: 12,
        // Every question answered the way that needs no explanation (no incidents, nothing changed).
        checklist: REVIEW_CHECKLISTS[kind].map((q) => ({ key: q.key, answer: q.explainIf === 'NO' ? ('YES' as const) : ('NO' as const), note: null })),
        findings: [],
        actions: [],
        summary: null,
        outcome: 'APPROVED',
        authorIds: [vm.id],
        approvedById: dpo.id,
        reviewComment: null,
        completedOn: on,
        previousReviewId: null,
        nextReviewId: null,
        version: 4,
        createdAt: now,
        updatedAt: now,
        ...extra,
      }),
    );
    await audit.record(em, meta, { action: 'demo.seed_review', entityType: 'Review', entityId: review.id, details: { kind, completedOn: on } }, 'SYSTEM');
    return review;
  };

  // Each DPA reviewed last year has its completed review on that day.
  const agreements = await em.getRepository(AgreementEntity).find();
  for (const a of agreements) {
    if (!a.lastReviewedOn || a.lastReviewedOn < daysAgo(400)) continue;
    await completed('ANNUAL_DPA_REVIEW', 'AGREEMENT', a.id, a.processorId, a.lastReviewedOn, { summary: 'Aftalen gennemgået; ingen ændringer i parter, behandling eller underdatabehandlere.' });
  }
  for (const s of PAST_SUPERVISION) {
    const processorId = ids.get(s.processor)!;
    // Exceptions noted and follow-up needed are answered "yes" (and explained) only where the report had some.
    const checklist = REVIEW_CHECKLISTS.SUPERVISION.map((q) => {
      const adverse = q.key === 'EXCEPTIONS_NOTED' || q.key === 'FOLLOW_UP' ? !!s.exceptions : false;
      const answer = q.explainIf === 'YES' ? (adverse ? ('YES' as const) : ('NO' as const)) : ('YES' as const);
      return { key: q.key, answer, note: q.key === 'PERIOD_COVERED' || q.key === 'AUDITOR_OPINION' ? s.report : adverse ? s.exceptions! : null };
    });
    const review = await completed('SUPERVISION', 'PROCESSOR', processorId, processorId, daysAgo(s.daysAgo), {
      method: s.method,
      checklist,
      outcome: s.outcome,
      status: s.outcome,
      summary: s.report,
      findings: s.exceptions ? [{ severity: 'MEDIUM', description: s.exceptions }] : [],
      actions: s.exceptions ? [{ description: 'Bed om dokumentation for kvartalsvis gennemgang af adgangsrettigheder', ownerId: vm.id, dueOn: daysAgo(s.daysAgo - 90), doneOn: daysAgo(s.daysAgo - 70) }] : [],
      intervalMonths: s.method === 'QUESTIONNAIRE' ? 24 : s.method === 'SELF_ASSESSMENT' ? 36 : 12,
    });
    await em.insert(ReviewDocumentEntity, {
      reviewId: review.id,
      fileName: s.method === 'AUDIT_REPORT' ? 'revisorerklaering.pdf' : 'besvarelse.pdf',
      contentType: 'application/pdf',
      sizeBytes: EVIDENCE.length,
      sha256: createHash('sha256').update(EVIDENCE).digest('hex'),
      content: EVIDENCE,
      uploadedById: vm.id,
      uploadedAt: now,
    });
  }

  // Kvist's questionnaire was due 20 days ago and is still open: its reminders so far went out.
  const kvist = ids.get('Kvist Print & Kuvertering ApS')!;
  const overdue = await em.save(
    em.create(ReviewEntity, {
      kind: 'SUPERVISION',
      method: 'QUESTIONNAIRE',
      subjectType: 'PROCESSOR',
      subjectId: kvist,
      processorId: kvist,
      status: 'IN_PROGRESS',
      dueOn: daysAgo(20),
      createdOn: daysAgo(60),
      assigneeId: vm.id,
      intervalMonths: 24,
      checklist: REVIEW_CHECKLISTS.SUPERVISION.map((q) => ({ key: q.key, answer: q.key === 'REPORT_RECEIVED' ? ('NO' as const) : null, note: q.key === 'REPORT_RECEIVED' ? 'Rykket for besvarelse pr. telefon.' : null })),
      findings: [],
      actions: [],
      summary: null,
      outcome: null,
      authorIds: [vm.id],
      approvedById: null,
      reviewComment: null,
      completedOn: null,
      previousReviewId: null,
      nextReviewId: null,
      version: 2,
      createdAt: now,
      updatedAt: now,
    }),
  );
  const history = remindersReached(overdue.dueOn, overdue.createdOn, daysAgo(1));
  for (const th of history) {
    const escalation = th.escalation;
    const recipients = (escalation ? [vm, dpo, admin] : [vm]).map((u) => ({ userId: u.id, email: u.email, locale: u.locale }));
    const failed = th.key === 'OVERDUE_7';
    const row = await em.save(
      em.create(ReminderEntity, {
        subjectType: 'REVIEW',
        subjectId: overdue.id,
        processorId: kvist,
        dueOn: overdue.dueOn,
        thresholdKey: th.key,
        thresholdOn: th.on,
        escalation,
        recipients,
        // One did not go out: the mail server refused it permanently, so it needs attention.
        status: failed ? 'FAILED' : 'SENT',
        attempts: 1,
        lastError: failed ? 'EENVELOPE 552' : null,
        lastResponseCode: failed ? 552 : null,
        messageId: '',
        createdAt: now,
        lastAttemptAt: now,
        sentAt: failed ? null : new Date(`${th.on}T05:00:00Z`),
      }),
    );
    await em.update(ReminderEntity, { id: row.id }, { messageId: `<reminder-${row.id}@localhost>` });
    if (failed) await audit.record(em, meta, { action: 'reminder.failed', entityType: 'Reminder', entityId: row.id, details: { error: 'EENVELOPE 552', responseCode: 552 } }, 'SYSTEM');
  }
}
