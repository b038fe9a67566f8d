import {
  addMonths,
  assessAgreement,
  copenhagenDate,
  linkExistedOn,
  type ActivityFacts,
  type ClauseAssessment,
  type ClientEngagementFacts,
  type DpaGapCode,
  type DpaProcessorFacts,
  type ErasureRequestFacts,
  type IsoDate,
  type OrganisationFacts,
  type RegisterFacts,
  type RegisterLink,
  type RegisterTransfer,
  type SupervisionReviewFacts,
  type TransferRegisterFacts,
} from '@tilsyn/domain';
import type { EntityManager } from 'typeorm';
import { AgreementClauseEntity, AgreementEntity } from '../agreements/agreement.entity.js';
import type { ComplianceService, FactsGraph } from '../compliance/compliance.service.js';
import { ClientEngagementEntity, ProcessingActivityEntity, RetentionRuleEntity } from '../records/records.entities.js';
import { OrganisationSettingsEntity } from '../reference/reference.entities.js';
import { processorRiskOn } from '../reviews/supervision.service.js';
import { ReviewEntity, type FollowUpActionValue } from '../reviews/review.entities.js';

/**
 * Reads the plain facts the report builders in packages/domain take, through one EntityManager:
 * the live register, or the register as of a past day (register-as-of.ts shadows the tables).
 * Nothing here decides anything; the rules and the builders do.
 */
export class ReportFacts {
  private graph?: Promise<FactsGraph>;
  private registerFacts?: Promise<RegisterFacts & { transferRows: TransferRegisterFacts[] }>;

  constructor(
    private readonly em: EntityManager,
    private readonly compliance: ComplianceService,
    readonly asOf: IsoDate,
  ) {}

  async organisation(): Promise<OrganisationFacts> {
    const s = await this.em.getRepository(OrganisationSettingsEntity).findOneBy({ id: 1 });
    return {
      name: s?.organisationName ?? '',
      registrationNumber: s?.organisationRegistrationNumber ?? '',
      address: s?.organisationAddress ?? '',
      email: s?.organisationEmail ?? '',
      phone: s?.organisationPhone ?? '',
      dpoName: s?.dpoName ?? '',
      dpoEmail: s?.dpoEmail ?? '',
      dpoPhone: s?.dpoPhone ?? '',
      jointControllers: s?.jointControllers ?? '',
      securityMeasures: s?.securityMeasures ?? '',
    };
  }

  /** Every processor with its chain, as the rules read it (loaded once per report). */
  private factsGraph(): Promise<FactsGraph> {
    this.graph ??= this.em.query('SELECT id FROM processor').then((rows: { id: string }[]) => this.compliance.loadGraph(rows.map((r) => r.id)));
    return this.graph;
  }

  /** Processors, the links in force on the date, and every transfer with its status on the date (read once per report). */
  register(): Promise<RegisterFacts & { transferRows: TransferRegisterFacts[] }> {
    this.registerFacts ??= this.readRegister();
    return this.registerFacts;
  }

  private async readRegister(): Promise<RegisterFacts & { transferRows: TransferRegisterFacts[] }> {
    const graph = await this.factsGraph();
    const [organisation, loaded, tias] = await Promise.all([this.organisation(), this.compliance.assessTransfers(null, this.asOf), this.latestTias()]);
    const processors = [...graph.processors.values()].map((p) => ({ id: p.id, name: p.name, establishmentCountry: p.establishmentCountry, serviceKind: p.serviceKind, engagementRole: p.engagementRole }));
    const links: RegisterLink[] = [];
    for (const facts of graph.facts.values()) {
      for (const s of facts.subprocessors) if (linkExistedOn(s.link, this.asOf)) links.push({ processorId: facts.id, subprocessorId: s.processor.id });
    }
    const transfers: RegisterTransfer[] = [];
    const transferRows: TransferRegisterFacts[] = [];
    for (const { loaded: t, assessment } of loaded.values()) {
      const e = t.entity;
      transfers.push({
        id: e.id,
        exporterProcessorId: e.exporterProcessorId,
        importerProcessorId: e.importerProcessorId,
        destinationCountry: e.destinationCountry,
        mechanism: e.mechanism,
        sccModule: e.sccModule,
        derogationGround: e.derogationGround,
        derogationJustification: e.derogationJustification,
        startedOn: e.startedOn,
        endedOn: e.endedOn,
        status: assessment.status,
      });
      const tia = tias.get(e.id) ?? null;
      transferRows.push({
        id: e.id,
        exporter: e.exporterProcessorId ? (graph.names.get(e.exporterProcessorId) ?? e.exporterProcessorId) : null,
        importer: graph.names.get(e.importerProcessorId) ?? e.importerProcessorId,
        importerRole: e.importerRole,
        destinationCountry: e.destinationCountry,
        accessKind: e.accessKind,
        dataCategories: e.dataCategories,
        frequency: e.frequency,
        purpose: e.purpose ?? '',
        mechanism: e.mechanism,
        sccModule: e.mechanism === 'SCC' ? e.sccModule : null,
        derogationGround: e.mechanism === 'DEROGATION' ? e.derogationGround : null,
        startedOn: e.startedOn,
        endedOn: e.endedOn,
        status: assessment.status,
        findings: assessment.findings.map((f) => ({ code: f.code, severity: f.severity })),
        tia: tia ? { status: tia.status, approvedOn: tia.approvedOn, reevaluateOn: tia.approvedOn && tia.reevaluationMonths ? addMonths(tia.approvedOn, tia.reevaluationMonths) : null } : null,
        tiaRequired: assessment.tiaRequired,
      });
    }
    return { asOf: this.asOf, organisation, processors, links, transfers, transferRows };
  }

  /** The newest version of the assessment covering each transfer. */
  private async latestTias(): Promise<Map<string, { status: TiaStatusText; approvedOn: IsoDate | null; reevaluationMonths: number | null }>> {
    const rows = (await this.em.query(
      `SELECT DISTINCT ON (tt.transfer_id) tt.transfer_id, t.status, t.approved_on::text AS approved_on, t.reevaluation_months
         FROM tia_transfer tt JOIN tia t ON t.id = tt.tia_id
        ORDER BY tt.transfer_id, t.version_no DESC`,
    )) as { transfer_id: string; status: TiaStatusText; approved_on: string | null; reevaluation_months: number | null }[];
    return new Map(rows.map((r) => [r.transfer_id, { status: r.status, approvedOn: r.approved_on, reevaluationMonths: r.reevaluation_months }]));
  }

  async activities(): Promise<ActivityFacts[]> {
    const [activities, rules] = await Promise.all([this.em.getRepository(ProcessingActivityEntity).find(), this.em.getRepository(RetentionRuleEntity).find()]);
    return activities.map((a) => ({
      id: a.id,
      name: a.name,
      purposes: a.purposes,
      legalBasis: a.legalBasis,
      dataSubjectCategories: a.dataSubjectCategories,
      dataCategories: a.dataCategories,
      processorIds: a.processorIds,
      otherRecipients: a.otherRecipients,
      securityMeasures: a.securityMeasures,
      endedOn: a.endedOn,
      retention: rules
        .filter((r) => r.activityId === a.id)
        .map((r) => ({ label: r.label, dataCategories: r.dataCategories, period: r.period, unit: r.unit, trigger: r.trigger, legalReference: r.legalReference })),
    }));
  }

  async clients(): Promise<ClientEngagementFacts[]> {
    const rows = await this.em.getRepository(ClientEngagementEntity).find();
    return rows.map((c) => ({
      id: c.id,
      clientName: c.clientName,
      clientRegistrationNumber: c.clientRegistrationNumber,
      clientContact: c.clientContact,
      clientDpoContact: c.clientDpoContact,
      processingCategories: c.processingCategories,
      dataSubjectCategories: c.dataSubjectCategories,
      dataCategories: c.dataCategories,
      processorIds: c.processorIds,
      transfersNote: c.transfersNote,
      securityMeasures: c.securityMeasures,
      agreementReference: c.agreementReference,
      startedOn: c.startedOn,
      endedOn: c.endedOn,
    }));
  }

  /** Every engaged processor with each DPA version assessed on the date (Art. 28(3), 28(9)). */
  async dpaProcessors(): Promise<DpaProcessorFacts[]> {
    const graph = await this.factsGraph();
    const agreements = await this.em.getRepository(AgreementEntity).find();
    const clauses = await this.em.getRepository(AgreementClauseEntity).find();
    const clausesOf = new Map<string, Partial<Record<DpaGapCode, ClauseAssessment>>>();
    for (const c of clauses) clausesOf.set(c.agreementId, { ...(clausesOf.get(c.agreementId) ?? {}), [c.code]: c.assessment });
    return [...graph.processors.values()]
      .filter((p) => p.engagementRole)
      .map((p) => ({
        id: p.id,
        name: p.name,
        country: p.establishmentCountry,
        role: p.engagementRole!,
        engagementStart: p.engagementStart,
        agreements: agreements
          .filter((a) => a.processorId === p.id)
          .map((a) => {
            const clauseMap = clausesOf.get(a.id) ?? {};
            const assessment = assessAgreement({ signedOn: a.signedOn, effectiveFrom: a.effectiveFrom, endsOn: a.endsOn, terminatedOn: a.terminatedOn, reviewIntervalMonths: a.reviewIntervalMonths, lastReviewedOn: a.lastReviewedOn, clauses: clauseMap }, this.asOf);
            return {
              id: a.id,
              title: a.title,
              versionNo: a.versionNo,
              template: a.template,
              signedOn: a.signedOn,
              endsOn: a.endsOn,
              terminatedOn: a.terminatedOn,
              status: assessment.status,
              inForce: assessment.inForce,
              clauses: clauseMap,
              reviewDueOn: assessment.reviewDueOn,
              reviewOverdue: assessment.reviewOverdue,
            };
          }),
      }));
  }

  /**
   * Reviews of processors with each processor's risk level on the date (the reviewer's override,
   * else the computed level: Datatilsynet's 2021 guidance ties supervision to risk).
   */
  async supervisionReviews(): Promise<SupervisionReviewFacts[]> {
    const graph = await this.factsGraph();
    const reviews = await this.em.getRepository(ReviewEntity).find();
    const levelOf = new Map([...graph.facts.keys()].map((id) => [id, processorRiskOn(graph, id, this.asOf)?.level]));
    return reviews
      .filter((r) => r.createdOn <= this.asOf)
      .map((r) => ({
        id: r.id,
        kind: r.kind,
        method: r.method,
        processorId: r.processorId,
        processor: graph.names.get(r.processorId) ?? r.processorId,
        riskLevel: levelOf.get(r.processorId) ?? 'MEDIUM',
        status: r.status,
        dueOn: r.dueOn,
        completedOn: r.completedOn,
        outcome: r.outcome,
        findingCount: r.findings.length,
        actions: (r.actions as FollowUpActionValue[]).map((a) => ({ description: a.description, dueOn: a.dueOn, doneOn: a.doneOn })),
      }));
  }

  /**
   * Erasure requests received in the period, as they stood at the end of `cutoff` (their own
   * timestamps date each step; erasure rows are not in the register history, because they must
   * not outlive the erasure they record). Never a person's identifier: only ids and dates.
   */
  async erasureRequests(from: IsoDate, to: IsoDate, cutoff: Date): Promise<ErasureRequestFacts[]> {
    const rows = (await this.em.query(
      `SELECT r.id, r.source, r.received_on::text AS received_on, r.deadline_on::text AS deadline_on,
              CASE WHEN r.decided_at < $3 THEN r.decision END AS decision,
              CASE WHEN r.completed_at < $3 THEN r.completed_at END AS completed_at,
              coalesce(json_agg(json_build_object(
                'recipient', p.name, 'channel', n.channel, 'status', n.status, 'sentAt', n.sent_at, 'answeredAt', n.answered_at,
                'updatedAt', n.updated_at, 'deadlineOn', n.deadline_on, 'exceptionReason', n.exception_reason)
                ORDER BY p.name, n.id
              ) FILTER (WHERE n.id IS NOT NULL), '[]') AS notices
         FROM erasure_request r
         LEFT JOIN erasure_notice n ON n.request_id = r.id
         LEFT JOIN public.processor p ON p.id = n.processor_id
        WHERE r.received_on BETWEEN $1 AND $2
        GROUP BY r.id`,
      [from, to, cutoff],
    )) as ErasureRow[];
    const day = (d: string | Date | null) => (d ? copenhagenDate(new Date(d)) : null);
    return rows.map((r) => ({
      id: r.id,
      source: r.source,
      receivedOn: r.received_on,
      deadlineOn: r.deadline_on,
      decision: r.decision,
      completedOn: day(r.completed_at),
      notices: r.notices.map((n) => {
        const sent = n.sentAt && new Date(n.sentAt) < cutoff ? n.sentAt : null;
        const answered = n.answeredAt && new Date(n.answeredAt) < cutoff ? n.answeredAt : null;
        // A status reached after the cutoff is not yet the status on the report's date.
        const settledLater = new Date(n.updatedAt) >= cutoff;
        const status = !settledLater ? n.status : answered ? n.status : sent ? 'SENT' : 'QUEUED';
        return { recipient: n.recipient, channel: n.channel, status, sentOn: day(sent), answeredOn: day(answered), deadlineOn: n.deadlineOn, exceptionReason: status === 'EXCEPTION' ? n.exceptionReason : null };
      }),
    }));
  }
}

type TiaStatusText = NonNullable<TransferRegisterFacts['tia']>['status'];

interface ErasureRow {
  id: string;
  source: ErasureRequestFacts['source'];
  received_on: string;
  deadline_on: string;
  decision: ErasureRequestFacts['decision'];
  completed_at: string | null;
  notices: {
    recipient: string;
    channel: ErasureRequestFacts['notices'][number]['channel'];
    status: ErasureRequestFacts['notices'][number]['status'];
    sentAt: string | null;
    answeredAt: string | null;
    updatedAt: string;
    deadlineOn: string;
    exceptionReason: string | null;
  }[];
}
