import { addDays, daysBetween, isIsoDate, type IsoDate } from '../time/dates';
import type { Locale } from '../reference/countries';
import type { DataCategory } from '../vocabulary/processors';
import type { ErasureNoticeStatus } from '../vocabulary/erasure';
import { needsFollowUpOfRefusal } from './notice';

/**
 * How erasure notices are followed up (issue 6; Art. 19, Art. 28(3)(a), (g)): the settings an
 * administrator can change, with the defaults the issue names.
 */
export interface ErasureFollowUpSettings {
  /** Days after sending without an answer on which the processor is reminded (5 and 10). */
  reminderDays: readonly number[];
  /** Days after sending without an answer on which the reviewers are told (14). */
  escalateAfterDays: number;
  /** Days a confirmation link keeps working after the latest deadline it covers. */
  linkGraceDays: number;
  /** The least time a processor is given to erase, counted from the day it is told. */
  minimumAnswerDays: number;
}

export const DEFAULT_ERASURE_FOLLOW_UP: ErasureFollowUpSettings = { reminderDays: [5, 10], escalateAfterDays: 14, linkGraceDays: 30, minimumAnswerDays: 14 };

/**
 * The day a recipient is asked to have erased by: our own answer deadline to the person
 * (Art. 12(3)), but never less than the minimum from the day it is told — a request decided late
 * must not give a processor a deadline already past.
 */
export function recipientDeadline(requestDeadline: IsoDate, today: IsoDate, minimumDays: number): IsoDate {
  const earliest = addDays(today, minimumDays);
  return requestDeadline > earliest ? requestDeadline : earliest;
}

/** The last day a confirmation link works: the latest deadline it covers plus the grace period. */
export function linkExpiresOn(deadlines: readonly IsoDate[], graceDays: number): IsoDate {
  const latest = deadlines.reduce((a, b) => (b > a ? b : a), deadlines[0] ?? '1970-01-01');
  return addDays(latest, graceDays);
}

/**
 * What an unanswered notice sent on `sentOn` needs today: how many processor reminders should
 * have gone by now (a missed day is caught up once, not once per missed day) and whether the
 * reviewers must be told. Sent is never done; only an answer or an exception stops this.
 */
export function noticeFollowUpsDue(sentOn: IsoDate, today: IsoDate, s: Pick<ErasureFollowUpSettings, 'reminderDays' | 'escalateAfterDays'>): { remindersDue: number; escalate: boolean } {
  const age = daysBetween(sentOn, today);
  return {
    remindersDue: s.reminderDays.filter((d) => d > 0 && age >= d).length,
    escalate: s.escalateAfterDays > 0 && age >= s.escalateAfterDays,
  };
}

/** How a webhook's HTTP answer is treated: 408 and 429 and 5xx are retried; other 4xx are permanent. */
export function classifyWebhookStatus(status: number): 'OK' | 'TEMPORARY' | 'PERMANENT' {
  if (status >= 200 && status < 300) return 'OK';
  if (status === 408 || status === 429 || status >= 500) return 'TEMPORARY';
  return 'PERMANENT';
}

/** A signed request older or newer than this is refused (replay protection for the callback). */
export const WEBHOOK_TOLERANCE_SECONDS = 300;

/** The text the HMAC-SHA256 signature covers: the timestamp and the exact body, so neither can be swapped. */
export function webhookSignatureBase(timestampSeconds: number, body: string): string {
  return `${timestampSeconds}.${body}`;
}

/** Parses `t=<seconds>,v1=<hex>`; null when malformed. */
export function parseWebhookSignature(header: string | undefined | null): { timestamp: number; signatures: string[] } | null {
  if (!header) return null;
  let timestamp = NaN;
  const signatures: string[] = [];
  for (const part of header.split(',')) {
    const [k, v] = part.trim().split('=', 2);
    if (k === 't' && v && /^\d{1,12}$/.test(v)) timestamp = Number(v);
    else if (k === 'v1' && v && /^[0-9a-f]{64}$/.test(v)) signatures.push(v);
  }
  return Number.isFinite(timestamp) && signatures.length ? { timestamp, signatures } : null;
}

export function isFreshTimestamp(timestampSeconds: number, nowMs: number, toleranceSeconds = WEBHOOK_TOLERANCE_SECONDS): boolean {
  return Math.abs(nowMs / 1000 - timestampSeconds) <= toleranceSeconds;
}

export interface NoticeLine {
  caseReference: string;
  recipientReference: string | null;
  categories: readonly DataCategory[];
  legalBasis: 'PROCESSOR_INSTRUCTION' | 'ART_19_NOTICE';
  deadlineOn: IsoDate;
}

export interface ErasureMessageInput {
  kind: 'NOTICE' | 'REMINDER';
  locale: Locale;
  organisation: string;
  processorName: string;
  lines: readonly NoticeLine[];
  link: string;
  expiresOn: IsoDate;
  /** Days since the first notice, for a reminder. */
  daysWaiting?: number;
}

const CATEGORY_NAMES: Record<Locale, Partial<Record<DataCategory, string>>> = {
  da: { IDENTITY: 'identitet', CONTACT: 'kontaktoplysninger', CPR: 'CPR-nummer', FINANCIAL: 'økonomi', DEBT: 'gæld', EMPLOYMENT: 'beskæftigelse', SOCIAL: 'sociale forhold', HEALTH: 'helbred', CRIMINAL: 'strafbare forhold', CALL_RECORDINGS: 'samtaleoptagelser', ONLINE_IDENTIFIERS: 'online-id' },
  en: { IDENTITY: 'identity', CONTACT: 'contact details', CPR: 'CPR number', FINANCIAL: 'financial', DEBT: 'debt', EMPLOYMENT: 'employment', SOCIAL: 'social', HEALTH: 'health', CRIMINAL: 'criminal offences', CALL_RECORDINGS: 'call recordings', ONLINE_IDENTIFIERS: 'online identifiers' },
};

export function erasureCategoriesText(categories: readonly DataCategory[], locale: Locale): string {
  if (categories.length === 0) return locale === 'da' ? 'alle oplysninger om personen' : 'all data about the person';
  return categories.map((c) => CATEGORY_NAMES[locale][c] ?? c).join(', ');
}

/**
 * The e-mail a recipient gets: our case references (and its own), what to erase, on which legal
 * basis, by when, and the link to answer. Deliberately no CPR number, name or address: those are
 * behind the link, over HTTPS, only where the recipient needs them to find the record.
 */
export function erasureMessage(m: ErasureMessageInput): { subject: string; text: string } {
  const da = m.locale === 'da';
  const n = m.lines.length;
  const subject = da
    ? `${m.kind === 'REMINDER' ? 'Påmindelse: ' : ''}Anmodning om sletning – ${n} ${n === 1 ? 'sag' : 'sager'} fra ${m.organisation}`
    : `${m.kind === 'REMINDER' ? 'Reminder: ' : ''}Erasure request – ${n} ${n === 1 ? 'case' : 'cases'} from ${m.organisation}`;
  // A processor is instructed (Art. 28(3)(a), (g)) and passes it on to its sub-processors (Art. 28(4));
  // an independent controller is notified (Art. 19) and decides under its own obligations.
  const anyProcessor = m.lines.some((l) => l.legalBasis === 'PROCESSOR_INSTRUCTION');
  const basis = (b: NoticeLine['legalBasis']) =>
    b === 'PROCESSOR_INSTRUCTION'
      ? da
        ? 'instruks til databehandler (GDPR art. 28, stk. 3, litra a og g)'
        : 'instruction to a processor (GDPR Art. 28(3)(a) and (g))'
      : da
        ? 'underretning efter GDPR art. 19'
        : 'notification under GDPR Art. 19';
  const lines = m.lines.map((l) => {
    const ref = l.recipientReference ? (da ? ` (jeres reference ${l.recipientReference})` : ` (your reference ${l.recipientReference})`) : '';
    return da
      ? `- Sag ${l.caseReference}${ref}: slet ${erasureCategoriesText(l.categories, 'da')}; ${basis(l.legalBasis)}; ${l.legalBasis === 'PROCESSOR_INSTRUCTION' ? 'senest' : 'svar gerne senest'} ${l.deadlineOn}.`
      : `- Case ${l.caseReference}${ref}: erase ${erasureCategoriesText(l.categories, 'en')}; ${basis(l.legalBasis)}; ${l.legalBasis === 'PROCESSOR_INSTRUCTION' ? 'by' : 'please answer by'} ${l.deadlineOn}.`;
  });
  const intro = da
    ? [
        `Til ${m.processorName}`,
        '',
        m.kind === 'REMINDER'
          ? `Vi har endnu ikke fået jeres svar på vores anmodning om sletning (sendt for ${m.daysWaiting ?? 0} dage siden).`
          : `${m.organisation} beder jer slette personoplysninger i følgende ${n === 1 ? 'sag' : 'sager'} og bekræfte det.`,
      ]
    : [
        `To ${m.processorName}`,
        '',
        m.kind === 'REMINDER'
          ? `We have not yet had your answer to our erasure request (sent ${m.daysWaiting ?? 0} days ago).`
          : `${m.organisation} asks you to erase personal data in the following ${n === 1 ? 'case' : 'cases'} and to confirm it.`,
      ];
  const outro = da
    ? [
        '',
        `Svar for hver sag (slettet, ingen oplysninger eller afvist med begrundelse) her:`,
        m.link,
        '',
        `Linket virker til og med ${m.expiresOn}.${anyProcessor ? ' Har I selv underdatabehandlere, skal instruksen gives videre til dem (art. 28, stk. 4).' : ''}`,
        'Oplysninger, I skal bruge for at finde personen, står på siden bag linket – ikke i denne e-mail.',
      ]
    : [
        '',
        'Answer for each case (erased, no data held, or refused with a reason) here:',
        m.link,
        '',
        `The link works until ${m.expiresOn} inclusive.${anyProcessor ? ' If you use sub-processors, pass the instruction on to them (Art. 28(4)).' : ''}`,
        'Any identifiers you need to find the person are on the page behind the link, not in this e-mail.',
      ];
  return { subject, text: [...intro, '', ...lines, ...outro].join('\n') + '\n' };
}

/** The reviewers' escalation: which recipient has not answered which cases, and for how long. */
export function erasureEscalationMessage(m: { locale: Locale; processorName: string; caseReferences: readonly string[]; daysWaiting: number; link: string }): { subject: string; text: string } {
  const n = m.caseReferences.length;
  if (m.locale === 'da') {
    return {
      subject: `Eskalering: ${m.processorName} har ikke bekræftet sletning i ${n} ${n === 1 ? 'sag' : 'sager'} (${m.daysWaiting} dage)`,
      text: [`${m.processorName} har ikke svaret på anmodningen om sletning efter ${m.daysWaiting} dage, trods påmindelser.`, '', ...m.caseReferences.map((r) => `- Sag ${r}`), '', `Følg op, eller registrér en undtagelse efter art. 19 med begrundelse:`, m.link, ''].join('\n'),
    };
  }
  return {
    subject: `Escalation: ${m.processorName} has not confirmed erasure in ${n} ${n === 1 ? 'case' : 'cases'} (${m.daysWaiting} days)`,
    text: [`${m.processorName} has not answered the erasure instruction after ${m.daysWaiting} days, despite reminders.`, '', ...m.caseReferences.map((r) => `- Case ${r}`), '', 'Follow up, or record an Art. 19 exception with its reason:', m.link, ''].join('\n'),
  };
}

/** What happens next to an unanswered notice, and when: shown on the request until it is answered. */
export function nextFollowUp(sentOn: IsoDate, remindersSent: number, escalated: boolean, s: Pick<ErasureFollowUpSettings, 'reminderDays' | 'escalateAfterDays'>): { action: 'REMINDER' | 'ESCALATION'; on: IsoDate } | null {
  const days = [...s.reminderDays].filter((d) => d > 0).sort((a, b) => a - b);
  const candidates: { action: 'REMINDER' | 'ESCALATION'; after: number }[] = [];
  if (remindersSent < days.length) candidates.push({ action: 'REMINDER', after: days[remindersSent] });
  if (!escalated && s.escalateAfterDays > 0) candidates.push({ action: 'ESCALATION', after: s.escalateAfterDays });
  candidates.sort((a, b) => a.after - b.after);
  const next = candidates[0];
  return next ? { action: next.action, on: addDays(sentOn, next.after) } : null;
}

/**
 * A notice's next step as the request page shows it: the next reminder or the escalation while it
 * waits for an answer after being sent, or — when a processor refused — the reviewer's follow-up,
 * counted from the day of the refusal (Art. 28(3)(g)). Null when nothing is scheduled.
 */
export function noticeNextAction(
  n: { status: ErasureNoticeStatus; legalBasis: string; sentOn: IsoDate | null; answeredOn: IsoDate | null; remindersSent: number; escalated: boolean },
  s: Pick<ErasureFollowUpSettings, 'reminderDays' | 'escalateAfterDays'>,
): { action: 'REMINDER' | 'ESCALATION' | 'REVIEW_REFUSAL'; on: IsoDate | null } | null {
  if (needsFollowUpOfRefusal(n)) return { action: 'REVIEW_REFUSAL', on: n.answeredOn };
  return n.status === 'SENT' && n.sentOn ? nextFollowUp(n.sentOn, n.remindersSent, n.escalated, s) : null;
}

export interface StatementRow {
  recipient: string;
  country: string;
  legalBasis: 'PROCESSOR_INSTRUCTION' | 'ART_19_NOTICE';
  toldOn: IsoDate | null;
  status: string;
  answeredOn: IsoDate | null;
}

/**
 * Art. 19, last sentence: the person may be told which recipients were informed of the erasure.
 * The statement names our case reference and the recipients only — nothing of anyone else.
 */
export function recipientStatement(m: { locale: Locale; organisation: string; caseReference: string; today: IsoDate; rows: readonly StatementRow[] }): string {
  const da = m.locale === 'da';
  const answer = (status: string): string => {
    const t: Record<string, [string, string]> = {
      CONFIRMED: ['har bekræftet sletning', 'confirmed erasure'],
      NO_DATA: ['oplyste ikke at have oplysninger om dig', 'said it held no data about you'],
      REFUSED: ['har afvist at slette; vi følger op', 'refused to erase; we are following it up'],
      EXCEPTION: ['kunne ikke underrettes (art. 19: umuligt eller uforholdsmæssigt)', 'could not be told (Art. 19: impossible or disproportionate)'],
      CANCELLED: ['underretningen blev annulleret', 'the notice was cancelled'],
    };
    const pair = t[status] ?? ['afventer svar', 'answer awaited'];
    return da ? pair[0] : pair[1];
  };
  const head = da
    ? [`Modtagere underrettet om sletning – sag ${m.caseReference}`, `${m.organisation}, ${m.today}`, '', 'Efter databeskyttelsesforordningens artikel 19 har vi underrettet følgende modtagere om sletningen af dine oplysninger:']
    : [`Recipients told of the erasure – case ${m.caseReference}`, `${m.organisation}, ${m.today}`, '', 'Under Article 19 of the General Data Protection Regulation we have told the following recipients of the erasure of your data:'];
  const lines = m.rows.map((r) =>
    da
      ? `- ${r.recipient} (${r.country}), ${r.legalBasis === 'PROCESSOR_INSTRUCTION' ? 'databehandler' : 'selvstændig dataansvarlig'}: ${r.toldOn ? `underrettet ${r.toldOn}` : 'endnu ikke underrettet'}; ${answer(r.status)}${r.answeredOn ? ` (${r.answeredOn})` : ''}.`
      : `- ${r.recipient} (${r.country}), ${r.legalBasis === 'PROCESSOR_INSTRUCTION' ? 'processor' : 'independent controller'}: ${r.toldOn ? `told ${r.toldOn}` : 'not yet told'}; ${answer(r.status)}${r.answeredOn ? ` (${r.answeredOn})` : ''}.`,
  );
  return [...head, '', ...(lines.length ? lines : [da ? '- Ingen modtagere havde oplysninger om dig.' : '- No recipient held data about you.']), ''].join('\n');
}

/**
 * What is wrong with a recipient's answer, naming the field: a confirmation's erasure day is a real
 * day not after today; a refusal needs its reason (e.g. the recipient's own duty to keep the data).
 */
export function answerProblems(a: { answer: string; erasedOn?: string | null; note?: string | null }, today: IsoDate): { field: 'answer' | 'erasedOn' | 'note'; reason: 'REQUIRED' | 'INVALID_VALUE' | 'INVALID_DATE' | 'IN_THE_FUTURE' | 'TOO_LONG' } | null {
  if (!['CONFIRMED', 'NO_DATA', 'REFUSED'].includes(a.answer)) return { field: 'answer', reason: a.answer ? 'INVALID_VALUE' : 'REQUIRED' };
  if (a.erasedOn) {
    if (!isIsoDate(a.erasedOn)) return { field: 'erasedOn', reason: 'INVALID_DATE' };
    if (a.erasedOn > today) return { field: 'erasedOn', reason: 'IN_THE_FUTURE' };
  }
  if (a.note && a.note.length > 2000) return { field: 'note', reason: 'TOO_LONG' };
  if (a.answer === 'REFUSED' && !a.note?.trim()) return { field: 'note', reason: 'REQUIRED' };
  return null;
}
