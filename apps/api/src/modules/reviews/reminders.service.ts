import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  addDays,
  copenhagenDate,
  reminderMessage,
  reminderTitle,
  remindersReached,
  type Clock,
  type IsoDate,
  type Locale,
  type ReminderThresholds,
  type ReviewKind,
} from '@tilsyn/domain';
import type { Logger } from 'pino';
import { DataSource, type EntityManager } from 'typeorm';
import { requirePermission } from '../../common/access.js';
import type { RequestMeta } from '../../common/actor.js';
import { APP_CONFIG, CLOCK, LOGGER } from '../../common/clock.js';
import { DomainException } from '../../common/domain-exception.js';
import { applyListArgs, likePattern } from '../../common/list-args.js';
import { SettableClock, syncClock } from '../../common/test-clock.js';
import type { AppConfig } from '../../config/config.js';
import { AuditService } from '../audit/audit.service.js';
import { ERASURE_FOLLOW_UP_QUEUE } from '../erasure/erasure-delivery.service.js';
import { JobsService } from '../jobs/jobs.service.js';
import { classifySendError, MailService } from '../mail/mail.service.js';
import { NotificationsService } from '../notifications/notifications.service.js';
import { OrganisationSettingsEntity } from '../reference/reference.entities.js';
import type { ReminderFilter, ReminderListArgs, SinkMailFilter, SinkMailListArgs, UpdateReminderSettingsArgs } from './dto/review.args.js';
import { ReminderEntity, SinkMailEntity, type ReminderRecipient } from './review.entities.js';
import type { ReminderModel, ReminderSettingsModel, SinkMailModel } from './review.model.js';
import { reminderModel } from './reviews.service.js';
import { SupervisionService } from './supervision.service.js';

export const SCAN_QUEUE = 'reminder-scan';
export const SEND_QUEUE = 'reminder-send';

const SYSTEM = { actor: undefined, requestId: '' };

interface Candidate {
  subjectType: 'REVIEW' | 'AGREEMENT_END';
  subjectId: string;
  processorId: string;
  processorName: string;
  kind: ReviewKind | 'AGREEMENT_END';
  dueOn: IsoDate;
  thresholdKey: string;
  thresholdOn: IsoDate;
  escalation: boolean;
  assigneeId: string | null;
  ownerId: string | null;
}

/**
 * Reminders (design.md §3, issue 5). A daily scan (pg-boss schedule, Europe/Copenhagen) first
 * plans the reviews, then inserts one row per (subject, due date, threshold) reached — the unique
 * key makes a second scan, a second process or a restart harmless — and queues a send job for
 * each new row in the same transaction, with the row's id as the job's id. The send job claims the
 * row, sends one e-mail with a stable Message-ID, and records the outcome: 5xx is permanent and
 * shown as needing attention; 4xx and time-outs are retried with backoff until the attempts run out.
 */
@Injectable()
export class RemindersService implements OnModuleInit {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(LOGGER) private readonly logger: Logger,
    private readonly jobs: JobsService,
    private readonly mail: MailService,
    private readonly audit: AuditService,
    private readonly notifications: NotificationsService,
    private readonly supervision: SupervisionService,
  ) {}

  onModuleInit(): void {
    const r = this.config.reminders;
    this.jobs.register({
      name: SCAN_QUEUE,
      cron: r.scanCron,
      runOnStart: true,
      options: { retryLimit: 5, retryDelay: r.retryDelaySeconds, retryBackoff: true, expireInSeconds: r.expireInSeconds },
      handler: async () => {
        await this.scan();
      },
    });
    this.jobs.register({
      name: SEND_QUEUE,
      // Several workers per process: a slow (tarpitting) server holds one, not the queue (reliability.md R4).
      workers: 4,
      options: { retryLimit: r.retryLimit, retryDelay: r.retryDelaySeconds, retryBackoff: true, expireInSeconds: r.expireInSeconds },
      handler: async (jobs) => {
        for (const job of jobs) await this.deliver(String(job.data.reminderId));
      },
    });
  }

  today(): IsoDate {
    return copenhagenDate(this.clock.now());
  }

  async thresholds(): Promise<{ thresholds: ReminderThresholds; settings: OrganisationSettingsEntity | null }> {
    const s = await this.dataSource.getRepository(OrganisationSettingsEntity).findOneBy({ id: 1 });
    return {
      settings: s,
      thresholds: s
        ? { beforeDays: s.reminderBeforeDays, onDueDay: s.reminderOnDueDay, overdueEveryDays: s.reminderOverdueEveryDays, escalateAfterDays: s.reminderEscalateAfterDays }
        : { beforeDays: [30, 7], onDueDay: true, overdueEveryDays: 7, escalateAfterDays: 14 },
    };
  }

  /** Who gets a reminder: the assignee (else the processor's owner, else the administrators); an escalation adds the reviewers (DPO) and the administrators. */
  private async recipients(em: EntityManager, c: Candidate): Promise<ReminderRecipient[]> {
    const users = (await em.query('SELECT id, email, role, locale FROM app_user WHERE active')) as { id: string; email: string; role: string; locale: 'da' | 'en' }[];
    const byId = new Map(users.map((u) => [u.id, u]));
    const chosen = new Map<string, (typeof users)[number]>();
    const first = (c.assigneeId && byId.get(c.assigneeId)) || (c.ownerId && byId.get(c.ownerId)) || null;
    if (first) chosen.set(first.id, first);
    if (!first || c.escalation) for (const u of users) if (u.role === 'ADMIN' || (c.escalation && u.role === 'REVIEWER')) chosen.set(u.id, u);
    return [...chosen.values()].map((u) => ({ userId: u.id, email: u.email, locale: u.locale })).sort((a, b) => a.userId.localeCompare(b.userId));
  }

  private async candidates(em: EntityManager, today: IsoDate, t: ReminderThresholds, renewalWindowDays: number): Promise<Candidate[]> {
    const out: Candidate[] = [];
    const reviews = (await em.query(
      `SELECT r.id, r.kind, r.processor_id, r.due_on::text AS due_on, r.created_on::text AS created_on, r.assignee_id, p.owner_id, p.name AS processor_name
         FROM review r JOIN processor p ON p.id = r.processor_id
        WHERE r.status IN ('OPEN', 'IN_PROGRESS', 'SENT_BACK') AND r.due_on <= $1::date + $2::int`,
      [today, Math.max(0, ...t.beforeDays)],
    )) as { id: string; kind: ReviewKind; processor_id: string; processor_name: string; due_on: string; created_on: string; assignee_id: string | null; owner_id: string | null }[];
    for (const r of reviews) {
      for (const th of remindersReached(r.due_on, r.created_on, today, t)) {
        out.push({ subjectType: 'REVIEW', subjectId: r.id, processorId: r.processor_id, processorName: r.processor_name, kind: r.kind, dueOn: r.due_on, thresholdKey: th.key, thresholdOn: th.on, escalation: th.escalation, assigneeId: r.assignee_id, ownerId: r.owner_id });
      }
    }
    // A DPA reaching its end date: reminded at the renewal window and the usual thresholds, up to its end.
    const ending = (await em.query(
      `SELECT a.id, a.processor_id, a.ends_on::text AS ends_on, a.created_at, p.owner_id, p.name AS processor_name FROM (
          SELECT DISTINCT ON (processor_id) * FROM agreement WHERE signed_on IS NOT NULL AND terminated_on IS NULL ORDER BY processor_id, version_no DESC) a
         JOIN processor p ON p.id = a.processor_id
        WHERE p.engagement_role = 'PROCESSOR' AND a.ends_on IS NOT NULL AND a.ends_on >= $1::date AND a.ends_on <= $1::date + $2::int`,
      [today, renewalWindowDays],
    )) as { id: string; processor_id: string; processor_name: string; ends_on: string; created_at: Date; owner_id: string | null }[];
    const renewal: ReminderThresholds = { beforeDays: [...new Set([renewalWindowDays, ...t.beforeDays])], onDueDay: t.onDueDay, overdueEveryDays: 0, escalateAfterDays: 0 };
    for (const a of ending) {
      for (const th of remindersReached(a.ends_on, addDays(today, -renewalWindowDays), today, renewal)) {
        out.push({ subjectType: 'AGREEMENT_END', subjectId: a.id, processorId: a.processor_id, processorName: a.processor_name, kind: 'AGREEMENT_END', dueOn: a.ends_on, thresholdKey: th.key, thresholdOn: th.on, escalation: false, assigneeId: null, ownerId: a.owner_id });
      }
    }
    return out;
  }

  /**
   * The daily run: plan, then store and queue every reminder reached by today that is not stored
   * yet (missed days are caught up), then requeue any unfinished reminder whose job was lost.
   * Returns how many reminders were new.
   */
  async scan(): Promise<number> {
    await syncClock(this.clock, this.dataSource);
    const today = this.today();
    await this.supervision.plan();
    const { thresholds, settings } = await this.thresholds();
    const created = await this.dataSource.transaction(async (em) => {
      const candidates = await this.candidates(em, today, thresholds, settings?.renewalWindowDays ?? 90);
      let n = 0;
      for (const c of candidates) {
        const recipients = await this.recipients(em, c);
        const rows = (await em.query(
          `INSERT INTO reminder (id, subject_type, subject_id, processor_id, due_on, threshold_key, threshold_on, escalation, recipients, status, attempts, message_id, created_at)
           VALUES (gen_random_uuid(), $1, $2, $3, $4, $5, $6, $7, $8, 'PENDING', 0, '', $9)
           ON CONFLICT ON CONSTRAINT reminder_subject_threshold_key DO NOTHING
           RETURNING id`,
          [c.subjectType, c.subjectId, c.processorId, c.dueOn, c.thresholdKey, c.thresholdOn, c.escalation, JSON.stringify(recipients), this.clock.now()],
        )) as { id: string }[];
        const id = rows[0]?.id;
        if (!id) continue;
        n++;
        const host = new URL(this.config.publicUrl ?? 'http://localhost').hostname || 'tilsyn';
        await em.query('UPDATE reminder SET message_id = $2 WHERE id = $1', [id, `<reminder-${id}@${host}>`]);
        // Same transaction: the job exists exactly when the row does; its id is the row's.
        await this.jobs.sendInTransaction(em, SEND_QUEUE, { reminderId: id }, { id });
        // One notice per person and subject: a newer threshold replaces an unread older one, so a
        // backlog caught up after downtime is one line in the bell, not one per missed week.
        const title = { subject: c.kind, thresholdKey: c.thresholdKey, dueOn: c.dueOn, thresholdOn: c.thresholdOn, processorName: c.processorName };
        await this.notifications.notifyReplacingUnread(
          em,
          recipients.map((r) => r.userId),
          {
            kind: c.escalation ? 'REMINDER_ESCALATION' : 'REMINDER',
            subjectType: c.subjectType === 'REVIEW' ? 'Review' : 'Agreement',
            subjectId: c.subjectId,
            titleDa: reminderTitle({ ...title, locale: 'da' }),
            titleEn: reminderTitle({ ...title, locale: 'en' }),
            details: { reminderId: id, thresholdKey: c.thresholdKey, dueOn: c.dueOn, processorId: c.processorId },
          },
        );
      }
      return n;
    });
    await this.requeueLost();
    if (created) this.jobs.wake(SEND_QUEUE);
    this.logger.info({ today, created }, 'reminder scan');
    return created;
  }

  /** A reminder not finished whose job is gone (e.g. deleted by hand) gets a new job; the claim keeps it single. */
  private async requeueLost(): Promise<void> {
    if (!this.jobs.enabled) return;
    const lost = (await this.dataSource.query(
      `SELECT r.id FROM reminder r
        WHERE r.status IN ('PENDING', 'RETRYING', 'SENDING')
          AND NOT EXISTS (SELECT 1 FROM pgboss.job j WHERE j.name = $1 AND j.data->>'reminderId' = r.id::text AND j.state < 'completed')`,
      [SEND_QUEUE],
    )) as { id: string }[];
    for (const r of lost) await this.jobs.send(SEND_QUEUE, { reminderId: r.id });
  }

  /**
   * Sends one reminder. The claim is one UPDATE: only a PENDING or RETRYING row, or a SENDING row
   * whose attempt is older than the job expiry (its worker died), is taken; anything else means
   * another worker has it or it is finished, and the job ends quietly.
   */
  async deliver(reminderId: string): Promise<void> {
    await syncClock(this.clock, this.dataSource);
    const claimed = (await this.dataSource.query(
      `UPDATE reminder SET status = 'SENDING', attempts = attempts + 1, last_attempt_at = now()
        WHERE id = $1 AND (status IN ('PENDING', 'RETRYING') OR (status = 'SENDING' AND last_attempt_at < now() - make_interval(secs => $2)))
        RETURNING id, subject_type, subject_id, processor_id, due_on::text AS due_on, threshold_key, threshold_on::text AS threshold_on, recipients, attempts, message_id`,
      [reminderId, this.config.reminders.expireInSeconds],
    )) as [{ id: string; subject_type: 'REVIEW' | 'AGREEMENT_END'; subject_id: string; processor_id: string; due_on: string; threshold_key: string; threshold_on: string; recipients: ReminderRecipient[]; attempts: number; message_id: string }[], number];
    const row = claimed[0]?.[0];
    if (!row) return;
    const { settings } = await this.thresholds();
    const [{ name: processorName }] = (await this.dataSource.query('SELECT name FROM processor WHERE id = $1', [row.processor_id])) as { name: string }[];
    let kind: ReviewKind | 'AGREEMENT_END' = 'AGREEMENT_END';
    let path = `#/Agreement/${row.subject_id}/show`;
    if (row.subject_type === 'REVIEW') {
      const [review] = (await this.dataSource.query('SELECT kind FROM review WHERE id = $1', [row.subject_id])) as { kind: ReviewKind }[];
      kind = review?.kind ?? 'SUPERVISION';
      path = `#/Review/${row.subject_id}/show`;
    }
    const base = (this.config.publicUrl ?? `http://localhost:${this.config.port}`).replace(/\/$/, '');
    const locales = [...new Set(row.recipients.map((r) => r.locale))] as Locale[];
    const parts = (locales.length ? locales : (['da'] as Locale[])).map((locale) => reminderMessage({ subject: kind, thresholdKey: row.threshold_key, dueOn: row.due_on, thresholdOn: row.threshold_on, processorName, link: `${base}/${path}`, locale }));
    const subject = parts.map((p) => p.subject).join(' / ');
    const text = parts.map((p) => p.text).join('\n---\n\n');
    const to = row.recipients.map((r) => r.email);
    if (to.length === 0) {
      await this.finish(row.id, 'FAILED', 'NO_RECIPIENTS', null);
      return;
    }
    try {
      const info = await this.mail.send({
        from: settings?.mailFrom ?? 'tilsyn@localhost',
        to,
        subject,
        text,
        messageId: row.message_id,
        // Ids only (no personal data): lets a mailbox rule or a test tell the reminders apart.
        headers: { 'X-Tilsyn-Reminder': `${row.subject_type}/${row.subject_id}/${row.due_on}/${row.threshold_key}` },
      });
      if (info.accepted.length === 0) {
        await this.finish(row.id, 'FAILED', 'ALL_RECIPIENTS_REJECTED', null);
        return;
      }
      await this.finish(row.id, 'SENT', info.rejected.length ? `REJECTED ${info.rejected.length} OF ${to.length}` : null, null);
    } catch (error) {
      const failure = classifySendError(error);
      const exhausted = row.attempts > this.config.reminders.retryLimit;
      if (failure.kind === 'PERMANENT' || exhausted) {
        await this.finish(row.id, 'FAILED', exhausted && failure.kind === 'TEMPORARY' ? `GAVE_UP ${failure.message}` : failure.message, failure.responseCode);
        return;
      }
      await this.dataSource.query(`UPDATE reminder SET status = 'RETRYING', last_error = $2, last_response_code = $3 WHERE id = $1 AND status = 'SENDING'`, [row.id, failure.message, failure.responseCode]);
      throw new Error(`reminder ${row.id}: temporary send failure (${failure.message})`, { cause: error });
    }
  }

  private async finish(id: string, status: 'SENT' | 'FAILED', error: string | null, code: number | null): Promise<void> {
    await this.dataSource.transaction(async (em) => {
      await em.query(`UPDATE reminder SET status = $2, last_error = $3, last_response_code = $4, sent_at = CASE WHEN $2 = 'SENT' THEN now() ELSE sent_at END WHERE id = $1`, [id, status, error, code]);
      if (status === 'FAILED') {
        // Needs attention (reliability.md R5): in the dashboard, the reminder list and the audit trail.
        await this.audit.record(em, SYSTEM, { action: 'reminder.failed', entityType: 'Reminder', entityId: id, details: { error, responseCode: code } }, 'SYSTEM');
      }
    });
  }

  private query(filter: ReminderFilter | undefined) {
    const qb = this.dataSource.getRepository(ReminderEntity).createQueryBuilder('m');
    const f = filter ?? {};
    if (f.subjectId) qb.andWhere('m.subjectId = :subjectId', { subjectId: f.subjectId });
    if (f.processorId) qb.andWhere('m.processorId = :processorId', { processorId: f.processorId });
    if (f.status) qb.andWhere('m.status = :status', { status: f.status });
    if (f.escalation !== undefined) qb.andWhere('m.escalation = :escalation', { escalation: f.escalation });
    return qb;
  }

  async list(meta: RequestMeta, args: ReminderListArgs): Promise<ReminderModel[]> {
    requirePermission(meta, 'review.read');
    const rows = await applyListArgs(this.query(args.filter), args, { thresholdOn: 'm.thresholdOn', createdAt: 'm.createdAt', status: 'm.status', dueOn: 'm.dueOn' }, { field: 'createdAt', order: 'DESC' }).getMany();
    const names = new Map(((await this.dataSource.query('SELECT id, name FROM processor WHERE id = ANY($1::uuid[])', [[...new Set(rows.map((r) => r.processorId))]])) as { id: string; name: string }[]).map((p) => [p.id, p.name]));
    return rows.map((r) => reminderModel(r, names.get(r.processorId) ?? ''));
  }

  async count(meta: RequestMeta, filter?: ReminderFilter): Promise<number> {
    requirePermission(meta, 'review.read');
    return this.query(filter).getCount();
  }

  /** A failed reminder sent again after the cause was fixed (an administrator's decision; audited). */
  async retry(meta: RequestMeta, id: string): Promise<ReminderModel> {
    requirePermission(meta, 'reference.write');
    await this.dataSource.transaction(async (em) => {
      // A reminder about a review that has since been completed is not sent again.
      const rows = (await em.query(
        `UPDATE reminder m SET status = 'RETRYING', attempts = 0, last_error = NULL
          WHERE m.id = $1 AND m.status = 'FAILED'
            AND NOT EXISTS (SELECT 1 FROM review r WHERE m.subject_type = 'REVIEW' AND r.id = m.subject_id AND r.completed_on IS NOT NULL)
          RETURNING m.id`,
        [id],
      )) as [unknown[], number];
      if (!rows[0]?.length) {
        if (!(await em.getRepository(ReminderEntity).existsBy({ id }))) throw DomainException.notFound('Reminder');
        throw DomainException.badInput('status', 'INVALID_STATE');
      }
      await this.jobs.sendInTransaction(em, SEND_QUEUE, { reminderId: id });
      await this.audit.record(em, meta, { action: 'reminder.retry', entityType: 'Reminder', entityId: id });
    });
    this.jobs.wake(SEND_QUEUE);
    const model = await this.dataSource.getRepository(ReminderEntity).findOneByOrFail({ id });
    const [p] = (await this.dataSource.query('SELECT name FROM processor WHERE id = $1', [model.processorId])) as { name: string }[];
    return reminderModel(model, p?.name ?? '');
  }

  async runScan(meta: RequestMeta): Promise<number> {
    requirePermission(meta, 'reference.write');
    const created = await this.scan();
    await this.audit.recordStandalone(meta, { action: 'reminder.scan', entityType: 'Reminder', entityId: null, details: { created } });
    return created;
  }

  async settings(meta: RequestMeta): Promise<ReminderSettingsModel> {
    requirePermission(meta, 'reference.read');
    const s = await this.dataSource.getRepository(OrganisationSettingsEntity).findOneByOrFail({ id: 1 });
    return this.settingsModel(s);
  }

  private settingsModel(s: OrganisationSettingsEntity): ReminderSettingsModel {
    return {
      beforeDays: s.reminderBeforeDays,
      onDueDay: s.reminderOnDueDay,
      overdueEveryDays: s.reminderOverdueEveryDays,
      escalateAfterDays: s.reminderEscalateAfterDays,
      mailFrom: s.mailFrom,
      renewalWindowDays: s.renewalWindowDays,
      mailTransport: this.mail.usesSink ? 'DEMO_SINK' : this.mail.configured ? 'SMTP' : 'NONE',
      version: s.version,
    };
  }

  async updateSettings(meta: RequestMeta, args: UpdateReminderSettingsArgs): Promise<ReminderSettingsModel> {
    requirePermission(meta, 'reference.write');
    const beforeDays = [...new Set(args.beforeDays)].sort((a, b) => b - a);
    return this.dataSource.transaction(async (em) => {
      const before = await em.getRepository(OrganisationSettingsEntity).findOneByOrFail({ id: 1 });
      const r = await em
        .createQueryBuilder()
        .update(OrganisationSettingsEntity)
        .set({ reminderBeforeDays: beforeDays, reminderOnDueDay: args.onDueDay, reminderOverdueEveryDays: args.overdueEveryDays, reminderEscalateAfterDays: args.escalateAfterDays, mailFrom: args.mailFrom.trim().toLowerCase(), renewalWindowDays: args.renewalWindowDays, updatedAt: this.clock.now(), version: () => 'version + 1' } as never)
        .where('id = 1 AND version = :version', { version: args.version })
        .execute();
      if (r.affected !== 1) throw DomainException.conflict('ReminderSettings');
      const after = await em.getRepository(OrganisationSettingsEntity).findOneByOrFail({ id: 1 });
      await this.audit.record(em, meta, {
        action: 'reminder_settings.update',
        entityType: 'OrganisationSettings',
        entityId: null,
        details: { before: { beforeDays: before.reminderBeforeDays, onDueDay: before.reminderOnDueDay, overdueEveryDays: before.reminderOverdueEveryDays, escalateAfterDays: before.reminderEscalateAfterDays, renewalWindowDays: before.renewalWindowDays }, after: { beforeDays, onDueDay: args.onDueDay, overdueEveryDays: args.overdueEveryDays, escalateAfterDays: args.escalateAfterDays, renewalWindowDays: args.renewalWindowDays } },
      });
      return this.settingsModel(after);
    });
  }

  async sinkMails(meta: RequestMeta, args: SinkMailListArgs): Promise<SinkMailModel[]> {
    requirePermission(meta, 'mail.read');
    return applyListArgs(this.sinkMailQuery(args.filter), args, { receivedAt: 's.receivedAt', subject: 's.subject' }, { field: 'receivedAt', order: 'DESC' }).getMany();
  }

  async sinkMailCount(meta: RequestMeta, filter?: SinkMailFilter): Promise<number> {
    requirePermission(meta, 'mail.read');
    return this.sinkMailQuery(filter).getCount();
  }

  private sinkMailQuery(filter?: SinkMailFilter) {
    const qb = this.dataSource.getRepository(SinkMailEntity).createQueryBuilder('s');
    const q = filter?.q?.trim();
    if (q) qb.andWhere("(s.subject ILIKE :q ESCAPE '\\' OR array_to_string(s.recipients, ' ') ILIKE :q ESCAPE '\\')", { q: likePattern(q) });
    return qb;
  }

  /** Test-only: moves every process's clock, then runs the scan at once (a day passing). */
  async setTestClock(meta: RequestMeta, at: string): Promise<Date> {
    requirePermission(meta, 'reference.write');
    // Off unless TILSYN_TEST_CLOCK=true (never in production): named as the field, not a role problem.
    if (!(this.clock instanceof SettableClock)) throw DomainException.badInput('at', 'INVALID_STATE');
    const instant = new Date(at);
    if (Number.isNaN(instant.getTime())) throw DomainException.badInput('at', 'INVALID_DATE');
    await this.clock.set(this.dataSource, instant);
    if (this.jobs.enabled) {
      await this.jobs.send(SCAN_QUEUE, {});
      this.jobs.wake(SCAN_QUEUE);
      // Erasure notices are followed up on the same days (reminders to processors, escalation).
      await this.jobs.send(ERASURE_FOLLOW_UP_QUEUE, {});
      this.jobs.wake(ERASURE_FOLLOW_UP_QUEUE);
    }
    return this.clock.now();
  }
}
