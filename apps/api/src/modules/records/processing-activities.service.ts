import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { copenhagenDate, type Clock } from '@tilsyn/domain';
import { Brackets, DataSource, In, type EntityManager } from 'typeorm';
import { requirePermission } from '../../common/access.js';
import type { RequestMeta } from '../../common/actor.js';
import { CLOCK } from '../../common/clock.js';
import { requireIsoDates } from '../../common/dates.js';
import { DomainException } from '../../common/domain-exception.js';
import { applyListArgs, likePattern } from '../../common/list-args.js';
import { updateVersioned } from '../../database/versioned-update.js';
import { AuditService, diff } from '../audit/audit.service.js';
import type { CreateProcessingActivityArgs, ProcessingActivityFilter, ProcessingActivityListArgs, UpdateProcessingActivityArgs } from './dto/processing-activity.args.js';
import { assertProcessorsExist, isUniqueViolation, normaliseRecordInput, processorsOf, rejectBlank, rejectNull } from './records-input.js';
import { ProcessingActivityEntity, RetentionRuleEntity } from './records.entities.js';
import { ACTIVITY_FIELDS, toRetentionRuleModel } from './records.mapper.js';
import type { RecordProcessorModel, RetentionRuleModel } from './records.model.js';

const SORTABLE = { name: 'a.name', updatedAt: 'a.updatedAt', createdAt: 'a.createdAt', endedOn: 'a.endedOn' };
const REQUIRED_TEXT = ['name', 'purposes'] as const;
const OPTIONAL_TEXT = ['legalBasis', 'otherRecipients', 'securityMeasures', 'notes', 'endedOn'] as const;
const LISTS = ['dataSubjectCategories', 'dataCategories', 'processorIds'] as const;
const UNIQUE_NAME = 'processing_activity_name_uq';

type ActivityInput = Partial<CreateProcessingActivityArgs>;

/**
 * The Art. 30(1) record: our processing activities as controller. Each write checks the role,
 * runs in one transaction with its audit event, and refuses a stale version (CONFLICT).
 */
@Injectable()
export class ProcessingActivitiesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(CLOCK) private readonly clock: Clock,
    private readonly audit: AuditService,
  ) {}

  async list(meta: RequestMeta, args: ProcessingActivityListArgs): Promise<ProcessingActivityEntity[]> {
    requirePermission(meta, 'records.read');
    return applyListArgs(this.filtered(args.filter), args, SORTABLE, { field: 'name', order: 'ASC' }).getMany();
  }

  async count(meta: RequestMeta, filter?: ProcessingActivityFilter): Promise<number> {
    requirePermission(meta, 'records.read');
    return this.filtered(filter).getCount();
  }

  async get(meta: RequestMeta, id: string): Promise<ProcessingActivityEntity> {
    requirePermission(meta, 'records.read');
    const found = await this.dataSource.getRepository(ProcessingActivityEntity).findOneBy({ id });
    if (!found) throw DomainException.notFound('ProcessingActivity');
    return found;
  }

  /** The retention rules of a page of activities, in one query, each activity's by label. */
  async rulesByActivityIds(ids: readonly string[]): Promise<Map<string, RetentionRuleModel[]>> {
    const map = new Map<string, RetentionRuleModel[]>();
    if (ids.length === 0) return map;
    const rows = await this.dataSource.getRepository(RetentionRuleEntity).find({ where: { activityId: In([...ids]) }, order: { label: 'ASC', createdAt: 'ASC', id: 'ASC' } });
    for (const row of rows) map.set(row.activityId, [...(map.get(row.activityId) ?? []), toRetentionRuleModel(row)]);
    return map;
  }

  /** The processors a page of activities names, in one query. */
  processorsOf(records: readonly { processorIds: string[] }[]): Promise<RecordProcessorModel[][]> {
    return processorsOf(this.dataSource.manager, records);
  }

  async create(meta: RequestMeta, args: CreateProcessingActivityArgs): Promise<ProcessingActivityEntity> {
    requirePermission(meta, 'records.write');
    const input = this.checked(args, true);
    const now = this.clock.now();
    return this.dataSource.transaction(async (em) => {
      await this.assertNameFree(em, input.name!, null);
      await assertProcessorsExist(em, input.processorIds);
      const values: Partial<ProcessingActivityEntity> = { version: 1, createdAt: now, updatedAt: now };
      for (const key of ACTIVITY_FIELDS) if (input[key] !== undefined) (values as Record<string, unknown>)[key] = input[key];
      const saved = await this.saving(() => em.save(em.create(ProcessingActivityEntity, values)));
      await this.audit.record(em, meta, { action: 'processing_activity.create', entityType: 'ProcessingActivity', entityId: saved.id, details: { changes: diff(null, saved, [...ACTIVITY_FIELDS]) } });
      return saved;
    });
  }

  /** Optimistic locking in the UPDATE itself (`WHERE id = $1 AND version = $2`, versioned-update.ts). */
  async update(meta: RequestMeta, args: UpdateProcessingActivityArgs): Promise<ProcessingActivityEntity> {
    requirePermission(meta, 'records.write');
    const { id, version, ...rest } = args;
    const input = this.checked(rest, false);
    return this.dataSource.transaction(async (em) => {
      const before = await em.getRepository(ProcessingActivityEntity).findOneBy({ id });
      if (!before) throw DomainException.notFound('ProcessingActivity');
      if (before.version !== version) throw DomainException.conflict('ProcessingActivity');
      if (input.name !== undefined) await this.assertNameFree(em, input.name!, id);
      if (input.processorIds !== undefined) await assertProcessorsExist(em, input.processorIds);
      const patch: Partial<ProcessingActivityEntity> = {};
      for (const key of ACTIVITY_FIELDS) if (input[key] !== undefined) (patch as Record<string, unknown>)[key] = input[key];
      const changes = diff(before, { ...before, ...patch }, [...ACTIVITY_FIELDS]);
      if (Object.keys(changes).length === 0) return before;
      await this.saving(() => updateVersioned(em, ProcessingActivityEntity, id, version, patch, this.clock.now(), 'ProcessingActivity'));
      await this.audit.record(em, meta, { action: 'processing_activity.update', entityType: 'ProcessingActivity', entityId: id, details: { changes, version: version + 1 } });
      return em.getRepository(ProcessingActivityEntity).findOneByOrFail({ id });
    });
  }

  /**
   * Removes an activity recorded by mistake, with its retention rules (an activity that stopped is
   * ended with endedOn instead; both stay in the history tables).
   */
  async remove(meta: RequestMeta, id: string): Promise<ProcessingActivityEntity> {
    requirePermission(meta, 'records.write');
    return this.dataSource.transaction(async (em) => {
      const before = await em.getRepository(ProcessingActivityEntity).createQueryBuilder('a').setLock('pessimistic_write').where('a.id = :id', { id }).getOne();
      if (!before) throw DomainException.notFound('ProcessingActivity');
      const rules = await em.getRepository(RetentionRuleEntity).find({ where: { activityId: id }, order: { label: 'ASC' } });
      await em.delete(ProcessingActivityEntity, { id });
      await this.audit.record(em, meta, {
        action: 'processing_activity.delete',
        entityType: 'ProcessingActivity',
        entityId: id,
        details: { changes: diff(before, null, [...ACTIVITY_FIELDS]), retentionRulesDeleted: rules.map((r) => ({ id: r.id, label: r.label })) },
      });
      return before;
    });
  }

  /** Shape is checked by the DTO; here: trimmed, required text present, dates real. */
  private checked<T extends ActivityInput>(raw: T, requireAll: boolean): T {
    const input = normaliseRecordInput(raw, REQUIRED_TEXT, OPTIONAL_TEXT, LISTS);
    rejectBlank(input, REQUIRED_TEXT, requireAll);
    rejectNull(input, LISTS);
    requireIsoDates(input, ['endedOn']);
    return input;
  }

  /** The name is unique, whatever the letter case ("Inkasso" and "inkasso" are one activity). */
  private async assertNameFree(em: EntityManager, name: string, exceptId: string | null): Promise<void> {
    const qb = em.getRepository(ProcessingActivityEntity).createQueryBuilder('a').where('lower(a.name) = lower(:name)', { name });
    if (exceptId) qb.andWhere('a.id <> :exceptId', { exceptId });
    if (await qb.getExists()) throw DomainException.badInput('name', 'ALREADY_IN_USE');
  }

  /** A concurrent insert of the same name loses at the unique constraint: the same answer as the check. */
  private async saving<T>(write: () => Promise<T>): Promise<T> {
    try {
      return await write();
    } catch (error) {
      if (isUniqueViolation(error, UNIQUE_NAME)) throw DomainException.badInput('name', 'ALREADY_IN_USE');
      throw error;
    }
  }

  private filtered(filter: ProcessingActivityFilter = {}) {
    const qb = this.dataSource.getRepository(ProcessingActivityEntity).createQueryBuilder('a');
    if (filter.ids) qb.andWhere('a.id IN (:...ids)', { ids: filter.ids.length ? filter.ids : [null] });
    if (filter.processorId) qb.andWhere(':processorId = ANY(a.processorIds)', { processorId: filter.processorId });
    if (filter.active !== undefined) {
      const today = copenhagenDate(this.clock.now());
      if (filter.active) qb.andWhere('(a.endedOn IS NULL OR a.endedOn >= :today)', { today });
      else qb.andWhere('a.endedOn < :today', { today });
    }
    if (filter.q?.trim()) {
      const q = likePattern(filter.q.trim());
      qb.andWhere(new Brackets((w) => w.where('a.name ILIKE :q', { q }).orWhere('a.purposes ILIKE :q').orWhere('a.legalBasis ILIKE :q').orWhere('a.otherRecipients ILIKE :q')));
    }
    return qb;
  }
}
