import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  answerProblems,
  classifyWebhookStatus,
  copenhagenDate,
  DEFAULT_ERASURE_FOLLOW_UP,
  erasureEscalationMessage,
  erasureMessage,
  isFreshTimestamp,
  linkExpiresOn,
  noticeFollowUpsDue,
  noticeTransition,
  parseWebhookSignature,
  webhookSignatureBase,
  type Clock,
  type DataCategory,
  type ErasureAnswer,
  type ErasureAnswerSource,
  type ErasureDispatchKind,
  type ErasureFollowUpSettings,
  type ErasureNoticeStatus,
  type IsoDate,
  type Locale,
} from '@tilsyn/domain';
import type { Logger } from 'pino';
import { DataSource, type EntityManager } from 'typeorm';
import type { RequestMeta } from '../../common/actor.js';
import { APP_CONFIG, CLOCK, KEYRING, LOGGER } from '../../common/clock.js';
import type { Keyring } from '../../common/crypto/keyring.js';
import { syncClock } from '../../common/test-clock.js';
import type { AppConfig } from '../../config/config.js';
import { AuditService } from '../audit/audit.service.js';
import { JobsService } from '../jobs/jobs.service.js';
import { classifySendError, MailService } from '../mail/mail.service.js';
import { NotificationsService } from '../notifications/notifications.service.js';
import { OrganisationSettingsEntity } from '../reference/reference.entities.js';
import { ErasureLedgerService } from './erasure-ledger.service.js';
import { outstandingNoticeSql } from './notice-sql.js';

export const ERASURE_SEND_QUEUE = 'erasure-send';
export const ERASURE_SWEEP_QUEUE = 'erasure-sweep';
export const ERASURE_FOLLOW_UP_QUEUE = 'erasure-follow-up';

const SYSTEM = { actor: undefined, requestId: '' };

/** Where a token belongs: a sealed token copied to another dispatch does not open. */
const tokenContext = (dispatchId: string) => `erasure_dispatch.token:${dispatchId}`;
export const tokenHash = (token: string) => createHash('sha256').update(token).digest('hex');
/** The webhook secret is sealed to its processor. */
export const webhookSecretContext = (processorId: string) => `processor.erasure_webhook_secret:${processorId}`;

export interface AnswerInput {
  noticeId: string;
  answer: ErasureAnswer;
  erasedOn?: string | null;
  note?: string | null;
  passedToSubprocessors?: boolean | null;
  evidence?: { fileName: string; contentType: string; sha256: string; content: Buffer } | null;
}

interface DispatchRow {
  id: string;
  processor_id: string;
  kind: ErasureDispatchKind;
  channel: 'EMAIL' | 'WEBHOOK' | 'MANUAL';
  recipient_kind: 'PRIMARY' | 'FALLBACK' | 'REVIEWERS';
  attempts: number;
  message_id: string;
  token_sealed: string | null;
  expires_on: string | null;
  created_at: Date;
}

interface ProcessorRow {
  id: string;
  name: string;
  establishment_country: string;
  erasure_channel: 'EMAIL' | 'WEBHOOK' | 'MANUAL';
  erasure_address: string | null;
  privacy_contact_email: string | null;
  fallback_contact_email: string | null;
  erasure_webhook_secret_sealed: string | null;
}

class TemporaryFailure extends Error {}

/**
 * Sends erasure notices and follows them up (issue 6; Art. 19, Art. 28(3)(a), (g); design.md §3).
 *
 * The notice rows are the record of truth; a job carries a processor id only. One job per
 * processor takes all of its queued notices into one message (a digest: one e-mail for a thousand
 * retention erasures), claims the message (SENDING, attempt n) before talking to SMTP or the
 * webhook, and records the outcome after. A sweeper finds messages whose worker died and notices
 * whose job was lost, and queues them again: the retry reuses the Message-ID and idempotency key.
 * 5xx from SMTP, and 4xx other than 408/429 from a webhook, are permanent: the message goes to the
 * fallback contact, else the notices fail with an alert. Sent is never done: reminders follow
 * after 5 and 10 days and the reviewers are told after 14, until every notice is answered.
 */
@Injectable()
export class ErasureDeliveryService implements OnModuleInit {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(LOGGER) private readonly logger: Logger,
    @Inject(KEYRING) private readonly keyring: Keyring,
    private readonly jobs: JobsService,
    private readonly mail: MailService,
    private readonly audit: AuditService,
    private readonly notifications: NotificationsService,
    private readonly ledger: ErasureLedgerService,
  ) {}

  onModuleInit(): void {
    const r = this.config.reminders;
    this.jobs.register({
      name: ERASURE_SEND_QUEUE,
      workers: 4,
      options: { retryLimit: r.retryLimit, retryDelay: r.retryDelaySeconds, retryBackoff: true, expireInSeconds: r.expireInSeconds },
      handler: async (jobs) => {
        for (const job of jobs) await this.deliverForProcessor(String(job.data.processorId));
      },
    });
    this.jobs.register({
      name: ERASURE_SWEEP_QUEUE,
      cron: '* * * * *',
      runOnStart: true,
      options: { retryLimit: 0, expireInSeconds: r.expireInSeconds },
      handler: async () => {
        await this.sweep();
      },
    });
    this.jobs.register({
      name: ERASURE_FOLLOW_UP_QUEUE,
      cron: r.scanCron,
      runOnStart: true,
      options: { retryLimit: 3, retryDelay: r.retryDelaySeconds, expireInSeconds: r.expireInSeconds },
      handler: async () => {
        await this.followUp();
      },
    });
  }

  private today(): IsoDate {
    return copenhagenDate(this.clock.now());
  }

  private baseUrl(): string {
    return (this.config.publicUrl ?? `http://localhost:${this.config.port}`).replace(/\/$/, '');
  }

  private messageId(dispatchId: string): string {
    const host = new URL(this.config.publicUrl ?? 'http://localhost').hostname || 'tilsyn';
    return `<erasure-${dispatchId}@${host}>`;
  }

  async settings(em: EntityManager | DataSource = this.dataSource): Promise<ErasureFollowUpSettings & { mailFrom: string; organisation: string }> {
    const s = await em.getRepository(OrganisationSettingsEntity).findOneBy({ id: 1 });
    if (!s) return { ...DEFAULT_ERASURE_FOLLOW_UP, mailFrom: 'tilsyn@localhost', organisation: 'Tilsyn' };
    return {
      reminderDays: s.erasureReminderDays,
      escalateAfterDays: s.erasureEscalateAfterDays,
      linkGraceDays: s.erasureLinkGraceDays,
      minimumAnswerDays: s.erasureMinimumAnswerDays,
      mailFrom: s.mailFrom,
      organisation: s.organisationName || 'Tilsyn',
    };
  }

  /** Queues one send job per processor inside the caller's transaction (P2: jobs per processor, not per notice). */
  async queueProcessors(em: EntityManager, processorIds: readonly string[]): Promise<void> {
    const startAfter = this.config.erasure.digestDelaySeconds;
    for (const processorId of new Set(processorIds)) {
      await this.jobs.sendInTransaction(em, ERASURE_SEND_QUEUE, { processorId }, startAfter > 0 ? { startAfter } : {});
    }
  }

  wake(): void {
    if (this.config.erasure.digestDelaySeconds === 0) this.jobs.wake(ERASURE_SEND_QUEUE);
  }

  /** The job: first any unfinished message of this processor (a retry), then the queued notices as new digests. */
  async deliverForProcessor(processorId: string): Promise<void> {
    await syncClock(this.clock, this.dataSource);
    const unfinished = (await this.dataSource.query(
      `SELECT id FROM erasure_dispatch WHERE processor_id = $1 AND (status IN ('PENDING', 'RETRYING') OR (status = 'SENDING' AND last_attempt_at < now() - make_interval(secs => $2))) ORDER BY created_at`,
      [processorId, this.config.reminders.expireInSeconds],
    )) as { id: string }[];
    for (const d of unfinished) await this.deliver(d.id);
    for (;;) {
      const digest = await this.createDigest(processorId);
      if (!digest) break;
      await this.deliver(digest.id);
      // A digest below the size limit took every queued notice: no need to look again.
      if (!digest.full) break;
    }
  }

  /**
   * Takes the processor's queued notices (SKIP LOCKED: a second worker takes none of them) into a
   * new message with its own token, and marks them SENDING. MANUAL recipients get no message:
   * staff contact them and record it.
   */
  private async createDigest(processorId: string): Promise<{ id: string; full: boolean } | null> {
    return this.dataSource.transaction(async (em) => {
      const [p] = (await em.query('SELECT erasure_channel FROM processor WHERE id = $1', [processorId])) as { erasure_channel: 'EMAIL' | 'WEBHOOK' | 'MANUAL' }[];
      if (!p) return null;
      const notices = (await em.query(
        `SELECT id, deadline_on::text AS deadline_on FROM erasure_notice WHERE processor_id = $1 AND status = 'QUEUED' AND channel <> 'MANUAL' ORDER BY created_at, id LIMIT $2 FOR UPDATE SKIP LOCKED`,
        [processorId, this.config.erasure.digestMaxNotices],
      )) as { id: string; deadline_on: string }[];
      if (notices.length === 0) return null;
      const ids = notices.map((n) => n.id);
      if (p.erasure_channel === 'MANUAL') {
        await em.query(`UPDATE erasure_notice SET channel = 'MANUAL', updated_at = $2 WHERE id = ANY($1::uuid[])`, [ids, this.clock.now()]);
        return null;
      }
      const settings = await this.settings(em);
      const id = await this.insertDispatch(em, { processorId, kind: 'NOTICE', channel: p.erasure_channel, recipientKind: 'PRIMARY', noticeIds: ids, expiresOn: linkExpiresOn(notices.map((n) => n.deadline_on), settings.linkGraceDays) });
      await em.query(`UPDATE erasure_notice SET status = 'SENDING', channel = $2, updated_at = $3 WHERE id = ANY($1::uuid[])`, [ids, p.erasure_channel, this.clock.now()]);
      return { id, full: ids.length >= this.config.erasure.digestMaxNotices };
    });
  }

  private async insertDispatch(
    em: EntityManager,
    d: { processorId: string; kind: ErasureDispatchKind; channel: 'EMAIL' | 'WEBHOOK'; recipientKind: 'PRIMARY' | 'FALLBACK' | 'REVIEWERS'; noticeIds: readonly string[]; expiresOn: IsoDate | null },
  ): Promise<string> {
    const [{ id }] = (await em.query('SELECT gen_random_uuid() AS id')) as { id: string }[];
    // The link's token: 256 random bits; found by its SHA-256, sealed (not stored in clear) so a retry sends the same link.
    const token = d.recipientKind === 'REVIEWERS' ? null : randomBytes(32).toString('base64url');
    await em.query(
      `INSERT INTO erasure_dispatch (id, processor_id, kind, channel, recipient_kind, status, attempts, message_id, token_hash, token_sealed, expires_on, notice_count, created_at)
       VALUES ($1, $2, $3, $4, $5, 'PENDING', 0, $6, $7, $8, $9, $10, $11)`,
      [id, d.processorId, d.kind, d.channel, d.recipientKind, this.messageId(id), token ? tokenHash(token) : null, token ? this.keyring.seal(token, tokenContext(id)) : null, d.expiresOn, d.noticeIds.length, this.clock.now()],
    );
    await em.query('INSERT INTO erasure_dispatch_notice (dispatch_id, notice_id) SELECT $1, unnest($2::uuid[])', [id, d.noticeIds]);
    return id;
  }

  /** Sends one message. The claim is one UPDATE, as for reminders: a message is sent by one worker at a time. */
  async deliver(dispatchId: string): Promise<void> {
    // One statement: claim the message and count the attempt on its notices (SENDING, attempt n).
    const claimed = (await this.dataSource.query(
      `WITH d AS (
         UPDATE erasure_dispatch SET status = 'SENDING', attempts = attempts + 1, last_attempt_at = now()
          WHERE id = $1 AND (status IN ('PENDING', 'RETRYING') OR (status = 'SENDING' AND last_attempt_at < now() - make_interval(secs => $2)))
          RETURNING id, processor_id, kind, channel, recipient_kind, attempts, message_id, token_sealed, expires_on::text AS expires_on, created_at),
       n AS (
         UPDATE erasure_notice SET attempts = attempts + 1, last_attempt_at = now()
          WHERE id IN (SELECT notice_id FROM erasure_dispatch_notice WHERE dispatch_id = (SELECT id FROM d)) AND status = 'SENDING')
       SELECT * FROM d`,
      [dispatchId, this.config.reminders.expireInSeconds],
    )) as DispatchRow[];
    const d = claimed[0];
    if (!d) return;
    const [p] = (await this.dataSource.query(
      'SELECT id, name, establishment_country, erasure_channel, erasure_address, privacy_contact_email, fallback_contact_email, erasure_webhook_secret_sealed FROM processor WHERE id = $1',
      [d.processor_id],
    )) as ProcessorRow[];
    const lines = (await this.dataSource.query(
      `SELECT n.id, n.status, n.deadline_on::text AS deadline_on, n.recipient_reference, n.legal_basis, n.sent_at, r.case_reference, r.erase_categories, r.id AS request_id
         FROM erasure_dispatch_notice dn JOIN erasure_notice n ON n.id = dn.notice_id JOIN erasure_request r ON r.id = n.request_id
        WHERE dn.dispatch_id = $1 ORDER BY r.case_reference, n.id`,
      [d.id],
    )) as { id: string; status: ErasureNoticeStatus; deadline_on: string; recipient_reference: string | null; legal_basis: 'PROCESSOR_INSTRUCTION' | 'ART_19_NOTICE'; sent_at: Date | null; case_reference: string; erase_categories: DataCategory[]; request_id: string }[];
    const open = lines.filter((l) => noticeTransition(l.status, { type: 'ANSWERED', answer: 'CONFIRMED' }) !== null);
    if (open.length === 0) {
      // Everything was answered (or excepted) before the reminder went: nothing to say.
      await this.dataSource.query(`UPDATE erasure_dispatch SET status = 'SENT', sent_at = now(), last_error = 'NOTHING_OUTSTANDING' WHERE id = $1`, [d.id]);
      return;
    }
    const settings = await this.settings();
    try {
      if (d.kind === 'ESCALATION') await this.sendEscalation(d, p, open, settings.mailFrom);
      else if (d.channel === 'WEBHOOK' && d.recipient_kind === 'PRIMARY') await this.sendWebhook(d, p, open, settings.organisation);
      else await this.sendEmail(d, p, open, settings);
      await this.finishSent(d, open.map((l) => ({ id: l.id, requestId: l.request_id })));
    } catch (error) {
      if (error instanceof TemporaryFailure && d.attempts <= this.config.reminders.retryLimit) {
        await this.dataSource.query(`UPDATE erasure_dispatch SET status = 'RETRYING', last_error = $2 WHERE id = $1 AND status = 'SENDING'`, [d.id, error.message]);
        await this.dataSource.query(`UPDATE erasure_notice SET last_error = $2 WHERE id IN (SELECT notice_id FROM erasure_dispatch_notice WHERE dispatch_id = $1) AND status = 'SENDING'`, [d.id, error.message]);
        throw new Error(`erasure dispatch ${d.id}: temporary failure (${error.message})`, { cause: error });
      }
      const message = error instanceof Error ? error.message : 'SEND_FAILED';
      await this.finishFailed(d, p, error instanceof TemporaryFailure ? `GAVE_UP ${message}` : message, (error as { responseCode?: number }).responseCode ?? null);
    }
  }

  private linkFor(d: DispatchRow, locale: Locale): string {
    const token = d.token_sealed ? this.keyring.open(d.token_sealed, tokenContext(d.id)) : '';
    return `${this.baseUrl()}/erasure-answer/${token}?lang=${locale}`;
  }

  private async sendEmail(d: DispatchRow, p: ProcessorRow, open: { deadline_on: string; recipient_reference: string | null; legal_basis: 'PROCESSOR_INSTRUCTION' | 'ART_19_NOTICE'; case_reference: string; erase_categories: DataCategory[]; sent_at: Date | null }[], settings: { mailFrom: string; organisation: string }): Promise<void> {
    const to = d.recipient_kind === 'FALLBACK' ? p.fallback_contact_email : p.erasure_channel === 'EMAIL' ? (p.erasure_address ?? p.privacy_contact_email) : p.privacy_contact_email;
    if (!to) throw Object.assign(new Error('NO_ADDRESS'), { responseCode: null });
    const locale: Locale = p.establishment_country === 'DK' ? 'da' : 'en';
    const firstSent = open.map((l) => l.sent_at).filter((x): x is Date => !!x).sort((a, b) => a.getTime() - b.getTime())[0];
    const msg = erasureMessage({
      kind: d.kind === 'REMINDER' ? 'REMINDER' : 'NOTICE',
      locale,
      organisation: settings.organisation,
      processorName: p.name,
      lines: open.map((l) => ({ caseReference: l.case_reference, recipientReference: l.recipient_reference, categories: l.erase_categories, legalBasis: l.legal_basis, deadlineOn: l.deadline_on })),
      link: this.linkFor(d, locale),
      expiresOn: d.expires_on ?? this.today(),
      daysWaiting: firstSent ? Math.max(0, Math.round((this.clock.now().getTime() - firstSent.getTime()) / 86_400_000)) : 0,
    });
    try {
      // VERP: a bounce report that arrives later names the message in its address (R6).
      const returnPath = `bounce+${d.id}@${settings.mailFrom.split('@')[1] ?? 'localhost'}`;
      const info = await this.mail.send({ from: settings.mailFrom, to: [to], subject: msg.subject, text: msg.text, messageId: d.message_id, headers: { 'X-Tilsyn-Erasure': `${d.kind}/${d.id}` }, returnPath });
      if (info.accepted.length === 0) throw Object.assign(new Error('ALL_RECIPIENTS_REJECTED'), { responseCode: 550 });
    } catch (error) {
      const failure = classifySendError(error);
      if ((error as Error).message === 'ALL_RECIPIENTS_REJECTED') throw error;
      if (failure.kind === 'TEMPORARY') throw new TemporaryFailure(failure.message);
      throw Object.assign(new Error(failure.message), { responseCode: failure.responseCode });
    }
  }

  /**
   * JSON POST signed with HMAC-SHA256 over `timestamp.body` (`X-Tilsyn-Signature: t=…,v1=…`), with
   * the message's id as idempotency key. The processor may answer at once in the response
   * (`{"answers": [...]}`) or later by calling back.
   */
  private async sendWebhook(d: DispatchRow, p: ProcessorRow, open: { id: string; deadline_on: string; recipient_reference: string | null; legal_basis: string; case_reference: string; erase_categories: DataCategory[] }[], organisation: string): Promise<void> {
    if (!p.erasure_address) throw Object.assign(new Error('NO_ADDRESS'), { responseCode: null });
    if (!p.erasure_webhook_secret_sealed) throw Object.assign(new Error('NO_WEBHOOK_SECRET'), { responseCode: null });
    const secret = this.keyring.open(p.erasure_webhook_secret_sealed, webhookSecretContext(p.id));
    const body = JSON.stringify({
      type: d.kind === 'REMINDER' ? 'erasure.reminder' : 'erasure.instruction',
      dispatchId: d.id,
      from: organisation,
      notices: open.map((l) => ({ noticeId: l.id, caseReference: l.case_reference, recipientReference: l.recipient_reference, categories: l.erase_categories, legalBasis: l.legal_basis, deadlineOn: l.deadline_on })),
      answerUrl: this.linkFor(d, 'en'),
      callbackUrl: `${this.baseUrl()}/api/erasure/webhook/${p.id}`,
    });
    const timestamp = Math.floor(Date.now() / 1000);
    let response: Response;
    try {
      response = await fetch(p.erasure_address, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'Idempotency-Key': d.id, 'X-Tilsyn-Signature': `t=${timestamp},v1=${signWebhook(secret, timestamp, body)}` },
        body,
        redirect: 'manual',
        signal: AbortSignal.timeout(this.config.mail.socketTimeoutMs),
      });
    } catch (error) {
      throw new TemporaryFailure(`WEBHOOK ${(error as { name?: string }).name ?? 'ERROR'}`);
    }
    const kind = classifyWebhookStatus(response.status);
    if (kind === 'TEMPORARY') throw new TemporaryFailure(`HTTP ${response.status}`);
    if (kind === 'PERMANENT') throw Object.assign(new Error(`HTTP ${response.status}`), { responseCode: response.status });
    const text = await response.text().catch(() => '');
    let answers: unknown = null;
    try {
      answers = text ? (JSON.parse(text) as { answers?: unknown }).answers : null;
    } catch {
      answers = null; // a body that is not JSON is an acknowledgement without answers
    }
    if (Array.isArray(answers) && answers.length) {
      // Recorded after the send itself is recorded (finishSent), in its own transactions.
      setImmediate(() => void this.answerFromWebhook(p.id, answers as unknown[]).catch((error: Error) => this.logger.warn({ err: { message: error.message }, dispatchId: d.id }, 'erasure webhook: synchronous answers not recorded')));
    }
  }

  private async sendEscalation(d: DispatchRow, p: ProcessorRow, open: { case_reference: string; sent_at: Date | null }[], mailFrom: string): Promise<void> {
    const reviewers = (await this.dataSource.query(`SELECT email, locale FROM app_user WHERE active AND role IN ('REVIEWER', 'ADMIN') ORDER BY email`)) as { email: string; locale: Locale }[];
    if (reviewers.length === 0) throw Object.assign(new Error('NO_RECIPIENTS'), { responseCode: null });
    const firstSent = open.map((l) => l.sent_at).filter((x): x is Date => !!x).sort((a, b) => a.getTime() - b.getTime())[0];
    const days = firstSent ? Math.round((this.clock.now().getTime() - firstSent.getTime()) / 86_400_000) : 0;
    const locales = [...new Set(reviewers.map((r) => r.locale))];
    const parts = locales.map((locale) => erasureEscalationMessage({ locale, processorName: p.name, caseReferences: open.map((l) => l.case_reference), daysWaiting: days, link: `${this.baseUrl()}/#/ErasureNotice?filter=${encodeURIComponent(JSON.stringify({ processorId: p.id, outstanding: true }))}` }));
    try {
      await this.mail.send({ from: mailFrom, to: reviewers.map((r) => r.email), subject: parts.map((x) => x.subject).join(' / '), text: parts.map((x) => x.text).join('\n---\n\n'), messageId: d.message_id, headers: { 'X-Tilsyn-Erasure': `${d.kind}/${d.id}` } });
    } catch (error) {
      const failure = classifySendError(error);
      if (failure.kind === 'TEMPORARY') throw new TemporaryFailure(failure.message);
      throw Object.assign(new Error(failure.message), { responseCode: failure.responseCode });
    }
  }

  private async finishSent(d: DispatchRow, open: readonly { id: string; requestId: string }[]): Promise<void> {
    await this.dataSource.transaction(async (em) => {
      await em.query(`UPDATE erasure_dispatch SET status = 'SENT', sent_at = now(), last_error = NULL WHERE id = $1`, [d.id]);
      if (d.kind === 'ESCALATION') return;
      const sent = (await em.query(
        `UPDATE erasure_notice SET status = 'SENT', sent_at = COALESCE(sent_at, $2), last_error = NULL, updated_at = $2
          WHERE id IN (SELECT notice_id FROM erasure_dispatch_notice WHERE dispatch_id = $1) AND status = 'SENDING' RETURNING id, request_id`,
        [d.id, this.clock.now()],
      )) as [{ id: string; request_id: string }[], number];
      const byRequest = new Map<string, string[]>();
      for (const n of sent[0] ?? []) byRequest.set(n.request_id, [...(byRequest.get(n.request_id) ?? []), n.id]);
      await this.ledger.write(em, 'NOTICE_SENT', [...byRequest].map(([requestId, noticeIds]) => ({ requestId, details: { noticeIds, processorId: d.processor_id, dispatchId: d.id } })), this.clock.now());
    });
    void open;
    this.ledger.mirrorSoon();
  }

  /**
   * A permanent failure: to the fallback contact if there is one and it was not tried yet (the
   * notices are BOUNCED meanwhile), else the notices FAIL and the reviewers and administrators are
   * alerted in the app, the dashboard and the audit trail. The alert names the processor, never a person.
   */
  private async finishFailed(d: DispatchRow, p: ProcessorRow, error: string, code: number | null): Promise<void> {
    let retryId: string | null = null;
    await this.dataSource.transaction(async (em) => {
      await em.query(`UPDATE erasure_dispatch SET status = 'FAILED', last_error = $2, last_response_code = $3 WHERE id = $1`, [d.id, error.slice(0, 200), code]);
      const hasFallback = d.kind !== 'ESCALATION' && d.recipient_kind === 'PRIMARY' && !!p.fallback_contact_email;
      const ids = ((await em.query(`SELECT notice_id FROM erasure_dispatch_notice WHERE dispatch_id = $1`, [d.id])) as { notice_id: string }[]).map((r) => r.notice_id);
      if (d.kind === 'NOTICE') {
        await em.query(`UPDATE erasure_notice SET status = $2, last_error = $3, updated_at = $4 WHERE id = ANY($1::uuid[]) AND status = 'SENDING'`, [ids, hasFallback ? 'BOUNCED' : 'FAILED', error.slice(0, 200), this.clock.now()]);
      }
      if (hasFallback) {
        const [{ expires_on }] = (await em.query('SELECT expires_on::text AS expires_on FROM erasure_dispatch WHERE id = $1', [d.id])) as { expires_on: string | null }[];
        retryId = await this.insertDispatch(em, { processorId: d.processor_id, kind: d.kind, channel: 'EMAIL', recipientKind: 'FALLBACK', noticeIds: ids, expiresOn: expires_on });
        if (d.kind === 'NOTICE') await em.query(`UPDATE erasure_notice SET status = 'SENDING', updated_at = $2 WHERE id = ANY($1::uuid[]) AND status = 'BOUNCED'`, [ids, this.clock.now()]);
      } else {
        const users = (await em.query(`SELECT id FROM app_user WHERE active AND role IN ('REVIEWER', 'ADMIN')`)) as { id: string }[];
        await this.notifications.notify(
          em,
          users.map((u) => u.id),
          {
            kind: 'ERASURE_NOTICE_FAILED',
            subjectType: 'Processor',
            subjectId: p.id,
            titleDa: `Sletningsanmodning kunne ikke leveres til ${p.name} (${ids.length} ${ids.length === 1 ? 'sag' : 'sager'})`,
            titleEn: `Erasure instruction could not be delivered to ${p.name} (${ids.length} ${ids.length === 1 ? 'case' : 'cases'})`,
            details: { dispatchId: d.id, error: error.slice(0, 200), responseCode: code },
          },
        );
      }
      await this.audit.record(em, SYSTEM, { action: hasFallback ? 'erasure_dispatch.bounced' : 'erasure_dispatch.failed', entityType: 'ErasureDispatch', entityId: d.id, details: { processorId: p.id, kind: d.kind, notices: ids.length, error: error.slice(0, 200), responseCode: code, fallbackDispatchId: retryId } }, 'SYSTEM');
    });
    if (retryId) await this.deliver(retryId);
  }

  /**
   * A bounce report (DSN) that arrives after the message was accepted (R6): matched to the message
   * by its VERP return path or its Message-ID; only a permanent failure (Action: failed, Status
   * 5.x.x) counts. The notices go to the fallback contact if there is one, else they fail with an
   * alert. Returns the notices affected; a report about nothing of ours, or a delay, changes nothing.
   */
  async reportBounce(meta: Pick<RequestMeta, 'actor' | 'requestId'>, raw: string): Promise<number> {
    if (!/^\s*Action:\s*failed/im.test(raw) || !/^\s*Status:\s*5\.\d{1,3}\.\d{1,3}/im.test(raw)) return 0;
    const ids = new Set<string>();
    for (const m of raw.matchAll(/bounce\+([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})@/gi)) ids.add(m[1].toLowerCase());
    for (const m of raw.matchAll(/<erasure-([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})@/gi)) ids.add(m[1].toLowerCase());
    const status = /^\s*Status:\s*(5\.\d{1,3}\.\d{1,3})/im.exec(raw)?.[1] ?? '5.0.0';
    let affected = 0;
    const retries: string[] = [];
    for (const dispatchId of ids) {
      await this.dataSource.transaction(async (em) => {
        const updated = (await em.query(
          `UPDATE erasure_dispatch SET status = 'FAILED', last_error = $2 WHERE id = $1 AND status = 'SENT' AND kind IN ('NOTICE', 'REMINDER') AND channel = 'EMAIL'
           RETURNING id, processor_id, kind, recipient_kind, expires_on::text AS expires_on`,
          [dispatchId, `BOUNCE ${status}`],
        )) as [{ id: string; processor_id: string; kind: ErasureDispatchKind; recipient_kind: string; expires_on: string | null }[], number];
        const row = updated[0]?.[0];
        if (!row) return;
        const [p] = (await em.query('SELECT id, name, fallback_contact_email FROM processor WHERE id = $1', [row.processor_id])) as { id: string; name: string; fallback_contact_email: string | null }[];
        const hasFallback = row.recipient_kind === 'PRIMARY' && !!p?.fallback_contact_email;
        const notices = (await em.query(
          `UPDATE erasure_notice SET status = $2, last_error = $3, updated_at = $4 WHERE id IN (SELECT notice_id FROM erasure_dispatch_notice WHERE dispatch_id = $1) AND status = 'SENT' RETURNING id`,
          [row.id, hasFallback ? 'BOUNCED' : 'FAILED', `BOUNCE ${status}`, this.clock.now()],
        )) as [{ id: string }[], number];
        const noticeIds = (notices[0] ?? []).map((n) => n.id);
        affected += noticeIds.length;
        if (noticeIds.length && hasFallback) {
          retries.push(await this.insertDispatch(em, { processorId: row.processor_id, kind: row.kind, channel: 'EMAIL', recipientKind: 'FALLBACK', noticeIds, expiresOn: row.expires_on }));
          await em.query(`UPDATE erasure_notice SET status = 'SENDING' WHERE id = ANY($1::uuid[])`, [noticeIds]);
          await this.jobs.sendInTransaction(em, ERASURE_SEND_QUEUE, { processorId: row.processor_id });
        } else if (noticeIds.length) {
          const users = (await em.query(`SELECT id FROM app_user WHERE active AND role IN ('REVIEWER', 'ADMIN')`)) as { id: string }[];
          await this.notifications.notify(em, users.map((u) => u.id), {
            kind: 'ERASURE_NOTICE_FAILED',
            subjectType: 'Processor',
            subjectId: row.processor_id,
            titleDa: `Sletningsanmodning til ${p?.name ?? ''} kom retur (${noticeIds.length} ${noticeIds.length === 1 ? 'sag' : 'sager'})`,
            titleEn: `Erasure instruction to ${p?.name ?? ''} bounced (${noticeIds.length} ${noticeIds.length === 1 ? 'case' : 'cases'})`,
            details: { dispatchId: row.id, status },
          });
        }
        await this.audit.record(em, meta, { action: 'erasure_dispatch.bounce_report', entityType: 'ErasureDispatch', entityId: row.id, details: { status, notices: noticeIds.length, fallback: hasFallback } }, meta.actor ? undefined : 'SYSTEM');
      });
    }
    if (retries.length) this.jobs.wake(ERASURE_SEND_QUEUE);
    return affected;
  }

  /**
   * Records answers (page, webhook or staff) in one transaction: each through the state machine
   * (an answer to a settled notice changes nothing), audited, in the ledger; a request whose
   * notices are all settled is completed and our copy of the identifiers erased.
   */
  async recordAnswers(em: EntityManager, meta: Pick<RequestMeta, 'actor' | 'requestId'>, source: ErasureAnswerSource, answers: readonly AnswerInput[], scope: { processorId?: string; dispatchId?: string }): Promise<{ recorded: number; requestIds: string[] }> {
    const now = this.clock.now();
    const touched = new Set<string>();
    let recorded = 0;
    for (const a of answers) {
      const [n] = (await em.query(
        `SELECT n.id, n.status, n.request_id, n.processor_id FROM erasure_notice n WHERE n.id = $1
           AND ($2::uuid IS NULL OR n.processor_id = $2) AND ($3::uuid IS NULL OR EXISTS (SELECT 1 FROM erasure_dispatch_notice dn WHERE dn.dispatch_id = $3 AND dn.notice_id = n.id)) FOR UPDATE`,
        [a.noticeId, scope.processorId ?? null, scope.dispatchId ?? null],
      )) as { id: string; status: ErasureNoticeStatus; request_id: string; processor_id: string }[];
      if (!n) continue;
      const next = noticeTransition(n.status, { type: 'ANSWERED', answer: a.answer });
      if (!next) continue;
      await em.query(
        `UPDATE erasure_notice SET status = $2, answered_at = $3, erased_on = $4, answer_note = $5, passed_to_subprocessors = $6, answer_source = $7, recorded_by_id = $8,
                evidence_file_name = COALESCE($9, evidence_file_name), evidence_content_type = COALESCE($10, evidence_content_type), evidence_sha256 = COALESCE($11, evidence_sha256), evidence_content = COALESCE($12, evidence_content),
                updated_at = $3, version = version + 1
          WHERE id = $1`,
        [n.id, next, now, a.answer === 'CONFIRMED' ? (a.erasedOn ?? copenhagenDate(now)) : null, a.note?.trim() || null, a.passedToSubprocessors ?? null, source, meta.actor?.type === 'USER' ? meta.actor.id : null, a.evidence?.fileName ?? null, a.evidence?.contentType ?? null, a.evidence?.sha256 ?? null, a.evidence?.content ?? null],
      );
      await this.audit.record(em, meta, { action: 'erasure_notice.answer', entityType: 'ErasureNotice', entityId: n.id, details: { answer: a.answer, source, processorId: n.processor_id, evidenceSha256: a.evidence?.sha256 ?? null } }, meta.actor ? undefined : 'SYSTEM');
      await this.ledger.write(em, 'NOTICE_SETTLED', [{ requestId: n.request_id, details: { noticeId: n.id, status: next, answerSource: source, erasedOn: a.answer === 'CONFIRMED' ? (a.erasedOn ?? copenhagenDate(now)) : null } }], now);
      touched.add(n.request_id);
      recorded++;
    }
    for (const requestId of touched) await this.completeIfSettled(em, requestId);
    return { recorded, requestIds: [...touched] };
  }

  /**
   * A request is complete only when every notice is answered, excepted or cancelled (design.md §3).
   * Then our own copy of the person's identifiers is erased too; the keyed hashes stay so a
   * repeated request is recognised, and the ledger records it for a restore (R19).
   */
  async completeIfSettled(em: EntityManager, requestId: string): Promise<boolean> {
    const rows = (await em.query(
      `UPDATE erasure_request r SET status = 'COMPLETED', completed_at = $2, identifiers_sealed = NULL, updated_at = $2, version = version + 1
        WHERE r.id = $1 AND r.status IN ('APPROVED', 'PARTLY_APPROVED')
          AND NOT EXISTS (SELECT 1 FROM erasure_notice n WHERE n.request_id = r.id AND ${outstandingNoticeSql('n')})
        RETURNING id`,
      [requestId, this.clock.now()],
    )) as [unknown[], number];
    if (!rows[0]?.length) return false;
    await this.audit.record(em, SYSTEM, { action: 'erasure_request.complete', entityType: 'ErasureRequest', entityId: requestId, details: { identifiersErased: true } }, 'SYSTEM');
    await this.ledger.write(em, 'COMPLETED', [{ requestId, details: {} }], this.clock.now());
    return true;
  }

  /** A webhook's answers, synchronous or by callback: only for notices of that processor. */
  async answerFromWebhook(processorId: string, raw: readonly unknown[]): Promise<number> {
    const answers = parseWebhookAnswers(raw);
    // The same rules as on the page and for staff: a real date, not in the future; a refusal explained.
    if (answers === null || answers.some((a) => answerProblems(a, this.today()))) return -1;
    const n = await this.dataSource.transaction(async (em) => (await this.recordAnswers(em, SYSTEM, 'WEBHOOK', answers, { processorId })).recorded);
    this.ledger.mirrorSoon();
    return n;
  }

  /** Verifies a callback's signature with the processor's secret; false for anything doubtful. */
  async verifyCallback(processorId: string, rawBody: Buffer | undefined, header: string | undefined): Promise<boolean> {
    if (!rawBody || !/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(processorId)) return false;
    const parsed = parseWebhookSignature(header);
    if (!parsed || !isFreshTimestamp(parsed.timestamp, Date.now())) return false;
    const [p] = (await this.dataSource.query('SELECT erasure_webhook_secret_sealed FROM processor WHERE id = $1', [processorId])) as { erasure_webhook_secret_sealed: string | null }[];
    if (!p?.erasure_webhook_secret_sealed) return false;
    const expected = Buffer.from(signWebhook(this.keyring.open(p.erasure_webhook_secret_sealed, webhookSecretContext(processorId)), parsed.timestamp, rawBody.toString('utf8')), 'hex');
    return parsed.signatures.some((s) => timingSafeEqual(Buffer.from(s, 'hex'), expected));
  }

  /**
   * The sweeper (every minute, and at start): a message whose worker died (SENDING past the job
   * expiry) or that waits for a retry, and queued notices with no live job, get a job again.
   * Also mirrors the ledger rows a crash left unmirrored.
   */
  async sweep(): Promise<number> {
    await syncClock(this.clock, this.dataSource);
    const processors = (await this.dataSource.query(
      `SELECT DISTINCT processor_id FROM (
          SELECT processor_id FROM erasure_dispatch WHERE status IN ('PENDING', 'RETRYING') OR (status = 'SENDING' AND last_attempt_at < now() - make_interval(secs => $2))
          UNION SELECT processor_id FROM erasure_notice WHERE status = 'QUEUED' AND channel <> 'MANUAL'
          UNION SELECT processor_id FROM erasure_notice WHERE status = 'SENDING' AND (last_attempt_at IS NULL OR last_attempt_at < now() - make_interval(secs => $2))) x
        WHERE NOT EXISTS (SELECT 1 FROM pgboss.job j WHERE j.name = $1 AND j.data->>'processorId' = x.processor_id::text AND j.state < 'completed')`,
      [ERASURE_SEND_QUEUE, this.config.reminders.expireInSeconds],
    )) as { processor_id: string }[];
    // A notice SENDING in no unfinished message (its digest's transaction is all or nothing, so this is only a repair): back to QUEUED.
    await this.dataSource.query(
      `UPDATE erasure_notice n SET status = 'QUEUED' WHERE n.status = 'SENDING' AND NOT EXISTS (
          SELECT 1 FROM erasure_dispatch_notice dn JOIN erasure_dispatch d ON d.id = dn.dispatch_id WHERE dn.notice_id = n.id AND d.status IN ('PENDING', 'SENDING', 'RETRYING'))`,
    );
    for (const p of processors) await this.jobs.send(ERASURE_SEND_QUEUE, { processorId: p.processor_id });
    if (processors.length) this.jobs.wake(ERASURE_SEND_QUEUE);
    await this.ledger.mirror().catch((error: Error) => this.logger.warn({ err: { message: error.message } }, 'erasure ledger: mirroring failed'));
    return processors.length;
  }

  /**
   * The daily follow-up: a reminder to the recipient after 5 and 10 days without an answer, and
   * the reviewers told after 14 (settings). One message per processor, listing its cases; a day
   * missed is caught up once. Returns the messages created.
   */
  async followUp(): Promise<number> {
    await syncClock(this.clock, this.dataSource);
    const today = this.today();
    const settings = await this.settings();
    const sent = (await this.dataSource.query(
      `SELECT n.id, n.processor_id, n.channel, n.sent_at, n.reminders_sent, n.escalated_at, n.deadline_on::text AS deadline_on FROM erasure_notice n WHERE n.status = 'SENT' AND n.sent_at IS NOT NULL`,
    )) as { id: string; processor_id: string; channel: string; sent_at: Date; reminders_sent: number; escalated_at: Date | null; deadline_on: string }[];
    const reminders = new Map<string, { ids: string[]; due: Map<string, number>; deadlines: string[] }>();
    const escalations = new Map<string, string[]>();
    for (const n of sent) {
      const due = noticeFollowUpsDue(copenhagenDate(n.sent_at), today, settings);
      if (due.remindersDue > n.reminders_sent && n.channel !== 'MANUAL') {
        const r = reminders.get(n.processor_id) ?? { ids: [] as string[], due: new Map<string, number>(), deadlines: [] as string[] };
        r.ids.push(n.id);
        r.due.set(n.id, due.remindersDue);
        r.deadlines.push(n.deadline_on);
        reminders.set(n.processor_id, r);
      }
      if (due.escalate && !n.escalated_at) escalations.set(n.processor_id, [...(escalations.get(n.processor_id) ?? []), n.id]);
    }
    let created = 0;
    for (const [processorId, r] of reminders) {
      await this.dataSource.transaction(async (em) => {
        const [p] = (await em.query('SELECT erasure_channel FROM processor WHERE id = $1', [processorId])) as { erasure_channel: 'EMAIL' | 'WEBHOOK' | 'MANUAL' }[];
        // Only notices whose count has not moved since we read it: a second scan running at once adds nothing.
        const claimed = (await em.query(
          `UPDATE erasure_notice n SET reminders_sent = x.due FROM jsonb_to_recordset($1::jsonb) AS x(id uuid, due int, seen int)
            WHERE n.id = x.id AND n.reminders_sent = x.seen AND n.status = 'SENT' RETURNING n.id`,
          [JSON.stringify(r.ids.map((id) => ({ id, due: r.due.get(id), seen: sent.find((s) => s.id === id)?.reminders_sent ?? 0 })))],
        )) as [{ id: string }[], number];
        const ids = (claimed[0] ?? []).map((x) => x.id);
        if (ids.length === 0 || !p || p.erasure_channel === 'MANUAL') return;
        await this.insertDispatch(em, { processorId, kind: 'REMINDER', channel: p.erasure_channel, recipientKind: 'PRIMARY', noticeIds: ids, expiresOn: linkExpiresOn(r.deadlines, settings.linkGraceDays) });
        await this.jobs.sendInTransaction(em, ERASURE_SEND_QUEUE, { processorId });
        created++;
      });
    }
    for (const [processorId, noticeIds] of escalations) {
      await this.dataSource.transaction(async (em) => {
        const claimed = (await em.query(`UPDATE erasure_notice SET escalated_at = $2 WHERE id = ANY($1::uuid[]) AND escalated_at IS NULL AND status = 'SENT' RETURNING id`, [noticeIds, this.clock.now()])) as [{ id: string }[], number];
        const ids = (claimed[0] ?? []).map((x) => x.id);
        if (ids.length === 0) return;
        await this.insertDispatch(em, { processorId, kind: 'ESCALATION', channel: 'EMAIL', recipientKind: 'REVIEWERS', noticeIds: ids, expiresOn: null });
        await this.jobs.sendInTransaction(em, ERASURE_SEND_QUEUE, { processorId });
        const [p] = (await em.query('SELECT name FROM processor WHERE id = $1', [processorId])) as { name: string }[];
        const users = (await em.query(`SELECT id FROM app_user WHERE active AND role IN ('REVIEWER', 'ADMIN')`)) as { id: string }[];
        await this.notifications.notifyReplacingUnread(
          em,
          users.map((u) => u.id),
          {
            kind: 'ERASURE_ESCALATION',
            subjectType: 'Processor',
            subjectId: processorId,
            titleDa: `${p?.name ?? ''} har ikke bekræftet sletning i ${ids.length} ${ids.length === 1 ? 'sag' : 'sager'} efter ${settings.escalateAfterDays} dage`,
            titleEn: `${p?.name ?? ''} has not confirmed erasure in ${ids.length} ${ids.length === 1 ? 'case' : 'cases'} after ${settings.escalateAfterDays} days`,
            details: { processorId, notices: ids.length },
          },
        );
        await this.audit.record(em, SYSTEM, { action: 'erasure_notice.escalate', entityType: 'Processor', entityId: processorId, details: { notices: ids.length } }, 'SYSTEM');
        created++;
      });
    }
    if (created) this.jobs.wake(ERASURE_SEND_QUEUE);
    this.logger.info({ today, created }, 'erasure follow-up');
    return created;
  }
}

export function signWebhook(secret: string, timestampSeconds: number, body: string): string {
  return createHmac('sha256', secret).update(webhookSignatureBase(timestampSeconds, body)).digest('hex');
}

/** A webhook's answers, checked one by one; null when the shape is wrong (the caller answers 400). */
export function parseWebhookAnswers(raw: readonly unknown[]): AnswerInput[] | null {
  const out: AnswerInput[] = [];
  for (const item of raw) {
    const a = item as { noticeId?: unknown; answer?: unknown; erasedOn?: unknown; note?: unknown; passedToSubprocessors?: unknown };
    if (typeof a?.noticeId !== 'string' || !/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(a.noticeId)) return null;
    if (a.answer !== 'CONFIRMED' && a.answer !== 'NO_DATA' && a.answer !== 'REFUSED') return null;
    if (a.erasedOn != null && (typeof a.erasedOn !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(a.erasedOn))) return null;
    if (a.note != null && (typeof a.note !== 'string' || a.note.length > 2000)) return null;
    if (a.answer === 'REFUSED' && (typeof a.note !== 'string' || !a.note.trim())) return null;
    out.push({ noticeId: a.noticeId, answer: a.answer, erasedOn: (a.erasedOn as string | null) ?? null, note: (a.note as string | null) ?? null, passedToSubprocessors: typeof a.passedToSubprocessors === 'boolean' ? a.passedToSubprocessors : null });
  }
  return out;
}
