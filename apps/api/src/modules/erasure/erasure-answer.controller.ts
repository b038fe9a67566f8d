import { readFile } from 'node:fs/promises';
import { Controller, Get, Headers, HttpCode, Inject, Param, Post, Query, Req, Res } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { answerProblems, copenhagenDate, inputErrorMessage, isSettledNotice, type Clock, type DataCategory, type ErasureAnswer, type ErasureNoticeStatus, type InputReason, type Locale } from '@tilsyn/domain';
import type { Response } from 'express';
import { DataSource } from 'typeorm';
import { Public } from '../../common/access.decorators.js';
import type { TilsynRequest } from '../../common/actor.js';
import { CLOCK, KEYRING } from '../../common/clock.js';
import type { Keyring } from '../../common/crypto/keyring.js';
import { DomainException } from '../../common/domain-exception.js';
import { FixedWindowLimiter } from '../../common/rate-limit.js';
import { isMultipartForm, MultipartFormatError, MultipartLimitError, withMultipartForm, type MultipartForm, type MultipartLimits } from '../../common/multipart-form.js';
import { syncClock } from '../../common/test-clock.js';
import { checkDocument, MAX_DOCUMENT_BYTES } from '../agreements/document-type.js';
import { AuditService } from '../audit/audit.service.js';
import { renderAnswerPage, renderPageMessage, type PageMessageKey, type PageNotice } from './erasure-answer.page.js';
import { ErasureDeliveryService, tokenHash, type AnswerInput } from './erasure-delivery.service.js';
import { ErasureLedgerService } from './erasure-ledger.service.js';
import { identifiersContext } from './erasure.service.js';

const TOKEN = /^[A-Za-z0-9_-]{43}$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const SYSTEM = { actor: undefined, requestId: '' };

/**
 * A signed-in member of staff: the session's actor, or a session cookie of a user even when the
 * request also carries a bearer header (which takes precedence for the API and would otherwise hide
 * the session here).
 */
function isStaffSession(req: TilsynRequest): boolean {
  return req.actor?.type === 'USER' || typeof (req as TilsynRequest & { session?: { userId?: unknown } }).session?.userId === 'string';
}

/** The text fields the form has per open case (answer, erasedOn, note, passed) and for all cases (all, allErasedOn, allPassed). */
const FIELDS_PER_NOTICE = 4;
const FIELDS_FOR_ALL = 3;
/** A note is at most 2000 characters (the textarea's maxlength): 8 KiB holds it in any UTF-8. */
const MAX_FIELD_BYTES = 8 * 1024;
/** What multipart adds around each part (boundary and part headers), generously. */
const PART_OVERHEAD = 1024;
/** Whatever the number of open cases: one request carries at most this much (5 full-size documents). */
export const MAX_ANSWER_REQUEST_BYTES = 5 * MAX_DOCUMENT_BYTES + 1024 * 1024;
/** Forms being read at once (each streams to disk, so this bounds the disk, not the memory). */
const MAX_FORMS_IN_FLIGHT = 8;
const MAX_FORMS_PER_LINK = 2;

/** What one answer to a link with `open` unanswered cases may carry: one file per open case, nothing more. */
export function answerLimits(open: number): MultipartLimits {
  const maxFields = open * FIELDS_PER_NOTICE + FIELDS_FOR_ALL;
  return {
    maxFiles: open,
    maxFileBytes: MAX_DOCUMENT_BYTES,
    maxFields,
    maxFieldBytes: MAX_FIELD_BYTES,
    maxBytes: Math.min(MAX_ANSWER_REQUEST_BYTES, open * (MAX_DOCUMENT_BYTES + PART_OVERHEAD) + maxFields * (MAX_FIELD_BYTES + PART_OVERHEAD) + PART_OVERHEAD),
  };
}

interface DispatchForPage {
  id: string;
  processor_id: string;
  processor_name: string;
  establishment_country: string;
  expires_on: string;
}

/**
 * The recipient's confirmation page (issue 6): opened from the signed link in the notice, no
 * account. The token is 256 random bits, looked up by its SHA-256, good for the cases of its own
 * message only, and only until the latest deadline plus the grace period. Identifiers are shown
 * only where the recipient has no reference of its own to find the record by, and each such
 * showing is audited.
 *
 * An answer (POST) is read only after everything that can refuse it without its body: the rate
 * limits, the token's shape, the token itself (message exists, link not expired), a staff session,
 * the open cases, the content type and the declared size. Any refusal answers with
 * `Connection: close`, so the unread body is never read. The form is then streamed with limits
 * that follow from the open cases (one file per open case), files to a temporary folder removed
 * afterwards, and a document is read back only to be checked and stored as evidence.
 */
@Controller('erasure-answer')
export class ErasureAnswerController {
  /** Per client address and per token: the page is public, so guessing or hammering it is slowed down (each process limits its own share). */
  private readonly perClient = new FixedWindowLimiter(120, 10 * 60_000);
  private readonly perToken = new FixedWindowLimiter(60, 10 * 60_000);
  private formsInFlight = 0;
  private readonly formsPerLink = new Map<string, number>();

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(KEYRING) private readonly keyring: Keyring,
    private readonly delivery: ErasureDeliveryService,
    private readonly ledger: ErasureLedgerService,
    private readonly audit: AuditService,
  ) {}

  private locale(req: TilsynRequest, lang: unknown, country?: string): Locale {
    if (lang === 'da' || lang === 'en') return lang;
    if (country) return country === 'DK' ? 'da' : 'en';
    return /^da\b/i.test(req.headers['accept-language'] ?? '') ? 'da' : 'en';
  }

  private message(res: Response, status: number, locale: Locale, key: PageMessageKey, params: { expiresOn?: string; files?: number; maxBytes?: number } = {}): void {
    res.status(status).type('html').send(renderPageMessage(locale, key, params));
  }

  /**
   * Finds the message behind a token, or answers the page itself (404, 410, 429) and returns null.
   * Reads nothing of a request body: the client's limit, the token's shape, the token's limit and
   * one indexed lookup.
   */
  private async dispatchFor(req: TilsynRequest, res: Response, token: string, lang: unknown): Promise<DispatchForPage | null> {
    res.setHeader('Cache-Control', 'no-store');
    res.setHeader('Referrer-Policy', 'no-referrer');
    const locale = this.locale(req, lang);
    if (!this.perClient.allow(req.ip ?? 'unknown')) {
      res.setHeader('Retry-After', '600');
      this.message(res, 429, locale, 'tooManyRequests');
      return null;
    }
    // Only a well-formed token is counted per token (the limiter's keys stay 43 characters).
    if (!TOKEN.test(token)) {
      this.message(res, 404, locale, 'notFound');
      return null;
    }
    if (!this.perToken.allow(token)) {
      res.setHeader('Retry-After', '600');
      this.message(res, 429, locale, 'tooManyRequests');
      return null;
    }
    await syncClock(this.clock, this.dataSource);
    const [d] = (await this.dataSource.query(
      `SELECT d.id, d.processor_id, p.name AS processor_name, p.establishment_country, d.expires_on::text AS expires_on
         FROM erasure_dispatch d JOIN processor p ON p.id = d.processor_id WHERE d.token_hash = $1 AND d.kind IN ('NOTICE', 'REMINDER')`,
      [tokenHash(token)],
    )) as DispatchForPage[];
    if (!d) {
      this.message(res, 404, locale, 'notFound');
      return null;
    }
    if (d.expires_on < copenhagenDate(this.clock.now())) {
      this.message(res, 410, this.locale(req, lang, d.establishment_country), 'expired', { expiresOn: d.expires_on });
      return null;
    }
    return d;
  }

  private async notices(d: DispatchForPage, reveal: boolean): Promise<PageNotice[]> {
    const rows = (await this.dataSource.query(
      `SELECT n.id, r.id AS request_id, r.case_reference, n.recipient_reference, r.erase_categories, n.legal_basis, n.deadline_on::text AS deadline_on, n.status, n.answered_at, r.identifiers_sealed
         FROM erasure_dispatch_notice dn JOIN erasure_notice n ON n.id = dn.notice_id JOIN erasure_request r ON r.id = n.request_id
        WHERE dn.dispatch_id = $1 ORDER BY r.case_reference, n.id`,
      [d.id],
    )) as { id: string; request_id: string; case_reference: string; recipient_reference: string | null; erase_categories: DataCategory[]; legal_basis: 'PROCESSOR_INSTRUCTION' | 'ART_19_NOTICE'; deadline_on: string; status: ErasureNoticeStatus; answered_at: Date | null; identifiers_sealed: string | null }[];
    return rows.map((r) => {
      const open = !isSettledNotice(r.status);
      let identifiers: PageNotice['identifiers'] = null;
      if (reveal && open && !r.recipient_reference && r.identifiers_sealed) {
        const i = JSON.parse(this.keyring.open(r.identifiers_sealed, identifiersContext(r.request_id))) as { cpr: string | null; name: string | null; address: string | null };
        identifiers = { cpr: i.cpr, name: i.name, address: i.address };
      }
      return { id: r.id, caseReference: r.case_reference, recipientReference: r.recipient_reference, categories: r.erase_categories, legalBasis: r.legal_basis, deadlineOn: r.deadline_on, status: r.status, answeredOn: r.answered_at ? copenhagenDate(r.answered_at) : null, identifiers };
    });
  }

  private async show(res: Response, d: DispatchForPage, locale: Locale, token: string, extra: { saved: number | null; errors: string[]; values?: Record<string, string>; status?: number; staff?: boolean }): Promise<void> {
    // A staff session never gets the identifiers here: they are shown to staff in the admin only, under their own name and permission.
    const notices = await this.notices(d, !extra.staff);
    const shown = notices.filter((n) => n.identifiers).length;
    if (shown) await this.audit.recordStandalone(SYSTEM, { action: 'erasure_dispatch.identifiers_shown', entityType: 'ErasureDispatch', entityId: d.id, details: { processorId: d.processor_id, notices: shown } }, 'SYSTEM');
    const settings = await this.delivery.settings();
    const html = renderAnswerPage(
      { locale, organisation: settings.organisation, processorName: d.processor_name, expiresOn: d.expires_on, today: copenhagenDate(this.clock.now()), notices, ...extra },
      `/erasure-answer/${token}?lang=${locale}`,
      `/erasure-answer/${token}?lang=${locale === 'da' ? 'en' : 'da'}`,
    );
    res.status(extra.status ?? 200).type('html').send(html);
  }

  @Public()
  @Get(':token')
  async page(@Param('token') token: string, @Query('lang') lang: unknown, @Query('saved') saved: unknown, @Req() req: TilsynRequest, @Res() res: Response): Promise<void> {
    const d = await this.dispatchFor(req, res, token, lang);
    if (!d) return;
    const n = Number(saved);
    await this.show(res, d, this.locale(req, lang, d.establishment_country), token, { saved: Number.isInteger(n) && n >= 0 && saved !== undefined ? n : null, errors: [], staff: isStaffSession(req) });
  }

  @Public()
  @Post(':token')
  async answer(@Param('token') token: string, @Query('lang') lang: unknown, @Req() req: TilsynRequest, @Res() res: Response): Promise<void> {
    // Whatever is answered, the connection ends with it: a body not read by then is never read.
    res.setHeader('Connection', 'close');
    const d = await this.dispatchFor(req, res, token, lang);
    if (!d) return;
    const locale = this.locale(req, lang, d.establishment_country);
    if (isStaffSession(req)) {
      // A signed-in colleague must not answer in the recipient's place (recorded as the recipient's own answer).
      await this.audit.recordStandalone({ actor: req.actor, requestId: req.requestId }, { action: 'erasure_dispatch.staff_answer_refused', entityType: 'ErasureDispatch', entityId: d.id, details: { processorId: d.processor_id } });
      this.message(res, 403, locale, 'staffAnswer');
      return;
    }
    const open = (await this.notices(d, false)).filter((n) => !isSettledNotice(n.status));
    if (open.length === 0) {
      // Everything was answered (a second click, another colleague at the recipient): the page says so.
      res.redirect(303, `/erasure-answer/${token}?lang=${locale}`);
      return;
    }
    if (!isMultipartForm(req)) {
      this.message(res, 400, locale, 'notAForm');
      return;
    }
    const limits = answerLimits(open.length);
    const declared = Number(req.headers['content-length']);
    if (Number.isFinite(declared) && declared > limits.maxBytes) {
      this.message(res, 413, locale, 'tooLarge', { maxBytes: limits.maxBytes });
      return;
    }
    // At most MAX_FORMS_IN_FLIGHT forms at once, and one link never holds more than
    // MAX_FORMS_PER_LINK of them (a slow sender with one link cannot block every processor).
    const perLink = this.formsPerLink.get(d.id) ?? 0;
    if (this.formsInFlight >= MAX_FORMS_IN_FLIGHT || perLink >= MAX_FORMS_PER_LINK) {
      res.setHeader('Retry-After', '60');
      this.message(res, 503, locale, 'busy');
      return;
    }
    this.formsInFlight++;
    this.formsPerLink.set(d.id, perLink + 1);
    try {
      const evidenceFields = new Set(open.map((n) => `evidence.${n.id}`));
      // The temporary files are gone before the answer is sent.
      const outcome = await withMultipartForm(req, limits, (field) => evidenceFields.has(field), (form) => this.record(req, d, locale, open, form));
      if ('errors' in outcome) {
        // Nothing is recorded when any answer is wrong: the page comes back with what was typed.
        await this.show(res, d, locale, token, { saved: null, errors: outcome.errors, values: outcome.values, status: 400 });
        return;
      }
      this.ledger.mirrorSoon();
      res.redirect(303, `/erasure-answer/${token}?lang=${locale}&saved=${outcome.recorded}`);
    } catch (error) {
      if (error instanceof MultipartLimitError) {
        const key = error.limit === 'FILES' ? 'tooManyFiles' : error.limit === 'FIELDS' ? 'tooManyFields' : 'tooLarge';
        this.message(res, 413, locale, key, { files: limits.maxFiles, maxBytes: limits.maxBytes });
        return;
      }
      if (error instanceof MultipartFormatError) {
        if (!res.headersSent && !res.destroyed) this.message(res, 400, locale, 'notAForm');
        return;
      }
      throw error;
    } finally {
      this.formsInFlight--;
      const left = (this.formsPerLink.get(d.id) ?? 1) - 1;
      if (left > 0) this.formsPerLink.set(d.id, left);
      else this.formsPerLink.delete(d.id);
    }
  }

  /** Checks every answer of the form, then records them all in one transaction, or nothing. */
  private async record(req: TilsynRequest, d: DispatchForPage, locale: Locale, open: PageNotice[], form: MultipartForm): Promise<{ errors: string[]; values: Record<string, string> } | { recorded: number }> {
    const body = (name: string) => form.fields.get(name);
    const today = copenhagenDate(this.clock.now());
    const errors: string[] = [];
    const answers: { input: Omit<AnswerInput, 'evidence'>; evidence: { fileName: string; contentType: string; sha256: string; path: string } | null }[] = [];
    const fieldName = (n: PageNotice, field: string) => `${locale === 'da' ? 'Sag' : 'Case'} ${n.caseReference}: ${label(field, locale)}`;
    const all = body('all') === 'CONFIRMED';
    for (const n of open) {
      const tooLong = (['answer', 'erasedOn', 'note'] as const).find((f) => form.truncatedFields.includes(`${f}.${n.id}`));
      if (tooLong) {
        errors.push(inputErrorMessage('TOO_LONG', fieldName(n, tooLong), locale, { max: 2000 }));
        continue;
      }
      const answer = body(`answer.${n.id}`) ?? (all ? 'CONFIRMED' : '');
      if (!answer) continue;
      const input = { answer, erasedOn: body(`erasedOn.${n.id}`) || (all ? body('allErasedOn') : '') || null, note: body(`note.${n.id}`) ?? null };
      const problem = answerProblems(input, today);
      if (problem) {
        errors.push(inputErrorMessage(problem.reason as InputReason, fieldName(n, problem.field), locale));
        continue;
      }
      let evidence: (typeof answers)[number]['evidence'] = null;
      const file = form.files.find((f) => f.field === `evidence.${n.id}`);
      if (file && (file.size > 0 || file.tooLarge)) {
        try {
          if (file.tooLarge) throw DomainException.badInput('evidence', 'INVALID_FILE');
          // Read back only to check it; it is read again when stored, one document at a time.
          const checked = checkDocument(await readFile(file.path), file.fileName, `evidence-${n.caseReference}`);
          evidence = { fileName: checked.fileName, contentType: checked.type.contentType, sha256: checked.sha256, path: file.path };
        } catch (error) {
          if (!(error instanceof DomainException)) throw error;
          errors.push(inputErrorMessage('INVALID_FILE', fieldName(n, 'evidence'), locale));
          continue;
        }
      }
      answers.push({ input: { noticeId: n.id, answer: answer as ErasureAnswer, erasedOn: input.erasedOn, note: input.note, passedToSubprocessors: body(`passed.${n.id}`) === 'yes' || (all && body('allPassed') === 'yes') ? true : null }, evidence });
    }
    if (errors.length === 0 && answers.length === 0) errors.push(locale === 'da' ? 'Vælg et svar for mindst én sag.' : 'Choose an answer for at least one case.');
    if (errors.length) return { errors, values: Object.fromEntries(form.fields) };
    // The recipient's own answer: no actor, but the request id ties each audit event to this request.
    const meta = { actor: undefined, requestId: req.requestId };
    const recorded = await this.dataSource.transaction(async (em) => {
      let count = 0;
      for (const a of answers) {
        const evidence = a.evidence ? { fileName: a.evidence.fileName, contentType: a.evidence.contentType, sha256: a.evidence.sha256, content: await readFile(a.evidence.path) } : null;
        count += (await this.delivery.recordAnswers(em, meta, 'PAGE', [{ ...a.input, evidence }], { dispatchId: d.id })).recorded;
      }
      return count;
    });
    return { recorded };
  }
}

function label(field: string, locale: Locale): string {
  const da: Record<string, string> = { answer: 'svar', erasedOn: 'slettet den', note: 'begrundelse', evidence: 'dokumentation' };
  const en: Record<string, string> = { answer: 'answer', erasedOn: 'erased on', note: 'reason', evidence: 'evidence' };
  return (locale === 'da' ? da : en)[field] ?? field;
}

/** A 400 for the webhook: the field and the reason, with the sentence in Danish and English (JSON, for a machine and its operator). */
function badWebhookInput(res: Response, error: 'INVALID_PARAMETER' | 'INVALID_BODY', field: string, reason: InputReason): void {
  res.status(400).json({ error, field, reason, message: { da: inputErrorMessage(reason, field, 'da'), en: inputErrorMessage(reason, field, 'en') } });
}

/** The webhook callback: a processor answers with the same signature scheme as our POST to it. */
@Controller('api/erasure/webhook')
export class ErasureWebhookController {
  constructor(
    private readonly delivery: ErasureDeliveryService,
  ) {}

  @Public()
  @Post(':processorId')
  @HttpCode(200)
  async callback(@Param('processorId') processorId: string, @Headers('x-tilsyn-signature') signature: string | undefined, @Req() req: TilsynRequest & { rawBody?: Buffer }, @Res() res: Response): Promise<void> {
    // Checked before anything reaches SQL: a malformed id is bad input (400), never a database error (500).
    if (!UUID.test(processorId)) {
      badWebhookInput(res, 'INVALID_PARAMETER', 'processorId', 'INVALID_VALUE');
      return;
    }
    if (!(await this.delivery.verifyCallback(processorId, req.rawBody, signature))) {
      res.status(401).json({ error: 'INVALID_SIGNATURE' });
      return;
    }
    const answers = (req.body as { answers?: unknown })?.answers;
    if (!Array.isArray(answers) || answers.length > 5000) {
      badWebhookInput(res, 'INVALID_BODY', 'answers', answers === undefined ? 'REQUIRED' : 'INVALID_VALUE');
      return;
    }
    const badId = answers.findIndex((a) => !UUID.test(String((a as { noticeId?: unknown } | null)?.noticeId ?? '')));
    if (badId >= 0) {
      badWebhookInput(res, 'INVALID_BODY', `answers.${badId}.noticeId`, 'INVALID_VALUE');
      return;
    }
    const recorded = await this.delivery.answerFromWebhook(processorId, answers);
    if (recorded < 0) {
      badWebhookInput(res, 'INVALID_BODY', 'answers', 'INVALID_VALUE');
      return;
    }
    res.json({ recorded });
  }
}
