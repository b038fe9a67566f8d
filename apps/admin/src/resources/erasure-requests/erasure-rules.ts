import {
  answerDeadline,
  MAX_EXTENSION_MONTHS,
  PERSON_SOURCES,
  erasureDecisionProblems,
  erasureRequestProblems,
  answerProblems,
  noticeTransition,
  parseCpr,
  type DataCategory,
  type ErasureDecision,
  type ErasureGround,
  type ErasureNoticeStatus,
  type ErasureRefusalBasis,
  type ErasureRequestStatus,
  type ErasureSource,
  type Locale,
} from '@tilsyn/domain';
import { fieldLabel, type Translate } from '../../providers/api-errors';
import type { ErasureExclusionRecord, ErasureNoticeRecord, ErasureRequestRecord } from '../../graphql/types';

type Values = Record<string, unknown>;

const text = (value: unknown): string => (typeof value === 'string' ? value.trim() : '');
const orNull = (value: unknown): string | null => text(value) || null;

/**
 * A request still owes the person an answer (Art. 12(3)) until it is completed, refused or
 * withdrawn: an approved request whose notices are not all answered is still open.
 */
export const isOpenErasureRequest = (status: ErasureRequestStatus | string | null | undefined): boolean =>
  !!status && !['COMPLETED', 'REFUSED', 'WITHDRAWN'].includes(status);

/** The Art. 12(3) deadline has passed and the request is still open: shown in red. */
export function isErasureDeadlinePassed(request: Pick<ErasureRequestRecord, 'deadlineOn' | 'status'>, today: string): boolean {
  return isOpenErasureRequest(request.status) && !!request.deadlineOn && request.deadlineOn < today;
}

/** The list's filter form → ErasureRequestFilter: trimmed, empty values left out (the CPR number is looked up by keyed hash). */
export function toErasureRequestFilter(filter: Values | undefined): Values {
  const out: Values = {};
  for (const [key, value] of Object.entries(filter ?? {})) {
    const v = typeof value === 'string' ? value.trim() : value;
    if (v !== '' && v !== null && v !== undefined) out[key] = v;
  }
  return out;
}

/**
 * The notice list's filter form → ErasureNoticeFilter. The API reads `outstanding` and `escalated`
 * as "only those"; false would mean nothing, so a switched-off toggle is left out.
 */
export function toErasureNoticeFilter(filter: Values | undefined): Values {
  const out = toErasureRequestFilter(filter);
  for (const key of ['outstanding', 'escalated']) if (out[key] === false) delete out[key];
  return out;
}

/** The CPR search must be a CPR number (DDMMYY-SSSS with a real date), or the API refuses the whole list. */
export function cprSearchProblem(value: unknown): string | undefined {
  const cpr = text(value);
  if (!cpr) return undefined;
  return parseCpr(cpr).ok ? undefined : 'tilsyn.erasure.cpr_search_invalid';
}

/** A form problem naming its field: the domain's reason in words, or a sentence of our own where the reason needs more. */
function problemMessage(problem: { field: string; reason: string }, translate: Translate, special: Record<string, string>): string {
  const own = special[`${problem.field}:${problem.reason}`];
  if (own) return translate(own);
  return translate(`tilsyn.input_reasons.${problem.reason}`, { field: fieldLabel(translate, 'ErasureRequest', problem.field), _: problem.reason });
}

const REQUEST_SPECIAL: Record<string, string> = {
  // The domain puts "no identifier at all" on the CPR number; the form says which fields count.
  'cpr:REQUIRED': 'tilsyn.erasure.identifier_required',
  'grounds:REQUIRED': 'tilsyn.erasure.grounds_required',
};

/**
 * The filing form's errors as react-admin's form-level validation expects them ({ field: message }),
 * from the same rules the API applies (erasureRequestProblems): case reference, a receipt day not in
 * the future, at least one identifier, a CPR number checked by format and date, and the Art. 17(1)
 * grounds when the person asked. A retention erasure is filed on ground (a) by the API itself.
 */
export function erasureRequestFormErrors(values: Values, today: string, translate: Translate): Record<string, string> {
  const source = (text(values.source) || 'DATA_SUBJECT_REQUEST') as ErasureSource;
  const problems = erasureRequestProblems(
    {
      source,
      grounds: groundsFor(source, values.grounds),
      caseReference: text(values.caseReference),
      receivedOn: text(values.receivedOn),
      cpr: orNull(values.cpr),
      email: orNull(values.email),
      name: orNull(values.name),
    },
    today,
  );
  const errors: Record<string, string> = {};
  for (const problem of problems) if (!(problem.field in errors)) errors[problem.field] = problemMessage(problem, translate, REQUEST_SPECIAL);
  return errors;
}

function groundsFor(source: ErasureSource, grounds: unknown): ErasureGround[] {
  const list = Array.isArray(grounds) ? (grounds.filter((g) => typeof g === 'string') as ErasureGround[]) : [];
  // Retention expiry is ground (a) by definition; the API fills it in when none is given.
  return source === 'RETENTION_EXPIRY' && list.length === 0 ? ['NO_LONGER_NECESSARY'] : list;
}

/**
 * The filing form → fileErasureRequest's arguments: trimmed, empty identifiers left out (never
 * sent as ""), case recipients without a processor dropped, and the hidden idempotency key that
 * makes a double click or a retried submit file the request once.
 */
export function toFileErasureRequestData(values: Values): Values {
  const source = text(values.source) as ErasureSource;
  const recipients = Array.isArray(values.caseRecipients) ? values.caseRecipients : [];
  const grounds = Array.isArray(values.grounds) ? values.grounds : [];
  return {
    source,
    grounds: source === 'RETENTION_EXPIRY' && grounds.length === 0 ? null : grounds,
    dataSubjectCategory: orNull(values.dataSubjectCategory),
    caseReference: text(values.caseReference),
    receivedOn: text(values.receivedOn),
    cpr: orNull(values.cpr),
    name: orNull(values.name),
    email: orNull(values.email),
    address: orNull(values.address),
    caseRecipients: recipients
      .filter((r): r is Values => typeof r === 'object' && r !== null && text((r as Values).processorId) !== '')
      .map((r) => ({ processorId: text(r.processorId), reference: orNull(r.reference) })),
    idempotencyKey: orNull(values.idempotencyKey),
  };
}

/**
 * A fresh idempotency key for one filing form: 128 random bits. getRandomValues, not randomUUID,
 * which browsers offer on https and localhost only.
 */
export function newIdempotencyKey(random: (bytes: Uint8Array) => Uint8Array = (bytes) => crypto.getRandomValues(bytes)): string {
  const bytes = random(new Uint8Array(16));
  return `admin-${Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('')}`;
}

export interface DecisionFormValues {
  decision?: ErasureDecision | null;
  refusalBasis?: ErasureRefusalBasis | null;
  reasoning?: string | null;
  categories?: DataCategory[] | null;
}

export interface DecisionInput {
  decision: ErasureDecision;
  refusalBasis: ErasureRefusalBasis | null;
  reasoning: string | null;
  categories: DataCategory[] | null;
  exclusions: ErasureExclusionRecord[] | null;
}

/**
 * The decision form → decideErasureRequest's arguments. Only what the decision uses is sent: no
 * refusal basis or categories with a whole approval, no categories or exclusions with a refusal
 * (nobody is told of a refusal), the categories only with a partial approval.
 */
export function toDecisionInput(values: DecisionFormValues, exclusions: readonly ErasureExclusionRecord[]): DecisionInput | null {
  const decision = values.decision;
  if (!decision) return null;
  const refusing = decision !== 'APPROVE';
  return {
    decision,
    refusalBasis: refusing ? (values.refusalBasis ?? null) : null,
    reasoning: orNull(values.reasoning),
    categories: decision === 'APPROVE_PARTLY' ? [...(values.categories ?? [])] : null,
    exclusions: decision === 'REFUSE' ? null : exclusions.map((e) => ({ processorId: e.processorId, reason: e.reason.trim() })),
  };
}

const DECISION_SPECIAL: Record<string, string> = {
  'decision:REQUIRED': 'tilsyn.erasure.decision.decision_required',
  'refusalBasis:REQUIRED': 'tilsyn.erasure.decision.refusal_basis_required',
  'reasoning:REQUIRED': 'tilsyn.erasure.decision.reasoning_required',
  'categories:REQUIRED': 'tilsyn.erasure.decision.categories_required',
};

/**
 * The decision form's errors, from the rule the API applies (erasureDecisionProblems): a refusal,
 * whole or partial, names its Art. 17(3) basis and the reasoning the person is told (Art. 12(4));
 * a partial approval says which categories are erased; every exclusion carries its reason.
 */
export function decisionFormErrors(values: DecisionFormValues, exclusions: readonly ErasureExclusionRecord[], translate: Translate): Record<string, string> {
  const input = toDecisionInput(values, exclusions);
  if (!input) return { decision: translate(DECISION_SPECIAL['decision:REQUIRED']) };
  const errors: Record<string, string> = {};
  for (const problem of erasureDecisionProblems(input)) {
    const field = problem.field.startsWith('exclusions') ? 'exclusions' : problem.field;
    if (!(field in errors)) errors[field] = problemMessage({ ...problem, field }, translate, DECISION_SPECIAL);
  }
  return errors;
}

/** A reviewer's exclusion of a recipient, with its reason; excluding the same recipient again replaces the reason. */
export function withExclusion(exclusions: readonly ErasureExclusionRecord[], processorId: string, reason: string): ErasureExclusionRecord[] {
  const trimmed = reason.trim();
  if (!trimmed) return [...exclusions];
  return [...exclusions.filter((e) => e.processorId !== processorId), { processorId, reason: trimmed }];
}

export const withoutExclusion = (exclusions: readonly ErasureExclusionRecord[], processorId: string): ErasureExclusionRecord[] =>
  exclusions.filter((e) => e.processorId !== processorId);

export interface NoticePermissions {
  /** erasure.decide: Art. 19 exceptions and cancellations. */
  decide: boolean;
  /** erasure.file: answers had by other means, manual contact, sending again. */
  file: boolean;
}

export interface NoticeActionSet {
  except: boolean;
  cancel: boolean;
  answer: boolean;
  markSent: boolean;
  retry: boolean;
}

/**
 * What the user may do with one notice, from its state (the domain's state machine) and the role:
 * an exception or a cancellation while it is unsettled; an answer had by other means whenever the
 * recipient could still answer; "contacted" for a MANUAL recipient not yet contacted; sending
 * again once it FAILED (after the address was corrected).
 */
export function erasureNoticeActions(notice: Pick<ErasureNoticeRecord, 'status' | 'channel'>, can: NoticePermissions): NoticeActionSet {
  const status = notice.status as ErasureNoticeStatus;
  return {
    except: can.decide && noticeTransition(status, { type: 'EXCEPTION' }) !== null,
    cancel: can.decide && noticeTransition(status, { type: 'CANCEL' }) !== null,
    answer: can.file && noticeTransition(status, { type: 'ANSWERED', answer: 'CONFIRMED' }) !== null,
    markSent: can.file && notice.channel === 'MANUAL' && status === 'QUEUED',
    retry: can.file && status === 'FAILED' && noticeTransition(status, { type: 'REQUEUE' }) !== null,
  };
}

const ANSWER_SPECIAL: Record<string, string> = {
  'note:REQUIRED': 'tilsyn.erasure.notices.refusal_note_required',
};

/** The "record answer" dialog's errors, from the rule the API applies (answerProblems). */
export function answerFormErrors(values: Values, today: string, translate: Translate): Record<string, string> {
  const problem = answerProblems({ answer: text(values.answer), erasedOn: orNull(values.erasedOn), note: orNull(values.note) }, today);
  if (!problem) return {};
  const own = ANSWER_SPECIAL[`${problem.field}:${problem.reason}`];
  const message = own
    ? translate(own)
    : translate(`tilsyn.input_reasons.${problem.reason}`, { field: fieldLabel(translate, 'ErasureNotice', problem.field), max: 2000, _: problem.reason });
  return { [problem.field]: message };
}

/** The "record answer" dialog → recordErasureNoticeAnswer's arguments (an erasure day only with a confirmation). */
export function toAnswerInput(values: Values): { answer: string; erasedOn: string | null; note: string | null; passedToSubprocessors: boolean | null } {
  const answer = text(values.answer);
  return {
    answer,
    erasedOn: answer === 'CONFIRMED' ? orNull(values.erasedOn) : null,
    note: orNull(values.note),
    passedToSubprocessors: typeof values.passedToSubprocessors === 'boolean' ? values.passedToSubprocessors : null,
  };
}

const DANISH_LETTERS: Record<string, string> = { æ: 'ae', ø: 'oe', å: 'aa', Æ: 'AE', Ø: 'OE', Å: 'AA' };

/** "art19-modtagere-K-2026-0042-da.txt": the statement's file name, safe on every file system. */
export function statementFileName(caseReference: string, locale: Locale): string {
  const safe =
    caseReference
      .trim()
      .replace(/[æøåÆØÅ]/g, (c) => DANISH_LETTERS[c])
      .normalize('NFD')
      .replace(/[^A-Za-z0-9._-]+/g, '-')
      .replace(/^-+|-+$/g, '') || 'sag';
  return `${locale === 'en' ? 'art19-recipients' : 'art19-modtagere'}-${safe}-${locale}.txt`;
}

/**
 * "550 5.1.1 mailbox unavailable (550)": a message's last error with the mail server's reply code
 * or the webhook's HTTP status, when the error does not start with it already.
 */
export function dispatchProblem(m: { lastError?: string | null; lastResponseCode?: number | null }): string {
  const error = m.lastError?.trim() ?? '';
  const code = m.lastResponseCode;
  if (code == null || error.startsWith(String(code))) return error;
  return error ? `${error} (${code})` : String(code);
}

/**
 * Art. 12(3): the deadline can still be extended while the request is open, less than two months
 * have been added, and the first month has not run out (the person is told within it). The last
 * day to do so, or null when it cannot be extended any more.
 */
export function extensionOpenUntil(r: Pick<ErasureRequestRecord, 'source' | 'status' | 'receivedOn' | 'extensionMonths'>, today: string): string | null {
  if (!PERSON_SOURCES.includes(r.source)) return null;
  if (r.status === 'REFUSED' || r.status === 'COMPLETED' || r.extensionMonths >= MAX_EXTENSION_MONTHS) return null;
  const last = answerDeadline(r.receivedOn, 0);
  return today <= last ? last : null;
}
