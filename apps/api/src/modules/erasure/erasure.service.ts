import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  answerDeadline,
  copenhagenDate,
  erasureDecisionProblems,
  erasureRequestProblems,
  normaliseEmailForLookup,
  outstandingNotices,
  parseCpr,
  resolveErasureRecipients,
  type Clock,
  type IsoDate,
  type RegisterParty,
} from '@tilsyn/domain';
import { DataSource, In, type EntityManager } from 'typeorm';
import { requirePermission } from '../../common/access.js';
import type { RequestMeta } from '../../common/actor.js';
import { CLOCK, KEYRING } from '../../common/clock.js';
import type { Keyring } from '../../common/crypto/keyring.js';
import { DomainException } from '../../common/domain-exception.js';
import { applyListArgs, likePattern } from '../../common/list-args.js';
import { AuditService } from '../audit/audit.service.js';
import { ProcessorEntity } from '../processors/processor.entity.js';
import { ErasureNoticeEntity, ErasureRequestEntity, type ExclusionValue } from './erasure.entities.js';
import type {
  DecideErasureRequestArgs,
  ErasureIdentifiersModel,
  ErasureNoticeModel,
  ErasureRecipientPreviewModel,
  ErasureRequestFilter,
  ErasureRequestListArgs,
  ErasureRequestModel,
  FileErasureRequestArgs,
} from './erasure.model.js';

interface Identifiers {
  cpr: string | null;
  name: string | null;
  email: string | null;
  address: string | null;
}

const SORTABLE = { receivedOn: 'r.receivedOn', deadlineOn: 'r.deadlineOn', createdAt: 'r.createdAt', status: 'r.status', caseReference: 'r.caseReference' };

/** Where a request's sealed identifiers belong: a sealed value copied to another row does not open. */
const identifiersContext = (id: string) => `erasure_request.identifiers:${id}`;

/**
 * Erasure requests (issue 6; Art. 17, 19; design.md §3 "Erasure"): filed by staff or by the case
 * system, decided by a reviewer, and on approval one notice per recipient written in the same
 * transaction as the decision — the notice rows are the record of truth of who must be told.
 * The person's identifiers are sealed with the keyring and never written to a log, an audit
 * detail, a job or an error message.
 */
@Injectable()
export class ErasureService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(KEYRING) private readonly keyring: Keyring,
    private readonly audit: AuditService,
  ) {}

  private today(): IsoDate {
    return copenhagenDate(this.clock.now());
  }

  async file(meta: RequestMeta, args: FileErasureRequestArgs): Promise<ErasureRequestModel> {
    requirePermission(meta, 'erasure.file');
    const key = args.idempotencyKey?.trim() || null;
    if (key) {
      const existing = await this.dataSource.getRepository(ErasureRequestEntity).findOneBy({ idempotencyKey: key });
      if (existing) return this.get(meta, existing.id);
    }
    const grounds = [...new Set(args.grounds ?? (args.source === 'RETENTION_EXPIRY' ? ['NO_LONGER_NECESSARY' as const] : []))];
    const problem = erasureRequestProblems({ ...args, grounds }, this.today())[0];
    if (problem) throw DomainException.badInput(problem.field, problem.reason);
    const cpr = args.cpr?.trim() ? parseCpr(args.cpr) : null;
    const identifiers: Identifiers = {
      cpr: cpr?.ok ? cpr.cpr : null,
      name: args.name?.trim() || null,
      email: args.email?.trim() || null,
      address: args.address?.trim() || null,
    };
    const caseRecipients = (args.caseRecipients ?? []).map((c) => ({ processorId: c.processorId, reference: c.reference?.trim() || null }));
    const id = randomUUID();
    const now = this.clock.now();
    const created = await this.dataSource.transaction(async (em) => {
      if (caseRecipients.length) {
        const found = await em.getRepository(ProcessorEntity).countBy({ id: In(caseRecipients.map((c) => c.processorId)) });
        if (found !== new Set(caseRecipients.map((c) => c.processorId)).size) throw DomainException.badInput('caseRecipients', 'INVALID_VALUE');
      }
      const rows = (await em.query(
        `INSERT INTO erasure_request (id, source, grounds, data_subject_category, case_reference, idempotency_key, received_on, deadline_on, identifiers_sealed, cpr_hash, email_hash, case_recipients, status, created_at, updated_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, 'RECEIVED', $13, $13)
         ON CONFLICT ON CONSTRAINT erasure_request_idempotency_key_key DO NOTHING RETURNING id`,
        [
          id,
          args.source,
          grounds,
          args.dataSubjectCategory ?? 'DEBTORS',
          args.caseReference.trim(),
          key,
          args.receivedOn,
          answerDeadline(args.receivedOn),
          this.keyring.seal(JSON.stringify(identifiers), identifiersContext(id)),
          identifiers.cpr ? this.keyring.lookupHash('cpr', identifiers.cpr) : null,
          identifiers.email ? this.keyring.lookupHash('email', normaliseEmailForLookup(identifiers.email)) : null,
          JSON.stringify(caseRecipients),
          now,
        ],
      )) as { id: string }[];
      if (rows.length === 0) return false; // the same idempotency key, filed a moment ago by another call
      // The audit trail names the request and our case reference, never the person (R18).
      await this.audit.record(em, meta, {
        action: 'erasure_request.file',
        entityType: 'ErasureRequest',
        entityId: id,
        details: { source: args.source, caseReference: args.caseReference.trim(), identifierKinds: identifierKinds(identifiers) },
      });
      return true;
    });
    if (!created && key) {
      const existing = await this.dataSource.getRepository(ErasureRequestEntity).findOneByOrFail({ idempotencyKey: key });
      return this.get(meta, existing.id);
    }
    return this.get(meta, id);
  }

  /** Who would be told of this request, and why, and who not and why: nothing is written. */
  async preview(meta: RequestMeta, id: string, exclusions: readonly ExclusionValue[] = []): Promise<ErasureRecipientPreviewModel> {
    requirePermission(meta, 'erasure.read');
    const request = await this.dataSource.getRepository(ErasureRequestEntity).findOneBy({ id });
    if (!request) throw DomainException.notFound('ErasureRequest');
    const result = await this.resolve(this.dataSource.manager, request, exclusions);
    return { recipients: result.recipients, skipped: result.skipped.map((s) => ({ ...s, note: s.note ?? null })) };
  }

  private async resolve(em: EntityManager, request: ErasureRequestEntity, exclusions: readonly ExclusionValue[]) {
    const parties = (await em.getRepository(ProcessorEntity).find({
      select: { id: true, name: true, engagementRole: true, lifecycle: true, endOfServiceOutcome: true, dataSubjectCategories: true, erasureChannel: true },
    })) as RegisterParty[];
    return resolveErasureRecipients({ parties, category: request.dataSubjectCategory, caseRecipients: request.caseRecipients, exclusions });
  }

  /**
   * The reviewer's decision. Approving (wholly or partly) writes one notice per recipient in the
   * same transaction, so an approved request can never be left without its notices; refusing
   * writes none (Art. 17(3)). Version-checked: two reviewers deciding at once get a conflict.
   */
  async decide(meta: RequestMeta, args: DecideErasureRequestArgs): Promise<ErasureRequestModel> {
    const actor = requirePermission(meta, 'erasure.decide');
    const exclusions = (args.exclusions ?? []).map((e) => ({ processorId: e.processorId, reason: e.reason.trim() }));
    const problem = erasureDecisionProblems({ ...args, exclusions })[0];
    if (problem) throw DomainException.badInput(problem.field, problem.reason);
    await this.dataSource.transaction(async (em) => {
      const request = await em.getRepository(ErasureRequestEntity).createQueryBuilder('r').setLock('pessimistic_write').where('r.id = :id', { id: args.id }).getOne();
      if (!request) throw DomainException.notFound('ErasureRequest');
      if (request.version !== args.version) throw DomainException.conflict('ErasureRequest');
      if (request.status !== 'RECEIVED') throw DomainException.badInput('decision', 'INVALID_STATE', { state: request.status });
      const status = args.decision === 'REFUSE' ? 'REFUSED' : args.decision === 'APPROVE' ? 'APPROVED' : 'PARTLY_APPROVED';
      const now = this.clock.now();
      await em.update(ErasureRequestEntity, { id: request.id }, {
        status,
        decision: args.decision,
        refusalBasis: args.refusalBasis ?? null,
        reasoning: args.reasoning?.trim() || null,
        eraseCategories: args.categories ?? [],
        exclusions,
        decidedById: actor.id,
        decidedAt: now,
        updatedAt: now,
        version: request.version + 1,
      });
      let notices = 0;
      if (args.decision !== 'REFUSE') {
        const { recipients } = await this.resolve(em, request, exclusions);
        if (recipients.length) {
          // One INSERT … SELECT for all recipients (P2: thousands of requests fan out in bulk).
          await em.query(
            `INSERT INTO erasure_notice (request_id, processor_id, channel, legal_basis, reasons, recipient_reference, status, created_at, updated_at)
             SELECT $1, r.processor_id, r.channel, r.legal_basis, r.reasons, r.recipient_reference, 'QUEUED', $2, $2
               FROM jsonb_to_recordset($3::jsonb) AS r(processor_id uuid, channel text, legal_basis text, reasons text[], recipient_reference text)
             ON CONFLICT ON CONSTRAINT erasure_notice_request_processor_key DO NOTHING`,
            [request.id, now, JSON.stringify(recipients.map((r) => ({ processor_id: r.processorId, channel: r.channel, legal_basis: r.legalBasis, reasons: r.reasons, recipient_reference: r.recipientReference })))],
          );
          notices = recipients.length;
        }
      }
      await this.audit.record(em, meta, {
        action: 'erasure_request.decide',
        entityType: 'ErasureRequest',
        entityId: request.id,
        details: { decision: args.decision, refusalBasis: args.refusalBasis ?? null, categories: args.categories ?? [], excluded: exclusions.map((e) => e.processorId), notices },
      });
    });
    return this.get(meta, args.id);
  }

  /** The person's identifiers in clear, for roles that need them; every viewing is audited. */
  async reveal(meta: RequestMeta, id: string): Promise<ErasureIdentifiersModel> {
    requirePermission(meta, 'erasure.identifiers');
    return this.dataSource.transaction(async (em) => {
      const request = await em.getRepository(ErasureRequestEntity).findOneBy({ id });
      if (!request) throw DomainException.notFound('ErasureRequest');
      await this.audit.record(em, meta, { action: 'erasure_request.identifiers_viewed', entityType: 'ErasureRequest', entityId: id, details: null });
      if (!request.identifiersSealed) return { cpr: null, name: null, email: null, address: null };
      return JSON.parse(this.keyring.open(request.identifiersSealed, identifiersContext(id))) as Identifiers;
    });
  }

  private query(filter: ErasureRequestFilter | undefined) {
    const qb = this.dataSource.getRepository(ErasureRequestEntity).createQueryBuilder('r');
    const f = filter ?? {};
    if (f.status) qb.andWhere('r.status = :status', { status: f.status });
    if (f.caseReference?.trim()) qb.andWhere("r.caseReference ILIKE :ref ESCAPE '\\'", { ref: likePattern(f.caseReference.trim()) });
    if (f.cpr?.trim()) {
      const parsed = parseCpr(f.cpr);
      if (!parsed.ok) throw DomainException.badInput('filter.cpr', 'INVALID_CPR');
      qb.andWhere('r.cprHash IN (:...cprHashes)', { cprHashes: this.keyring.lookupHashes('cpr', parsed.cpr) });
    }
    if (f.email?.trim()) qb.andWhere('r.emailHash IN (:...emailHashes)', { emailHashes: this.keyring.lookupHashes('email', normaliseEmailForLookup(f.email)) });
    return qb;
  }

  async list(meta: RequestMeta, args: ErasureRequestListArgs): Promise<ErasureRequestModel[]> {
    requirePermission(meta, 'erasure.read');
    const rows = await applyListArgs(this.query(args.filter), args, SORTABLE, { field: 'receivedOn', order: 'DESC' }).getMany();
    return this.toModels(rows);
  }

  async count(meta: RequestMeta, filter?: ErasureRequestFilter): Promise<number> {
    requirePermission(meta, 'erasure.read');
    return this.query(filter).getCount();
  }

  async get(meta: RequestMeta, id: string): Promise<ErasureRequestModel> {
    requirePermission(meta, 'erasure.read');
    const row = await this.dataSource.getRepository(ErasureRequestEntity).findOneBy({ id });
    if (!row) throw DomainException.notFound('ErasureRequest');
    return (await this.toModels([row]))[0];
  }

  private async toModels(rows: ErasureRequestEntity[]): Promise<ErasureRequestModel[]> {
    if (rows.length === 0) return [];
    const notices = await this.dataSource.getRepository(ErasureNoticeEntity).find({ where: { requestId: In(rows.map((r) => r.id)) }, order: { createdAt: 'ASC' } });
    const processorIds = [...new Set(notices.map((n) => n.processorId))];
    const names = new Map(
      processorIds.length ? (await this.dataSource.getRepository(ProcessorEntity).find({ where: { id: In(processorIds) }, select: { id: true, name: true } })).map((p) => [p.id, p.name]) : [],
    );
    return rows.map((r) => {
      const own: ErasureNoticeModel[] = notices
        .filter((n) => n.requestId === r.id)
        .map((n) => ({ ...n, processorName: names.get(n.processorId) ?? '' }))
        .sort((a, b) => a.processorName.localeCompare(b.processorName, 'da'));
      return {
        ...r,
        identifiersErased: r.identifiersSealed === null,
        notices: own,
        outstanding: outstandingNotices(own).length,
      };
    });
  }
}

function identifierKinds(i: Identifiers): string[] {
  return (['cpr', 'name', 'email', 'address'] as const).filter((k) => i[k]).map((k) => k.toUpperCase());
}
