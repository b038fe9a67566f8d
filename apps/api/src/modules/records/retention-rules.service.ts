import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Clock } from '@tilsyn/domain';
import { DataSource } from 'typeorm';
import { requirePermission } from '../../common/access.js';
import type { RequestMeta } from '../../common/actor.js';
import { CLOCK } from '../../common/clock.js';
import { DomainException } from '../../common/domain-exception.js';
import { applyListArgs } from '../../common/list-args.js';
import { updateVersioned } from '../../database/versioned-update.js';
import { AuditService, diff } from '../audit/audit.service.js';
import type { CreateRetentionRuleArgs, RetentionRuleFilter, RetentionRuleListArgs, UpdateRetentionRuleArgs } from './dto/retention-rule.args.js';
import { normaliseRecordInput, rejectBlank, rejectNull } from './records-input.js';
import { ProcessingActivityEntity, RetentionRuleEntity } from './records.entities.js';
import { RETENTION_RULE_FIELDS } from './records.mapper.js';

const SORTABLE = { label: 'r.label', period: 'r.period', trigger: 'r.trigger', createdAt: 'r.createdAt', updatedAt: 'r.updatedAt' };
/** label is text; period, unit and trigger may be left out of an update but not cleared. */
const REQUIRED = ['period', 'unit', 'trigger', 'dataCategories'] as const;

/**
 * Art. 30(1)(f): the retention rules of a processing activity, each its own record ("Sagsdata:
 * 5 år efter sagens afslutning"). Same rules of the house as the activities: role checked, one
 * transaction with the audit event, CONFLICT on a stale version.
 */
@Injectable()
export class RetentionRulesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(CLOCK) private readonly clock: Clock,
    private readonly audit: AuditService,
  ) {}

  async list(meta: RequestMeta, args: RetentionRuleListArgs): Promise<RetentionRuleEntity[]> {
    requirePermission(meta, 'records.read');
    return applyListArgs(this.filtered(args.filter), args, SORTABLE, { field: 'label', order: 'ASC' }).getMany();
  }

  async count(meta: RequestMeta, filter?: RetentionRuleFilter): Promise<number> {
    requirePermission(meta, 'records.read');
    return this.filtered(filter).getCount();
  }

  async get(meta: RequestMeta, id: string): Promise<RetentionRuleEntity> {
    requirePermission(meta, 'records.read');
    const found = await this.dataSource.getRepository(RetentionRuleEntity).findOneBy({ id });
    if (!found) throw DomainException.notFound('RetentionRule');
    return found;
  }

  async create(meta: RequestMeta, args: CreateRetentionRuleArgs): Promise<RetentionRuleEntity> {
    requirePermission(meta, 'records.write');
    const input = this.checked(args, true);
    const now = this.clock.now();
    return this.dataSource.transaction(async (em) => {
      // The activity is locked, so it cannot be deleted under the new rule.
      const activity = await em.getRepository(ProcessingActivityEntity).createQueryBuilder('a').setLock('pessimistic_read').where('a.id = :id', { id: input.activityId }).getOne();
      if (!activity) throw DomainException.badInput('activityId', 'UNKNOWN_ID');
      const values: Partial<RetentionRuleEntity> = { activityId: activity.id, dataCategories: [], version: 1, createdAt: now, updatedAt: now };
      for (const key of RETENTION_RULE_FIELDS) if (input[key] !== undefined) (values as Record<string, unknown>)[key] = input[key];
      const saved = await em.save(em.create(RetentionRuleEntity, values));
      await this.audit.record(em, meta, {
        action: 'retention_rule.create',
        entityType: 'RetentionRule',
        entityId: saved.id,
        details: { activityId: activity.id, activityName: activity.name, changes: diff(null, saved, [...RETENTION_RULE_FIELDS]) },
      });
      return saved;
    });
  }

  async update(meta: RequestMeta, args: UpdateRetentionRuleArgs): Promise<RetentionRuleEntity> {
    requirePermission(meta, 'records.write');
    const { id, version, ...rest } = args;
    const input = this.checked(rest, false);
    return this.dataSource.transaction(async (em) => {
      const before = await em.getRepository(RetentionRuleEntity).findOneBy({ id });
      if (!before) throw DomainException.notFound('RetentionRule');
      if (before.version !== version) throw DomainException.conflict('RetentionRule');
      const patch: Partial<RetentionRuleEntity> = {};
      for (const key of RETENTION_RULE_FIELDS) if (input[key] !== undefined) (patch as Record<string, unknown>)[key] = input[key];
      const changes = diff(before, { ...before, ...patch }, [...RETENTION_RULE_FIELDS]);
      if (Object.keys(changes).length === 0) return before;
      await updateVersioned(em, RetentionRuleEntity, id, version, patch, this.clock.now(), 'RetentionRule');
      await this.audit.record(em, meta, { action: 'retention_rule.update', entityType: 'RetentionRule', entityId: id, details: { activityId: before.activityId, changes, version: version + 1 } });
      return em.getRepository(RetentionRuleEntity).findOneByOrFail({ id });
    });
  }

  async remove(meta: RequestMeta, id: string): Promise<RetentionRuleEntity> {
    requirePermission(meta, 'records.write');
    return this.dataSource.transaction(async (em) => {
      const before = await em.getRepository(RetentionRuleEntity).createQueryBuilder('r').setLock('pessimistic_write').where('r.id = :id', { id }).getOne();
      if (!before) throw DomainException.notFound('RetentionRule');
      await em.delete(RetentionRuleEntity, { id });
      await this.audit.record(em, meta, {
        action: 'retention_rule.delete',
        entityType: 'RetentionRule',
        entityId: id,
        details: { activityId: before.activityId, changes: diff(before, null, [...RETENTION_RULE_FIELDS]) },
      });
      return before;
    });
  }

  private checked<T extends Partial<CreateRetentionRuleArgs>>(raw: T, requireAll: boolean): T {
    const input = normaliseRecordInput(raw, ['label'], ['legalReference'], ['dataCategories']);
    rejectBlank(input, ['label'], requireAll);
    rejectNull(input, REQUIRED);
    return input;
  }

  private filtered(filter: RetentionRuleFilter = {}) {
    const qb = this.dataSource.getRepository(RetentionRuleEntity).createQueryBuilder('r');
    if (filter.ids) qb.andWhere('r.id IN (:...ids)', { ids: filter.ids.length ? filter.ids : [null] });
    if (filter.activityId) qb.andWhere('r.activityId = :activityId', { activityId: filter.activityId });
    return qb;
  }
}
