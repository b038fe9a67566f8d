import { Body, Controller, Get, Headers, HttpCode, Inject, Param, Post, Query, Req, Res, UploadedFiles, UseInterceptors } from '@nestjs/common';
import { AnyFilesInterceptor } from '@nestjs/platform-express';
import { InjectDataSource } from '@nestjs/typeorm';
import { answerProblems, copenhagenDate, inputErrorMessage, isSettledNotice, type Clock, type DataCategory, type ErasureAnswer, type ErasureNoticeStatus, type InputReason, type Locale } from '@tilsyn/domain';
import type { Request, Response } from 'express';
import { DataSource } from 'typeorm';
import { Public } from '../../common/access.decorators.js';
import { CLOCK, KEYRING } from '../../common/clock.js';
import type { Keyring } from '../../common/crypto/keyring.js';
import { DomainException } from '../../common/domain-exception.js';
import { syncClock } from '../../common/test-clock.js';
import { checkDocument, MAX_DOCUMENT_BYTES } from '../agreements/document-type.js';
import { AuditService } from '../audit/audit.service.js';
import { renderAnswerPage, renderMessagePage, type PageNotice } from './erasure-answer.page.js';
import { ErasureDeliveryService, tokenHash, type AnswerInput } from './erasure-delivery.service.js';
import { ErasureLedgerService } from './erasure-ledger.service.js';
import { identifiersContext } from './erasure.service.js';

const TOKEN = /^[A-Za-z0-9_-]{43}$/;

/** What multer hands over for each file (its own types are not installed). */
interface UploadedFile {
  fieldname: string;
  originalname: string;
  size: number;
  buffer: Buffer;
}
const SYSTEM = { actor: undefined, requestId: '' };

/**
 * A small fixed-window limiter per client address and per token: the page is public (no account),
 * so guessing or hammering it is slowed down. In memory: each process limits its own share.
 */
class WindowLimiter {
  private readonly hits = new Map<string, { count: number; until: number }>();
  constructor(
    private readonly limit: number,
    private readonly windowMs: number,
  ) {}
  allow(key: string): boolean {
    const now = Date.now();
    if (this.hits.size > 10_000) for (const [k, v] of this.hits) if (v.until < now) this.hits.delete(k);
    const entry = this.hits.get(key);
    if (!entry || entry.until < now) {
      this.hits.set(key, { count: 1, until: now + this.windowMs });
      return true;
    }
    entry.count++;
    return entry.count <= this.limit;
  }
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
 */
@Controller('erasure-answer')
export class ErasureAnswerController {
  private readonly perClient = new WindowLimiter(120, 10 * 60_000);
  private readonly perToken = new WindowLimiter(60, 10 * 60_000);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(KEYRING) private readonly keyring: Keyring,
    private readonly delivery: ErasureDeliveryService,
    private readonly ledger: ErasureLedgerService,
    private readonly audit: AuditService,
  ) {}

  private locale(req: Request, lang: unknown, country?: string): Locale {
    if (lang === 'da' || lang === 'en') return lang;
    if (country) return country === 'DK' ? 'da' : 'en';
    return /^da\b/i.test(req.headers['accept-language'] ?? '') ? 'da' : 'en';
  }

  /** Finds the message behind a token, or answers the page itself (404, 410, 429) and returns null. */
  private async dispatchFor(req: Request, res: Response, token: string, lang: unknown): Promise<DispatchForPage | null> {
    res.setHeader('Cache-Control', 'no-store');
    res.setHeader('Referrer-Policy', 'no-referrer');
    await syncClock(this.clock, this.dataSource);
    const locale = this.locale(req, lang);
    if (!this.perClient.allow(req.ip ?? 'unknown') || !this.perToken.allow(token)) {
      res.status(429).setHeader('Retry-After', '600').type('html').send(renderMessagePage(locale, locale === 'da' ? 'For mange forsøg' : 'Too many requests', locale === 'da' ? 'Prøv igen om 10 minutter.' : 'Please try again in 10 minutes.'));
      return null;
    }
    const [d] = TOKEN.test(token)
      ? ((await this.dataSource.query(
          `SELECT d.id, d.processor_id, p.name AS processor_name, p.establishment_country, d.expires_on::text AS expires_on
             FROM erasure_dispatch d JOIN processor p ON p.id = d.processor_id WHERE d.token_hash = $1 AND d.kind IN ('NOTICE', 'REMINDER')`,
          [tokenHash(token)],
        )) as DispatchForPage[])
      : [];
    if (!d) {
      res.status(404).type('html').send(renderMessagePage(locale, locale === 'da' ? 'Linket findes ikke' : 'Link not found', locale === 'da' ? 'Kontrollér, at hele linket fra e-mailen er med.' : 'Check that the whole link from the e-mail was copied.'));
      return null;
    }
    if (d.expires_on < copenhagenDate(this.clock.now())) {
      const l = this.locale(req, lang, d.establishment_country);
      res.status(410).type('html').send(renderMessagePage(l, l === 'da' ? 'Linket er udløbet' : 'The link has expired', l === 'da' ? `Linket udløb ${d.expires_on}. Kontakt afsenderen for at svare.` : `The link expired on ${d.expires_on}. Please contact the sender to answer.`));
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

  private async show(res: Response, d: DispatchForPage, locale: Locale, token: string, extra: { saved: number | null; errors: string[]; values?: Record<string, string>; status?: number }): Promise<void> {
    const notices = await this.notices(d, true);
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
  async page(@Param('token') token: string, @Query('lang') lang: unknown, @Query('saved') saved: unknown, @Req() req: Request, @Res() res: Response): Promise<void> {
    const d = await this.dispatchFor(req, res, token, lang);
    if (!d) return;
    const n = Number(saved);
    await this.show(res, d, this.locale(req, lang, d.establishment_country), token, { saved: Number.isInteger(n) && n >= 0 && saved !== undefined ? n : null, errors: [] });
  }

  @Public()
  @Post(':token')
  @UseInterceptors(AnyFilesInterceptor({ limits: { fileSize: MAX_DOCUMENT_BYTES, files: 100, fields: 2000 } }))
  async answer(
    @Param('token') token: string,
    @Query('lang') lang: unknown,
    @Body() body: Record<string, string | undefined>,
    @UploadedFiles() files: UploadedFile[] | undefined,
    @Req() req: Request,
    @Res() res: Response,
  ): Promise<void> {
    const d = await this.dispatchFor(req, res, token, lang);
    if (!d) return;
    const locale = this.locale(req, lang, d.establishment_country);
    const today = copenhagenDate(this.clock.now());
    const notices = await this.notices(d, false);
    const open = notices.filter((n) => !isSettledNotice(n.status));
    const errors: string[] = [];
    const answers: AnswerInput[] = [];
    const fieldName = (n: PageNotice, field: string) => `${locale === 'da' ? 'Sag' : 'Case'} ${n.caseReference}: ${label(field, locale)}`;
    for (const n of open) {
      const all = body.all === 'CONFIRMED';
      const answer = body[`answer.${n.id}`] ?? (all ? 'CONFIRMED' : '');
      if (!answer) continue;
      const input = { answer, erasedOn: body[`erasedOn.${n.id}`] || (all ? body.allErasedOn : '') || null, note: body[`note.${n.id}`] ?? null };
      const problem = answerProblems(input, today);
      if (problem) {
        errors.push(inputErrorMessage(problem.reason as InputReason, fieldName(n, problem.field), locale));
        continue;
      }
      let evidence: AnswerInput['evidence'] = null;
      const file = files?.find((f) => f.fieldname === `evidence.${n.id}`);
      if (file && file.size > 0) {
        try {
          const checked = checkDocument(file.buffer, file.originalname, `evidence-${n.caseReference}`);
          evidence = { fileName: checked.fileName, contentType: checked.type.contentType, sha256: checked.sha256, content: file.buffer };
        } catch (error) {
          if (!(error instanceof DomainException)) throw error;
          errors.push(inputErrorMessage('INVALID_FILE', fieldName(n, 'evidence'), locale));
          continue;
        }
      }
      answers.push({ noticeId: n.id, answer: answer as ErasureAnswer, erasedOn: input.erasedOn, note: input.note, passedToSubprocessors: body[`passed.${n.id}`] === 'yes' || (all && body.allPassed === 'yes') ? true : null, evidence });
    }
    if (errors.length === 0 && answers.length === 0) errors.push(locale === 'da' ? 'Vælg et svar for mindst én sag.' : 'Choose an answer for at least one case.');
    if (errors.length) {
      // Nothing is recorded when any answer is wrong: the page comes back with what was typed.
      const values = Object.fromEntries(Object.entries(body).filter((e): e is [string, string] => typeof e[1] === 'string'));
      await this.show(res, d, locale, token, { saved: null, errors, values, status: 400 });
      return;
    }
    const { recorded } = await this.dataSource.transaction((em) => this.delivery.recordAnswers(em, SYSTEM, 'PAGE', answers, { dispatchId: d.id }));
    this.ledger.mirrorSoon();
    res.redirect(303, `/erasure-answer/${token}?lang=${locale}&saved=${recorded}`);
  }
}

function label(field: string, locale: Locale): string {
  const da: Record<string, string> = { answer: 'svar', erasedOn: 'slettet den', note: 'begrundelse', evidence: 'dokumentation' };
  const en: Record<string, string> = { answer: 'answer', erasedOn: 'erased on', note: 'reason', evidence: 'evidence' };
  return (locale === 'da' ? da : en)[field] ?? field;
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
  async callback(@Param('processorId') processorId: string, @Headers('x-tilsyn-signature') signature: string | undefined, @Req() req: Request & { rawBody?: Buffer }, @Res() res: Response): Promise<void> {
    if (!(await this.delivery.verifyCallback(processorId, req.rawBody, signature))) {
      res.status(401).json({ error: 'INVALID_SIGNATURE' });
      return;
    }
    const answers = (req.body as { answers?: unknown })?.answers;
    if (!Array.isArray(answers) || answers.length > 5000) {
      res.status(400).json({ error: 'INVALID_BODY', field: 'answers' });
      return;
    }
    const recorded = await this.delivery.answerFromWebhook(processorId, answers);
    if (recorded < 0) {
      res.status(400).json({ error: 'INVALID_BODY', field: 'answers' });
      return;
    }
    res.json({ recorded });
  }
}
