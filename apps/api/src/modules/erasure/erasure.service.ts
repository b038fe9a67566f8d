import { randomBytes, randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  answerDeadline,
  answerProblems,
  copenhagenDate,
  deadlineExtensionProblem,
  erasureDecisionProblems,
  erasureRequestProblems,
  normaliseEmailForLookup,
  outstandingNotices,
  noticeNextAction,
  noticeTransition,
  parseCpr,
  recipientDeadline,
  recipientStatement,
  type Locale,
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
import { OrganisationSettingsEntity } from '../reference/reference.entities.js';
import { ErasureDeliveryService, webhookSecretContext } from './erasure-delivery.service.js';
import { ErasureLedgerService } from './erasure-ledger.service.js';
import { ErasureNoticeEntity, ErasureRequestEntity, type ExclusionValue } from './erasure.entities.js';
import { outstandingNoticeSql } from './notice-sql.js';
import type {
  DecideErasureRequestArgs,
  ErasureDispatchModel,
  ErasureIdentifiersModel,
  ErasureNoticeFilter,
  ErasureNoticeListArgs,
  ErasureNoticeModel,
  ErasureRecipientPreviewModel,
  ErasureRequestFilter,
  ErasureRequestListArgs,
  ErasureRequestModel,
  FileErasureRequestArgs,
  ErasureSettingsModel,
  ExtendErasureDeadlineArgs,
  RecordErasureAnswerArgs,
  UpdateErasureSettingsArgs,
} from './erasure.model.js';

interface Identifiers {
  cpr: string | null;
  name: string | null;
  email: string | null;
  address: string | null;
}

const SORTABLE = { receivedOn: 'r.receivedOn', deadlineOn: 'r.deadlineOn', createdAt: 'r.createdAt', status: 'r.status', caseReference: 'r.caseReference' };

/** Where a request's sealed identifiers belong: a sealed value copied to another row does not open. */
export const identifiersContext = (id: string) => `erasure_request.identifiers:${id}`;

/**
 * Erasure requests (issue 6; Art. 17, 19; design.md §3 "Erasure"): filed by staff or by the case
 * system, decided by a reviewer, and on approval one notice per recipient written in the same
 * transaction as the decision — the notice rows are the record of truth of who must be told.
 * The person's identifiers are sealed with the keyring and never written to a log, an audit
 * detail, a job or an error message.
 */
/** What writing a request's notices reads of it. */
type NoticeSource = Pick<ErasureRequestEntity, 'id' | 'dataSubjectCategory' | 'caseRecipients' | 'deadlineOn'>;

@Injectable()
export class ErasureService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(KEYRING) private readonly keyring: Keyring,
    private readonly audit: AuditService,
    private readonly delivery: ErasureDeliveryService,
    private readonly ledger: ErasureLedgerService,
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
        `INSERT INTO erasure_request (id, source, grounds, data_subject_category, case_reference, idempotency_key, received_on, deadline_on, identifiers_sealed, cpr_hash, email_hash, case_recipients, status, created_at, updated_at, case_reference_hash)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, 'RECEIVED', $13, $13, $14)
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
          this.keyring.lookupHash('case', args.caseReference.trim()),
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
      const notices = args.decision === 'REFUSE' ? 0 : (await this.writeNotices(em, [{ request, exclusions }], now)).written;
      await this.ledger.write(em, 'DECIDED', [{ requestId: request.id, details: await this.decisionLedgerDetails(em, request.id) }], now);
      if (args.decision !== 'REFUSE') await this.delivery.completeIfSettled(em, request.id);
      await this.audit.record(em, meta, {
        action: 'erasure_request.decide',
        entityType: 'ErasureRequest',
        entityId: request.id,
        details: { decision: args.decision, refusalBasis: args.refusalBasis ?? null, categories: args.categories ?? [], excluded: exclusions.map((e) => e.processorId), notices },
      });
    });
    this.delivery.wake();
    this.ledger.mirrorSoon();
    return this.get(meta, args.id);
  }

  /**
   * One notice per (request, recipient) with the recipient's deadline, in one INSERT … SELECT per
   * group of requests that share their recipients (P2: 10,000 retention erasures × 20 processors
   * is one statement, not 200,000), and one send job per processor in the same transaction: an
   * approved request can never be left without its notices, nor a notice without a way to be sent.
   */
  private async writeNotices(em: EntityManager, items: readonly { request: NoticeSource; exclusions: readonly ExclusionValue[] }[], now: Date): Promise<{ written: number; withoutRecipients: string[] }> {
    const settings = await this.delivery.settings(em);
    const today = copenhagenDate(now);
    const parties = (await em.getRepository(ProcessorEntity).find({
      select: { id: true, name: true, engagementRole: true, lifecycle: true, endOfServiceOutcome: true, dataSubjectCategories: true, erasureChannel: true },
    })) as RegisterParty[];
    const groups = new Map<string, { recipients: ReturnType<typeof resolveErasureRecipients>['recipients']; requests: { id: string; deadline: string }[] }>();
    for (const { request, exclusions } of items) {
      const key = JSON.stringify([request.dataSubjectCategory, request.caseRecipients, exclusions]);
      let group = groups.get(key);
      if (!group) {
        group = { recipients: resolveErasureRecipients({ parties, category: request.dataSubjectCategory, caseRecipients: request.caseRecipients, exclusions }).recipients, requests: [] };
        groups.set(key, group);
      }
      group.requests.push({ id: request.id, deadline: recipientDeadline(request.deadlineOn, today, settings.minimumAnswerDays) });
    }
    let written = 0;
    const processorIds = new Set<string>();
    const withoutRecipients: string[] = [];
    for (const g of groups.values()) {
      if (g.recipients.length === 0) {
        withoutRecipients.push(...g.requests.map((r) => r.id));
        continue;
      }
      // The requests are locked and RECEIVED, so none has a notice yet: a plain INSERT (the unique
      // key still guards), without ON CONFLICT's speculative insertion or a RETURNING per row.
      await em.query(
        `INSERT INTO erasure_notice (request_id, processor_id, channel, legal_basis, reasons, recipient_reference, deadline_on, status, created_at, updated_at)
         SELECT q.id, r.processor_id, r.channel, r.legal_basis, r.reasons, r.recipient_reference, q.deadline, 'QUEUED', $3, $3
           FROM unnest($1::uuid[], $2::date[]) AS q(id, deadline)
          CROSS JOIN jsonb_to_recordset($4::jsonb) AS r(processor_id uuid, channel text, legal_basis text, reasons text[], recipient_reference text)`,
        [g.requests.map((r) => r.id), g.requests.map((r) => r.deadline), now, JSON.stringify(g.recipients.map((r) => ({ processor_id: r.processorId, channel: r.channel, legal_basis: r.legalBasis, reasons: r.reasons, recipient_reference: r.recipientReference })))],
      );
      written += g.requests.length * g.recipients.length;
      for (const r of g.recipients) if (r.channel !== 'MANUAL') processorIds.add(r.processorId);
    }
    await this.delivery.queueProcessors(em, [...processorIds]);
    return { written, withoutRecipients };
  }

  /** The decision as the ledger keeps it: ids, statuses and dates, never the person. */
  private async decisionLedgerDetails(em: EntityManager, requestId: string): Promise<Record<string, unknown>> {
    const [r] = (await em.query(
      `SELECT status, decision, source, data_subject_category, received_on::text AS received_on, deadline_on::text AS deadline_on, decided_at FROM erasure_request WHERE id = $1`,
      [requestId],
    )) as { status: string; decision: string; source: string; data_subject_category: string; received_on: string; deadline_on: string; decided_at: Date }[];
    const notices = (await em.query(
      `SELECT id, processor_id AS "processorId", channel, legal_basis AS "legalBasis", reasons, recipient_reference AS "recipientReference", deadline_on::text AS "deadlineOn" FROM erasure_notice WHERE request_id = $1 ORDER BY id`,
      [requestId],
    )) as unknown[];
    return { status: r.status, decision: r.decision, source: r.source, dataSubjectCategory: r.data_subject_category, receivedOn: r.received_on, deadlineOn: r.deadline_on, decidedAt: r.decided_at, notices };
  }

  /**
   * Retention erasure in bulk (issue 6): many closed cases filed in one call. Every item is checked
   * first and the first problem names its place (`requests.3.cpr`); then all are written in one
   * transaction, or none. A repeated idempotency key files nothing new.
   */
  async fileMany(meta: RequestMeta, items: readonly FileErasureRequestArgs[]): Promise<{ ids: string[]; created: number }> {
    requirePermission(meta, 'erasure.file');
    const today = this.today();
    const prepared = items.map((args, i) => {
      const grounds = [...new Set(args.grounds ?? (args.source === 'RETENTION_EXPIRY' ? ['NO_LONGER_NECESSARY' as const] : []))];
      const problem = erasureRequestProblems({ ...args, grounds }, today)[0];
      if (problem) throw DomainException.badInput(`requests.${i}.${problem.field}`, problem.reason);
      const cpr = args.cpr?.trim() ? parseCpr(args.cpr) : null;
      const identifiers: Identifiers = { cpr: cpr?.ok ? cpr.cpr : null, name: args.name?.trim() || null, email: args.email?.trim() || null, address: args.address?.trim() || null };
      const id = randomUUID();
      return {
        id,
        source: args.source,
        grounds,
        data_subject_category: args.dataSubjectCategory ?? 'DEBTORS',
        case_reference: args.caseReference.trim(),
        idempotency_key: args.idempotencyKey?.trim() || null,
        received_on: args.receivedOn,
        deadline_on: answerDeadline(args.receivedOn),
        identifiers_sealed: this.keyring.seal(JSON.stringify(identifiers), identifiersContext(id)),
        cpr_hash: identifiers.cpr ? this.keyring.lookupHash('cpr', identifiers.cpr) : null,
        email_hash: identifiers.email ? this.keyring.lookupHash('email', normaliseEmailForLookup(identifiers.email)) : null,
        case_reference_hash: this.keyring.lookupHash('case', args.caseReference.trim()),
        case_recipients: (args.caseRecipients ?? []).map((c) => ({ processorId: c.processorId, reference: c.reference?.trim() || null })),
      };
    });
    const keys = prepared.map((p) => p.idempotency_key).filter((k): k is string => !!k);
    const duplicateAt = keys.findIndex((k, i) => keys.indexOf(k) !== i);
    if (duplicateAt >= 0) throw DomainException.badInput(`requests.${duplicateAt}.idempotencyKey`, 'DUPLICATE');
    const now = this.clock.now();
    const created = await this.dataSource.transaction(async (em) => {
      const named = [...new Set(prepared.flatMap((p) => p.case_recipients.map((c) => c.processorId)))];
      if (named.length && (await em.getRepository(ProcessorEntity).countBy({ id: In(named) })) !== named.length) throw DomainException.badInput('caseRecipients', 'INVALID_VALUE');
      const rows = (await em.query(
        `INSERT INTO erasure_request (id, source, grounds, data_subject_category, case_reference, idempotency_key, received_on, deadline_on, identifiers_sealed, cpr_hash, email_hash, case_reference_hash, case_recipients, status, created_at, updated_at)
         SELECT x.id, x.source, x.grounds, x.data_subject_category, x.case_reference, x.idempotency_key, x.received_on, x.deadline_on, x.identifiers_sealed, x.cpr_hash, x.email_hash, x.case_reference_hash, x.case_recipients, 'RECEIVED', $2, $2
           FROM jsonb_to_recordset($1::jsonb) AS x(id uuid, source text, grounds text[], data_subject_category text, case_reference text, idempotency_key text, received_on date, deadline_on date, identifiers_sealed text, cpr_hash text, email_hash text, case_reference_hash text, case_recipients jsonb)
         ON CONFLICT ON CONSTRAINT erasure_request_idempotency_key_key DO NOTHING RETURNING id`,
        [JSON.stringify(prepared), now],
      )) as { id: string }[];
      await this.audit.record(em, meta, { action: 'erasure_request.file_many', entityType: 'ErasureRequest', entityId: null, details: { submitted: prepared.length, created: rows.length } });
      return rows.length;
    });
    // Ids in the order given; a repeated key gives the request filed before.
    const byKey = new Map(
      keys.length ? (await this.dataSource.getRepository(ErasureRequestEntity).find({ where: { idempotencyKey: In(keys) }, select: { id: true, idempotencyKey: true } })).map((r) => [r.idempotencyKey, r.id]) : [],
    );
    return { ids: prepared.map((p) => (p.idempotency_key ? (byKey.get(p.idempotency_key) ?? p.id) : p.id)), created };
  }

  /**
   * Approves many requests at once (retention erasures): one transaction, one INSERT … SELECT of
   * notices per group and one job per processor. Every request must still be RECEIVED.
   */
  async approveMany(meta: RequestMeta, ids: readonly string[], reasoning: string | null): Promise<{ approved: number; notices: number }> {
    const actor = requirePermission(meta, 'erasure.decide');
    const unique = [...new Set(ids)];
    const result = await this.dataSource.transaction(async (em) => {
      // Only what the decision needs (not the sealed identifiers), locked against a second approval.
      const requests = (await em.query(
        `SELECT id, status, data_subject_category AS "dataSubjectCategory", case_recipients AS "caseRecipients", deadline_on::text AS "deadlineOn" FROM erasure_request WHERE id = ANY($1::uuid[]) FOR UPDATE`,
        [unique],
      )) as (NoticeSource & { status: string })[];
      if (requests.length !== unique.length) throw DomainException.badInput(`ids.${unique.findIndex((id) => !requests.some((r) => r.id === id))}`, 'UNKNOWN_ID');
      const notReceived = unique.findIndex((id) => requests.find((r) => r.id === id)?.status !== 'RECEIVED');
      if (notReceived >= 0) throw DomainException.badInput(`ids.${notReceived}`, 'INVALID_STATE');
      const now = this.clock.now();
      await em.query(
        `UPDATE erasure_request SET status = 'APPROVED', decision = 'APPROVE', reasoning = $2, decided_by_id = $3, decided_at = $4, updated_at = $4, version = version + 1 WHERE id = ANY($1::uuid[])`,
        [unique, reasoning?.trim() || null, actor.id, now],
      );
      const { written: notices, withoutRecipients } = await this.writeNotices(em, requests.map((request) => ({ request, exclusions: [] })), now);
      // The notices of each request as the ledger keeps them, aggregated once (not per request).
      await em.query(
        `WITH agg AS (
           SELECT n.request_id, jsonb_agg(jsonb_build_object('id', n.id, 'processorId', n.processor_id, 'channel', n.channel, 'legalBasis', n.legal_basis, 'reasons', n.reasons, 'recipientReference', n.recipient_reference, 'deadlineOn', n.deadline_on) ORDER BY n.id) AS notices
             FROM erasure_notice n WHERE n.request_id = ANY($1::uuid[]) GROUP BY n.request_id)
         INSERT INTO erasure_ledger (request_id, event, cpr_hash, email_hash, case_reference_hash, details, at)
         SELECT r.id, 'DECIDED', r.cpr_hash, r.email_hash, r.case_reference_hash,
                jsonb_build_object('status', r.status, 'decision', r.decision, 'source', r.source, 'dataSubjectCategory', r.data_subject_category, 'receivedOn', r.received_on, 'deadlineOn', r.deadline_on, 'decidedAt', r.decided_at, 'notices', COALESCE(a.notices, '[]'::jsonb)),
                $2
           FROM erasure_request r LEFT JOIN agg a ON a.request_id = r.id WHERE r.id = ANY($1::uuid[])`,
        [unique, now],
      );
      // Only a request nobody holds data for is complete at once; the others wait for their answers.
      for (const id of withoutRecipients) await this.delivery.completeIfSettled(em, id);
      await this.audit.record(em, meta, { action: 'erasure_request.approve_many', entityType: 'ErasureRequest', entityId: null, details: { requests: unique.length, notices, requestIds: unique } });
      return { approved: unique.length, notices };
    });
    this.delivery.wake();
    this.ledger.mirrorSoon();
    return result;
  }

  /**
   * Art. 12(3): the deadline to answer the person extended by one or two months, with the reason,
   * recorded before the first month has run out (the person is to be told within it). Version-checked and audited.
   */
  async extendDeadline(meta: RequestMeta, args: ExtendErasureDeadlineArgs): Promise<ErasureRequestModel> {
    requirePermission(meta, 'erasure.decide');
    await this.dataSource.transaction(async (em) => {
      const request = await em.getRepository(ErasureRequestEntity).findOne({ where: { id: args.id }, lock: { mode: 'pessimistic_write' } });
      if (!request) throw DomainException.notFound('ErasureRequest');
      if (request.version !== args.version) throw DomainException.conflict('ErasureRequest');
      const problem = deadlineExtensionProblem({ source: request.source, status: request.status, receivedOn: request.receivedOn, currentMonths: request.extensionMonths, months: args.months, reason: args.reason, today: this.today() });
      if (problem) throw DomainException.badInput(problem.field, problem.reason, problem.params);
      const deadlineOn = answerDeadline(request.receivedOn, args.months);
      await em.update(ErasureRequestEntity, { id: request.id }, { extensionMonths: args.months, extensionReason: args.reason.trim(), deadlineOn, updatedAt: this.clock.now(), version: request.version + 1 });
      await this.audit.record(em, meta, { action: 'erasure_request.extend_deadline', entityType: 'ErasureRequest', entityId: request.id, details: { months: args.months, from: request.deadlineOn, to: deadlineOn } });
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

  /**
   * A reviewer's step on one notice: an Art. 19 exception (telling this recipient is impossible or
   * disproportionate) or a cancellation, each with its reason; version-checked. Completes the
   * request when it was the last open notice.
   */
  async settleNotice(meta: RequestMeta, args: { id: string; version: number; reason: string }, event: 'EXCEPTION' | 'CANCEL'): Promise<ErasureRequestModel> {
    const actor = requirePermission(meta, 'erasure.decide');
    const reason = args.reason.trim();
    if (!reason) throw DomainException.badInput('reason', 'REQUIRED');
    const requestId = await this.dataSource.transaction(async (em) => {
      const n = await this.lockNotice(em, args.id, args.version);
      const next = noticeTransition(n.status, { type: event });
      if (!next) throw DomainException.badInput('status', 'INVALID_STATE', { state: n.status });
      const now = this.clock.now();
      await em.update(ErasureNoticeEntity, { id: n.id }, { status: next, exceptionReason: reason, recordedById: actor.id, updatedAt: now, version: n.version + 1 });
      await this.audit.record(em, meta, { action: event === 'EXCEPTION' ? 'erasure_notice.exception' : 'erasure_notice.cancel', entityType: 'ErasureNotice', entityId: n.id, details: { requestId: n.requestId, processorId: n.processorId, from: n.status } });
      await this.ledger.write(em, 'NOTICE_SETTLED', [{ requestId: n.requestId, details: { noticeId: n.id, status: next, answerSource: null, erasedOn: null } }], now);
      await this.delivery.completeIfSettled(em, n.requestId);
      return n.requestId;
    });
    this.ledger.mirrorSoon();
    return this.get(meta, requestId);
  }

  /** Staff record an answer they had by other means (a MANUAL recipient, a phone call, a letter). */
  async recordAnswer(meta: RequestMeta, args: RecordErasureAnswerArgs): Promise<ErasureRequestModel> {
    requirePermission(meta, 'erasure.file');
    const problem = answerProblems(args, this.today());
    if (problem) throw DomainException.badInput(problem.field, problem.reason);
    const requestId = await this.dataSource.transaction(async (em) => {
      const n = await this.lockNotice(em, args.id, args.version);
      if (!noticeTransition(n.status, { type: 'ANSWERED', answer: args.answer })) throw DomainException.badInput('answer', 'INVALID_STATE', { state: n.status });
      await this.delivery.recordAnswers(em, meta, 'STAFF', [{ noticeId: n.id, answer: args.answer, erasedOn: args.erasedOn ?? null, note: args.note ?? null, passedToSubprocessors: args.passedToSubprocessors ?? null }], {});
      return n.requestId;
    });
    this.ledger.mirrorSoon();
    return this.get(meta, requestId);
  }

  /** A MANUAL recipient was contacted (letter, phone, portal): the notice is SENT and follow-up starts. */
  async recordSent(meta: RequestMeta, args: { id: string; version: number }): Promise<ErasureRequestModel> {
    requirePermission(meta, 'erasure.file');
    const requestId = await this.dataSource.transaction(async (em) => {
      const n = await this.lockNotice(em, args.id, args.version);
      if (n.channel !== 'MANUAL' || n.status !== 'QUEUED') throw DomainException.badInput('status', 'INVALID_STATE', { state: n.status });
      const now = this.clock.now();
      await em.update(ErasureNoticeEntity, { id: n.id }, { status: 'SENT', sentAt: now, attempts: n.attempts + 1, recordedById: meta.actor?.id ?? null, updatedAt: now, version: n.version + 1 });
      await this.audit.record(em, meta, { action: 'erasure_notice.manual_sent', entityType: 'ErasureNotice', entityId: n.id, details: { requestId: n.requestId, processorId: n.processorId } });
      await this.ledger.write(em, 'NOTICE_SENT', [{ requestId: n.requestId, details: { noticeIds: [n.id], processorId: n.processorId, dispatchId: null } }], now);
      return n.requestId;
    });
    this.ledger.mirrorSoon();
    return this.get(meta, requestId);
  }

  /** A FAILED notice sent again after its address was corrected (a new message, a new link). */
  async requeue(meta: RequestMeta, args: { id: string; version: number }): Promise<ErasureRequestModel> {
    requirePermission(meta, 'erasure.file');
    const requestId = await this.dataSource.transaction(async (em) => {
      const n = await this.lockNotice(em, args.id, args.version);
      if (!noticeTransition(n.status, { type: 'REQUEUE' })) throw DomainException.badInput('status', 'INVALID_STATE', { state: n.status });
      await em.update(ErasureNoticeEntity, { id: n.id }, { status: 'QUEUED', lastError: null, updatedAt: this.clock.now(), version: n.version + 1 });
      await this.delivery.queueProcessors(em, [n.processorId]);
      await this.audit.record(em, meta, { action: 'erasure_notice.requeue', entityType: 'ErasureNotice', entityId: n.id, details: { requestId: n.requestId, processorId: n.processorId } });
      return n.requestId;
    });
    this.delivery.wake();
    return this.get(meta, requestId);
  }

  private async lockNotice(em: EntityManager, id: string, version: number): Promise<ErasureNoticeEntity> {
    const n = await em.getRepository(ErasureNoticeEntity).createQueryBuilder('n').setLock('pessimistic_write').where('n.id = :id', { id }).getOne();
    if (!n) throw DomainException.notFound('ErasureNotice');
    if (n.version !== version) throw DomainException.conflict('ErasureNotice');
    return n;
  }

  /** Art. 19, last sentence: the recipients told, for the person, in Danish or English; only this request. */
  async statement(meta: RequestMeta, id: string, locale: Locale): Promise<string> {
    requirePermission(meta, 'erasure.read');
    const request = await this.dataSource.getRepository(ErasureRequestEntity).findOneBy({ id });
    if (!request) throw DomainException.notFound('ErasureRequest');
    const rows = (await this.dataSource.query(
      `SELECT p.name, p.establishment_country, n.legal_basis, n.sent_at, n.status, n.answered_at FROM erasure_notice n JOIN processor p ON p.id = n.processor_id WHERE n.request_id = $1 AND n.status <> 'CANCELLED' ORDER BY p.name`,
      [id],
    )) as { name: string; establishment_country: string; legal_basis: 'PROCESSOR_INSTRUCTION' | 'ART_19_NOTICE'; sent_at: Date | null; status: string; answered_at: Date | null }[];
    const settings = await this.delivery.settings();
    const text = recipientStatement({
      locale,
      organisation: settings.organisation,
      caseReference: request.caseReference,
      today: this.today(),
      rows: rows.map((r) => ({ recipient: r.name, country: r.establishment_country, legalBasis: r.legal_basis, toldOn: r.sent_at ? copenhagenDate(r.sent_at) : null, status: r.status, answeredOn: r.answered_at ? copenhagenDate(r.answered_at) : null })),
    });
    await this.audit.recordStandalone(meta, { action: 'erasure_request.statement', entityType: 'ErasureRequest', entityId: id, details: { locale } });
    return text;
  }

  async reportBounce(meta: RequestMeta, message: string): Promise<number> {
    requirePermission(meta, 'erasure.file');
    if (message.length > 200_000) throw DomainException.badInput('message', 'TOO_LONG', { max: 200_000 });
    const affected = await this.delivery.reportBounce(meta, message);
    this.ledger.mirrorSoon();
    return affected;
  }

  /** A new webhook secret for a processor, shown once; the old one stops working at once. */
  async rotateWebhookSecret(meta: RequestMeta, processorId: string): Promise<string> {
    requirePermission(meta, 'processor.write');
    const secret = randomBytes(32).toString('base64url');
    await this.dataSource.transaction(async (em) => {
      const r = await em.update(ProcessorEntity, { id: processorId }, { erasureWebhookSecretSealed: this.keyring.seal(secret, webhookSecretContext(processorId)) } as never);
      if (r.affected !== 1) throw DomainException.notFound('Processor');
      await this.audit.record(em, meta, { action: 'processor.webhook_secret_rotate', entityType: 'Processor', entityId: processorId, details: null });
    });
    return secret;
  }

  private noticeQuery(filter: ErasureNoticeFilter | undefined) {
    const qb = this.dataSource.getRepository(ErasureNoticeEntity).createQueryBuilder('n');
    const f = filter ?? {};
    if (f.requestId) qb.andWhere('n.requestId = :requestId', { requestId: f.requestId });
    if (f.processorId) qb.andWhere('n.processorId = :processorId', { processorId: f.processorId });
    if (f.status) qb.andWhere('n.status = :status', { status: f.status });
    if (f.channel) qb.andWhere('n.channel = :channel', { channel: f.channel });
    if (f.outstanding) qb.andWhere(outstandingNoticeSql('n'));
    if (f.escalated) qb.andWhere('n.escalatedAt IS NOT NULL');
    return qb;
  }

  async listNotices(meta: RequestMeta, args: ErasureNoticeListArgs): Promise<ErasureNoticeModel[]> {
    requirePermission(meta, 'erasure.read');
    const rows = await applyListArgs(this.noticeQuery(args.filter), args, { createdAt: 'n.createdAt', sentAt: 'n.sentAt', status: 'n.status', deadlineOn: 'n.deadlineOn' }, { field: 'createdAt', order: 'DESC' }).getMany();
    return this.noticeModels(rows);
  }

  async countNotices(meta: RequestMeta, filter?: ErasureNoticeFilter): Promise<number> {
    requirePermission(meta, 'erasure.read');
    return this.noticeQuery(filter).getCount();
  }

  private async noticeModels(notices: ErasureNoticeEntity[]): Promise<ErasureNoticeModel[]> {
    if (notices.length === 0) return [];
    const processorIds = [...new Set(notices.map((n) => n.processorId))];
    const names = new Map((await this.dataSource.getRepository(ProcessorEntity).find({ where: { id: In(processorIds) }, select: { id: true, name: true } })).map((p) => [p.id, p.name]));
    const requestIds = [...new Set(notices.map((n) => n.requestId))];
    const refs = new Map((await this.dataSource.getRepository(ErasureRequestEntity).find({ where: { id: In(requestIds) }, select: { id: true, caseReference: true } })).map((r) => [r.id, r.caseReference]));
    const settings = await this.delivery.settings();
    return notices.map((n) => {
      const next = noticeNextAction(
        { status: n.status, legalBasis: n.legalBasis, sentOn: n.sentAt ? copenhagenDate(n.sentAt) : null, answeredOn: n.answeredAt ? copenhagenDate(n.answeredAt) : null, remindersSent: n.remindersSent, escalated: !!n.escalatedAt },
        settings,
      );
      return { ...n, processorName: names.get(n.processorId) ?? '', caseReference: refs.get(n.requestId) ?? '', nextAction: next?.action ?? null, nextActionOn: next?.on ?? null };
    });
  }

  async dispatches(meta: RequestMeta, requestId: string): Promise<ErasureDispatchModel[]> {
    requirePermission(meta, 'erasure.read');
    return (await this.dataSource.query(
      `SELECT d.id, d.processor_id AS "processorId", p.name AS "processorName", d.kind, d.channel, d.recipient_kind AS "recipientKind", d.status, d.attempts, d.sent_at AS "sentAt", d.last_error AS "lastError",
              d.last_response_code AS "lastResponseCode", d.message_id AS "messageId", d.expires_on::text AS "expiresOn", d.notice_count AS "noticeCount", d.created_at AS "createdAt"
         FROM erasure_dispatch d JOIN processor p ON p.id = d.processor_id
        WHERE EXISTS (SELECT 1 FROM erasure_dispatch_notice dn JOIN erasure_notice n ON n.id = dn.notice_id WHERE dn.dispatch_id = d.id AND n.request_id = $1)
        ORDER BY d.created_at, CASE d.recipient_kind WHEN 'PRIMARY' THEN 0 WHEN 'FALLBACK' THEN 1 ELSE 2 END, d.id`,
      [requestId],
    )) as ErasureDispatchModel[];
  }

  async settings(meta: RequestMeta): Promise<ErasureSettingsModel> {
    requirePermission(meta, 'erasure.read');
    const s = await this.dataSource.getRepository(OrganisationSettingsEntity).findOneByOrFail({ id: 1 });
    return { organisationName: s.organisationName, reminderDays: s.erasureReminderDays, escalateAfterDays: s.erasureEscalateAfterDays, linkGraceDays: s.erasureLinkGraceDays, minimumAnswerDays: s.erasureMinimumAnswerDays, version: s.version };
  }

  async updateSettings(meta: RequestMeta, args: UpdateErasureSettingsArgs): Promise<ErasureSettingsModel> {
    requirePermission(meta, 'reference.write');
    const reminderDays = [...new Set(args.reminderDays)].sort((a, b) => a - b);
    await this.dataSource.transaction(async (em) => {
      const before = await em.getRepository(OrganisationSettingsEntity).findOneByOrFail({ id: 1 });
      const r = await em
        .createQueryBuilder()
        .update(OrganisationSettingsEntity)
        .set({ organisationName: args.organisationName.trim(), erasureReminderDays: reminderDays, erasureEscalateAfterDays: args.escalateAfterDays, erasureLinkGraceDays: args.linkGraceDays, erasureMinimumAnswerDays: args.minimumAnswerDays, updatedAt: this.clock.now(), version: () => 'version + 1' } as never)
        .where('id = 1 AND version = :version', { version: args.version })
        .execute();
      if (r.affected !== 1) throw DomainException.conflict('ErasureSettings');
      await this.audit.record(em, meta, {
        action: 'erasure_settings.update',
        entityType: 'OrganisationSettings',
        entityId: null,
        details: {
          before: { organisationName: before.organisationName, reminderDays: before.erasureReminderDays, escalateAfterDays: before.erasureEscalateAfterDays, linkGraceDays: before.erasureLinkGraceDays, minimumAnswerDays: before.erasureMinimumAnswerDays },
          after: { organisationName: args.organisationName.trim(), reminderDays, escalateAfterDays: args.escalateAfterDays, linkGraceDays: args.linkGraceDays, minimumAnswerDays: args.minimumAnswerDays },
        },
      });
    });
    return this.settings(meta);
  }

  /** The follow-up run now (an administrator's button; also what the daily schedule does). */
  async runFollowUp(meta: RequestMeta): Promise<number> {
    requirePermission(meta, 'reference.write');
    const created = await this.delivery.followUp();
    await this.audit.recordStandalone(meta, { action: 'erasure.follow_up', entityType: 'ErasureNotice', entityId: null, details: { created } });
    return created;
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
    const notices = await this.noticeModels(await this.dataSource.getRepository(ErasureNoticeEntity).find({ where: { requestId: In(rows.map((r) => r.id)) }, order: { createdAt: 'ASC' } }));
    return rows.map((r) => {
      const own: ErasureNoticeModel[] = notices
        .filter((n) => n.requestId === r.id)
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
