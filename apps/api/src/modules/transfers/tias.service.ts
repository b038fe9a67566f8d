import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { addMonths, copenhagenDate, countryName, tiaActionRefusal, tiaSubmissionGaps, type Clock, type TiaAction } from '@tilsyn/domain';
import { DataSource, In, type EntityManager } from 'typeorm';
import { requirePermission } from '../../common/access.js';
import type { RequestMeta } from '../../common/actor.js';
import { CLOCK } from '../../common/clock.js';
import { DomainException } from '../../common/domain-exception.js';
import { applyListArgs } from '../../common/list-args.js';
import { AuditService, diff } from '../audit/audit.service.js';
import { NotificationsService } from '../notifications/notifications.service.js';
import { ProcessorEntity } from '../processors/processor.entity.js';
import type { CreateTiaArgs, SendBackTiaArgs, TiaContentArgs, TiaFilter, TiaListArgs, TiaVersionArgs, UpdateTiaArgs } from './dto/tia.args.js';
import type { Permission } from '@tilsyn/domain';
import { TiaEntity, TiaTransferEntity, TransferEntity } from './transfer.entities.js';
import type { TiaModel } from './tia.model.js';

const CONTENT = ['title', 'circumstances', 'toolRelied', 'lawsAndPractices', 'guarantees', 'measures', 'proceduralSteps', 'conclusion', 'conclusionRationale', 'reevaluationMonths'] as const;
const TEXT = ['title', 'circumstances', 'toolRelied', 'lawsAndPractices', 'proceduralSteps', 'conclusionRationale'] as const;

function normalise(input: TiaContentArgs): Partial<TiaEntity> {
  const out: Record<string, unknown> = {};
  for (const key of CONTENT) if (input[key] !== undefined) out[key] = input[key];
  for (const key of TEXT) if (typeof out[key] === 'string') out[key] = (out[key] as string).trim() || null;
  if (out.guarantees === null) out.guarantees = [];
  if (out.measures === null) out.measures = [];
  if (Array.isArray(out.guarantees)) {
    const seen = new Set<string>();
    for (const g of out.guarantees as { guarantee: string }[]) {
      if (seen.has(g.guarantee)) throw DomainException.badInput('guarantees', 'INVALID_VALUE');
      seen.add(g.guarantee);
    }
    out.guarantees = (out.guarantees as { guarantee: string; rating: string; rationale?: string | null; sources?: string | null }[])
      .map((g) => ({ guarantee: g.guarantee, rating: g.rating, rationale: g.rationale?.trim() || null, sources: g.sources?.trim() || null }))
      .sort((a, b) => a.guarantee.localeCompare(b.guarantee));
  }
  if (Array.isArray(out.measures)) {
    out.measures = (out.measures as { kind: string; description: string; effective: boolean }[]).map((m) => ({ kind: m.kind, description: m.description.trim(), effective: m.effective }));
    if ((out.measures as { description: string }[]).some((m) => !m.description)) throw DomainException.badInput('measures', 'REQUIRED');
  }
  return out as Partial<TiaEntity>;
}

/**
 * Transfer impact assessments with four eyes (design.md §1): the writer submits, another reviewer
 * approves or sends back with comments; an approved version is frozen and changes by a new version.
 */
@Injectable()
export class TiasService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(CLOCK) private readonly clock: Clock,
    private readonly audit: AuditService,
    private readonly notifications: NotificationsService,
  ) {}

  private today() {
    return copenhagenDate(this.clock.now());
  }

  private async models(rows: TiaEntity[]): Promise<TiaModel[]> {
    if (rows.length === 0) return [];
    const ids = rows.map((r) => r.id);
    const [covers, processors, users] = await Promise.all([
      this.dataSource.getRepository(TiaTransferEntity).findBy({ tiaId: In(ids) }),
      this.dataSource.getRepository(ProcessorEntity).find({ where: { id: In([...new Set(rows.map((r) => r.importerProcessorId))]) }, select: { id: true, name: true } }),
      this.dataSource.query('SELECT id, name FROM app_user WHERE id = ANY($1::uuid[])', [[...new Set(rows.flatMap((r) => [r.authorId, r.approvedById]).filter(Boolean))]]) as Promise<{ id: string; name: string }[]>,
    ]);
    const names = new Map(processors.map((p) => [p.id, p.name]));
    const userNames = new Map(users.map((u) => [u.id, u.name]));
    return rows.map((r) => ({
      ...r,
      importerName: names.get(r.importerProcessorId) ?? '',
      transferIds: covers.filter((c) => c.tiaId === r.id).map((c) => c.transferId).sort(),
      authorName: r.authorId ? (userNames.get(r.authorId) ?? null) : null,
      approvedByName: r.approvedById ? (userNames.get(r.approvedById) ?? null) : null,
      reevaluateOn: r.approvedOn && r.reevaluationMonths ? addMonths(r.approvedOn, r.reevaluationMonths) : null,
      submissionGaps: tiaSubmissionGaps({ ...r, guarantees: r.guarantees ?? [], measures: r.measures ?? [] }),
    }));
  }

  async list(meta: RequestMeta, args: TiaListArgs): Promise<TiaModel[]> {
    requirePermission(meta, 'transfer.read');
    const rows = await applyListArgs(this.filtered(args.filter), args, { title: 'x.title', destinationCountry: 'x.destinationCountry', status: 'x.status', versionNo: 'x.versionNo', createdAt: 'x.createdAt', updatedAt: 'x.updatedAt' }, { field: 'updatedAt', order: 'DESC' }).getMany();
    return this.models(rows);
  }

  async count(meta: RequestMeta, filter?: TiaFilter): Promise<number> {
    requirePermission(meta, 'transfer.read');
    return this.filtered(filter).getCount();
  }

  async get(meta: RequestMeta, id: string): Promise<TiaModel> {
    requirePermission(meta, 'transfer.read');
    const row = await this.dataSource.getRepository(TiaEntity).findOneBy({ id });
    if (!row) throw DomainException.notFound('Tia');
    return (await this.models([row]))[0];
  }

  async byTransferIds(ids: readonly string[]): Promise<Map<string, TiaModel[]>> {
    const covers = await this.dataSource.getRepository(TiaTransferEntity).findBy({ transferId: In([...ids]) });
    if (covers.length === 0) return new Map();
    const rows = await this.dataSource.getRepository(TiaEntity).find({ where: { id: In(covers.map((c) => c.tiaId)) }, order: { versionNo: 'DESC' } });
    const models = await this.models(rows);
    const byId = new Map(models.map((m) => [m.id, m]));
    const map = new Map<string, TiaModel[]>();
    for (const c of covers) map.set(c.transferId, [...(map.get(c.transferId) ?? []), byId.get(c.tiaId)!]);
    for (const list of map.values()) list.sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime());
    return map;
  }

  private filtered(filter: TiaFilter = {}) {
    const qb = this.dataSource.getRepository(TiaEntity).createQueryBuilder('x');
    if (filter.ids) qb.andWhere('x.id IN (:...ids)', { ids: filter.ids.length ? filter.ids : [null] });
    if (filter.transferId) qb.andWhere('EXISTS (SELECT 1 FROM tia_transfer c WHERE c.tia_id = x.id AND c.transfer_id = :t)', { t: filter.transferId });
    if (filter.seriesId) qb.andWhere('x.seriesId = :s', { s: filter.seriesId });
    if (filter.status) qb.andWhere('x.status = :st', { st: filter.status });
    if (filter.destinationCountry) qb.andWhere('x.destinationCountry = :c', { c: filter.destinationCountry.toUpperCase() });
    if (filter.importerProcessorId) qb.andWhere('x.importerProcessorId = :i', { i: filter.importerProcessorId });
    if (filter.reevaluationRequested !== undefined) qb.andWhere('x.reevaluationRequested = :r', { r: filter.reevaluationRequested });
    return qb;
  }

  /** The transfers a TIA may cover: they exist and go to one country and one importer. */
  private async coveredTransfers(em: EntityManager, ids: readonly string[]): Promise<TransferEntity[]> {
    const unique = [...new Set(ids)];
    const transfers = await em.getRepository(TransferEntity).findBy({ id: In(unique) });
    if (transfers.length !== unique.length) throw DomainException.badInput('transferIds', 'INVALID_VALUE');
    const first = transfers[0];
    if (transfers.some((t) => t.destinationCountry !== first.destinationCountry || t.importerProcessorId !== first.importerProcessorId)) throw DomainException.badInput('transferIds', 'MIXED_TRANSFERS');
    return transfers;
  }

  async create(meta: RequestMeta, args: CreateTiaArgs): Promise<TiaModel> {
    const actor = requirePermission(meta, 'tia.write');
    const content = normalise(args);
    const now = this.clock.now();
    const saved = await this.dataSource.transaction(async (em) => {
      const transfers = await this.coveredTransfers(em, args.transferIds);
      const importer = await em.getRepository(ProcessorEntity).findOneByOrFail({ id: transfers[0].importerProcessorId });
      const title = (content.title as string | null | undefined) || `${importer.name} → ${countryName(transfers[0].destinationCountry, meta.locale)}`;
      const id = randomUUID();
      const entity = em.create(TiaEntity, {
        ...content,
        id,
        seriesId: id,
        title,
        versionNo: 1,
        status: 'DRAFT',
        destinationCountry: transfers[0].destinationCountry,
        importerProcessorId: transfers[0].importerProcessorId,
        authorId: actor.id,
        writerIds: [actor.id],
        version: 1,
        createdAt: now,
        updatedAt: now,
      });
      const row = await em.save(entity);
      await em.insert(TiaTransferEntity, transfers.map((t) => ({ tiaId: row.id, transferId: t.id })));
      await this.audit.record(em, meta, { action: 'tia.create', entityType: 'Tia', entityId: row.id, details: { transferIds: transfers.map((t) => t.id).sort(), changes: diff(null, row, ['title', 'conclusion', 'reevaluationMonths']) } });
      return row;
    });
    return (await this.models([saved]))[0];
  }

  async update(meta: RequestMeta, args: UpdateTiaArgs): Promise<TiaModel> {
    const actor = requirePermission(meta, 'tia.write');
    const content = normalise(args);
    if (content.title === null) throw DomainException.badInput('title', 'REQUIRED');
    return this.transition(meta, args, 'EDIT', 'tia.update', 'tia.write', async (em, before) => {
      if (args.transferIds) {
        const transfers = await this.coveredTransfers(em, args.transferIds);
        if (transfers[0].destinationCountry !== before.destinationCountry || transfers[0].importerProcessorId !== before.importerProcessorId) throw DomainException.badInput('transferIds', 'MIXED_TRANSFERS');
        await em.delete(TiaTransferEntity, { tiaId: before.id });
        await em.insert(TiaTransferEntity, transfers.map((t) => ({ tiaId: before.id, transferId: t.id })));
      }
      return { ...content, writerIds: [...new Set([...before.writerIds, actor.id])] };
    });
  }

  async submit(meta: RequestMeta, args: TiaVersionArgs): Promise<TiaModel> {
    requirePermission(meta, 'tia.write');
    return this.transition(meta, args, 'SUBMIT', 'tia.submit', 'tia.write', (_em, before) => {
      // EDPB's six steps must all be written before a reviewer can judge the conclusion.
      const [gap] = tiaSubmissionGaps(before);
      if (gap) throw DomainException.badInput(gap, 'REQUIRED');
      return { status: 'SUBMITTED', submittedAt: this.clock.now(), reviewComment: null };
    });
  }

  async approve(meta: RequestMeta, args: TiaVersionArgs): Promise<TiaModel> {
    const actor = requirePermission(meta, 'tia.approve');
    return this.transition(meta, args, 'APPROVE', 'tia.approve', 'tia.approve', async (em, before) => {
      // The version it replaces stays as history of what was relied on, and until when.
      await em.update(TiaEntity, { seriesId: before.seriesId, status: 'APPROVED' }, { status: 'SUPERSEDED', reevaluationRequested: false, updatedAt: this.clock.now() });
      return { status: 'APPROVED', approvedById: actor.id, approvedOn: this.today(), reevaluationRequested: false, reevaluationReason: null };
    });
  }

  async sendBack(meta: RequestMeta, args: SendBackTiaArgs): Promise<TiaModel> {
    requirePermission(meta, 'tia.approve');
    const comment = args.comment.trim();
    if (!comment) throw DomainException.badInput('comment', 'REQUIRED');
    return this.transition(meta, args, 'SEND_BACK', 'tia.send_back', 'tia.approve', async (em, before) => {
      await this.notifications.notify(em, before.writerIds, {
        kind: 'TIA_SENT_BACK',
        subjectType: 'Tia',
        subjectId: before.id,
        titleDa: `TIA sendt tilbage: ${before.title}`,
        titleEn: `TIA sent back: ${before.title}`,
        details: { tiaId: before.id, versionNo: before.versionNo },
      });
      return { status: 'SENT_BACK', reviewComment: comment };
    });
  }

  /** An approved TIA is frozen; a change starts the next version as a draft by the caller. */
  async newVersion(meta: RequestMeta, args: TiaVersionArgs): Promise<TiaModel> {
    const actor = requirePermission(meta, 'tia.write');
    const saved = await this.dataSource.transaction(async (em) => {
      const before = await em.getRepository(TiaEntity).createQueryBuilder('x').setLock('pessimistic_write').where('x.id = :id', { id: args.id }).getOne();
      if (!before) throw DomainException.notFound('Tia');
      if (before.version !== args.version) throw DomainException.conflict('Tia');
      const refusal = tiaActionRefusal('NEW_VERSION', before.status, actor.id, before.writerIds);
      if (refusal) throw DomainException.badInput('id', refusal, { state: before.status });
      const open = await em.getRepository(TiaEntity).countBy({ seriesId: before.seriesId, status: In(['DRAFT', 'SUBMITTED', 'SENT_BACK']) });
      if (open > 0) throw DomainException.badInput('id', 'INVALID_STATE', { state: 'DRAFT' });
      const [{ max }] = (await em.query('SELECT max(version_no) AS max FROM tia WHERE series_id = $1', [before.seriesId])) as { max: number }[];
      const now = this.clock.now();
      const next = await em.save(
        em.create(TiaEntity, {
          ...Object.fromEntries(CONTENT.map((k) => [k, before[k]])),
          seriesId: before.seriesId,
          versionNo: Number(max) + 1,
          status: 'DRAFT',
          destinationCountry: before.destinationCountry,
          importerProcessorId: before.importerProcessorId,
          authorId: actor.id,
          writerIds: [actor.id],
          version: 1,
          createdAt: now,
          updatedAt: now,
        }),
      );
      const covers = await em.getRepository(TiaTransferEntity).findBy({ tiaId: before.id });
      if (covers.length) await em.insert(TiaTransferEntity, covers.map((c) => ({ tiaId: next.id, transferId: c.transferId })));
      await this.audit.record(em, meta, { action: 'tia.new_version', entityType: 'Tia', entityId: next.id, details: { seriesId: before.seriesId, previousId: before.id, versionNo: next.versionNo } });
      return next;
    });
    return (await this.models([saved]))[0];
  }

  async remove(meta: RequestMeta, id: string): Promise<TiaModel> {
    requirePermission(meta, 'tia.write');
    const model = await this.get(meta, id);
    if (model.status === 'APPROVED' || model.status === 'SUPERSEDED' || model.status === 'SUBMITTED') throw DomainException.badInput('id', 'INVALID_STATE', { state: model.status });
    await this.dataSource.transaction(async (em) => {
      await em.delete(TiaEntity, { id });
      await this.audit.record(em, meta, { action: 'tia.delete', entityType: 'Tia', entityId: id, details: { seriesId: model.seriesId, versionNo: model.versionNo } });
    });
    return model;
  }

  private async transition(
    meta: RequestMeta,
    args: TiaVersionArgs,
    action: TiaAction,
    auditAction: string,
    permission: Permission,
    makePatch: (em: EntityManager, before: TiaEntity) => Partial<TiaEntity> | Promise<Partial<TiaEntity>>,
  ): Promise<TiaModel> {
    const actor = requirePermission(meta, permission);
    const saved = await this.dataSource.transaction(async (em) => {
      const before = await em.getRepository(TiaEntity).createQueryBuilder('x').setLock('pessimistic_write').where('x.id = :id', { id: args.id }).getOne();
      if (!before) throw DomainException.notFound('Tia');
      if (before.version !== args.version) throw DomainException.conflict('Tia');
      const refusal = tiaActionRefusal(action, before.status, actor.id, before.writerIds);
      if (refusal === 'FOUR_EYES') throw DomainException.badInput('approvedBy', 'FOUR_EYES');
      if (refusal) throw DomainException.badInput('status', 'INVALID_STATE', { state: before.status });
      const patch = await makePatch(em, before);
      const r = await em
        .createQueryBuilder()
        .update(TiaEntity)
        .set({ ...patch, updatedAt: this.clock.now(), version: () => 'version + 1' } as never)
        .where('id = :id AND version = :version', { id: args.id, version: args.version })
        .execute();
      if (r.affected !== 1) throw DomainException.conflict('Tia');
      const after = await em.getRepository(TiaEntity).findOneByOrFail({ id: args.id });
      await this.audit.record(em, meta, {
        action: auditAction,
        entityType: 'Tia',
        entityId: args.id,
        details: { changes: diff(before, after, ['status', 'title', 'conclusion', 'reevaluationMonths', 'approvedOn', 'reviewComment', 'guarantees', 'measures']) },
      });
      return after;
    });
    return (await this.models([saved]))[0];
  }
}
