import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  DEFAULT_SUPERVISION_CADENCE,
  RISK_LEVELS,
  addDays,
  assessAgreement,
  assessRisk,
  assessTransfer,
  copenhagenDate,
  dueState,
  nextDueOn,
  replannedSupervisionDueOn,
  type Clock,
  type IsoDate,
  type ProcessorFacts,
  type RiskAssessment,
  type RiskLevel,
  type SupervisionMethod,
  type TransferStatus,
} from '@tilsyn/domain';
import { DataSource, In, type EntityManager } from 'typeorm';
import { requirePermission } from '../../common/access.js';
import type { RequestMeta } from '../../common/actor.js';
import { CLOCK } from '../../common/clock.js';
import { DomainException } from '../../common/domain-exception.js';
import { AgreementEntity } from '../agreements/agreement.entity.js';
import { AuditService, diff } from '../audit/audit.service.js';
import { ComplianceService, type FactsGraph } from '../compliance/compliance.service.js';
import { outstandingNoticeSql } from '../erasure/notice-sql.js';
import { ProcessorEntity } from '../processors/processor.entity.js';
import { OrganisationSettingsEntity } from '../reference/reference.entities.js';
import { TiaEntity } from '../transfers/transfer.entities.js';
import type { CreateReviewArgs, OverrideRiskArgs, UpdateCadenceArgs } from './dto/review.args.js';
import { ReminderEntity, SupervisionCadenceEntity } from './review.entities.js';
import type { DashboardModel, ProcessorRiskModel, RenewalModel, SupervisionCadenceModel } from './review.model.js';
import { ReviewsService, reminderModel } from './reviews.service.js';

const OPEN = "('OPEN', 'IN_PROGRESS', 'SUBMITTED', 'SENT_BACK')";

function chainDepth(p: ProcessorFacts, seen: Set<string> = new Set()): number {
  if (seen.has(p.id)) return 0;
  const next = new Set(seen).add(p.id);
  return p.subprocessors.reduce((deepest, s) => Math.max(deepest, 1 + chainDepth(s.processor, next)), 0);
}

function transfersBelow(p: ProcessorFacts, seen: Set<string> = new Set()): ProcessorFacts['transfers'] & object {
  if (seen.has(p.id)) return [];
  seen.add(p.id);
  return [...(p.transfers ?? []), ...p.subprocessors.flatMap((s) => transfersBelow(s.processor, seen))];
}

/**
 * A processor's risk on a day, from its loaded chain (packages/domain assessRisk), and the level
 * that governs: a reviewer's override first. Shared by the supervision plan and the reports.
 */
export function processorRiskOn(graph: FactsGraph, id: string, day: IsoDate): { risk: RiskAssessment; level: RiskLevel } | null {
  const facts = graph.facts.get(id);
  const entity = graph.processors.get(id);
  if (!facts || !entity) return null;
  const statuses: TransferStatus[] = transfersBelow(facts).map((t) => assessTransfer(t.facts, graph.context.decisions, day, graph.context.transferOptions).status);
  const risk = assessRisk({ dataCategories: entity.dataCategories, dataSubjectCount: entity.dataSubjectCount, transferStatuses: statuses, chainDepth: chainDepth(facts), serviceKind: entity.serviceKind });
  return { risk, level: entity.riskOverride ?? risk.level };
}

/**
 * Risk-based supervision (Datatilsynet 2021, "tilsyn med databehandlere"): each processor's risk
 * from the rules in packages/domain (or a reviewer's override, audited), the cadence an
 * administrator set for that level, and the planning that keeps one open review of each kind per
 * subject: a yearly DPA review for every engaged processor, supervision at the cadence, onboarding,
 * and TIA re-evaluations.
 */
/** An open supervision as planning reads it. */
interface OpenSupervisionRow {
  id: string;
  processor_id: string;
  due_on: string;
  interval_months: number | null;
  method: SupervisionMethod | null;
  version: number;
}

@Injectable()
export class SupervisionService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(CLOCK) private readonly clock: Clock,
    private readonly audit: AuditService,
    private readonly compliance: ComplianceService,
    private readonly reviews: ReviewsService,
  ) {}

  today(): IsoDate {
    return copenhagenDate(this.clock.now());
  }

  async cadences(): Promise<SupervisionCadenceModel[]> {
    const rows = await this.dataSource.getRepository(SupervisionCadenceEntity).find();
    const byLevel = new Map(rows.map((r) => [r.riskLevel, r]));
    return RISK_LEVELS.map((level) => byLevel.get(level) ?? { riskLevel: level, ...DEFAULT_SUPERVISION_CADENCE[level], version: 0 });
  }

  async updateCadence(meta: RequestMeta, args: UpdateCadenceArgs): Promise<SupervisionCadenceModel> {
    requirePermission(meta, 'reference.write');
    const saved = await this.dataSource.transaction(async (em) => {
      const before = await em.getRepository(SupervisionCadenceEntity).createQueryBuilder('c').setLock('pessimistic_write').where('c.riskLevel = :l', { l: args.riskLevel }).getOne();
      if (!before) throw DomainException.notFound('SupervisionCadence');
      if (before.version !== args.version) throw DomainException.conflict('SupervisionCadence');
      const methods = [...new Set(args.methods)];
      await em.update(SupervisionCadenceEntity, { riskLevel: args.riskLevel }, { methods, intervalMonths: args.intervalMonths, followUp: args.followUp, version: before.version + 1 });
      const after = await em.getRepository(SupervisionCadenceEntity).findOneByOrFail({ riskLevel: args.riskLevel });
      await this.audit.record(em, meta, { action: 'supervision_cadence.update', entityType: 'SupervisionCadence', entityId: null, details: { riskLevel: args.riskLevel, changes: diff(before, after, ['methods', 'intervalMonths', 'followUp']) } });
      return after;
    });
    // Open supervisions at this level follow the new interval now.
    await this.plan();
    return saved;
  }

  /** Risk of some processors (all when ids is null), with the breakdown and the cadence it calls for. */
  async risks(ids: readonly string[] | null, graph?: FactsGraph): Promise<ProcessorRiskModel[]> {
    const allIds = ids ?? ((await this.dataSource.query('SELECT id FROM processor')) as { id: string }[]).map((r) => r.id);
    if (allIds.length === 0) return [];
    const g = graph ?? (await this.compliance.loadGraph(allIds));
    const today = this.today();
    const [cadences, supervision, overriders] = await Promise.all([
      this.cadences(),
      this.dataSource.query(`SELECT id, processor_id, due_on::text AS due_on FROM review WHERE kind = 'SUPERVISION' AND status IN ${OPEN} AND processor_id = ANY($1::uuid[])`, [allIds]) as Promise<{ id: string; processor_id: string; due_on: string }[]>,
      this.dataSource.query('SELECT u.id, u.name FROM app_user u WHERE u.id IN (SELECT risk_override_by_id FROM processor WHERE id = ANY($1::uuid[]))', [allIds]) as Promise<{ id: string; name: string }[]>,
    ]);
    const cadenceOf = new Map(cadences.map((c) => [c.riskLevel, c]));
    const assessments = this.compliance.assessGraph(g, allIds, today);
    const names = new Map(overriders.map((u) => [u.id, u.name]));
    const out: ProcessorRiskModel[] = [];
    for (const id of allIds) {
      const entity = g.processors.get(id);
      const assessed = processorRiskOn(g, id, today);
      if (!entity || !assessed) continue;
      const { risk, level } = assessed;
      const review = supervision.find((s) => s.processor_id === id);
      out.push({
        processorId: id,
        processorName: entity.name,
        status: assessments.get(id)?.status ?? 'COMPLIANT',
        computedLevel: risk.level,
        score: risk.score,
        factors: risk.factors,
        override: entity.riskOverride,
        overrideReason: entity.riskOverrideReason,
        overrideByName: entity.riskOverrideById ? (names.get(entity.riskOverrideById) ?? null) : null,
        overrideAt: entity.riskOverrideAt,
        level,
        cadence: cadenceOf.get(level)!,
        supervisionDueOn: review?.due_on ?? null,
        supervisionReviewId: review?.id ?? null,
        version: entity.version,
      });
    }
    return out;
  }

  async risk(meta: RequestMeta, processorId: string): Promise<ProcessorRiskModel> {
    requirePermission(meta, 'review.read');
    const [r] = await this.risks([processorId]);
    if (!r) throw DomainException.notFound('Processor');
    return r;
  }

  /** A reviewer overrides the computed level with a reason; null removes the override. Audited. */
  async overrideRisk(meta: RequestMeta, args: OverrideRiskArgs): Promise<ProcessorRiskModel> {
    const actor = requirePermission(meta, 'review.approve');
    const reason = args.reason?.trim() || null;
    if (args.level && !reason) throw DomainException.badInput('reason', 'REQUIRED');
    await this.dataSource.transaction(async (em) => {
      const before = await em.getRepository(ProcessorEntity).findOneBy({ id: args.processorId });
      if (!before) throw DomainException.notFound('Processor');
      const r = await em
        .createQueryBuilder()
        .update(ProcessorEntity)
        .set({ riskOverride: args.level ?? null, riskOverrideReason: args.level ? reason : null, riskOverrideById: args.level ? actor.id : null, riskOverrideAt: args.level ? this.clock.now() : null, updatedAt: this.clock.now(), version: () => 'version + 1' } as never)
        .where('id = :id AND version = :version', { id: args.processorId, version: args.version })
        .execute();
      if (r.affected !== 1) throw DomainException.conflict('Processor');
      await this.audit.record(em, meta, {
        action: 'processor.override_risk',
        entityType: 'Processor',
        entityId: args.processorId,
        details: { from: before.riskOverride, to: args.level ?? null, reason: args.level ? reason : null },
      });
    });
    // The open supervision follows the new cadence now, not at tomorrow's planning (this processor only).
    await this.plan(undefined, [args.processorId]);
    return this.risk(meta, args.processorId);
  }

  /**
   * Keeps the plan whole: for each engaged processor an open yearly DPA review on its governing
   * DPA (due when assessAgreement says), an open supervision at the cadence of its risk level
   * (due the interval after the last completed one, or the interval after the engagement began,
   * but not earlier than 30 days from now for a processor never supervised), an onboarding review
   * while it is being onboarded, and a re-evaluation for each approved TIA. Idempotent: a partial
   * unique index keeps one open review per kind and subject, so two processes may plan at once.
   */
  async plan(em?: EntityManager, onlyProcessorIds?: readonly string[]): Promise<number> {
    const run = async (tx: EntityManager): Promise<number> => {
      const today = this.today();
      const processors = await tx.getRepository(ProcessorEntity).find(onlyProcessorIds ? { where: { id: In([...onlyProcessorIds]) } } : {});
      const engaged = processors.filter((p) => p.engagementRole === 'PROCESSOR' && (!p.engagementStart || p.engagementStart <= today) && (!p.engagementEnd || p.engagementEnd >= today) && p.lifecycle !== 'OFFBOARDED');
      let created = 0;
      if (engaged.length === 0) return 0;
      const ids = engaged.map((p) => p.id);
      // One after another: a transaction is one connection, and pg refuses overlapping queries on it.
      const agreements = await tx.getRepository(AgreementEntity).find({ where: { processorId: In(ids) } });
      const risks = await this.risks(ids);
      const lastSupervision = (await tx.query(`SELECT processor_id, max(completed_on)::text AS completed_on FROM review WHERE kind = 'SUPERVISION' AND completed_on IS NOT NULL AND processor_id = ANY($1::uuid[]) GROUP BY processor_id`, [ids])) as { processor_id: string; completed_on: string }[];
      const tias = await tx.getRepository(TiaEntity).find({ where: { status: 'APPROVED' } });
      const openSupervision = (await tx.query(`SELECT id, processor_id, due_on::text AS due_on, interval_months, method, version FROM review WHERE kind = 'SUPERVISION' AND status = 'OPEN' AND processor_id = ANY($1::uuid[])`, [ids])) as OpenSupervisionRow[];
      for (const p of engaged) {
        const assignee = p.ownerId;
        const governing = agreements
          .filter((a) => a.processorId === p.id && a.signedOn && a.signedOn <= today && !a.terminatedOn)
          .sort((a, b) => b.versionNo - a.versionNo)[0];
        if (governing) {
          const result = assessAgreement({ ...governing, clauses: {} }, today);
          const due = result.reviewDueOn ?? addDays(today, 30);
          if (await this.reviews.insertOpen(tx, { kind: 'ANNUAL_DPA_REVIEW', subjectType: 'AGREEMENT', subjectId: governing.id, processorId: p.id, dueOn: due, createdOn: today, assigneeId: assignee, intervalMonths: governing.reviewIntervalMonths ?? 12 })) created++;
        }
        const risk = risks.find((r) => r.processorId === p.id);
        if (risk) {
          const last = lastSupervision.find((l) => l.processor_id === p.id)?.completed_on;
          const interval = risk.cadence.intervalMonths;
          const firstDue = p.engagementStart ? nextDueOn(p.engagementStart, interval) : addDays(today, 30);
          const due = last ? nextDueOn(last, interval) : firstDue < today ? addDays(today, 30) : firstDue;
          if (await this.reviews.insertOpen(tx, { kind: 'SUPERVISION', subjectType: 'PROCESSOR', subjectId: p.id, processorId: p.id, dueOn: due, createdOn: today, assigneeId: assignee, method: risk.cadence.methods[0], intervalMonths: interval })) created++;
          const open = openSupervision.find((o) => o.processor_id === p.id);
          const methodAllowed = !open?.method || risk.cadence.methods.includes(open.method);
          if (open && open.interval_months !== null && (open.interval_months !== interval || !methodAllowed)) {
            await this.replanSupervision(tx, open, last ?? p.engagementStart ?? null, interval, methodAllowed ? open.method : risk.cadence.methods[0], risk.level);
          }
        }
        if (p.lifecycle === 'ONBOARDING') {
          if (await this.reviews.insertOpen(tx, { kind: 'ONBOARDING', subjectType: 'PROCESSOR', subjectId: p.id, processorId: p.id, dueOn: p.engagementStart && p.engagementStart > today ? p.engagementStart : addDays(today, 14), createdOn: today, assigneeId: assignee, intervalMonths: null })) created++;
        }
      }
      for (const t of tias) {
        if (!t.approvedOn || !t.reevaluationMonths || !ids.includes(t.importerProcessorId)) continue;
        const owner = engaged.find((p) => p.id === t.importerProcessorId)?.ownerId ?? null;
        if (await this.reviews.insertOpen(tx, { kind: 'TIA_REEVALUATION', subjectType: 'TIA', subjectId: t.id, processorId: t.importerProcessorId, dueOn: nextDueOn(t.approvedOn, t.reevaluationMonths), createdOn: today, assigneeId: owner, intervalMonths: t.reevaluationMonths })) created++;
      }
      return created;
    };
    return em ? run(em) : this.dataSource.transaction(run);
  }

  /**
   * An open supervision nobody has started follows its processor's cadence when that changes (a
   * risk override, a new risk, the cadence setting): new interval, new due day
   * (replannedSupervisionDueOn). Audited as the system; the version guard leaves it alone if
   * someone edits it at the same moment.
   */
  private async replanSupervision(tx: EntityManager, open: OpenSupervisionRow, anchorOn: IsoDate | null, intervalMonths: number, method: string | null, riskLevel: string): Promise<void> {
    const dueOn = replannedSupervisionDueOn({ currentDueOn: open.due_on, anchorOn, previousIntervalMonths: open.interval_months, intervalMonths, today: this.today() });
    const [, affected] = (await tx.query(
      `UPDATE review SET interval_months = $3, due_on = $4, method = $5, version = version + 1, updated_at = $6 WHERE id = $1 AND version = $2 AND status = 'OPEN'`,
      [open.id, open.version, intervalMonths, dueOn, method, this.clock.now()],
    )) as [unknown, number];
    if (affected !== 1) return;
    await this.audit.record(
      tx,
      { actor: undefined, requestId: '' },
      { action: 'review.replanned', entityType: 'Review', entityId: open.id, details: { riskLevel, intervalMonths: { from: open.interval_months, to: intervalMonths }, dueOn: { from: open.due_on, to: dueOn }, method: { from: open.method, to: method } } },
      'SYSTEM',
    );
  }

  /**
   * A supervision created by hand without an interval or a method gets those its processor's risk
   * calls for (the cadence), so the next one is planned like any other; given values stay.
   */
  async withSupervisionDefaults(args: CreateReviewArgs): Promise<CreateReviewArgs> {
    if (args.kind !== 'SUPERVISION' || (args.intervalMonths != null && args.method)) return args;
    const exists = (await this.dataSource.query('SELECT 1 FROM processor WHERE id = $1', [args.subjectId])) as unknown[];
    if (exists.length === 0) return args;
    const [risk] = await this.risks([args.subjectId]);
    if (!risk) return args;
    return { ...args, intervalMonths: args.intervalMonths ?? risk.cadence.intervalMonths, method: args.method ?? risk.cadence.methods[0] };
  }

  async planNow(meta: RequestMeta): Promise<number> {
    requirePermission(meta, 'review.write');
    return this.dataSource.transaction(async (em) => {
      const created = await this.plan(em);
      await this.audit.record(em, meta, { action: 'review.plan', entityType: 'Review', entityId: null, details: { created } });
      return created;
    });
  }

  /**
   * An adequacy decision changed under some transfers (issue 4's re-evaluation): each gets an
   * ADEQUACY_CHANGE review due in 30 days, assigned to the transfer's owner.
   */
  async planAdequacyChange(em: EntityManager, transfers: readonly { id: string; importerProcessorId: string; ownerId: string | null }[]): Promise<number> {
    const today = this.today();
    let created = 0;
    for (const t of transfers) {
      if (await this.reviews.insertOpen(em, { kind: 'ADEQUACY_CHANGE', subjectType: 'TRANSFER', subjectId: t.id, processorId: t.importerProcessorId, dueOn: addDays(today, 30), createdOn: today, assigneeId: t.ownerId, intervalMonths: null })) created++;
    }
    return created;
  }

  async renewalWindowDays(): Promise<number> {
    const s = await this.dataSource.getRepository(OrganisationSettingsEntity).findOneBy({ id: 1 });
    return s?.renewalWindowDays ?? 90;
  }

  /**
   * DPAs to renew: the governing version of an engaged processor whose end date falls within the
   * renewal window, or which has no end date but whose yearly review is due soon or overdue.
   */
  async renewals(meta: RequestMeta): Promise<RenewalModel[]> {
    requirePermission(meta, 'agreement.read');
    const today = this.today();
    const windowDays = await this.renewalWindowDays();
    const rows = (await this.dataSource.query(
      `SELECT DISTINCT ON (a.processor_id) a.id FROM agreement a JOIN processor p ON p.id = a.processor_id
        WHERE p.engagement_role = 'PROCESSOR' AND a.signed_on IS NOT NULL AND a.terminated_on IS NULL
        ORDER BY a.processor_id, a.version_no DESC`,
    )) as { id: string }[];
    const agreements = await this.dataSource.getRepository(AgreementEntity).find({ where: { id: In(rows.map((r) => r.id)) } });
    const processors = new Map((await this.dataSource.getRepository(ProcessorEntity).find({ select: { id: true, name: true } })).map((p) => [p.id, p.name]));
    const out: RenewalModel[] = [];
    const openReviews = (await this.dataSource.query(`SELECT id, subject_id FROM review WHERE kind = 'ANNUAL_DPA_REVIEW' AND status IN ${OPEN}`)) as { id: string; subject_id: string }[];
    for (const a of agreements) {
      const result = assessAgreement({ ...a, clauses: {} }, today);
      let reason: string | null = null;
      let dueOn: string | null = null;
      if (a.endsOn && a.endsOn <= addDays(today, windowDays)) {
        reason = 'ENDS';
        dueOn = a.endsOn;
      } else if (!a.endsOn && result.reviewDueOn && result.reviewDueOn <= addDays(today, 30)) {
        reason = 'REVIEW_DUE';
        dueOn = result.reviewDueOn;
      }
      if (!reason || !dueOn) continue;
      out.push({
        agreementId: a.id,
        processorId: a.processorId,
        processorName: processors.get(a.processorId) ?? '',
        title: a.title,
        versionNo: a.versionNo,
        endsOn: a.endsOn,
        reviewDueOn: result.reviewDueOn,
        reason,
        dueOn,
        daysLeft: Math.round((Date.parse(dueOn) - Date.parse(today)) / 86_400_000),
        dueState: dueState(dueOn, today),
        openReviewId: openReviews.find((r) => r.subject_id === a.id)?.id ?? null,
        reminders: [],
      });
    }
    const reminders = out.length
      ? await this.dataSource.getRepository(ReminderEntity).find({ where: [{ subjectType: 'AGREEMENT_END', subjectId: In(out.map((r) => r.agreementId)) }, { subjectType: 'REVIEW', subjectId: In(out.map((r) => r.openReviewId).filter((x): x is string => !!x)) }], order: { thresholdOn: 'ASC' } })
      : [];
    for (const r of out) r.reminders = reminders.filter((m) => m.subjectId === r.agreementId || m.subjectId === r.openReviewId).map((m) => reminderModel(m, r.processorName));
    return out.sort((a, b) => a.dueOn.localeCompare(b.dueOn));
  }

  async dashboard(meta: RequestMeta): Promise<DashboardModel> {
    requirePermission(meta, 'review.read');
    const today = this.today();
    // The same window as the renewals page the count opens (a setting, 90 days unless changed).
    const windowDays = await this.renewalWindowDays();
    const [load, expiring, risks, failed, completed, erasure] = await Promise.all([
      this.dataSource.query(
        `SELECT r.assignee_id, coalesce(u.name, '') AS name,
                count(*) FILTER (WHERE r.due_on >= $1::date AND r.due_on <= $1::date + 7)::int AS due_soon,
                count(*) FILTER (WHERE r.due_on < $1::date)::int AS overdue
           FROM review r LEFT JOIN app_user u ON u.id = r.assignee_id
          WHERE r.status IN ${OPEN} AND r.due_on <= $1::date + 7
          GROUP BY r.assignee_id, u.name ORDER BY 4 DESC, 3 DESC, 2`,
        [today],
      ) as Promise<{ assignee_id: string | null; name: string; due_soon: number; overdue: number }[]>,
      this.dataSource.query(
        // The renewals page's "ends" rows exactly: ended and not renewed, or ending within the window.
        `SELECT count(*)::int AS n FROM (SELECT DISTINCT ON (a.processor_id) a.ends_on FROM agreement a JOIN processor p ON p.id = a.processor_id
            WHERE p.engagement_role = 'PROCESSOR' AND a.signed_on IS NOT NULL AND a.terminated_on IS NULL ORDER BY a.processor_id, a.version_no DESC) a
          WHERE a.ends_on IS NOT NULL AND a.ends_on <= $1::date + $2::int`,
        [today, windowDays],
      ) as Promise<{ n: number }[]>,
      this.risks(null),
      this.dataSource.query(`SELECT count(*)::int AS n FROM reminder WHERE status = 'FAILED'`) as Promise<{ n: number }[]>,
      this.dataSource.query(`SELECT count(*)::int AS n FROM review WHERE completed_on > $1::date - 365`, [today]) as Promise<{ n: number }[]>,
      // The same conditions as the erasure lists each count opens.
      this.dataSource.query(
        `SELECT (SELECT count(*)::int FROM erasure_request WHERE status = 'RECEIVED') AS to_decide,
                (SELECT count(*)::int FROM erasure_notice WHERE status = 'FAILED') AS failed,
                (SELECT count(*)::int FROM erasure_notice WHERE escalated_at IS NOT NULL AND ${outstandingNoticeSql()}) AS escalated`,
      ) as Promise<{ to_decide: number; failed: number; escalated: number }[]>,
    ]);
    const count = <T extends string>(keys: readonly T[], values: T[]) => keys.map((key) => ({ key, count: values.filter((v) => v === key).length }));
    return {
      asOf: today,
      reviewsDueSoon: load.reduce((n, r) => n + r.due_soon, 0),
      reviewsOverdue: load.reduce((n, r) => n + r.overdue, 0),
      byAssignee: load.map((r) => ({ assigneeId: r.assignee_id, name: r.name, dueSoon: r.due_soon, overdue: r.overdue })),
      dpasExpiring: expiring[0]?.n ?? 0,
      dpasExpiringWithinDays: windowDays,
      processorsByRisk: count(RISK_LEVELS, risks.map((r) => r.level)),
      processorsByStatus: count(['COMPLIANT', 'AT_RISK', 'NON_COMPLIANT'] as const, risks.map((r) => r.status as 'COMPLIANT')),
      failedReminders: failed[0]?.n ?? 0,
      reviewsCompletedLastYear: completed[0]?.n ?? 0,
      erasureRequestsToDecide: erasure[0]?.to_decide ?? 0,
      erasureNoticesFailed: erasure[0]?.failed ?? 0,
      erasureNoticesEscalated: erasure[0]?.escalated ?? 0,
    };
  }
}

