import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  COMPLETED_REVIEW_STATUSES,
  DPA_REVIEW_INTERVAL_MONTHS,
  REVIEW_CHECKLISTS,
  can,
  copenhagenDate,
  countryName,
  dueState,
  isIsoDate,
  nextDueOn,
  REMINDER_KIND_TITLES,
  reviewActionRefusal,
  reviewSubmissionGaps,
  type Clock,
  type IsoDate,
  type Locale,
  type Permission,
  type ReviewAction,
  type ReviewKind,
  type ReviewSubjectType,
} from '@tilsyn/domain';
import { DataSource, In, type EntityManager } from 'typeorm';
import { requirePermission } from '../../common/access.js';
import type { RequestMeta } from '../../common/actor.js';
import { CLOCK } from '../../common/clock.js';
import { DomainException } from '../../common/domain-exception.js';
import { applyListArgs } from '../../common/list-args.js';
import { checkDocument } from '../agreements/document-type.js';
import { AgreementEntity } from '../agreements/agreement.entity.js';
import { AuditService, diff } from '../audit/audit.service.js';
import { NotificationsService } from '../notifications/notifications.service.js';
import { ProcessorEntity } from '../processors/processor.entity.js';
import { TiaEntity, TransferEntity } from '../transfers/transfer.entities.js';
import type { ApproveReviewArgs, CreateReviewArgs, ReviewFilter, ReviewListArgs, ReviewVersionArgs, SendBackReviewArgs, UpdateReviewArgs } from './dto/review.args.js';
import { ReminderEntity, ReviewDocumentEntity, ReviewEntity, SupervisionCadenceEntity, type ChecklistItemValue } from './review.entities.js';
import type { ReminderModel, ReviewModel } from './review.model.js';

const OPEN_STATUSES = ['OPEN', 'IN_PROGRESS', 'SUBMITTED', 'SENT_BACK'] as const;
const SORTABLE = { dueOn: 'r.dueOn', kind: 'r.kind', status: 'r.status', createdOn: 'r.createdOn', completedOn: 'r.completedOn', processorName: 'p.name' };

/** The subject a review is about, with the processor it belongs to and a label in words. */
export interface ReviewSubject {
  processorId: string;
  label: string;
}

export function reminderModel(r: ReminderEntity, processorName: string): ReminderModel {
  return { ...r, processorName, recipients: r.recipients ?? [] };
}

/**
 * Reviews with four eyes (design.md §3): whoever wrote in a review may not approve it; an approved
 * review is frozen, and approving it schedules the next one completion-anchored.
 */
@Injectable()
export class ReviewsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(CLOCK) private readonly clock: Clock,
    private readonly audit: AuditService,
    private readonly notifications: NotificationsService,
  ) {}

  today(): IsoDate {
    return copenhagenDate(this.clock.now());
  }

  /** Where a subject belongs; refuses an unknown one naming the field. */
  async subjectOf(em: EntityManager | DataSource, type: ReviewSubjectType, id: string, locale: Locale = 'da'): Promise<ReviewSubject> {
    if (type === 'PROCESSOR') {
      const p = await em.getRepository(ProcessorEntity).findOne({ where: { id }, select: { id: true, name: true } });
      if (!p) throw DomainException.badInput('subjectId', 'INVALID_VALUE');
      return { processorId: p.id, label: p.name };
    }
    if (type === 'AGREEMENT') {
      const a = await em.getRepository(AgreementEntity).findOne({ where: { id }, select: { id: true, processorId: true, versionNo: true, title: true } });
      if (!a) throw DomainException.badInput('subjectId', 'INVALID_VALUE');
      return { processorId: a.processorId, label: `${locale === 'da' ? 'Databehandleraftale' : 'DPA'} v${a.versionNo}${a.title ? ` – ${a.title}` : ''}` };
    }
    if (type === 'TRANSFER') {
      const t = await em.getRepository(TransferEntity).findOne({ where: { id }, select: { id: true, importerProcessorId: true, destinationCountry: true, purpose: true } });
      if (!t) throw DomainException.badInput('subjectId', 'INVALID_VALUE');
      return { processorId: t.importerProcessorId, label: `${locale === 'da' ? 'Overførsel til' : 'Transfer to'} ${countryName(t.destinationCountry, locale)}` };
    }
    const tia = await em.getRepository(TiaEntity).findOne({ where: { id }, select: { id: true, importerProcessorId: true, title: true, destinationCountry: true, versionNo: true } });
    if (!tia) throw DomainException.badInput('subjectId', 'INVALID_VALUE');
    return { processorId: tia.importerProcessorId, label: tia.title ?? `TIA ${countryName(tia.destinationCountry, locale)} v${tia.versionNo}` };
  }

  private async models(rows: ReviewEntity[], locale: Locale): Promise<ReviewModel[]> {
    if (rows.length === 0) return [];
    const ids = rows.map((r) => r.id);
    const userIds = [...new Set(rows.flatMap((r) => [r.assigneeId, r.approvedById, ...r.authorIds, ...r.actions.map((a) => a.ownerId)]).filter((x): x is string => !!x))];
    const nextIds = rows.map((r) => r.nextReviewId).filter((x): x is string => !!x);
    const [processors, users, docs, reminders, next] = await Promise.all([
      this.dataSource.getRepository(ProcessorEntity).find({ where: { id: In([...new Set(rows.map((r) => r.processorId))]) }, select: { id: true, name: true } }),
      userIds.length ? (this.dataSource.query('SELECT id, name FROM app_user WHERE id = ANY($1::uuid[])', [userIds]) as Promise<{ id: string; name: string }[]>) : Promise.resolve([]),
      this.dataSource.getRepository(ReviewDocumentEntity).find({ where: { reviewId: In(ids) }, order: { uploadedAt: 'ASC' } }),
      this.dataSource.getRepository(ReminderEntity).find({ where: { subjectType: 'REVIEW', subjectId: In(ids) }, order: { thresholdOn: 'ASC', thresholdKey: 'ASC' } }),
      nextIds.length ? this.dataSource.getRepository(ReviewEntity).find({ where: { id: In(nextIds) }, select: { id: true, dueOn: true } }) : Promise.resolve([]),
    ]);
    const pNames = new Map(processors.map((p) => [p.id, p.name]));
    const uNames = new Map(users.map((u) => [u.id, u.name]));
    const nextDue = new Map(next.map((n) => [n.id, n.dueOn]));
    const today = this.today();
    const labels = new Map<string, string>();
    for (const r of rows) {
      const key = `${r.subjectType}:${r.subjectId}`;
      if (!labels.has(key)) labels.set(key, await this.subjectOf(this.dataSource, r.subjectType, r.subjectId, locale).then((s) => s.label, () => r.subjectId));
    }
    return rows.map((r) => {
      const answers = new Map(r.checklist.map((c) => [c.key, c]));
      const completed = COMPLETED_REVIEW_STATUSES.includes(r.status);
      const evidence = docs.filter((d) => d.reviewId === r.id);
      return {
        ...r,
        subjectLabel: labels.get(`${r.subjectType}:${r.subjectId}`) ?? r.subjectId,
        processorName: pNames.get(r.processorId) ?? '',
        dueState: completed ? null : dueState(r.dueOn, today),
        assigneeName: r.assigneeId ? (uNames.get(r.assigneeId) ?? null) : null,
        checklist: REVIEW_CHECKLISTS[r.kind].map((q) => ({ key: q.key, question: q.text[locale], explainIf: q.explainIf, answer: answers.get(q.key)?.answer ?? null, note: answers.get(q.key)?.note ?? null })),
        actions: r.actions.map((a) => ({ ...a, ownerName: a.ownerId ? (uNames.get(a.ownerId) ?? null) : null })),
        authorNames: r.authorIds.map((id) => uNames.get(id) ?? id),
        approvedByName: r.approvedById ? (uNames.get(r.approvedById) ?? null) : null,
        nextDueOn: r.nextReviewId ? (nextDue.get(r.nextReviewId) ?? null) : null,
        submissionGaps: completed ? [] : reviewSubmissionGaps({ ...r, evidenceCount: evidence.length }),
        documents: evidence,
        reminders: reminders.filter((m) => m.subjectId === r.id).map((m) => reminderModel(m, pNames.get(r.processorId) ?? '')),
      };
    });
  }

  private query(filter: ReviewFilter | undefined) {
    const qb = this.dataSource.getRepository(ReviewEntity).createQueryBuilder('r').leftJoin(ProcessorEntity, 'p', 'p.id = r.processorId');
    const f = filter ?? {};
    const today = this.today();
    if (f.ids?.length) qb.andWhere('r.id IN (:...ids)', { ids: f.ids });
    if (f.kind) qb.andWhere('r.kind = :kind', { kind: f.kind });
    if (f.status) qb.andWhere('r.status = :status', { status: f.status });
    if (f.open === true) qb.andWhere('r.status IN (:...open)', { open: OPEN_STATUSES });
    if (f.open === false) qb.andWhere('r.status NOT IN (:...open)', { open: OPEN_STATUSES });
    if (f.processorId) qb.andWhere('r.processorId = :processorId', { processorId: f.processorId });
    if (f.subjectId) qb.andWhere('r.subjectId = :subjectId', { subjectId: f.subjectId });
    if (f.assigneeId) qb.andWhere('r.assigneeId = :assigneeId', { assigneeId: f.assigneeId });
    if (f.dueBefore) qb.andWhere('r.dueOn <= :dueBefore', { dueBefore: f.dueBefore });
    if (f.unassigned === true) qb.andWhere('r.assigneeId IS NULL');
    if (f.unassigned === false) qb.andWhere('r.assigneeId IS NOT NULL');
    if (f.completedAfter) qb.andWhere('r.completedOn > :completedAfter', { completedAfter: f.completedAfter });
    if (f.dueState) {
      qb.andWhere('r.status IN (:...openDue)', { openDue: OPEN_STATUSES });
      // The SQL form of dueState(): OVERDUE after the due day, DUE_SOON within 7 days.
      if (f.dueState === 'OVERDUE') qb.andWhere('r.dueOn < :today', { today });
      if (f.dueState === 'DUE_SOON') qb.andWhere("r.dueOn >= :today AND r.dueOn <= (:today::date + 7)", { today });
      if (f.dueState === 'SCHEDULED') qb.andWhere("r.dueOn > (:today::date + 7)", { today });
    }
    return qb;
  }

  async list(meta: RequestMeta, args: ReviewListArgs): Promise<ReviewModel[]> {
    requirePermission(meta, 'review.read');
    const rows = await applyListArgs(this.query(args.filter), args, SORTABLE, { field: 'dueOn', order: 'ASC' }).getMany();
    return this.models(rows, meta.locale);
  }

  async count(meta: RequestMeta, filter?: ReviewFilter): Promise<number> {
    requirePermission(meta, 'review.read');
    return this.query(filter).getCount();
  }

  async get(meta: RequestMeta, id: string): Promise<ReviewModel> {
    requirePermission(meta, 'review.read');
    const row = await this.dataSource.getRepository(ReviewEntity).findOneBy({ id });
    if (!row) throw DomainException.notFound('Review');
    return (await this.models([row], meta.locale))[0];
  }

  private async checkAssignee(em: EntityManager, assigneeId: string | null | undefined, field = 'assigneeId'): Promise<void> {
    if (!assigneeId) return;
    const rows = (await em.query('SELECT role FROM app_user WHERE id = $1 AND active', [assigneeId])) as { role: string }[];
    if (!rows[0] || !can(rows[0].role as never, 'review.write' as Permission)) throw DomainException.badInput(field, 'INVALID_VALUE');
  }

  /** The interval the next review of this kind is scheduled with. */
  async defaultInterval(em: EntityManager | DataSource, kind: ReviewKind, subjectType: ReviewSubjectType, subjectId: string, riskLevel?: string | null): Promise<number | null> {
    if (kind === 'ANNUAL_DPA_REVIEW') {
      if (subjectType === 'AGREEMENT') {
        const a = await em.getRepository(AgreementEntity).findOne({ where: { id: subjectId }, select: { id: true, reviewIntervalMonths: true } });
        return a?.reviewIntervalMonths ?? DPA_REVIEW_INTERVAL_MONTHS;
      }
      return DPA_REVIEW_INTERVAL_MONTHS;
    }
    if (kind === 'SUPERVISION' && riskLevel) {
      const c = await em.getRepository(SupervisionCadenceEntity).findOneBy({ riskLevel: riskLevel as never });
      return c?.intervalMonths ?? null;
    }
    if (kind === 'TIA_REEVALUATION' && subjectType === 'TIA') {
      const t = await em.getRepository(TiaEntity).findOne({ where: { id: subjectId }, select: { id: true, reevaluationMonths: true } });
      return t?.reevaluationMonths ?? 12;
    }
    return null;
  }

  /**
   * Inserts an open review unless one of the same kind is already open for the subject (a partial
   * unique index makes this safe from two processes at once). Returns the new id or null.
   */
  async insertOpen(
    em: EntityManager,
    input: { kind: ReviewKind; subjectType: ReviewSubjectType; subjectId: string; processorId: string; dueOn: IsoDate; createdOn: IsoDate; assigneeId: string | null; method?: string | null; intervalMonths: number | null; previousReviewId?: string | null },
  ): Promise<string | null> {
    const now = this.clock.now();
    const checklist: ChecklistItemValue[] = REVIEW_CHECKLISTS[input.kind].map((q) => ({ key: q.key, answer: null, note: null }));
    const rows = (await em.query(
      `INSERT INTO review (kind, method, subject_type, subject_id, processor_id, status, due_on, created_on, assignee_id, interval_months, checklist, previous_review_id, created_at, updated_at)
       VALUES ($1, $2, $3, $4, $5, 'OPEN', $6, $7, $8, $9, $10, $11, $12, $12)
       ON CONFLICT (kind, subject_type, subject_id) WHERE status IN ('OPEN', 'IN_PROGRESS', 'SUBMITTED', 'SENT_BACK') DO NOTHING
       RETURNING id`,
      [input.kind, input.method ?? null, input.subjectType, input.subjectId, input.processorId, input.dueOn, input.createdOn, input.assigneeId, input.intervalMonths, JSON.stringify(checklist), input.previousReviewId ?? null, now],
    )) as { id: string }[];
    return rows[0]?.id ?? null;
  }

  async create(meta: RequestMeta, args: CreateReviewArgs): Promise<ReviewModel> {
    requirePermission(meta, 'review.write');
    if (!isIsoDate(args.dueOn)) throw DomainException.badInput('dueOn', 'INVALID_DATE');
    if (args.kind === 'SUPERVISION' && args.subjectType !== 'PROCESSOR') throw DomainException.badInput('subjectType', 'INVALID_VALUE');
    if (args.kind === 'ANNUAL_DPA_REVIEW' && args.subjectType !== 'AGREEMENT') throw DomainException.badInput('subjectType', 'INVALID_VALUE');
    if (args.kind !== 'SUPERVISION' && args.method) throw DomainException.badInput('method', 'INVALID_VALUE');
    const id = await this.dataSource.transaction(async (em) => {
      const subject = await this.subjectOf(em, args.subjectType, args.subjectId);
      await this.checkAssignee(em, args.assigneeId);
      const interval = args.intervalMonths ?? (await this.defaultInterval(em, args.kind, args.subjectType, args.subjectId));
      const created = await this.insertOpen(em, {
        kind: args.kind,
        subjectType: args.subjectType,
        subjectId: args.subjectId,
        processorId: subject.processorId,
        dueOn: args.dueOn,
        createdOn: this.today(),
        assigneeId: args.assigneeId ?? null,
        method: args.method ?? null,
        intervalMonths: interval,
      });
      if (!created) throw DomainException.badInput('subjectId', 'ALREADY_IN_USE');
      await this.audit.record(em, meta, { action: 'review.create', entityType: 'Review', entityId: created, details: { kind: args.kind, subjectType: args.subjectType, subjectId: args.subjectId, dueOn: args.dueOn, assigneeId: args.assigneeId ?? null } });
      if (args.assigneeId) await this.notifyAssigned(em, created, args.assigneeId, args.kind, subject.label);
      return created;
    });
    return this.get(meta, id);
  }

  private async notifyAssigned(em: EntityManager, reviewId: string, assigneeId: string, kind: ReviewKind, label: string): Promise<void> {
    await this.notifications.notify(em, [assigneeId], {
      kind: 'REVIEW_ASSIGNED',
      subjectType: 'Review',
      subjectId: reviewId,
      titleDa: `Tildelt dig: ${REMINDER_KIND_TITLES[kind].da} – ${label}`,
      titleEn: `Assigned to you: ${REMINDER_KIND_TITLES[kind].en} – ${label}`,
      details: { reviewId, kind },
    });
  }

  async update(meta: RequestMeta, args: UpdateReviewArgs): Promise<ReviewModel> {
    return this.transition(meta, args, 'EDIT', 'review.update', 'review.write', async (em, before, actorId) => {
      const patch: Partial<ReviewEntity> = {};
      let wrote = false;
      if (args.assigneeId !== undefined) {
        await this.checkAssignee(em, args.assigneeId);
        patch.assigneeId = args.assigneeId;
      }
      if (args.dueOn !== undefined) {
        if (!args.dueOn || !isIsoDate(args.dueOn)) throw DomainException.badInput('dueOn', 'INVALID_DATE');
        patch.dueOn = args.dueOn;
      }
      if (args.intervalMonths !== undefined) patch.intervalMonths = args.intervalMonths;
      if (args.method !== undefined) {
        if (before.kind !== 'SUPERVISION' && args.method) throw DomainException.badInput('method', 'INVALID_VALUE');
        patch.method = args.method;
        wrote = true;
      }
      if (args.checklist != null) {
        const keys = new Set(REVIEW_CHECKLISTS[before.kind].map((q) => q.key));
        const seen = new Set<string>();
        for (const [i, c] of args.checklist.entries()) {
          if (!keys.has(c.key) || seen.has(c.key)) throw DomainException.badInput(`checklist.${i}.key`, 'INVALID_VALUE');
          seen.add(c.key);
        }
        const given = new Map(args.checklist.map((c) => [c.key, c]));
        patch.checklist = REVIEW_CHECKLISTS[before.kind].map((q) => ({ key: q.key, answer: given.get(q.key)?.answer ?? null, note: given.get(q.key)?.note?.trim() || null }));
        wrote = true;
      }
      if (args.findings != null) {
        patch.findings = args.findings.map((f, i) => {
          if (!f.description.trim()) throw DomainException.badInput(`findings.${i}.description`, 'REQUIRED');
          return { severity: f.severity, description: f.description.trim() };
        });
        wrote = true;
      }
      if (args.actions != null) {
        for (const [i, a] of args.actions.entries()) {
          if (!a.description.trim()) throw DomainException.badInput(`actions.${i}.description`, 'REQUIRED');
          if (a.ownerId) await this.checkAssignee(em, a.ownerId, `actions.${i}.ownerId`);
        }
        patch.actions = args.actions.map((a) => ({ description: a.description.trim(), ownerId: a.ownerId ?? null, dueOn: a.dueOn ?? null, doneOn: a.doneOn ?? null }));
        wrote = true;
      }
      if (args.summary !== undefined) {
        patch.summary = args.summary?.trim() || null;
        wrote = true;
      }
      if (args.outcome !== undefined) {
        patch.outcome = args.outcome;
        wrote = true;
      }
      if (wrote) {
        if (!before.authorIds.includes(actorId)) patch.authorIds = [...before.authorIds, actorId];
        if (before.status === 'OPEN') patch.status = 'IN_PROGRESS';
      }
      if (patch.assigneeId && patch.assigneeId !== before.assigneeId) {
        const subject = await this.subjectOf(em, before.subjectType, before.subjectId);
        await this.notifyAssigned(em, before.id, patch.assigneeId, before.kind, subject.label);
      }
      return patch;
    });
  }

  async start(meta: RequestMeta, args: ReviewVersionArgs): Promise<ReviewModel> {
    return this.transition(meta, args, 'START', 'review.start', 'review.write', () => ({ status: 'IN_PROGRESS' }));
  }

  async submit(meta: RequestMeta, args: ReviewVersionArgs): Promise<ReviewModel> {
    return this.transition(meta, args, 'SUBMIT', 'review.submit', 'review.write', async (em, before, actorId) => {
      const evidenceCount = await em.getRepository(ReviewDocumentEntity).countBy({ reviewId: before.id });
      const gaps = reviewSubmissionGaps({ ...before, evidenceCount });
      if (gaps.length) throw DomainException.badInput(gaps[0], 'REQUIRED');
      const reviewers = (await em.query("SELECT id FROM app_user WHERE active AND role IN ('ADMIN', 'REVIEWER') AND NOT (id = ANY($1::uuid[]))", [[...before.authorIds, actorId]])) as { id: string }[];
      const subject = await this.subjectOf(em, before.subjectType, before.subjectId);
      await this.notifications.notify(
        em,
        reviewers.map((r) => r.id),
        { kind: 'REVIEW_SUBMITTED', subjectType: 'Review', subjectId: before.id, titleDa: `Til godkendelse: ${subject.label}`, titleEn: `For approval: ${subject.label}`, details: { reviewId: before.id, kind: before.kind } },
      );
      return { status: 'SUBMITTED', authorIds: before.authorIds.includes(actorId) ? before.authorIds : [...before.authorIds, actorId], reviewComment: null };
    });
  }

  /**
   * Approves a submitted review with the outcome its author proposed: it is then completed and
   * frozen, and the next review of the same kind is scheduled the interval after today (the
   * completion date, not the old due date). A DPA review also records the agreement as reviewed.
   */
  async approve(meta: RequestMeta, args: ApproveReviewArgs): Promise<ReviewModel> {
    return this.transition(meta, args, 'APPROVE', 'review.approve', 'review.approve', async (em, before, actorId) => {
      const today = this.today();
      if (!before.outcome) throw DomainException.badInput('outcome', 'REQUIRED');
      let nextReviewId: string | null = null;
      // Out of the open statuses first, so the one-open-review-per-subject index admits the next.
      await em.query('UPDATE review SET status = $2 WHERE id = $1', [before.id, before.outcome]);
      if (before.intervalMonths) {
        nextReviewId = await this.insertOpenAfterCompletion(em, before, today);
      }
      if (before.kind === 'ANNUAL_DPA_REVIEW' && before.subjectType === 'AGREEMENT') {
        await em.query('UPDATE agreement SET last_reviewed_on = $2, version = version + 1, updated_at = $3 WHERE id = $1', [before.subjectId, today, this.clock.now()]);
      }
      // Done is done: reminders not yet sent, and failed ones awaiting a retry, are void now.
      await em.query("UPDATE reminder SET status = 'CANCELLED' WHERE subject_type = 'REVIEW' AND subject_id = $1 AND status IN ('PENDING', 'RETRYING', 'FAILED')", [before.id]);
      return { status: before.outcome, completedOn: today, approvedById: actorId, reviewComment: args.comment?.trim() || null, nextReviewId };
    });
  }

  private async insertOpenAfterCompletion(em: EntityManager, before: ReviewEntity, today: IsoDate): Promise<string | null> {
    // Completion-anchored (design.md §3): a late review does not shorten the next period.
    const id = await this.insertOpen(em, {
      kind: before.kind,
      subjectType: before.subjectType,
      subjectId: before.subjectId,
      processorId: before.processorId,
      dueOn: nextDueOn(today, before.intervalMonths!),
      createdOn: today,
      assigneeId: before.assigneeId,
      method: before.method,
      intervalMonths: before.intervalMonths,
      previousReviewId: before.id,
    });
    return id;
  }

  async sendBack(meta: RequestMeta, args: SendBackReviewArgs): Promise<ReviewModel> {
    if (!args.comment.trim()) throw DomainException.badInput('comment', 'REQUIRED');
    return this.transition(meta, args, 'SEND_BACK', 'review.send_back', 'review.approve', async (em, before) => {
      const subject = await this.subjectOf(em, before.subjectType, before.subjectId);
      await this.notifications.notify(em, [...before.authorIds, before.assigneeId], {
        kind: 'REVIEW_SENT_BACK',
        subjectType: 'Review',
        subjectId: before.id,
        titleDa: `Sendt tilbage: ${subject.label}`,
        titleEn: `Sent back: ${subject.label}`,
        details: { reviewId: before.id },
      });
      return { status: 'SENT_BACK', reviewComment: args.comment.trim() };
    });
  }

  private async transition(
    meta: RequestMeta,
    args: ReviewVersionArgs,
    action: ReviewAction,
    auditAction: string,
    permission: Permission,
    makePatch: (em: EntityManager, before: ReviewEntity, actorId: string) => Partial<ReviewEntity> | Promise<Partial<ReviewEntity>>,
  ): Promise<ReviewModel> {
    const actor = requirePermission(meta, permission);
    await this.dataSource.transaction(async (em) => {
      const before = await em.getRepository(ReviewEntity).createQueryBuilder('x').setLock('pessimistic_write').where('x.id = :id', { id: args.id }).getOne();
      if (!before) throw DomainException.notFound('Review');
      if (before.version !== args.version) throw DomainException.conflict('Review');
      const refusal = reviewActionRefusal(action, before.status, actor.id, before.authorIds);
      if (refusal === 'FOUR_EYES') throw DomainException.badInput('approvedBy', 'FOUR_EYES');
      if (refusal) throw DomainException.badInput('status', 'INVALID_STATE', { state: before.status });
      const patch = await makePatch(em, before, actor.id);
      const r = await em
        .createQueryBuilder()
        .update(ReviewEntity)
        .set({ ...patch, updatedAt: this.clock.now(), version: () => 'version + 1' } as never)
        .where('id = :id AND version = :version', { id: args.id, version: args.version })
        .execute();
      if (r.affected !== 1) throw DomainException.conflict('Review');
      const after = await em.getRepository(ReviewEntity).findOneByOrFail({ id: args.id });
      await this.audit.record(em, meta, {
        action: auditAction,
        entityType: 'Review',
        entityId: args.id,
        details: { changes: diff(before, after, ['status', 'assigneeId', 'dueOn', 'method', 'intervalMonths', 'checklist', 'findings', 'actions', 'outcome', 'completedOn', 'approvedById', 'reviewComment', 'nextReviewId']) },
      });
    });
    return this.get(meta, args.id);
  }

  async uploadDocument(meta: RequestMeta, reviewId: string, fileName: string, content: Buffer): Promise<ReviewDocumentEntity> {
    const actor = requirePermission(meta, 'review.write');
    const { type, fileName: safeName, sha256 } = checkDocument(content, fileName, 'evidence');
    return this.dataSource.transaction(async (em) => {
      const review = await em.getRepository(ReviewEntity).findOneBy({ id: reviewId });
      if (!review) throw DomainException.notFound('Review');
      if (COMPLETED_REVIEW_STATUSES.includes(review.status) || review.status === 'SUBMITTED') throw DomainException.badInput('status', 'INVALID_STATE', { state: review.status });
      const doc = em.create(ReviewDocumentEntity, { reviewId, fileName: safeName, contentType: type.contentType, sizeBytes: content.length, sha256, content, uploadedById: actor.id, uploadedAt: this.clock.now() });
      const saved = await em.save(doc);
      await em.query('UPDATE review SET author_ids = CASE WHEN $2::uuid = ANY(author_ids) THEN author_ids ELSE array_append(author_ids, $2::uuid) END, version = version + 1, updated_at = $3 WHERE id = $1', [reviewId, actor.id, this.clock.now()]);
      await this.audit.record(em, meta, { action: 'review.upload_document', entityType: 'Review', entityId: reviewId, details: { documentId: saved.id, fileName: safeName, sizeBytes: content.length, sha256 } });
      return saved;
    });
  }

  async downloadDocument(meta: RequestMeta, reviewId: string, documentId: string): Promise<ReviewDocumentEntity> {
    requirePermission(meta, 'review.read');
    const doc = await this.dataSource.getRepository(ReviewDocumentEntity).createQueryBuilder('d').addSelect('d.content').where('d.id = :documentId AND d.reviewId = :reviewId', { documentId, reviewId }).getOne();
    if (!doc) throw DomainException.notFound('ReviewDocument');
    return doc;
  }

  async deleteDocument(meta: RequestMeta, documentId: string): Promise<ReviewDocumentEntity> {
    requirePermission(meta, 'review.write');
    return this.dataSource.transaction(async (em) => {
      const doc = await em.getRepository(ReviewDocumentEntity).findOneBy({ id: documentId });
      if (!doc) throw DomainException.notFound('ReviewDocument');
      const review = await em.getRepository(ReviewEntity).findOneByOrFail({ id: doc.reviewId });
      if (COMPLETED_REVIEW_STATUSES.includes(review.status) || review.status === 'SUBMITTED') throw DomainException.badInput('status', 'INVALID_STATE', { state: review.status });
      await em.delete(ReviewDocumentEntity, { id: documentId });
      await em.query('UPDATE review SET version = version + 1, updated_at = $2 WHERE id = $1', [doc.reviewId, this.clock.now()]);
      await this.audit.record(em, meta, { action: 'review.delete_document', entityType: 'Review', entityId: doc.reviewId, details: { documentId, fileName: doc.fileName, sha256: doc.sha256 } });
      return doc;
    });
  }
}
