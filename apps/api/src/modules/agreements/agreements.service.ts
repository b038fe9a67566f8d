import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { assessAgreement, CLAUSE_CATALOGUE, copenhagenDate, DPA_GAP_CODES, type Clock } from '@tilsyn/domain';
import { DataSource, In, type EntityManager } from 'typeorm';
import { requirePermission } from '../../common/access.js';
import type { RequestMeta } from '../../common/actor.js';
import { CLOCK } from '../../common/clock.js';
import { requireIsoDates } from '../../common/dates.js';
import { DomainException } from '../../common/domain-exception.js';
import { updateVersioned } from '../../database/versioned-update.js';
import { applyListArgs } from '../../common/list-args.js';
import { AuditService, diff } from '../audit/audit.service.js';
import { ProcessorEntity } from '../processors/processor.entity.js';
import type { AgreementDateArgs, AgreementFilter, AgreementListArgs, AssessClauseArgs, CreateAgreementArgs, TerminateAgreementArgs, UpdateAgreementArgs } from './dto/agreement.args.js';
import { AgreementClauseEntity, AgreementDocumentEntity, AgreementEntity } from './agreement.entity.js';
import type { AgreementClauseModel, AgreementModel } from './agreement.model.js';
import { checkDocument } from './document-type.js';

const FIELDS = ['template', 'title', 'signedOn', 'effectiveFrom', 'endsOn', 'terminatedOn', 'terminationReason', 'reviewIntervalMonths', 'lastReviewedOn', 'subprocessorRegime', 'subprocessorNoticeDays'] as const;


@Injectable()
export class AgreementsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(CLOCK) private readonly clock: Clock,
    private readonly audit: AuditService,
  ) {}

  private today(): string {
    return copenhagenDate(this.clock.now());
  }

  /** The API shape, with the status, gaps and review date from the rules (today in Copenhagen). */
  toModel(entity: AgreementEntity, clauses: readonly AgreementClauseEntity[]): AgreementModel {
    const result = assessAgreement({ ...entity, clauses: Object.fromEntries(clauses.map((c) => [c.code, c.assessment])) }, this.today());
    return { ...entity, status: result.status, gaps: result.gaps, inForce: result.inForce, reviewDueOn: result.reviewDueOn, reviewOverdue: result.reviewOverdue };
  }

  static clauseModel(row: AgreementClauseEntity): AgreementClauseModel {
    const item = CLAUSE_CATALOGUE.find((c) => c.code === row.code)!;
    return {
      code: row.code,
      assessment: row.assessment,
      location: row.location,
      note: row.note,
      assessedById: row.assessedById,
      assessedAt: row.assessedAt,
      needsReconfirmation: row.needsReconfirmation,
      article: item.article,
      titleDa: item.title.da,
      titleEn: item.title.en,
      explanationDa: item.explanation.da,
      explanationEn: item.explanation.en,
    };
  }

  async clausesByAgreementIds(ids: readonly string[]): Promise<Map<string, AgreementClauseEntity[]>> {
    const rows = await this.dataSource.getRepository(AgreementClauseEntity).findBy({ agreementId: In([...ids]) });
    const order = new Map(DPA_GAP_CODES.map((c, i) => [c, i]));
    const map = new Map<string, AgreementClauseEntity[]>();
    for (const row of rows) map.set(row.agreementId, [...(map.get(row.agreementId) ?? []), row]);
    for (const list of map.values()) list.sort((a, b) => order.get(a.code)! - order.get(b.code)!);
    return map;
  }

  async documentsByAgreementIds(ids: readonly string[]): Promise<Map<string, AgreementDocumentEntity>> {
    const rows = await this.dataSource.getRepository(AgreementDocumentEntity).findBy({ agreementId: In([...ids]) });
    return new Map(rows.map((r) => [r.agreementId, r]));
  }

  async list(meta: RequestMeta, args: AgreementListArgs): Promise<AgreementModel[]> {
    requirePermission(meta, 'agreement.read');
    const rows = await applyListArgs(await this.filtered(args.filter), args, { versionNo: 'a.versionNo', title: 'a.title', signedOn: 'a.signedOn', effectiveFrom: 'a.effectiveFrom', endsOn: 'a.endsOn', createdAt: 'a.createdAt' }, { field: 'createdAt', order: 'DESC' }).getMany();
    return this.withStatus(rows);
  }

  async count(meta: RequestMeta, filter?: AgreementFilter): Promise<number> {
    requirePermission(meta, 'agreement.read');
    return (await this.filtered(filter)).getCount();
  }

  async get(meta: RequestMeta, id: string): Promise<AgreementModel> {
    requirePermission(meta, 'agreement.read');
    const entity = await this.dataSource.getRepository(AgreementEntity).findOneBy({ id });
    if (!entity) throw DomainException.notFound('Agreement');
    return (await this.withStatus([entity]))[0];
  }

  /** A new DPA version: number n+1 for the processor; optionally the checklist of an earlier one to re-confirm. */
  async create(meta: RequestMeta, args: CreateAgreementArgs): Promise<AgreementModel> {
    const actor = requirePermission(meta, 'agreement.write');
    requireIsoDates(args, ['effectiveFrom', 'endsOn']);
    const title = args.title.trim();
    if (!title) throw DomainException.badInput('title', 'REQUIRED');
    if (args.effectiveFrom && args.endsOn && args.endsOn < args.effectiveFrom) throw DomainException.badInput('endsOn', 'OUT_OF_RANGE', { min: args.effectiveFrom, max: '' });
    const saved = await this.dataSource.transaction(async (em) => {
      const processor = await em.getRepository(ProcessorEntity).createQueryBuilder('p').setLock('pessimistic_write').where('p.id = :id', { id: args.processorId }).getOne();
      if (!processor) throw DomainException.badInput('processorId', 'INVALID_VALUE');
      let source: AgreementEntity | null = null;
      if (args.copyAssessmentFrom) {
        source = await em.getRepository(AgreementEntity).findOneBy({ id: args.copyAssessmentFrom, processorId: args.processorId });
        if (!source) throw DomainException.badInput('copyAssessmentFrom', 'INVALID_VALUE');
      }
      const [{ max }] = (await em.query('SELECT coalesce(max(version_no), 0) AS max FROM agreement WHERE processor_id = $1', [args.processorId])) as { max: number }[];
      const now = this.clock.now();
      const entity = await em.save(
        em.create(AgreementEntity, {
          processorId: args.processorId,
          versionNo: Number(max) + 1,
          previousVersionId: source?.id ?? null,
          template: args.template,
          title,
          effectiveFrom: args.effectiveFrom ?? null,
          endsOn: args.endsOn ?? null,
          reviewIntervalMonths: args.reviewIntervalMonths ?? 12,
          subprocessorRegime: args.subprocessorRegime ?? null,
          subprocessorNoticeDays: args.subprocessorNoticeDays ?? null,
          version: 1,
          createdAt: now,
          updatedAt: now,
        }),
      );
      const copied = source ? await em.getRepository(AgreementClauseEntity).findBy({ agreementId: source.id }) : [];
      const byCode = new Map(copied.map((c) => [c.code, c]));
      await em.insert(
        AgreementClauseEntity,
        DPA_GAP_CODES.map((code) => {
          const from = byCode.get(code);
          return {
            agreementId: entity.id,
            code,
            assessment: from?.assessment ?? 'NOT_ASSESSED',
            location: from?.location ?? null,
            note: from?.note ?? null,
            assessedById: from?.assessedById ?? null,
            assessedAt: from?.assessedAt ?? null,
            needsReconfirmation: !!from,
          };
        }),
      );
      await this.audit.record(em, meta, {
        action: 'agreement.create',
        entityType: 'Agreement',
        entityId: entity.id,
        details: { processorId: args.processorId, versionNo: entity.versionNo, copiedFrom: source?.id ?? null, changes: diff(null, entity, [...FIELDS]), by: actor.id },
      });
      return entity;
    });
    return (await this.withStatus([saved]))[0];
  }

  async update(meta: RequestMeta, args: UpdateAgreementArgs): Promise<AgreementModel> {
    requirePermission(meta, 'agreement.write');
    requireIsoDates(args, ['effectiveFrom', 'endsOn']);
    for (const key of ['template', 'title'] as const) if (args[key] === null) throw DomainException.badInput(key, 'REQUIRED');
    if (typeof args.title === 'string' && !args.title.trim()) throw DomainException.badInput('title', 'REQUIRED');
    const patch: Partial<AgreementEntity> = {};
    for (const key of ['template', 'title', 'effectiveFrom', 'endsOn', 'reviewIntervalMonths', 'subprocessorRegime', 'subprocessorNoticeDays'] as const) {
      if (args[key] !== undefined) (patch as Record<string, unknown>)[key] = typeof args[key] === 'string' && key === 'title' ? (args[key] as string).trim() : args[key];
    }
    return this.change(meta, args.id, args.version, 'agreement.update', (before) => {
      // Once signed, the contract's terms are evidence; change them with a new version.
      if (before.signedOn) throw DomainException.badInput('id', 'INVALID_STATE', { state: 'SIGNED' });
      const from = patch.effectiveFrom !== undefined ? patch.effectiveFrom : before.effectiveFrom;
      const ends = patch.endsOn !== undefined ? patch.endsOn : before.endsOn;
      if (from && ends && ends < from) throw DomainException.badInput('endsOn', 'OUT_OF_RANGE', { min: from, max: '' });
      return patch;
    });
  }

  async sign(meta: RequestMeta, args: AgreementDateArgs): Promise<AgreementModel> {
    requirePermission(meta, 'agreement.write');
    requireIsoDates(args, ['on']);
    return this.change(meta, args.id, args.version, 'agreement.sign', (before) => {
      if (before.signedOn) throw DomainException.badInput('id', 'INVALID_STATE', { state: 'SIGNED' });
      return { signedOn: args.on, effectiveFrom: before.effectiveFrom ?? args.on };
    });
  }

  async terminate(meta: RequestMeta, args: TerminateAgreementArgs): Promise<AgreementModel> {
    requirePermission(meta, 'agreement.write');
    requireIsoDates(args, ['on']);
    if (!args.reason.trim()) throw DomainException.badInput('reason', 'REQUIRED');
    return this.change(meta, args.id, args.version, 'agreement.terminate', (before) => {
      if (before.terminatedOn) throw DomainException.badInput('id', 'INVALID_STATE', { state: 'TERMINATED' });
      return { terminatedOn: args.on, terminationReason: args.reason.trim() };
    });
  }

  /** The periodic review (yearly by default) was done on this date: the next is due from it. */
  async recordReview(meta: RequestMeta, args: AgreementDateArgs): Promise<AgreementModel> {
    requirePermission(meta, 'agreement.write');
    requireIsoDates(args, ['on']);
    return this.change(meta, args.id, args.version, 'agreement.review', () => ({ lastReviewedOn: args.on }));
  }

  /** One checklist item assessed by the DPO, with where it stands in the document. */
  async assessClause(meta: RequestMeta, args: AssessClauseArgs): Promise<AgreementModel> {
    const actor = requirePermission(meta, 'agreement.assess');
    return this.dataSource.transaction(async (em) => {
      const agreement = await em.getRepository(AgreementEntity).createQueryBuilder('a').setLock('pessimistic_write').where('a.id = :id', { id: args.agreementId }).getOne();
      if (!agreement) throw DomainException.notFound('Agreement');
      const before = await em.getRepository(AgreementClauseEntity).findOneByOrFail({ agreementId: args.agreementId, code: args.code });
      const next = { assessment: args.assessment, location: args.location?.trim() || null, note: args.note?.trim() || null, assessedById: actor.id, assessedAt: this.clock.now(), needsReconfirmation: false };
      await em.update(AgreementClauseEntity, { agreementId: args.agreementId, code: args.code }, next);
      await em.update(AgreementEntity, { id: args.agreementId }, { updatedAt: this.clock.now() });
      await this.audit.record(em, meta, {
        action: 'agreement.assess_clause',
        entityType: 'Agreement',
        entityId: args.agreementId,
        details: { code: args.code, changes: diff(before, { ...before, ...next }, ['assessment', 'location', 'note', 'needsReconfirmation']) },
      });
      const fresh = await em.getRepository(AgreementEntity).findOneByOrFail({ id: args.agreementId });
      const clauses = await em.getRepository(AgreementClauseEntity).findBy({ agreementId: args.agreementId });
      return this.toModel(fresh, clauses);
    });
  }

  /** Only a draft can be removed; signed versions are evidence and stay. */
  async remove(meta: RequestMeta, id: string): Promise<AgreementModel> {
    requirePermission(meta, 'agreement.write');
    return this.dataSource.transaction(async (em) => {
      const entity = await em.getRepository(AgreementEntity).findOneBy({ id });
      if (!entity) throw DomainException.notFound('Agreement');
      if (entity.signedOn) throw DomainException.badInput('id', 'INVALID_STATE', { state: 'SIGNED' });
      const clauses = await em.getRepository(AgreementClauseEntity).findBy({ agreementId: id });
      const model = this.toModel(entity, clauses);
      await em.query('UPDATE agreement SET previous_version_id = NULL WHERE previous_version_id = $1', [id]);
      await em.delete(AgreementEntity, { id });
      await this.audit.record(em, meta, { action: 'agreement.delete', entityType: 'Agreement', entityId: id, details: { processorId: entity.processorId, versionNo: entity.versionNo } });
      return model;
    });
  }

  /** Stores the signed document (PDF or DOCX by content, at most 20 MB) with its SHA-256. */
  async uploadDocument(meta: RequestMeta, id: string, fileName: string, content: Buffer): Promise<AgreementDocumentEntity> {
    const actor = requirePermission(meta, 'agreement.write');
    const { type, fileName: safeName, sha256 } = checkDocument(content, fileName, 'agreement');
    return this.dataSource.transaction(async (em) => {
      const agreement = await em.getRepository(AgreementEntity).findOneBy({ id });
      if (!agreement) throw DomainException.notFound('Agreement');
      const previous = await em.getRepository(AgreementDocumentEntity).findOneBy({ agreementId: id });
      await em.delete(AgreementDocumentEntity, { agreementId: id });
      const doc = em.create(AgreementDocumentEntity, { agreementId: id, fileName: safeName, contentType: type.contentType, sizeBytes: content.length, sha256, content, uploadedById: actor.id, uploadedAt: this.clock.now() });
      await em.insert(AgreementDocumentEntity, doc);
      await this.audit.record(em, meta, {
        action: 'agreement.upload_document',
        entityType: 'Agreement',
        entityId: id,
        details: { fileName: safeName, sizeBytes: content.length, sha256, replacedSha256: previous?.sha256 ?? null },
      });
      return doc;
    });
  }

  async downloadDocument(meta: RequestMeta, id: string): Promise<AgreementDocumentEntity> {
    requirePermission(meta, 'agreement.read');
    const doc = await this.dataSource.getRepository(AgreementDocumentEntity).createQueryBuilder('d').addSelect('d.content').where('d.agreementId = :id', { id }).getOne();
    if (!doc) throw DomainException.notFound('AgreementDocument');
    return doc;
  }

  async byProcessorIds(ids: readonly string[]): Promise<Map<string, AgreementModel[]>> {
    const rows = await this.dataSource.getRepository(AgreementEntity).find({ where: { processorId: In([...ids]) }, order: { versionNo: 'DESC' } });
    const models = await this.withStatus(rows);
    const map = new Map<string, AgreementModel[]>();
    for (const m of models) map.set(m.processorId, [...(map.get(m.processorId) ?? []), m]);
    return map;
  }

  private async withStatus(rows: AgreementEntity[]): Promise<AgreementModel[]> {
    if (rows.length === 0) return [];
    const clauses = await this.clausesByAgreementIds(rows.map((r) => r.id));
    return rows.map((r) => this.toModel(r, clauses.get(r.id) ?? []));
  }

  private async change(meta: RequestMeta, id: string, version: number, action: string, makePatch: (before: AgreementEntity) => Partial<AgreementEntity>): Promise<AgreementModel> {
    const saved = await this.dataSource.transaction(async (em: EntityManager) => {
      const before = await em.getRepository(AgreementEntity).findOneBy({ id });
      if (!before) throw DomainException.notFound('Agreement');
      if (before.version !== version) throw DomainException.conflict('Agreement');
      const patch = makePatch(before);
      await updateVersioned(em, AgreementEntity, id, version, patch, this.clock.now(), 'Agreement');
      await this.audit.record(em, meta, { action, entityType: 'Agreement', entityId: id, details: { changes: diff(before, { ...before, ...patch }, [...FIELDS]) } });
      return em.getRepository(AgreementEntity).findOneByOrFail({ id });
    });
    return (await this.withStatus([saved]))[0];
  }

  private async filtered(filter: AgreementFilter = {}) {
    const qb = this.dataSource.getRepository(AgreementEntity).createQueryBuilder('a');
    if (filter.ids) qb.andWhere('a.id IN (:...ids)', { ids: filter.ids.length ? filter.ids : [null] });
    if (filter.processorId) qb.andWhere('a.processorId = :processorId', { processorId: filter.processorId });
    if (filter.status) {
      // The status is derived (dates and checklist), so the filter asks the rule, not a column.
      const candidates = await qb.clone().getMany();
      const matching = (await this.withStatus(candidates)).filter((a) => a.status === filter.status).map((a) => a.id);
      qb.andWhere('a.id IN (:...matching)', { matching: matching.length ? matching : [null] });
    }
    return qb;
  }
}
