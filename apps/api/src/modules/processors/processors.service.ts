import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { checkProcessorFields, type Clock } from '@tilsyn/domain';
import { DataSource } from 'typeorm';
import { requirePermission } from '../../common/access.js';
import type { RequestMeta } from '../../common/actor.js';
import { CLOCK } from '../../common/clock.js';
import { DomainException } from '../../common/domain-exception.js';
import { applyListArgs, likePattern } from '../../common/list-args.js';
import { AuditService, diff } from '../audit/audit.service.js';
import type { CreateProcessorArgs, ProcessorFilter, ProcessorListArgs, UpdateProcessorArgs } from './dto/processor.args.js';
import { ProcessorEntity } from './processor.entity.js';
import { PROCESSOR_AUDITED_FIELDS } from './processor.mapper.js';

const SORTABLE = {
  name: 'p.name',
  establishmentCountry: 'p.establishmentCountry',
  serviceKind: 'p.serviceKind',
  lifecycle: 'p.lifecycle',
  createdAt: 'p.createdAt',
  updatedAt: 'p.updatedAt',
};

const OPTIONAL_TEXT = ['registrationNumber', 'privacyContactName', 'privacyContactEmail', 'website', 'notes'] as const;

/** Blank optional text is stored as NULL; surrounding spaces are dropped. */
function normalise<T extends Partial<Record<(typeof OPTIONAL_TEXT)[number] | 'name' | 'establishmentCountry', string | null | undefined>>>(input: T): T {
  const out = { ...input };
  for (const key of OPTIONAL_TEXT) {
    const value = out[key];
    if (typeof value === 'string') (out as Record<string, unknown>)[key] = value.trim() === '' ? null : value.trim();
  }
  if (typeof out.name === 'string') out.name = out.name.trim();
  if (typeof out.establishmentCountry === 'string') out.establishmentCountry = out.establishmentCountry.trim();
  if (typeof out.privacyContactEmail === 'string') out.privacyContactEmail = out.privacyContactEmail.toLowerCase();
  return out;
}

function rejectProblems(input: Parameters<typeof checkProcessorFields>[0], requireAll: boolean): void {
  const [problem] = checkProcessorFields(input, requireAll);
  if (problem) throw DomainException.badInput(problem.field, problem.reason, problem.params);
}

@Injectable()
export class ProcessorsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(CLOCK) private readonly clock: Clock,
    private readonly audit: AuditService,
  ) {}

  async list(meta: RequestMeta, args: ProcessorListArgs): Promise<ProcessorEntity[]> {
    requirePermission(meta, 'processor.read');
    return applyListArgs(this.filtered(args.filter), args, SORTABLE, { field: 'name', order: 'ASC' }).getMany();
  }

  async count(meta: RequestMeta, filter?: ProcessorFilter): Promise<number> {
    requirePermission(meta, 'processor.read');
    return this.filtered(filter).getCount();
  }

  async get(meta: RequestMeta, id: string): Promise<ProcessorEntity> {
    requirePermission(meta, 'processor.read');
    const found = await this.dataSource.getRepository(ProcessorEntity).findOneBy({ id });
    if (!found) throw DomainException.notFound('Processor');
    return found;
  }

  async create(meta: RequestMeta, args: CreateProcessorArgs): Promise<ProcessorEntity> {
    requirePermission(meta, 'processor.write');
    const input = normalise(args);
    rejectProblems(input, true);
    if (input.lifecycle === null) throw DomainException.badInput('lifecycle', 'REQUIRED');
    const now = this.clock.now();
    return this.dataSource.transaction(async (em) => {
      const entity = em.create(ProcessorEntity, {
        name: input.name,
        registrationNumber: input.registrationNumber ?? null,
        establishmentCountry: input.establishmentCountry,
        serviceKind: input.serviceKind,
        privacyContactName: input.privacyContactName ?? null,
        privacyContactEmail: input.privacyContactEmail ?? null,
        website: input.website ?? null,
        lifecycle: input.lifecycle ?? 'ONBOARDING',
        notes: input.notes ?? null,
        version: 1,
        createdAt: now,
        updatedAt: now,
      });
      const saved = await em.save(entity);
      await this.audit.record(em, meta, {
        action: 'processor.create',
        entityType: 'Processor',
        entityId: saved.id,
        details: { changes: diff(null, saved, [...PROCESSOR_AUDITED_FIELDS]) },
      });
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
    const input = normalise(rest);
    rejectProblems(input, false);
    for (const key of ['serviceKind', 'lifecycle'] as const) if (input[key] === null) throw DomainException.badInput(key, 'REQUIRED');
    return this.dataSource.transaction(async (em) => {
      const before = await em.getRepository(ProcessorEntity).findOneBy({ id });
      if (!before) throw DomainException.notFound('Processor');
      if (before.version !== version) throw DomainException.conflict('Processor');
      const patch: Partial<ProcessorEntity> = {};
      for (const key of PROCESSOR_AUDITED_FIELDS) {
        if (input[key] !== undefined) (patch as Record<string, unknown>)[key] = input[key];
      }
      const changes = diff(before, { ...before, ...patch }, [...PROCESSOR_AUDITED_FIELDS]);
      if (Object.keys(changes).length === 0) return before;
      const result = await em
        .createQueryBuilder()
        .update(ProcessorEntity)
        .set({ ...patch, updatedAt: this.clock.now(), version: () => 'version + 1' })
        .where('id = :id AND version = :version', { id, version })
        .returning('*')
        .execute();
      if (result.affected !== 1) throw DomainException.conflict('Processor');
      await this.audit.record(em, meta, { action: 'processor.update', entityType: 'Processor', entityId: id, details: { changes, version: version + 1 } });
      return em.getRepository(ProcessorEntity).findOneByOrFail({ id });
    });
  }

  async remove(meta: RequestMeta, id: string): Promise<ProcessorEntity> {
    requirePermission(meta, 'processor.delete');
    return this.dataSource.transaction(async (em) => {
      const before = await em.getRepository(ProcessorEntity).createQueryBuilder('p').setLock('pessimistic_write').where('p.id = :id', { id }).getOne();
      if (!before) throw DomainException.notFound('Processor');
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

  private filtered(filter: ProcessorFilter = {}) {
    const qb = this.dataSource.getRepository(ProcessorEntity).createQueryBuilder('p');
    if (filter.ids) qb.andWhere('p.id IN (:...ids)', { ids: filter.ids.length ? filter.ids : [null] });
    if (filter.establishmentCountry) qb.andWhere('p.establishmentCountry = :country', { country: filter.establishmentCountry });
    if (filter.serviceKind) qb.andWhere('p.serviceKind = :serviceKind', { serviceKind: filter.serviceKind });
    if (filter.lifecycle) qb.andWhere('p.lifecycle = :lifecycle', { lifecycle: filter.lifecycle });
    if (filter.q?.trim()) {
      qb.andWhere(
        '(p.name ILIKE :q OR p.registrationNumber ILIKE :q OR p.privacyContactName ILIKE :q OR p.privacyContactEmail ILIKE :q OR p.website ILIKE :q)',
        { q: likePattern(filter.q.trim()) },
      );
    }
    return qb;
  }
}
