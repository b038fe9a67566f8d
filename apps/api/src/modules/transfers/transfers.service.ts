import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  assessTransfer,
  copenhagenDate,
  countryName,
  findingDefinition,
  isCountryCode,
  periodsWithoutValidMechanism,
  transferInputProblems,
  worstTransferStatus,
  type TransferInput,
  type Clock,
  type IsoDate,
  type Locale,
  type TransferAssessment,
} from '@tilsyn/domain';
import { DataSource, In, type EntityManager } from 'typeorm';
import { requirePermission } from '../../common/access.js';
import type { RequestMeta } from '../../common/actor.js';
import { CLOCK } from '../../common/clock.js';
import { requireIsoDates } from '../../common/dates.js';
import { DomainException } from '../../common/domain-exception.js';
import { applyListArgs, likePattern } from '../../common/list-args.js';
import { updateVersioned } from '../../database/versioned-update.js';
import { checkDocument } from '../agreements/document-type.js';
import { AuditService, diff } from '../audit/audit.service.js';
import { ComplianceService, transferFactsOf, type TransferContext } from '../compliance/compliance.service.js';
import { ProcessingLocationEntity } from '../processors/processing-location.entity.js';
import { ProcessorEntity } from '../processors/processor.entity.js';
import { UserEntity } from '../users/user.entity.js';
import type { AssessTransferArgs, CreateTransferArgs, TransferFieldsArgs, TransferFilter, TransferListArgs, UpdateTransferArgs } from './dto/transfer.args.js';
import { TiaEntity, TiaTransferEntity, TransferDocumentEntity, TransferEntity } from './transfer.entities.js';
import type { SuggestedTransferModel, TransferAssessmentModel, TransferDocumentModel, TransferFindingModel, TransferMapCountryModel, TransferModel } from './transfer.model.js';

export const TRANSFER_FIELDS = [
  'exporterProcessorId', 'importerProcessorId', 'importerRole', 'destinationCountry', 'accessKind', 'dataCategories', 'dataSubjectCategories', 'frequency', 'dataSubjectCount',
  'purpose', 'startedOn', 'endedOn', 'mechanism', 'sccModule', 'sccSignedOn', 'sccDocking', 'sccAnnexNotes', 'bcrAuthority', 'bcrApprovedOn', 'toolReference',
  'derogationGround', 'derogationJustification', 'cprDisclosureBasis', 'ownerId', 'notes',
] as const;
const TEXT = ['purpose', 'sccAnnexNotes', 'bcrAuthority', 'toolReference', 'derogationJustification', 'notes'] as const;
const DATES = ['startedOn', 'endedOn', 'sccSignedOn', 'bcrApprovedOn'] as const;
const NOT_NULL = ['importerProcessorId', 'destinationCountry', 'accessKind', 'dataCategories', 'dataSubjectCategories', 'frequency', 'sccDocking', 'importerRole'] as const;

type Fields = Partial<Record<(typeof TRANSFER_FIELDS)[number], unknown>>;

/** Trims text (blank → NULL), upper-cases the country, drops duplicate categories; checks formats, naming the field. */
function normalise<T extends Partial<TransferFieldsArgs>>(input: T): T {
  const out: Record<string, unknown> = { ...input };
  for (const key of TEXT) if (typeof out[key] === 'string') out[key] = (out[key] as string).trim() || null;
  if (typeof out.destinationCountry === 'string') out.destinationCountry = (out.destinationCountry as string).trim().toUpperCase();
  for (const key of ['dataCategories', 'dataSubjectCategories'] as const) if (Array.isArray(out[key])) out[key] = [...new Set(out[key] as string[])];
  requireIsoDates(out, DATES);
  if (typeof out.destinationCountry === 'string' && !isCountryCode(out.destinationCountry)) throw DomainException.badInput('destinationCountry', 'UNKNOWN_COUNTRY');
  return out as T;
}

/** A whole transfer, as it would be stored: refused on its first problem, naming the field. */
function checkComplete(t: Fields): void {
  const [problem] = transferInputProblems(t as TransferInput);
  if (problem) throw DomainException.badInput(problem.field, problem.reason, problem.params);
}

@Injectable()
export class TransfersService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(CLOCK) private readonly clock: Clock,
    private readonly audit: AuditService,
    private readonly compliance: ComplianceService,
  ) {}

  private today(): IsoDate {
    return copenhagenDate(this.clock.now());
  }

  static findingModel(f: TransferAssessment['findings'][number], locale: Locale): TransferFindingModel {
    const d = findingDefinition(f.code, true)!;
    return {
      code: f.code,
      severity: f.severity,
      article: f.article,
      message: d.message[locale],
      messageDa: d.message.da,
      messageEn: d.message.en,
      remedy: d.remedy?.[locale] ?? '',
      remedyDa: d.remedy?.da ?? '',
      remedyEn: d.remedy?.en ?? '',
      periods: f.periods ?? null,
    };
  }

  assessmentModel(facts: Parameters<typeof assessTransfer>[0], ctx: TransferContext, asOf: IsoDate, locale: Locale): TransferAssessmentModel {
    const a = assessTransfer(facts, ctx.decisions, asOf, ctx.transferOptions);
    const relied = a.adequacy ? ctx.decisions.find((d) => d.jurisdiction === a.adequacy!.jurisdiction && d.validFrom === a.adequacy!.validFrom) : undefined;
    return {
      asOf,
      status: a.status,
      findings: a.findings.map((f) => TransfersService.findingModel(f, locale)),
      tiaRequired: a.tiaRequired,
      expectedSccModule: a.expectedSccModule,
      adequacyInstrument: a.adequacy?.instrument ?? null,
      adequacyDecisionId: relied?.id ?? null,
      periodsWithoutValidMechanism: a.status === 'NOT_A_TRANSFER' ? [] : periodsWithoutValidMechanism(facts, ctx.decisions, asOf, ctx.transferOptions),
    };
  }

  /** Models with today's status, names resolved, for a set of stored transfers. */
  private async models(entities: TransferEntity[], locale: Locale): Promise<TransferModel[]> {
    if (entities.length === 0) return [];
    const assessed = await this.compliance.assessTransfers(entities.map((e) => e.id));
    const processorIds = [...new Set(entities.flatMap((e) => [e.importerProcessorId, e.exporterProcessorId]).filter((x): x is string => !!x))];
    const names = new Map((await this.dataSource.getRepository(ProcessorEntity).find({ where: { id: In(processorIds) }, select: { id: true, name: true } })).map((p) => [p.id, p.name]));
    const us = locale === 'en' ? 'Us (controller)' : 'Os (dataansvarlig)';
    return entities.map((e) => {
      const a = assessed.get(e.id)?.assessment;
      return {
        ...e,
        exporterName: e.exporterProcessorId ? (names.get(e.exporterProcessorId) ?? '') : us,
        importerName: names.get(e.importerProcessorId) ?? '',
        status: a?.status ?? 'NON_COMPLIANT',
        findingCodes: a?.findings.map((f) => f.code) ?? [],
      };
    });
  }

  async list(meta: RequestMeta, args: TransferListArgs): Promise<TransferModel[]> {
    requirePermission(meta, 'transfer.read');
    const qb = await this.filtered(args.filter);
    const rows = await applyListArgs(qb, args, { destinationCountry: 't.destinationCountry', mechanism: 't.mechanism', frequency: 't.frequency', startedOn: 't.startedOn', createdAt: 't.createdAt', updatedAt: 't.updatedAt' }, { field: 'destinationCountry', order: 'ASC' }).getMany();
    return this.models(rows, meta.locale);
  }

  async count(meta: RequestMeta, filter?: TransferFilter): Promise<number> {
    requirePermission(meta, 'transfer.read');
    return (await this.filtered(filter)).getCount();
  }

  async get(meta: RequestMeta, id: string): Promise<TransferModel> {
    requirePermission(meta, 'transfer.read');
    const e = await this.dataSource.getRepository(TransferEntity).findOneBy({ id });
    if (!e) throw DomainException.notFound('Transfer');
    return (await this.models([e], meta.locale))[0];
  }

  /** The rule engine on a stored transfer on any date. */
  async assessStored(meta: RequestMeta, id: string, asOf: IsoDate | null): Promise<TransferAssessmentModel> {
    requirePermission(meta, 'transfer.read');
    requireIsoDates({ asOf }, ['asOf']);
    const [loaded, ctx] = await Promise.all([this.compliance.loadTransfers({ ids: [id] }), this.compliance.transferContext()]);
    const t = loaded.get(id);
    if (!t) throw DomainException.notFound('Transfer');
    return this.assessmentModel(t.facts, ctx, asOf ?? this.today(), meta.locale);
  }

  /** The same rules on a transfer as typed in the form, stored or not; writes nothing. */
  async assessStateless(meta: RequestMeta, args: AssessTransferArgs): Promise<TransferAssessmentModel> {
    requirePermission(meta, 'transfer.read');
    const input = normalise(args);
    requireIsoDates(input, ['asOf']);
    const importer = await this.dataSource.getRepository(ProcessorEntity).findOneBy({ id: input.importerProcessorId });
    if (!importer) throw DomainException.badInput('importerProcessorId', 'INVALID_VALUE');
    const tias = input.transferId ? await this.tiasFor(input.transferId) : [];
    const entity = this.entityFrom(input, importer);
    const ctx = await this.compliance.transferContext();
    return this.assessmentModel(transferFactsOf(entity, importer, tias), ctx, input.asOf ?? this.today(), meta.locale);
  }

  private async tiasFor(transferId: string): Promise<TiaEntity[]> {
    const covers = await this.dataSource.getRepository(TiaTransferEntity).findBy({ transferId });
    return covers.length ? this.dataSource.getRepository(TiaEntity).findBy({ id: In(covers.map((c) => c.tiaId)) }) : [];
  }

  private entityFrom(input: Partial<TransferFieldsArgs>, importer: ProcessorEntity): TransferEntity {
    return Object.assign(new TransferEntity(), {
      exporterProcessorId: input.exporterProcessorId ?? null,
      importerProcessorId: importer.id,
      importerRole: input.importerRole ?? this.defaultImporterRole(input.exporterProcessorId ?? null, importer),
      destinationCountry: input.destinationCountry,
      accessKind: input.accessKind ?? 'STORAGE',
      dataCategories: input.dataCategories ?? [],
      dataSubjectCategories: input.dataSubjectCategories ?? [],
      frequency: input.frequency ?? 'SYSTEMATIC',
      dataSubjectCount: input.dataSubjectCount ?? null,
      mechanism: input.mechanism ?? null,
      sccModule: input.sccModule ?? null,
      sccSignedOn: input.sccSignedOn ?? null,
      derogationGround: input.derogationGround ?? null,
      derogationJustification: input.derogationJustification ?? null,
      cprDisclosureBasis: input.cprDisclosureBasis ?? null,
      startedOn: input.startedOn ?? null,
      endedOn: input.endedOn ?? null,
    });
  }

  /** From us, the importer is what our engagement says it is; further down a chain, a (sub-)processor. */
  private defaultImporterRole(exporterId: string | null, importer: ProcessorEntity) {
    return !exporterId && importer.engagementRole ? importer.engagementRole : 'PROCESSOR';
  }

  async create(meta: RequestMeta, args: CreateTransferArgs): Promise<TransferModel> {
    requirePermission(meta, 'transfer.write');
    const input = normalise(args);
    for (const key of NOT_NULL) if ((input as Fields)[key] === null) throw DomainException.badInput(key, 'REQUIRED');
    const now = this.clock.now();
    const saved = await this.dataSource.transaction(async (em) => {
      const importer = await this.processorOrFail(em, input.importerProcessorId, 'importerProcessorId');
      if (input.exporterProcessorId) await this.processorOrFail(em, input.exporterProcessorId, 'exporterProcessorId');
      if (input.ownerId) await this.userOrFail(em, input.ownerId);
      const values: Partial<TransferEntity> = { ...this.entityFrom(input, importer), version: 1, createdAt: now, updatedAt: now };
      for (const key of TRANSFER_FIELDS) if ((input as Fields)[key] !== undefined) (values as Record<string, unknown>)[key] = (input as Fields)[key];
      values.importerRole = input.importerRole ?? this.defaultImporterRole(input.exporterProcessorId ?? null, importer);
      checkComplete(values as Fields);
      const entity = await em.save(em.create(TransferEntity, values));
      await this.audit.record(em, meta, { action: 'transfer.create', entityType: 'Transfer', entityId: entity.id, details: { changes: diff(null, entity, [...TRANSFER_FIELDS]) } });
      return entity;
    });
    return (await this.models([saved], meta.locale))[0];
  }

  async update(meta: RequestMeta, args: UpdateTransferArgs): Promise<TransferModel> {
    requirePermission(meta, 'transfer.write');
    const input = normalise(args);
    for (const key of NOT_NULL) if ((input as Fields)[key] === null) throw DomainException.badInput(key, 'REQUIRED');
    const saved = await this.dataSource.transaction(async (em) => {
      const before = await em.getRepository(TransferEntity).findOneBy({ id: args.id });
      if (!before) throw DomainException.notFound('Transfer');
      if (before.version !== args.version) throw DomainException.conflict('Transfer');
      if (input.importerProcessorId) await this.processorOrFail(em, input.importerProcessorId, 'importerProcessorId');
      if (input.exporterProcessorId) await this.processorOrFail(em, input.exporterProcessorId, 'exporterProcessorId');
      if (input.ownerId) await this.userOrFail(em, input.ownerId);
      const patch: Partial<TransferEntity> = {};
      for (const key of TRANSFER_FIELDS) if ((input as Fields)[key] !== undefined) (patch as Record<string, unknown>)[key] = (input as Fields)[key];
      checkComplete({ ...before, ...patch } as Fields);
      // A TIA covers one country and one importer: moving a covered transfer elsewhere is refused.
      if ((patch.destinationCountry && patch.destinationCountry !== before.destinationCountry) || (patch.importerProcessorId && patch.importerProcessorId !== before.importerProcessorId)) {
        const covered = await em.getRepository(TiaTransferEntity).countBy({ transferId: before.id });
        if (covered > 0) throw DomainException.badInput(patch.destinationCountry ? 'destinationCountry' : 'importerProcessorId', 'MIXED_TRANSFERS');
      }
      await updateVersioned(em, TransferEntity, args.id, args.version, patch, this.clock.now(), 'Transfer');
      await this.audit.record(em, meta, { action: 'transfer.update', entityType: 'Transfer', entityId: args.id, details: { changes: diff(before, { ...before, ...patch }, [...TRANSFER_FIELDS]) } });
      return em.getRepository(TransferEntity).findOneByOrFail({ id: args.id });
    });
    return (await this.models([saved], meta.locale))[0];
  }

  async remove(meta: RequestMeta, id: string): Promise<TransferModel> {
    requirePermission(meta, 'transfer.write');
    const model = await this.get(meta, id);
    await this.dataSource.transaction(async (em) => {
      const r = await em.delete(TransferEntity, { id });
      if (r.affected !== 1) throw DomainException.notFound('Transfer');
      await this.audit.record(em, meta, { action: 'transfer.delete', entityType: 'Transfer', entityId: id, details: { importerProcessorId: model.importerProcessorId, destinationCountry: model.destinationCountry } });
    });
    return model;
  }

  private async processorOrFail(em: EntityManager, id: string, field: string): Promise<ProcessorEntity> {
    const p = await em.getRepository(ProcessorEntity).findOneBy({ id });
    if (!p) throw DomainException.badInput(field, 'INVALID_VALUE');
    return p;
  }

  private async userOrFail(em: EntityManager, id: string): Promise<void> {
    if (!(await em.getRepository(UserEntity).existsBy({ id }))) throw DomainException.badInput('ownerId', 'INVALID_VALUE');
  }

  private async filtered(filter: TransferFilter = {}) {
    const qb = this.dataSource.getRepository(TransferEntity).createQueryBuilder('t');
    if (filter.ids) qb.andWhere('t.id IN (:...ids)', { ids: filter.ids.length ? filter.ids : [null] });
    if (filter.destinationCountry) qb.andWhere('t.destinationCountry = :c', { c: filter.destinationCountry.toUpperCase() });
    if (filter.withoutMechanism) qb.andWhere('t.mechanism IS NULL');
    else if (filter.mechanism) qb.andWhere('t.mechanism = :m', { m: filter.mechanism });
    if (filter.exporterProcessorId) qb.andWhere('t.exporterProcessorId = :e', { e: filter.exporterProcessorId });
    if (filter.exporterIsUs !== undefined) qb.andWhere(filter.exporterIsUs ? 't.exporterProcessorId IS NULL' : 't.exporterProcessorId IS NOT NULL');
    if (filter.importerProcessorId) qb.andWhere('t.importerProcessorId = :i', { i: filter.importerProcessorId });
    if (filter.processorId) qb.andWhere('(t.importerProcessorId = :p OR t.exporterProcessorId = :p)', { p: filter.processorId });
    if (filter.q?.trim()) {
      qb.andWhere(
        `(t.purpose ILIKE :q ESCAPE '\\' OR EXISTS (SELECT 1 FROM processor p WHERE (p.id = t.importer_processor_id OR p.id = t.exporter_processor_id) AND p.name ILIKE :q ESCAPE '\\'))`,
        { q: likePattern(filter.q.trim()) },
      );
    }
    if (filter.status || filter.findingCode) {
      // The status is derived (dates, tools, TIAs, reference data), so the filter asks the rules.
      const candidates = (await qb.clone().select('t.id').getMany()).map((t) => t.id);
      const assessed = await this.compliance.assessTransfers(candidates);
      const matching = [...assessed]
        .filter(([, { assessment: a }]) => (!filter.status || a.status === filter.status) && (!filter.findingCode || a.findings.some((f) => f.code === filter.findingCode)))
        .map(([id]) => id);
      qb.andWhere('t.id IN (:...matching)', { matching: matching.length ? matching : [null] });
    }
    return qb;
  }

  /**
   * Third-country processing locations with no transfer recorded to that country for that
   * processor: the transfers that must exist (NO_TRANSFER_TOOL until recorded).
   */
  async suggested(meta: RequestMeta): Promise<SuggestedTransferModel[]> {
    requirePermission(meta, 'transfer.read');
    const ctx = await this.compliance.transferContext();
    const eea = ctx.transferOptions!.eeaCountries!;
    const [locations, transfers, links] = await Promise.all([
      this.dataSource.getRepository(ProcessingLocationEntity).find(),
      this.dataSource.getRepository(TransferEntity).find({ select: { importerProcessorId: true, destinationCountry: true } }),
      this.dataSource.query('SELECT processor_id, subprocessor_id FROM subprocessor_link ORDER BY created_at') as Promise<{ processor_id: string; subprocessor_id: string }[]>,
    ]);
    const recorded = new Set(transfers.map((t) => `${t.importerProcessorId}|${t.destinationCountry}`));
    const open = locations.filter((l) => !eea.has(l.country) && !recorded.has(`${l.processorId}|${l.country}`));
    if (open.length === 0) return [];
    const processors = await this.dataSource.getRepository(ProcessorEntity).find({ select: { id: true, name: true, engagementRole: true, lifecycle: true } });
    const byId = new Map(processors.map((p) => [p.id, p]));
    const us = meta.locale === 'en' ? 'Us (controller)' : 'Os (dataansvarlig)';
    const out: SuggestedTransferModel[] = [];
    const seen = new Set<string>();
    for (const l of open) {
      const p = byId.get(l.processorId);
      if (!p || p.lifecycle === 'OFFBOARDED' || seen.has(`${l.processorId}|${l.country}`)) continue;
      seen.add(`${l.processorId}|${l.country}`);
      const parentId = p.engagementRole ? null : (links.find((k) => k.subprocessor_id === p.id)?.processor_id ?? null);
      out.push({
        importerProcessorId: p.id,
        importerName: p.name,
        exporterProcessorId: parentId,
        exporterName: parentId ? (byId.get(parentId)?.name ?? '') : us,
        destinationCountry: l.country,
        accessKind: l.kind,
        description: l.description,
        findingCode: parentId ? 'ONWARD_TRANSFER_NO_TOOL' : 'NO_TRANSFER_TOOL',
      });
    }
    return out.sort((a, b) => a.destinationCountry.localeCompare(b.destinationCountry) || a.importerName.localeCompare(b.importerName));
  }

  /** Where the register's data goes, each country with the worst status of its transfers on asOf. */
  async map(meta: RequestMeta, asOf: IsoDate | null): Promise<TransferMapCountryModel[]> {
    requirePermission(meta, 'transfer.read');
    requireIsoDates({ asOf }, ['asOf']);
    const day = asOf ?? this.today();
    const [assessed, suggested] = await Promise.all([this.compliance.assessTransfers(null, day), this.suggested(meta)]);
    const byCountry = new Map<string, TransferMapCountryModel>();
    const entry = (country: string) => {
      let e = byCountry.get(country);
      if (!e) byCountry.set(country, (e = { country, name: countryName(country, meta.locale), worstStatus: 'NOT_A_TRANSFER', transferCount: 0, unrecordedCount: 0 }));
      return e;
    };
    for (const { loaded, assessment } of assessed.values()) {
      const t = loaded.entity;
      if ((t.startedOn && t.startedOn > day) || (t.endedOn && t.endedOn < day)) continue;
      const e = entry(t.destinationCountry);
      e.transferCount += 1;
      e.worstStatus = worstTransferStatus(e.worstStatus, assessment.status);
    }
    for (const s of suggested) {
      const e = entry(s.destinationCountry);
      e.unrecordedCount += 1;
      e.worstStatus = 'NON_COMPLIANT';
    }
    return [...byCountry.values()].sort((a, b) => a.country.localeCompare(b.country));
  }

  // Evidence documents

  async documentsByTransferIds(ids: readonly string[]): Promise<Map<string, TransferDocumentModel[]>> {
    const rows = await this.dataSource.getRepository(TransferDocumentEntity).find({ where: { transferId: In([...ids]) }, order: { uploadedAt: 'DESC' } });
    const map = new Map<string, TransferDocumentModel[]>();
    for (const r of rows) map.set(r.transferId, [...(map.get(r.transferId) ?? []), r]);
    return map;
  }

  /** Stores a piece of evidence (PDF or DOCX by content, at most 20 MB) with its SHA-256. */
  async uploadDocument(meta: RequestMeta, transferId: string, fileName: string, content: Buffer): Promise<TransferDocumentEntity> {
    const actor = requirePermission(meta, 'transfer.write');
    const { type, fileName: safeName, sha256 } = checkDocument(content, fileName, 'evidence');
    return this.dataSource.transaction(async (em) => {
      if (!(await em.getRepository(TransferEntity).existsBy({ id: transferId }))) throw DomainException.notFound('Transfer');
      const doc = em.create(TransferDocumentEntity, { transferId, fileName: safeName, contentType: type.contentType, sizeBytes: content.length, sha256, content, uploadedById: actor.id, uploadedAt: this.clock.now() });
      const saved = await em.save(doc);
      await this.audit.record(em, meta, { action: 'transfer.upload_document', entityType: 'Transfer', entityId: transferId, details: { documentId: saved.id, fileName: safeName, sizeBytes: content.length, sha256 } });
      return saved;
    });
  }

  async downloadDocument(meta: RequestMeta, transferId: string, documentId: string): Promise<TransferDocumentEntity> {
    requirePermission(meta, 'transfer.read');
    const doc = await this.dataSource.getRepository(TransferDocumentEntity).createQueryBuilder('d').addSelect('d.content').where('d.id = :documentId AND d.transferId = :transferId', { documentId, transferId }).getOne();
    if (!doc) throw DomainException.notFound('TransferDocument');
    return doc;
  }

  async deleteDocument(meta: RequestMeta, documentId: string): Promise<TransferDocumentModel> {
    requirePermission(meta, 'transfer.write');
    return this.dataSource.transaction(async (em) => {
      const doc = await em.getRepository(TransferDocumentEntity).findOneBy({ id: documentId });
      if (!doc) throw DomainException.notFound('TransferDocument');
      await em.delete(TransferDocumentEntity, { id: documentId });
      await this.audit.record(em, meta, { action: 'transfer.delete_document', entityType: 'Transfer', entityId: doc.transferId, details: { documentId, fileName: doc.fileName, sha256: doc.sha256 } });
      return doc;
    });
  }
}
