import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { assessSubprocessorLink, copenhagenDate, type Clock } from '@tilsyn/domain';
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
import type { CreateSubprocessorLinkArgs, DecideSubprocessorArgs, ObjectToSubprocessorArgs, SubprocessorLinkFilter, SubprocessorLinkListArgs, UpdateSubprocessorLinkArgs } from './dto/subprocessor-link.args.js';
import { SubprocessorLinkEntity } from './subprocessor-link.entity.js';
import type { SubprocessorLinkModel } from './subprocessor-link.model.js';

const FIELDS = ['regime', 'noticeDays', 'notifiedOn', 'objectedOn', 'objectionReason', 'approvedOn', 'firstUsedOn'] as const;
/** Serialises chain edits, so two concurrent links cannot close a cycle between them. */
const CHAIN_LOCK = 7_301_993;


@Injectable()
export class SubprocessorLinksService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(CLOCK) private readonly clock: Clock,
    private readonly audit: AuditService,
  ) {}

  toModel(link: SubprocessorLinkEntity): SubprocessorLinkModel {
    const result = assessSubprocessorLink(link, copenhagenDate(this.clock.now()));
    return { ...link, authorised: result.authorised, authorisedFrom: result.authorisedFrom, objectionDeadline: result.objectionDeadline, findings: result.findings };
  }

  async byProcessorIds(ids: readonly string[], side: 'processorId' | 'subprocessorId'): Promise<Map<string, SubprocessorLinkModel[]>> {
    const rows = await this.dataSource.getRepository(SubprocessorLinkEntity).find({ where: { [side]: In([...ids]) }, order: { createdAt: 'ASC' } });
    const map = new Map<string, SubprocessorLinkModel[]>();
    for (const row of rows) map.set(row[side], [...(map.get(row[side]) ?? []), this.toModel(row)]);
    return map;
  }

  async list(meta: RequestMeta, args: SubprocessorLinkListArgs): Promise<SubprocessorLinkEntity[]> {
    requirePermission(meta, 'processor.read');
    return applyListArgs(this.filtered(args.filter), args, { createdAt: 'l.createdAt', firstUsedOn: 'l.firstUsedOn', notifiedOn: 'l.notifiedOn' }, { field: 'createdAt', order: 'ASC' }).getMany();
  }

  async count(meta: RequestMeta, filter?: SubprocessorLinkFilter): Promise<number> {
    requirePermission(meta, 'processor.read');
    return this.filtered(filter).getCount();
  }

  async get(meta: RequestMeta, id: string): Promise<SubprocessorLinkEntity> {
    requirePermission(meta, 'processor.read');
    const link = await this.dataSource.getRepository(SubprocessorLinkEntity).findOneBy({ id });
    if (!link) throw DomainException.notFound('SubprocessorLink');
    return link;
  }

  async create(meta: RequestMeta, args: CreateSubprocessorLinkArgs): Promise<SubprocessorLinkEntity> {
    requirePermission(meta, 'subprocessor.write');
    requireIsoDates(args, ['notifiedOn', 'firstUsedOn']);
    if (args.processorId === args.subprocessorId) throw DomainException.badInput('subprocessorId', 'CYCLE');
    if (args.regime === 'GENERAL' && args.noticeDays == null) throw DomainException.badInput('noticeDays', 'REQUIRED');
    return this.dataSource.transaction(async (em) => {
      await em.query('SELECT pg_advisory_xact_lock($1)', [CHAIN_LOCK]);
      for (const [field, id] of [['processorId', args.processorId], ['subprocessorId', args.subprocessorId]] as const) {
        if (!(await em.getRepository(ProcessorEntity).existsBy({ id }))) throw DomainException.badInput(field, 'INVALID_VALUE');
      }
      await this.assertNoCycle(em, args.processorId, args.subprocessorId);
      if (await em.getRepository(SubprocessorLinkEntity).existsBy({ processorId: args.processorId, subprocessorId: args.subprocessorId })) {
        throw DomainException.badInput('subprocessorId', 'ALREADY_IN_USE');
      }
      const now = this.clock.now();
      const saved = await em.save(
        em.create(SubprocessorLinkEntity, {
          processorId: args.processorId,
          subprocessorId: args.subprocessorId,
          regime: args.regime,
          noticeDays: args.regime === 'GENERAL' ? (args.noticeDays ?? null) : null,
          notifiedOn: args.notifiedOn ?? null,
          firstUsedOn: args.firstUsedOn ?? null,
          version: 1,
          createdAt: now,
          updatedAt: now,
        }),
      );
      await this.audit.record(em, meta, { action: 'subprocessor_link.create', entityType: 'SubprocessorLink', entityId: saved.id, details: { processorId: args.processorId, subprocessorId: args.subprocessorId, changes: diff(null, saved, [...FIELDS]) } });
      return saved;
    });
  }

  async update(meta: RequestMeta, args: UpdateSubprocessorLinkArgs): Promise<SubprocessorLinkEntity> {
    requirePermission(meta, 'subprocessor.write');
    requireIsoDates(args, ['notifiedOn', 'firstUsedOn']);
    if (args.regime === null) throw DomainException.badInput('regime', 'REQUIRED');
    const patch: Partial<SubprocessorLinkEntity> = {};
    for (const key of ['regime', 'noticeDays', 'notifiedOn', 'firstUsedOn'] as const) if (args[key] !== undefined) (patch as Record<string, unknown>)[key] = args[key];
    return this.change(meta, args.id, args.version, 'subprocessor_link.update', (before) => {
      const regime = patch.regime ?? before.regime;
      if (regime === 'GENERAL' && (patch.noticeDays !== undefined ? patch.noticeDays : before.noticeDays) == null) throw DomainException.badInput('noticeDays', 'REQUIRED');
      return patch;
    });
  }

  /** Our objection (Art. 28(2)): the sub-processor no longer counts as authorised. */
  async object(meta: RequestMeta, args: ObjectToSubprocessorArgs): Promise<SubprocessorLinkEntity> {
    requirePermission(meta, 'subprocessor.decide');
    requireIsoDates(args, ['on']);
    if (!args.reason.trim()) throw DomainException.badInput('reason', 'REQUIRED');
    return this.change(meta, args.id, args.version, 'subprocessor_link.object', () => ({ objectedOn: args.on, objectionReason: args.reason.trim(), approvedOn: null }));
  }

  /** Our prior approval: the authorisation SPECIFIC requires, or an early yes under GENERAL. */
  async approve(meta: RequestMeta, args: DecideSubprocessorArgs): Promise<SubprocessorLinkEntity> {
    requirePermission(meta, 'subprocessor.decide');
    requireIsoDates(args, ['on']);
    return this.change(meta, args.id, args.version, 'subprocessor_link.approve', () => ({ approvedOn: args.on, objectedOn: null, objectionReason: null }));
  }

  async remove(meta: RequestMeta, id: string): Promise<SubprocessorLinkEntity> {
    requirePermission(meta, 'subprocessor.write');
    return this.dataSource.transaction(async (em) => {
      const before = await em.getRepository(SubprocessorLinkEntity).findOneBy({ id });
      if (!before) throw DomainException.notFound('SubprocessorLink');
      await em.delete(SubprocessorLinkEntity, { id });
      await this.audit.record(em, meta, { action: 'subprocessor_link.delete', entityType: 'SubprocessorLink', entityId: id, details: { processorId: before.processorId, subprocessorId: before.subprocessorId } });
      return before;
    });
  }

  private async change(meta: RequestMeta, id: string, version: number, action: string, makePatch: (before: SubprocessorLinkEntity) => Partial<SubprocessorLinkEntity>): Promise<SubprocessorLinkEntity> {
    return this.dataSource.transaction(async (em) => {
      const before = await em.getRepository(SubprocessorLinkEntity).findOneBy({ id });
      if (!before) throw DomainException.notFound('SubprocessorLink');
      if (before.version !== version) throw DomainException.conflict('SubprocessorLink');
      const patch = makePatch(before);
      await updateVersioned(em, SubprocessorLinkEntity, id, version, patch, this.clock.now(), 'SubprocessorLink');
      await this.audit.record(em, meta, { action, entityType: 'SubprocessorLink', entityId: id, details: { changes: diff(before, { ...before, ...patch }, [...FIELDS]) } });
      return em.getRepository(SubprocessorLinkEntity).findOneByOrFail({ id });
    });
  }

  /** Refuses a link that would put a processor under itself, directly or further down. */
  private async assertNoCycle(em: EntityManager, parentId: string, childId: string): Promise<void> {
    const rows = (await em.query(
      `WITH RECURSIVE below(id) AS (
         SELECT $1::uuid
         UNION
         SELECT l.subprocessor_id FROM subprocessor_link l JOIN below b ON l.processor_id = b.id
       ) SELECT 1 FROM below WHERE id = $2::uuid LIMIT 1`,
      [childId, parentId],
    )) as unknown[];
    if (rows.length > 0) throw DomainException.badInput('subprocessorId', 'CYCLE');
  }

  private filtered(filter: SubprocessorLinkFilter = {}) {
    const qb = this.dataSource.getRepository(SubprocessorLinkEntity).createQueryBuilder('l');
    if (filter.ids) qb.andWhere('l.id IN (:...ids)', { ids: filter.ids.length ? filter.ids : [null] });
    if (filter.processorId) qb.andWhere('l.processorId = :processorId', { processorId: filter.processorId });
    if (filter.subprocessorId) qb.andWhere('l.subprocessorId = :subprocessorId', { subprocessorId: filter.subprocessorId });
    return qb;
  }
}
