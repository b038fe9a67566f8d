import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { checkProcessorFields, type Clock, type EndOfServiceOutcome } from '@tilsyn/domain';
import { DataSource, In, type EntityManager } from 'typeorm';
import { requirePermission } from '../../common/access.js';
import type { RequestMeta } from '../../common/actor.js';
import { CLOCK } from '../../common/clock.js';
import { requireIsoDates } from '../../common/dates.js';
import { DomainException } from '../../common/domain-exception.js';
import { updateVersioned } from '../../database/versioned-update.js';
import { applyListArgs, likePattern } from '../../common/list-args.js';
import { AuditService, diff } from '../audit/audit.service.js';
import { ComplianceService } from '../compliance/compliance.service.js';
import { UserEntity } from '../users/user.entity.js';
import type { CreateProcessorArgs, ProcessorFilter, ProcessorListArgs, UpdateProcessorArgs } from './dto/processor.args.js';
import { ProcessingLocationEntity } from './processing-location.entity.js';
import type { ProcessingLocationInput } from './processing-location.model.js';
import { ProcessorEntity } from './processor.entity.js';
import { PROCESSOR_AUDITED_FIELDS } from './processor.mapper.js';

const SORTABLE = {
  name: 'p.name',
  establishmentCountry: 'p.establishmentCountry',
  serviceKind: 'p.serviceKind',
  lifecycle: 'p.lifecycle',
  engagementRole: 'p.engagementRole',
  createdAt: 'p.createdAt',
  updatedAt: 'p.updatedAt',
};

/** Fields set through create/update; endOfServiceOutcome only through offboardProcessor. */
const EDITABLE = PROCESSOR_AUDITED_FIELDS.filter((f) => f !== 'endOfServiceOutcome');

const OPTIONAL_TEXT = [
  'registrationNumber',
  'privacyContactName',
  'privacyContactEmail',
  'website',
  'notes',
  'address',
  'fallbackContactName',
  'fallbackContactEmail',
  'erasureAddress',
  'engagementPurpose',
  'cprDisclosureJustification',
  'engagementStart',
  'engagementEnd',
  'dpfCheckedOn',
  'dpfCertifiedOn',
  'dpfLapsedOn',
] as const;

/** Fields that may not be cleared once set: NULL is refused with REQUIRED. */
const NOT_NULL = ['name', 'establishmentCountry', 'serviceKind', 'lifecycle', 'dataCategories', 'dataSubjectCategories', 'dpfStatus', 'subjectToPipeda', 'fscCreditInformation', 'publicAuthority', 'danishRealmAuthority', 'erasureChannel'] as const;

type ProcessorInput = Partial<Omit<CreateProcessorArgs, 'processingLocations'>> & { processingLocations?: ProcessingLocationInput[] | null };

/** Blank optional text is stored as NULL; surrounding spaces are dropped; e-mails lower-cased. */
function normalise<T extends ProcessorInput>(input: T): T {
  const out: Record<string, unknown> = { ...input };
  for (const key of OPTIONAL_TEXT) {
    const value = out[key];
    if (typeof value === 'string') out[key] = value.trim() === '' ? null : value.trim();
  }
  for (const key of ['name', 'establishmentCountry'] as const) if (typeof out[key] === 'string') out[key] = (out[key] as string).trim();
  for (const key of ['privacyContactEmail', 'fallbackContactEmail'] as const) if (typeof out[key] === 'string') out[key] = (out[key] as string).toLowerCase();
  if (Array.isArray(out.dataCategories)) out.dataCategories = [...new Set(out.dataCategories as string[])];
  if (Array.isArray(out.dataSubjectCategories)) out.dataSubjectCategories = [...new Set(out.dataSubjectCategories as string[])];
  if (Array.isArray(out.processingLocations)) {
    out.processingLocations = (out.processingLocations as ProcessingLocationInput[]).map((l) => ({ ...l, country: l.country.trim(), description: l.description?.trim() || null }));
  }
  return out as T;
}

function rejectProblems(input: ProcessorInput & { erasureChannel?: string | null }, requireAll: boolean): void {
  const [problem] = checkProcessorFields(input, requireAll);
  if (problem) throw DomainException.badInput(problem.field, problem.reason, problem.params);
}

function locationsText(locations: readonly { country: string; kind: string; description: string | null }[]): string[] {
  return locations.map((l) => `${l.country} ${l.kind}${l.description ? `: ${l.description}` : ''}`).sort();
}

@Injectable()
export class ProcessorsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(CLOCK) private readonly clock: Clock,
    private readonly audit: AuditService,
    private readonly compliance: ComplianceService,
  ) {}

  /**
   * A page of processors. `fields` narrows the columns read to those the query asks for (a list
   * of 100 needs a handful of the ~30 columns); the id is always read.
   */
  async list(meta: RequestMeta, args: ProcessorListArgs, fields?: ReadonlySet<string>): Promise<ProcessorEntity[]> {
    requirePermission(meta, 'processor.read');
    const qb = await this.filtered(args.filter);
    if (fields) {
      const columns = this.dataSource.getMetadata(ProcessorEntity).columns.map((c) => c.propertyName).filter((c) => c === 'id' || fields.has(c));
      qb.select(columns.map((c) => `p.${c}`));
    }
    return applyListArgs(qb, args, SORTABLE, { field: 'name', order: 'ASC' }).getMany();
  }

  async count(meta: RequestMeta, filter?: ProcessorFilter): Promise<number> {
    requirePermission(meta, 'processor.read');
    return (await this.filtered(filter)).getCount();
  }

  async get(meta: RequestMeta, id: string): Promise<ProcessorEntity> {
    requirePermission(meta, 'processor.read');
    const found = await this.dataSource.getRepository(ProcessorEntity).findOneBy({ id });
    if (!found) throw DomainException.notFound('Processor');
    return found;
  }

  async locationsByProcessorIds(ids: readonly string[]): Promise<Map<string, ProcessingLocationEntity[]>> {
    const rows = await this.dataSource.getRepository(ProcessingLocationEntity).find({ where: { processorId: In([...ids]) }, order: { country: 'ASC', kind: 'ASC' } });
    const map = new Map<string, ProcessingLocationEntity[]>();
    for (const row of rows) map.set(row.processorId, [...(map.get(row.processorId) ?? []), row]);
    return map;
  }

  async create(meta: RequestMeta, args: CreateProcessorArgs): Promise<ProcessorEntity> {
    requirePermission(meta, 'processor.write');
    const input = normalise(args as ProcessorInput);
    rejectProblems({ ...input, erasureChannel: input.erasureChannel ?? 'EMAIL' }, true);
    for (const key of NOT_NULL) if (input[key] === null) throw DomainException.badInput(key, 'REQUIRED');
    if (input.lifecycle === 'OFFBOARDED') throw DomainException.badInput('lifecycle', 'INVALID_VALUE');
    const now = this.clock.now();
    return this.dataSource.transaction(async (em) => {
      if (input.ownerId) await this.assertUser(em, input.ownerId);
      const values: Partial<ProcessorEntity> = { lifecycle: 'ONBOARDING', version: 1, createdAt: now, updatedAt: now };
      for (const key of EDITABLE) if (input[key as keyof ProcessorInput] !== undefined) (values as Record<string, unknown>)[key] = input[key as keyof ProcessorInput];
      const saved = await em.save(em.create(ProcessorEntity, values));
      const locations = await this.replaceLocations(em, saved.id, input.processingLocations ?? []);
      const changes = diff(null, saved, [...PROCESSOR_AUDITED_FIELDS]);
      if (locations.length) changes.processingLocations = { before: null, after: locationsText(locations) };
      await this.audit.record(em, meta, { action: 'processor.create', entityType: 'Processor', entityId: saved.id, details: { changes } });
      return saved;
    });
  }

  /**
   * Optimistic locking in the UPDATE itself (`WHERE id = $1 AND version = $2`): TypeORM's version
   * column alone lets a concurrent save overwrite silently (reliability.md A0 item 4, typeorm#2848).
   */
  async update(meta: RequestMeta, args: UpdateProcessorArgs): Promise<ProcessorEntity> {
    requirePermission(meta, 'processor.write');
    const { id, version, ...rest } = args;
    const input = normalise(rest as ProcessorInput);
    for (const key of NOT_NULL) if (input[key] === null) throw DomainException.badInput(key, 'REQUIRED');
    // Offboarding records the Art. 28(3)(g) outcome: only offboardProcessor may set OFFBOARDED.
    if (input.lifecycle === 'OFFBOARDED') throw DomainException.badInput('lifecycle', 'INVALID_VALUE');
    return this.dataSource.transaction(async (em) => {
      const before = await em.getRepository(ProcessorEntity).findOneBy({ id });
      if (!before) throw DomainException.notFound('Processor');
      if (before.version !== version) throw DomainException.conflict('Processor');
      // Cross-field rules see the record as it will be (e.g. erasure address against its channel).
      rejectProblems({ ...input, erasureChannel: input.erasureChannel ?? before.erasureChannel, engagementStart: input.engagementStart !== undefined ? input.engagementStart : before.engagementStart, engagementEnd: input.engagementEnd !== undefined ? input.engagementEnd : before.engagementEnd }, false);
      if (input.ownerId) await this.assertUser(em, input.ownerId);
      const patch: Partial<ProcessorEntity> = {};
      for (const key of EDITABLE) {
        const value = input[key as keyof ProcessorInput];
        if (value !== undefined) (patch as Record<string, unknown>)[key] = value;
      }
      const changes = diff(before, { ...before, ...patch }, [...PROCESSOR_AUDITED_FIELDS]);
      if (input.processingLocations !== undefined) {
        const old = await em.getRepository(ProcessingLocationEntity).findBy({ processorId: id });
        const next = input.processingLocations ?? [];
        const [a, b] = [locationsText(old), locationsText(next.map((l) => ({ ...l, description: l.description ?? null })))];
        if (JSON.stringify(a) !== JSON.stringify(b)) {
          await this.replaceLocations(em, id, next);
          changes.processingLocations = { before: a, after: b };
        }
      }
      if (Object.keys(changes).length === 0) return before;
      await updateVersioned(em, ProcessorEntity, id, version, patch, this.clock.now(), 'Processor');
      await this.audit.record(em, meta, { action: 'processor.update', entityType: 'Processor', entityId: id, details: { changes, version: version + 1 } });
      return em.getRepository(ProcessorEntity).findOneByOrFail({ id });
    });
  }

  /**
   * Ends the engagement: records the end date and what the processor confirmed about the data
   * (Art. 28(3)(g)). The processor stays in the register with its history.
   */
  async offboard(meta: RequestMeta, args: { id: string; version: number; endedOn: string; endOfServiceOutcome: EndOfServiceOutcome }): Promise<ProcessorEntity> {
    requirePermission(meta, 'processor.write');
    requireIsoDates(args, ['endedOn']);
    return this.dataSource.transaction(async (em) => {
      const before = await em.getRepository(ProcessorEntity).findOneBy({ id: args.id });
      if (!before) throw DomainException.notFound('Processor');
      if (before.version !== args.version) throw DomainException.conflict('Processor');
      if (before.lifecycle === 'OFFBOARDED') throw DomainException.badInput('id', 'INVALID_STATE', { state: before.lifecycle });
      if (before.engagementStart && args.endedOn < before.engagementStart) throw DomainException.badInput('endedOn', 'OUT_OF_RANGE', { min: before.engagementStart, max: '' });
      const patch = { lifecycle: 'OFFBOARDED' as const, engagementEnd: args.endedOn, endOfServiceOutcome: args.endOfServiceOutcome };
      await updateVersioned(em, ProcessorEntity, args.id, args.version, patch, this.clock.now(), 'Processor');
      await this.audit.record(em, meta, {
        action: 'processor.offboard',
        entityType: 'Processor',
        entityId: args.id,
        details: { changes: diff(before, { ...before, ...patch }, ['lifecycle', 'engagementEnd', 'endOfServiceOutcome']) },
      });
      return em.getRepository(ProcessorEntity).findOneByOrFail({ id: args.id });
    });
  }

  async remove(meta: RequestMeta, id: string): Promise<ProcessorEntity> {
    requirePermission(meta, 'processor.delete');
    return this.dataSource.transaction(async (em) => {
      const before = await em.getRepository(ProcessorEntity).createQueryBuilder('p').setLock('pessimistic_write').where('p.id = :id', { id }).getOne();
      if (!before) throw DomainException.notFound('Processor');
      const [{ n }] = (await em.query(
        `SELECT (SELECT count(*) FROM agreement WHERE processor_id = $1) + (SELECT count(*) FROM subprocessor_link WHERE subprocessor_id = $1) AS n`,
        [id],
      )) as { n: string }[];
      // A processor with agreements or in someone's chain is evidence: offboard it instead.
      if (Number(n) > 0) throw DomainException.badInput('id', 'INVALID_STATE', { state: 'HAS_AGREEMENTS_OR_LINKS' });
      // Named in the records of processing (Art. 30(1)(d), 30(2)(c)): take it out of them first, or offboard it.
      const [{ named }] = (await em.query(
        `SELECT (SELECT count(*) FROM processing_activity WHERE $1 = ANY(processor_ids)) + (SELECT count(*) FROM client_engagement WHERE $1 = ANY(processor_ids)) AS named`,
        [id],
      )) as { named: string }[];
      if (Number(named) > 0) throw DomainException.badInput('id', 'INVALID_STATE', { state: 'NAMED_IN_RECORDS' });
      await em.delete(ProcessorEntity, { id });
      await this.audit.record(em, meta, {
        action: 'processor.delete',
        entityType: 'Processor',
        entityId: id,
        details: { changes: diff(before, null, [...PROCESSOR_AUDITED_FIELDS]) },
      });
      return before;
    });
  }

  private async replaceLocations(em: EntityManager, processorId: string, locations: readonly ProcessingLocationInput[]): Promise<ProcessingLocationEntity[]> {
    await em.delete(ProcessingLocationEntity, { processorId });
    if (locations.length === 0) return [];
    return em.save(locations.map((l) => em.create(ProcessingLocationEntity, { processorId, country: l.country, kind: l.kind, description: l.description ?? null })));
  }

  private async assertUser(em: EntityManager, id: string): Promise<void> {
    if (!(await em.getRepository(UserEntity).existsBy({ id }))) throw DomainException.badInput('ownerId', 'INVALID_VALUE');
  }

  private async filtered(filter: ProcessorFilter = {}) {
    const qb = this.dataSource.getRepository(ProcessorEntity).createQueryBuilder('p');
    if (filter.ids) qb.andWhere('p.id IN (:...ids)', { ids: filter.ids.length ? filter.ids : [null] });
    if (filter.establishmentCountry) qb.andWhere('p.establishmentCountry = :country', { country: filter.establishmentCountry });
    if (filter.serviceKind) qb.andWhere('p.serviceKind = :serviceKind', { serviceKind: filter.serviceKind });
    if (filter.lifecycle) qb.andWhere('p.lifecycle = :lifecycle', { lifecycle: filter.lifecycle });
    if (filter.dataCategories?.length) qb.andWhere('p.dataCategories && :categories', { categories: filter.dataCategories });
    if (filter.ownerId) qb.andWhere('p.ownerId = :ownerId', { ownerId: filter.ownerId });
    if (filter.engaged === true) qb.andWhere('p.engagementRole IS NOT NULL');
    if (filter.engaged === false) qb.andWhere('p.engagementRole IS NULL');
    if (filter.q?.trim()) {
      qb.andWhere(
        '(p.name ILIKE :q OR p.registrationNumber ILIKE :q OR p.privacyContactName ILIKE :q OR p.privacyContactEmail ILIKE :q OR p.website ILIKE :q OR p.address ILIKE :q)',
        { q: likePattern(filter.q.trim()) },
      );
    }
    if (filter.status || filter.findingCode) {
      // Statuses are derived from the rules, so the filter evaluates them rather than a stored column.
      const all = await this.compliance.assessAll();
      const ids = [...all].filter(([, a]) => (!filter.status || a.status === filter.status) && (!filter.findingCode || [...a.own, ...a.below].some((f) => f.code === filter.findingCode))).map(([id]) => id);
      qb.andWhere('p.id IN (:...matching)', { matching: ids.length ? ids : [null] });
    }
    return qb;
  }
}
