import { randomUUID } from 'node:crypto';
import { Inject, Injectable, type OnModuleDestroy } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Clock } from '@tilsyn/domain';
import type { Logger } from 'pino';
import { DataSource, In, type EntityManager } from 'typeorm';
import type { RequestMeta } from '../../common/actor.js';
import { CLOCK, LOGGER } from '../../common/clock.js';
import { applyListArgs, likePattern, type ListArgs } from '../../common/list-args.js';
import { chainHash, detailsHashOf, GENESIS_HASH, verifyRun, type ChainBreak, type StoredEvent } from './audit-chain.js';
import { AuditEventDetailEntity, AuditEventEntity, type ActorType } from './audit-event.entity.js';

/** Serialises appends to the chain; held until the surrounding transaction commits. */
const AUDIT_CHAIN_LOCK = 7_301_992;
const VERIFY_BATCH = 5000;

export interface AuditInput {
  action: string;
  entityType: string;
  entityId?: string | null;
  /** Before/after values and context; stored erasably, chained only as a hash. */
  details?: Record<string, unknown> | null;
}

export interface AuditFilter {
  ids?: string[];
  q?: string;
  entityType?: string;
  entityId?: string;
  action?: string;
  actorId?: string;
}

export interface AuditVerificationResult {
  ok: boolean;
  checkedEvents: number;
  firstBroken?: ChainBreak;
}

/** Field-by-field before/after of the keys that changed. */
export function diff<T extends object>(before: T | null, after: T | null, keys: (keyof T)[]): Record<string, { before: unknown; after: unknown }> {
  const changes: Record<string, { before: unknown; after: unknown }> = {};
  for (const key of keys) {
    const b = before ? (before[key] ?? null) : null;
    const a = after ? (after[key] ?? null) : null;
    const norm = (v: unknown) => (v instanceof Date ? v.toISOString() : v);
    if (JSON.stringify(norm(b)) !== JSON.stringify(norm(a))) changes[String(key)] = { before: norm(b), after: norm(a) };
  }
  return changes;
}

/** How long repeats of one anonymous event are counted before their total is written. */
export const REPEAT_WINDOW_MS = 60_000;
/** Distinct repeated events counted at once; past this, every count is written and counting starts over. */
const MAX_REPEAT_KEYS = 1000;

interface RepeatWindow {
  input: AuditInput;
  count: number;
  firstAt: Date;
  lastAt: Date;
  until: number;
}

@Injectable()
export class AuditService implements OnModuleDestroy {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {}

  private readonly repeats = new Map<string, RepeatWindow>();
  private repeatTimer: NodeJS.Timeout | undefined;

  /**
   * Appends one event inside the caller's transaction (`em`), so the event exists exactly when the
   * change it describes does.
   */
  async record(em: EntityManager, meta: Pick<RequestMeta, 'actor' | 'requestId'>, input: AuditInput, actorType?: ActorType): Promise<AuditEventEntity> {
    await em.query('SELECT pg_advisory_xact_lock($1)', [AUDIT_CHAIN_LOCK]);
    const head = (await em.query('SELECT seq, hash FROM audit_event ORDER BY seq DESC LIMIT 1')) as { seq: string; hash: string }[];
    const previousHash = head[0]?.hash ?? GENESIS_HASH;
    const details = input.details ?? null;
    const event = em.create(AuditEventEntity, {
      id: randomUUID(),
      seq: head[0] ? Number(head[0].seq) + 1 : 1,
      occurredAt: this.clock.now(),
      actorType: actorType ?? meta.actor?.type ?? 'ANONYMOUS',
      actorId: meta.actor?.id ?? null,
      action: input.action,
      entityType: input.entityType,
      entityId: input.entityId ?? null,
      requestId: meta.requestId || null,
      detailsHash: detailsHashOf(details),
      previousHash,
    });
    event.hash = chainHash(previousHash, event);
    await em.insert(AuditEventEntity, event);
    await em.insert(AuditEventDetailEntity, { eventId: event.id, details: details as never, erasedAt: null });
    return event;
  }

  /** For events that must survive a failed operation (denied calls, failed sign-ins). */
  async recordStandalone(meta: Pick<RequestMeta, 'actor' | 'requestId'>, input: AuditInput, actorType?: ActorType): Promise<void> {
    try {
      await this.dataSource.transaction((em) => this.record(em, meta, input, actorType));
    } catch (error) {
      this.logger.error({ err: error, action: input.action }, 'could not write audit event');
    }
  }

  /**
   * For events anybody can cause without signing in (denied anonymous calls, rate-limited
   * requests; issue 15, item 9): the first occurrence in a minute is written as a chained event at
   * once; identical ones in the same minute are only counted, and their total is written as one
   * `<action>.repeated` event (count, first and last time) when the minute ends, when counting
   * must start over, or when the app stops. The evidence stays in the chain; a flood no longer adds
   * a row per request.
   */
  async recordRepeatable(meta: Pick<RequestMeta, 'actor' | 'requestId'>, input: AuditInput): Promise<void> {
    const key = JSON.stringify([input.action, input.entityType, input.entityId ?? null, input.details ?? null]);
    const now = Date.now();
    const open = this.repeats.get(key);
    if (open && open.until > now) {
      open.count++;
      open.lastAt = this.clock.now();
      return;
    }
    if (open) await this.flushRepeat(key, open);
    if (this.repeats.size >= MAX_REPEAT_KEYS) await this.flushRepeats(true);
    const at = this.clock.now();
    this.repeats.set(key, { input, count: 0, firstAt: at, lastAt: at, until: now + REPEAT_WINDOW_MS });
    this.repeatTimer ??= setInterval(() => void this.flushRepeats(false), REPEAT_WINDOW_MS).unref();
    await this.recordStandalone(meta, input);
  }

  /** Writes the counts of ended windows (all of them with `all`). */
  async flushRepeats(all: boolean): Promise<void> {
    const now = Date.now();
    for (const [key, window] of [...this.repeats]) if (all || window.until <= now) await this.flushRepeat(key, window);
  }

  private async flushRepeat(key: string, window: RepeatWindow): Promise<void> {
    this.repeats.delete(key);
    if (window.count === 0) return;
    const { input } = window;
    await this.recordStandalone(
      { actor: undefined, requestId: '' },
      { action: `${input.action}.repeated`, entityType: input.entityType, entityId: input.entityId ?? null, details: { ...input.details, repeated: window.count, from: window.firstAt.toISOString(), to: window.lastAt.toISOString() } },
      'SYSTEM',
    );
  }

  async onModuleDestroy(): Promise<void> {
    if (this.repeatTimer) clearInterval(this.repeatTimer);
    this.repeatTimer = undefined;
    await this.flushRepeats(true);
  }

  /** Walks the whole chain in seq order and reports the first broken link. */
  async verify(): Promise<AuditVerificationResult> {
    let previous = { seq: 0, hash: GENESIS_HASH };
    let checked = 0;
    for (;;) {
      const rows = (await this.dataSource.query(
        `SELECT e.id, e.seq, e.occurred_at, e.actor_type, e.actor_id, e.action, e.entity_type, e.entity_id, e.request_id,
                e.details_hash, e.previous_hash, e.hash, d.event_id IS NOT NULL AS has_detail, d.details, d.erased_at
           FROM audit_event e LEFT JOIN audit_event_detail d ON d.event_id = e.id
          WHERE e.seq > $1 ORDER BY e.seq LIMIT $2`,
        [previous.seq, VERIFY_BATCH],
      )) as Record<string, unknown>[];
      if (rows.length === 0) return { ok: true, checkedEvents: checked };
      const events: StoredEvent[] = rows.map((r) => ({
        id: r.id as string,
        seq: Number(r.seq),
        occurredAt: r.occurred_at as Date,
        actorType: r.actor_type as string,
        actorId: (r.actor_id as string | null) ?? null,
        action: r.action as string,
        entityType: r.entity_type as string,
        entityId: (r.entity_id as string | null) ?? null,
        requestId: (r.request_id as string | null) ?? null,
        detailsHash: r.details_hash as string,
        previousHash: r.previous_hash as string,
        hash: r.hash as string,
        details: r.has_detail ? ((r.details as Record<string, unknown> | null) ?? null) : undefined,
        detailsErased: r.erased_at !== null && r.erased_at !== undefined,
      }));
      const broken = verifyRun(previous, events);
      if (broken) {
        this.logger.warn({ seq: broken.seq, reason: broken.reason }, 'audit chain verification found a broken link');
        return { ok: false, checkedEvents: checked + events.findIndex((e) => e.seq >= broken.seq), firstBroken: broken };
      }
      checked += events.length;
      const last = events[events.length - 1];
      previous = { seq: last.seq, hash: last.hash };
    }
  }

  async list(args: ListArgs & { filter?: AuditFilter }): Promise<AuditEventEntity[]> {
    const qb = this.filtered(args.filter);
    return applyListArgs(qb, args, { seq: 'e.seq', occurredAt: 'e.occurredAt', action: 'e.action', entityType: 'e.entityType' }, { field: 'seq', order: 'DESC' }).getMany();
  }

  async count(filter?: AuditFilter): Promise<number> {
    return this.filtered(filter).getCount();
  }

  async findOne(id: string): Promise<AuditEventEntity | null> {
    return this.dataSource.getRepository(AuditEventEntity).findOneBy({ id });
  }

  /** Details of many events in one query (DataLoader batch). */
  async detailsByEventIds(ids: readonly string[]): Promise<Map<string, Record<string, unknown> | null>> {
    const rows = await this.dataSource.getRepository(AuditEventDetailEntity).findBy({ eventId: In([...ids]) });
    return new Map(rows.map((r) => [r.eventId, r.details]));
  }

  /** Every event about each of the given entities, oldest first (DataLoader batch). */
  async byEntities(entityType: string, entityIds: readonly string[]): Promise<Map<string, (AuditEventEntity & { details: Record<string, unknown> | null })[]>> {
    const rows = (await this.dataSource.query(
      `SELECT e.id, e.seq, e.occurred_at, e.actor_type, e.actor_id, e.action, e.entity_type, e.entity_id, e.request_id,
              e.details_hash, e.previous_hash, e.hash, d.details
         FROM audit_event e LEFT JOIN audit_event_detail d ON d.event_id = e.id
        WHERE e.entity_type = $1 AND e.entity_id = ANY($2) ORDER BY e.seq`,
      [entityType, [...entityIds]],
    )) as Record<string, unknown>[];
    const byId = new Map<string, (AuditEventEntity & { details: Record<string, unknown> | null })[]>();
    for (const r of rows) {
      const event = Object.assign(new AuditEventEntity(), {
        id: r.id, seq: Number(r.seq), occurredAt: r.occurred_at, actorType: r.actor_type, actorId: r.actor_id, action: r.action,
        entityType: r.entity_type, entityId: r.entity_id, requestId: r.request_id, detailsHash: r.details_hash,
        previousHash: r.previous_hash, hash: r.hash, details: (r.details as Record<string, unknown> | null) ?? null,
      }) as AuditEventEntity & { details: Record<string, unknown> | null };
      const list = byId.get(event.entityId!) ?? [];
      list.push(event);
      byId.set(event.entityId!, list);
    }
    return byId;
  }

  private filtered(filter: AuditFilter = {}) {
    const qb = this.dataSource.getRepository(AuditEventEntity).createQueryBuilder('e');
    if (filter.ids) qb.andWhere('e.id IN (:...ids)', { ids: filter.ids.length ? filter.ids : [null] });
    if (filter.entityType) qb.andWhere('e.entityType = :entityType', { entityType: filter.entityType });
    if (filter.entityId) qb.andWhere('e.entityId = :entityId', { entityId: filter.entityId });
    if (filter.action) qb.andWhere('e.action = :action', { action: filter.action });
    if (filter.actorId) qb.andWhere('e.actorId = :actorId', { actorId: filter.actorId });
    if (filter.q) qb.andWhere('(e.action ILIKE :q OR e.entityType ILIKE :q OR e.entityId ILIKE :q)', { q: likePattern(filter.q) });
    return qb;
  }
}
