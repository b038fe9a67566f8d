import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  assessProcessor,
  assessTransfer,
  copenhagenDate,
  recipientFactsOf,
  tiaFacts,
  type AdequacyDecision,
  type ProcessorContext,
  type TransferAssessment,
  type TransferFacts,
  linkExistedOn,
  statusOf,
  type ClauseAssessment,
  type Clock,
  type DpaGapCode,
  type IsoDate,
  type ProcessorAssessment,
  type ProcessorFacts,
} from '@tilsyn/domain';
import { DataSource, In, type EntityManager } from 'typeorm';
import type { Locale } from '@tilsyn/domain';
import { DomainException } from '../../common/domain-exception.js';
import type { ChainNodeModel } from './compliance.model.js';
import { toFindingModel } from './finding.mapper.js';
import { CLOCK } from '../../common/clock.js';
import { AgreementClauseEntity, AgreementEntity } from '../agreements/agreement.entity.js';
import { ProcessorEntity } from '../processors/processor.entity.js';
import { SubprocessorLinkEntity } from '../subprocessors/subprocessor-link.entity.js';
import { ProcessingLocationEntity } from '../processors/processing-location.entity.js';
import { AdequacyDecisionEntity, CountryEntity, OrganisationSettingsEntity } from '../reference/reference.entities.js';
import { TiaEntity, TiaTransferEntity, TransferEntity } from '../transfers/transfer.entities.js';

/** The rules' context with each decision's id (for previews that swap one). */
export interface TransferContext extends ProcessorContext {
  decisions: (AdequacyDecision & { id: string })[];
}

/** A stored transfer with the facts the rules read, and the processors it names. */
export interface LoadedTransfer {
  entity: TransferEntity;
  facts: TransferFacts;
}

export function decisionFacts(d: AdequacyDecisionEntity): AdequacyDecision & { id: string } {
  return { id: d.id, jurisdiction: d.jurisdiction, instrument: d.instrument, adoptedOn: d.adoptedOn, validFrom: d.validFrom, validUntil: d.validUntil, revokedOn: d.revokedOn, scope: d.scope, conditions: d.conditions, source: d.source, toVerify: d.toVerify };
}

export interface FactsGraph {
  context: ProcessorContext;
  processors: Map<string, ProcessorEntity>;
  facts: Map<string, ProcessorFacts>;
  /** Processor names by id, for finding paths. */
  names: Map<string, string>;
}

/**
 * Reads the register into the plain facts the domain rules take, and asks them: the stored
 * records' statuses come from the same functions as the stateless preview queries.
 */
@Injectable()
export class ComplianceService {
  /** Where the register is read: the live tables, or a report's as-of snapshot (see `on`). */
  private readonly db: DataSource | EntityManager;

  constructor(
    @InjectDataSource() dataSource: DataSource,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {
    this.db = dataSource;
  }

  /**
   * The same reads and rules over another connection: a report's register as of a past day
   * (reports/register-as-of.ts), whose temporary tables only that transaction sees.
   */
  on(em: EntityManager): ComplianceService {
    const bound = Object.create(ComplianceService.prototype) as ComplianceService;
    Object.assign(bound, { db: em, clock: this.clock });
    return bound;
  }

  today(): IsoDate {
    return copenhagenDate(this.clock.now());
  }

  /** Assessment of each processor on asOf (default: today in Copenhagen), with its whole chain. */
  async assess(ids: readonly string[], asOf?: IsoDate | null): Promise<Map<string, ProcessorAssessment>> {
    return this.assessGraph(await this.loadGraph(ids), ids, asOf ?? this.today());
  }

  /** Assessments of some processors of an already loaded graph. */
  assessGraph(graph: FactsGraph, ids: readonly string[], asOf: IsoDate): Map<string, ProcessorAssessment> {
    const out = new Map<string, ProcessorAssessment>();
    for (const id of ids) {
      const facts = graph.facts.get(id);
      if (facts) out.set(id, assessProcessor(facts, asOf, graph.context));
    }
    return out;
  }

  /** Every processor's assessment: for list filters by status or finding code. */
  async assessAll(asOf?: IsoDate | null): Promise<Map<string, ProcessorAssessment>> {
    const ids = (await this.db.query('SELECT id FROM processor')) as { id: string }[];
    return this.assess(
      ids.map((r) => r.id),
      asOf,
    );
  }

  /**
   * The chain below a processor as a flat list (depth-first), each node with the status of its
   * own sub-chain and the findings about it (its own and its link's from the parent).
   */
  async chainOf(id: string, asOf: IsoDate | null, locale: Locale): Promise<ChainNodeModel[]> {
    const day = asOf ?? this.today();
    const graph = await this.loadGraph([id]);
    const root = graph.facts.get(id);
    if (!root) throw DomainException.notFound('Processor');
    const names = graph.names;
    const rootResult = assessProcessor(root, day, graph.context);
    const all = [...rootResult.own, ...rootResult.below];
    const nodes: ChainNodeModel[] = [];
    const walk = (facts: ProcessorFacts, parentId: string | null, linkId: string | null, path: string[]) => {
      const here = [...path, facts.id];
      const sub = assessProcessor(parentId ? { ...facts, engagement: null, agreements: [] } : facts, day, graph.context);
      const linkFindings = all.filter((f) => linkId && f.linkId === linkId);
      const ownFindings = parentId ? sub.own : rootResult.own;
      const status = parentId ? statusOf([...sub.own, ...sub.below, ...linkFindings].map((f) => f.severity)) : rootResult.status;
      nodes.push({
        processorId: facts.id,
        name: facts.name ?? facts.id,
        establishmentCountry: graph.processors.get(facts.id)?.establishmentCountry ?? '',
        parentProcessorId: parentId,
        linkId,
        depth: path.length,
        path: here,
        pathNames: here.map((p) => names.get(p) ?? p),
        status,
        findings: [...linkFindings, ...ownFindings].map((f) => toFindingModel({ ...f, path: here }, names, locale)),
      });
      for (const { link, processor } of facts.subprocessors) {
        if (here.includes(processor.id) || !linkExistedOn(link, day)) continue;
        walk(processor, facts.id, link.id, here);
      }
    };
    walk(root, null, null, []);
    return nodes;
  }

  /** The processors with the given ids and everything below them (recursive over the links). */
  async loadGraph(rootIds: readonly string[]): Promise<FactsGraph> {
    const rows = (await this.db.query(
      `WITH RECURSIVE chain(id) AS (
         SELECT unnest($1::uuid[])
         UNION
         SELECT l.subprocessor_id FROM subprocessor_link l JOIN chain c ON l.processor_id = c.id
       ) SELECT id FROM chain`,
      [[...rootIds]],
    )) as { id: string }[];
    const ids = rows.map((r) => r.id);
    const context = await this.transferContext();
    if (ids.length === 0) return { context, processors: new Map(), facts: new Map(), names: new Map() };
    const [processors, links, agreements, locations, transfers, supervision] = await Promise.all([
      this.db.getRepository(ProcessorEntity).findBy({ id: In(ids) }),
      this.db.getRepository(SubprocessorLinkEntity).findBy({ processorId: In(ids) }),
      this.db.getRepository(AgreementEntity).findBy({ processorId: In(ids) }),
      this.db.getRepository(ProcessingLocationEntity).findBy({ processorId: In(ids) }),
      this.loadTransfers({ importerIds: ids }),
      // The open risk-based supervision of each processor (issue 5): SUPERVISION_OVERDUE reads it.
      this.db.query(
        `SELECT processor_id, min(due_on)::text AS due_on FROM review
          WHERE kind = 'SUPERVISION' AND status IN ('OPEN', 'IN_PROGRESS', 'SUBMITTED', 'SENT_BACK') AND processor_id = ANY($1::uuid[])
          GROUP BY processor_id`,
        [ids],
      ) as Promise<{ processor_id: string; due_on: string }[]>,
    ]);
    const supervisionDue = new Map(supervision.map((r) => [r.processor_id, r.due_on]));
    const clauses = agreements.length
      ? await this.db.getRepository(AgreementClauseEntity).findBy({ agreementId: In(agreements.map((a) => a.id)) })
      : [];
    const clausesByAgreement = new Map<string, Partial<Record<DpaGapCode, ClauseAssessment>>>();
    for (const c of clauses) {
      const map = clausesByAgreement.get(c.agreementId) ?? {};
      map[c.code] = c.assessment;
      clausesByAgreement.set(c.agreementId, map);
    }
    const byId = new Map(processors.map((p) => [p.id, p]));
    const facts = new Map<string, ProcessorFacts>();
    // Build every node first, then wire the links, so shared sub-processors are one object.
    for (const p of processors) {
      facts.set(p.id, {
        id: p.id,
        name: p.name,
        address: p.address,
        privacyContactName: p.privacyContactName,
        privacyContactEmail: p.privacyContactEmail,
        dataCategories: p.dataCategories,
        engagement: p.engagementRole
          ? { role: p.engagementRole, startedOn: p.engagementStart, endedOn: p.engagementEnd, cprDisclosureBasis: p.cprDisclosureBasis }
          : null,
        agreements: agreements
          .filter((a) => a.processorId === p.id)
          .map((a) => ({
            id: a.id,
            signedOn: a.signedOn,
            effectiveFrom: a.effectiveFrom,
            endsOn: a.endsOn,
            terminatedOn: a.terminatedOn,
            reviewIntervalMonths: a.reviewIntervalMonths,
            lastReviewedOn: a.lastReviewedOn,
            clauses: clausesByAgreement.get(a.id) ?? {},
          })),
        subprocessors: [],
        supervisionDueOn: supervisionDue.get(p.id) ?? null,
        locations: locations.filter((l) => l.processorId === p.id).map((l) => ({ country: l.country, kind: l.kind })),
        transfers: [...transfers.values()].filter((t) => t.entity.importerProcessorId === p.id).map((t) => ({ id: t.entity.id, facts: t.facts })),
      });
    }
    for (const link of links) {
      const parent = facts.get(link.processorId);
      const child = facts.get(link.subprocessorId);
      if (!parent || !child) continue;
      (parent.subprocessors as ProcessorFacts['subprocessors'][number][]).push({
        link: {
          id: link.id,
          regime: link.regime,
          noticeDays: link.noticeDays,
          notifiedOn: link.notifiedOn,
          objectedOn: link.objectedOn,
          approvedOn: link.approvedOn,
          firstUsedOn: link.firstUsedOn,
        },
        processor: child,
      });
    }
    return { context, processors: byId, facts, names: new Map(processors.map((p) => [p.id, p.name])) };
  }

  /** Adequacy decisions, EEA membership and the organisation's policy, as the rules take them. */
  async transferContext(): Promise<TransferContext> {
    const [decisions, eea, settings] = await Promise.all([
      this.db.getRepository(AdequacyDecisionEntity).find({ order: { validFrom: 'ASC' } }),
      this.db.getRepository(CountryEntity).find({ where: { eeaMember: true }, select: { code: true } }),
      this.db.getRepository(OrganisationSettingsEntity).findOneBy({ id: 1 }),
    ]);
    return {
      decisions: decisions.map(decisionFacts),
      transferOptions: { eeaCountries: new Set(eea.map((c) => c.code)), guaranteesForEveryTransfer: settings?.guaranteesForEveryTransfer ?? false },
    };
  }

  /** Stored transfers (all, by id, or by importer) with their facts: recipient, roles and every TIA version. */
  async loadTransfers(where: { ids?: readonly string[]; importerIds?: readonly string[] } = {}): Promise<Map<string, LoadedTransfer>> {
    const repo = this.db.getRepository(TransferEntity);
    const entities = where.ids ? await repo.findBy({ id: In([...where.ids]) }) : where.importerIds ? await repo.findBy({ importerProcessorId: In([...where.importerIds]) }) : await repo.find();
    if (entities.length === 0) return new Map();
    const transferIds = entities.map((e) => e.id);
    const [importers, covers] = await Promise.all([
      this.db.getRepository(ProcessorEntity).findBy({ id: In([...new Set(entities.map((e) => e.importerProcessorId))]) }),
      this.db.getRepository(TiaTransferEntity).findBy({ transferId: In(transferIds) }),
    ]);
    const tias = covers.length ? await this.db.getRepository(TiaEntity).findBy({ id: In([...new Set(covers.map((c) => c.tiaId))]) }) : [];
    const tiaById = new Map(tias.map((t) => [t.id, t]));
    const importerById = new Map(importers.map((p) => [p.id, p]));
    const out = new Map<string, LoadedTransfer>();
    for (const e of entities) {
      const importer = importerById.get(e.importerProcessorId)!;
      const versions = covers.filter((c) => c.transferId === e.id).map((c) => tiaById.get(c.tiaId)!).filter(Boolean);
      out.set(e.id, { entity: e, facts: transferFactsOf(e, importer, versions) });
    }
    return out;
  }

  /** Each transfer's assessment on asOf, with a context given (a preview) or read from the database. */
  async assessTransfers(ids: readonly string[] | null, asOf?: IsoDate | null, context?: ProcessorContext): Promise<Map<string, { loaded: LoadedTransfer; assessment: TransferAssessment }>> {
    const [loaded, ctx] = await Promise.all([this.loadTransfers(ids ? { ids } : {}), context ? Promise.resolve(context) : this.transferContext()]);
    const day = asOf ?? this.today();
    const out = new Map<string, { loaded: LoadedTransfer; assessment: TransferAssessment }>();
    for (const [id, t] of loaded) out.set(id, { loaded: t, assessment: assessTransfer(t.facts, ctx.decisions, day, ctx.transferOptions) });
    return out;
  }
}

/** A stored transfer as the rule engine's facts (the same shape the stateless assessTransfer takes). */
export function transferFactsOf(e: TransferEntity, importer: ProcessorEntity, tias: readonly TiaEntity[]): TransferFacts {
  return {
    destinationCountry: e.destinationCountry,
    exporterRole: e.exporterProcessorId ? 'PROCESSOR' : 'CONTROLLER',
    importerRole: e.importerRole,
    recipient: recipientFactsOf(importer),
    frequency: e.frequency,
    dataCategories: e.dataCategories,
    cprDisclosureBasis: e.cprDisclosureBasis,
    mechanism: e.mechanism,
    scc: e.mechanism === 'SCC' && e.sccModule ? { module: e.sccModule as 1 | 2 | 3 | 4, signedOn: e.sccSignedOn } : null,
    derogation: e.mechanism === 'DEROGATION' && e.derogationGround ? { ground: e.derogationGround, justification: e.derogationJustification } : null,
    // Oldest version first: of two approved the same day, the later version governs.
    tias: [...tias].sort((a, b) => a.versionNo - b.versionNo).map((t) => tiaFacts(t)),
    startedOn: e.startedOn,
    endedOn: e.endedOn,
  };
}
