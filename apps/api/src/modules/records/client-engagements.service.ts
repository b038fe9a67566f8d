import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { copenhagenDate, type Clock } from '@tilsyn/domain';
import { Brackets, DataSource } from 'typeorm';
import { requirePermission } from '../../common/access.js';
import type { RequestMeta } from '../../common/actor.js';
import { CLOCK } from '../../common/clock.js';
import { requireIsoDates } from '../../common/dates.js';
import { DomainException } from '../../common/domain-exception.js';
import { applyListArgs, likePattern } from '../../common/list-args.js';
import { updateVersioned } from '../../database/versioned-update.js';
import { AuditService, diff } from '../audit/audit.service.js';
import type { ClientEngagementFilter, ClientEngagementListArgs, CreateClientEngagementArgs, UpdateClientEngagementArgs } from './dto/client-engagement.args.js';
import { assertProcessorsExist, normaliseRecordInput, processorsOf, rejectBlank, rejectNull } from './records-input.js';
import { ClientEngagementEntity } from './records.entities.js';
import { ENGAGEMENT_FIELDS } from './records.mapper.js';
import type { RecordProcessorModel } from './records.model.js';

const SORTABLE = { clientName: 'c.clientName', startedOn: 'c.startedOn', endedOn: 'c.endedOn', createdAt: 'c.createdAt', updatedAt: 'c.updatedAt' };
const REQUIRED_TEXT = ['clientName', 'processingCategories'] as const;
const OPTIONAL_TEXT = ['clientRegistrationNumber', 'clientContact', 'clientDpoContact', 'transfersNote', 'securityMeasures', 'agreementReference', 'startedOn', 'endedOn'] as const;
const LISTS = ['dataSubjectCategories', 'dataCategories', 'processorIds'] as const;

type EngagementInput = Partial<CreateClientEngagementArgs>;

/** An engagement cannot end before it started (the table's CHECK says the same; this names the field). */
function rejectEndBeforeStart(startedOn: string | null | undefined, endedOn: string | null | undefined): void {
  if (startedOn && endedOn && endedOn < startedOn) throw DomainException.badInput('endedOn', 'AT_LEAST', { min: startedOn });
}

/**
 * The Art. 30(2) record: the clients we act for as processor. Role checked, one transaction with
 * the audit event, CONFLICT on a stale version.
 */
@Injectable()
export class ClientEngagementsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(CLOCK) private readonly clock: Clock,
    private readonly audit: AuditService,
  ) {}

  async list(meta: RequestMeta, args: ClientEngagementListArgs): Promise<ClientEngagementEntity[]> {
    requirePermission(meta, 'records.read');
    return applyListArgs(this.filtered(args.filter), args, SORTABLE, { field: 'clientName', order: 'ASC' }).getMany();
  }

  async count(meta: RequestMeta, filter?: ClientEngagementFilter): Promise<number> {
    requirePermission(meta, 'records.read');
    return this.filtered(filter).getCount();
  }

  async get(meta: RequestMeta, id: string): Promise<ClientEngagementEntity> {
    requirePermission(meta, 'records.read');
    const found = await this.dataSource.getRepository(ClientEngagementEntity).findOneBy({ id });
    if (!found) throw DomainException.notFound('ClientEngagement');
    return found;
  }

  /** The sub-processors a page of engagements names, in one query. */
  processorsOf(records: readonly { processorIds: string[] }[]): Promise<RecordProcessorModel[][]> {
    return processorsOf(this.dataSource.manager, records);
  }

  async create(meta: RequestMeta, args: CreateClientEngagementArgs): Promise<ClientEngagementEntity> {
    requirePermission(meta, 'records.write');
    const input = this.checked(args, true);
    rejectEndBeforeStart(input.startedOn, input.endedOn);
    const now = this.clock.now();
    return this.dataSource.transaction(async (em) => {
      await assertProcessorsExist(em, input.processorIds);
      const values: Partial<ClientEngagementEntity> = { version: 1, createdAt: now, updatedAt: now };
      for (const key of ENGAGEMENT_FIELDS) if (input[key] !== undefined) (values as Record<string, unknown>)[key] = input[key];
      const saved = await em.save(em.create(ClientEngagementEntity, values));
      await this.audit.record(em, meta, { action: 'client_engagement.create', entityType: 'ClientEngagement', entityId: saved.id, details: { changes: diff(null, saved, [...ENGAGEMENT_FIELDS]) } });
      return saved;
    });
  }

  async update(meta: RequestMeta, args: UpdateClientEngagementArgs): Promise<ClientEngagementEntity> {
    requirePermission(meta, 'records.write');
    const { id, version, ...rest } = args;
    const input = this.checked(rest, false);
    return this.dataSource.transaction(async (em) => {
      const before = await em.getRepository(ClientEngagementEntity).findOneBy({ id });
      if (!before) throw DomainException.notFound('ClientEngagement');
      if (before.version !== version) throw DomainException.conflict('ClientEngagement');
      // The dates as they will be: a new end date is checked against the stored start, and back.
      rejectEndBeforeStart(input.startedOn !== undefined ? input.startedOn : before.startedOn, input.endedOn !== undefined ? input.endedOn : before.endedOn);
      if (input.processorIds !== undefined) await assertProcessorsExist(em, input.processorIds);
      const patch: Partial<ClientEngagementEntity> = {};
      for (const key of ENGAGEMENT_FIELDS) if (input[key] !== undefined) (patch as Record<string, unknown>)[key] = input[key];
      const changes = diff(before, { ...before, ...patch }, [...ENGAGEMENT_FIELDS]);
      if (Object.keys(changes).length === 0) return before;
      await updateVersioned(em, ClientEngagementEntity, id, version, patch, this.clock.now(), 'ClientEngagement');
      await this.audit.record(em, meta, { action: 'client_engagement.update', entityType: 'ClientEngagement', entityId: id, details: { changes, version: version + 1 } });
      return em.getRepository(ClientEngagementEntity).findOneByOrFail({ id });
    });
  }

  /** Removes an engagement recorded by mistake (one that ended gets endedOn instead; both stay in the history table). */
  async remove(meta: RequestMeta, id: string): Promise<ClientEngagementEntity> {
    requirePermission(meta, 'records.write');
    return this.dataSource.transaction(async (em) => {
      const before = await em.getRepository(ClientEngagementEntity).createQueryBuilder('c').setLock('pessimistic_write').where('c.id = :id', { id }).getOne();
      if (!before) throw DomainException.notFound('ClientEngagement');
      await em.delete(ClientEngagementEntity, { id });
      await this.audit.record(em, meta, { action: 'client_engagement.delete', entityType: 'ClientEngagement', entityId: id, details: { changes: diff(before, null, [...ENGAGEMENT_FIELDS]) } });
      return before;
    });
  }

  private checked<T extends EngagementInput>(raw: T, requireAll: boolean): T {
    const input = normaliseRecordInput(raw, REQUIRED_TEXT, OPTIONAL_TEXT, LISTS);
    rejectBlank(input, REQUIRED_TEXT, requireAll);
    rejectNull(input, LISTS);
    requireIsoDates(input, ['startedOn', 'endedOn']);
    return input;
  }

  private filtered(filter: ClientEngagementFilter = {}) {
    const qb = this.dataSource.getRepository(ClientEngagementEntity).createQueryBuilder('c');
    if (filter.ids) qb.andWhere('c.id IN (:...ids)', { ids: filter.ids.length ? filter.ids : [null] });
    if (filter.processorId) qb.andWhere(':processorId = ANY(c.processorIds)', { processorId: filter.processorId });
    if (filter.active !== undefined) {
      const inForce = '((c.startedOn IS NULL OR c.startedOn <= :today) AND (c.endedOn IS NULL OR c.endedOn >= :today))';
      qb.andWhere(filter.active ? inForce : `NOT ${inForce}`, { today: copenhagenDate(this.clock.now()) });
    }
    if (filter.q?.trim()) {
      const q = likePattern(filter.q.trim());
      qb.andWhere(
        new Brackets((w) =>
          w.where('c.clientName ILIKE :q', { q }).orWhere('c.clientRegistrationNumber ILIKE :q').orWhere('c.clientContact ILIKE :q').orWhere('c.processingCategories ILIKE :q'),
        ),
      );
    }
    return qb;
  }
}
