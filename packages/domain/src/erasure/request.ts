import { addMonths, isIsoDate, type IsoDate } from '../time/dates';
import type { ErasureDecision, ErasureRefusalBasis, ErasureSource, ErasureGround } from '../vocabulary/erasure';
import type { DataCategory } from '../vocabulary/processors';
import type { InputReason } from '../errors/error-codes';
import { parseCpr } from './cpr';

/** Art. 12(3): the person is answered within one month, extendable by two more where needed. */
export const ANSWER_MONTHS = 1;
export const MAX_EXTENSION_MONTHS = 2;

/** The day the person must have our answer by: a month after receipt, plus any recorded extension. */
export function answerDeadline(receivedOn: IsoDate, extensionMonths = 0): IsoDate {
  return addMonths(receivedOn, ANSWER_MONTHS + Math.max(0, Math.min(MAX_EXTENSION_MONTHS, extensionMonths)));
}

export interface ErasureRequestInput {
  source: ErasureSource;
  grounds: readonly ErasureGround[];
  caseReference: string;
  receivedOn: string;
  cpr?: string | null;
  email?: string | null;
  name?: string | null;
}

export interface InputProblem {
  field: string;
  reason: Extract<InputReason, 'REQUIRED' | 'INVALID_VALUE' | 'INVALID_DATE' | 'IN_THE_FUTURE' | 'INVALID_CPR'>;
}

/**
 * What is wrong with a new request, first problem first, naming the field. A person must be
 * identifiable by at least one identifier; a CPR number is checked by format and date only
 * (see parseCpr); a request from the person needs its Art. 17(1) grounds.
 */
export function erasureRequestProblems(input: ErasureRequestInput, today: IsoDate): InputProblem[] {
  const problems: InputProblem[] = [];
  if (!input.caseReference.trim()) problems.push({ field: 'caseReference', reason: 'REQUIRED' });
  if (!isIsoDate(input.receivedOn)) problems.push({ field: 'receivedOn', reason: 'INVALID_DATE' });
  else if (input.receivedOn > today) problems.push({ field: 'receivedOn', reason: 'IN_THE_FUTURE' });
  const cpr = input.cpr?.trim();
  if (!cpr && !input.email?.trim() && !input.name?.trim()) problems.push({ field: 'cpr', reason: 'REQUIRED' });
  if (cpr) {
    const parsed = parseCpr(cpr);
    if (!parsed.ok) problems.push({ field: 'cpr', reason: 'INVALID_CPR' });
  }
  if (input.source === 'DATA_SUBJECT_REQUEST' && input.grounds.length === 0) problems.push({ field: 'grounds', reason: 'REQUIRED' });
  return problems;
}

export interface ErasureDecisionInput {
  decision: ErasureDecision;
  refusalBasis?: ErasureRefusalBasis | null;
  reasoning?: string | null;
  /** For a partial approval: the categories that are erased (the rest is kept on the refusal basis). */
  categories?: readonly DataCategory[] | null;
  /** Recipients the reviewer leaves out, each with its reason (Art. 19: impossible or disproportionate). */
  exclusions?: readonly { processorId: string; reason: string }[] | null;
}

/**
 * The decision's gaps. A refusal, whole or partial, names its Art. 17(3) basis and the reasoning
 * (the person must be told why: Art. 12(4)); a partial approval says what is erased; a recipient
 * left out carries its reason.
 */
export function erasureDecisionProblems(d: ErasureDecisionInput): InputProblem[] {
  const problems: InputProblem[] = [];
  const refusing = d.decision === 'REFUSE' || d.decision === 'APPROVE_PARTLY';
  if (refusing && !d.refusalBasis) problems.push({ field: 'refusalBasis', reason: 'REQUIRED' });
  if (!refusing && d.refusalBasis) problems.push({ field: 'refusalBasis', reason: 'INVALID_VALUE' });
  if (refusing && !d.reasoning?.trim()) problems.push({ field: 'reasoning', reason: 'REQUIRED' });
  if (d.decision === 'APPROVE_PARTLY' && !(d.categories?.length)) problems.push({ field: 'categories', reason: 'REQUIRED' });
  if (d.decision !== 'APPROVE_PARTLY' && d.categories?.length) problems.push({ field: 'categories', reason: 'INVALID_VALUE' });
  if (d.decision === 'REFUSE' && d.exclusions?.length) problems.push({ field: 'exclusions', reason: 'INVALID_VALUE' });
  for (const [i, e] of (d.exclusions ?? []).entries()) if (!e.reason.trim()) problems.push({ field: `exclusions.${i}.reason`, reason: 'REQUIRED' });
  return problems;
}

/** Sources where the person asked (Art. 17 request, Art. 21 objection) and so awaits our answer under Art. 12(3). */
export const PERSON_SOURCES: readonly string[] = ['DATA_SUBJECT_REQUEST', 'OBJECTION'];

export interface DeadlineExtensionInput {
  source: string;
  status: string;
  receivedOn: IsoDate;
  currentMonths: number;
  months: number;
  reason: string | null | undefined;
  today: IsoDate;
}

/**
 * Art. 12(3): the month to answer the person may be extended by up to two further months where
 * necessary, and the person must be told of the extension, with the reasons, within the first
 * month. So an extension is recorded before the original deadline has passed, in whole months, up
 * to two in all, with a reason; never for a request already refused or completed.
 */
export function deadlineExtensionProblem(m: DeadlineExtensionInput): { field: string; reason: InputReason; params?: Record<string, string | number> } | null {
  // Only a request from the person has an answer deadline to extend (retention and client instructions have no one waiting).
  if (!PERSON_SOURCES.includes(m.source)) return { field: 'id', reason: 'INVALID_STATE', params: { state: m.source } };
  if (m.status === 'REFUSED' || m.status === 'COMPLETED') return { field: 'id', reason: 'INVALID_STATE', params: { state: m.status } };
  if (!Number.isInteger(m.months) || m.months < 1 || m.months > MAX_EXTENSION_MONTHS) return { field: 'months', reason: 'OUT_OF_RANGE', params: { min: 1, max: MAX_EXTENSION_MONTHS } };
  if (m.months <= m.currentMonths) return { field: 'months', reason: 'AT_LEAST', params: { min: m.currentMonths + 1 } };
  if (!m.reason?.trim()) return { field: 'reason', reason: 'REQUIRED' };
  if (m.reason.trim().length > 2000) return { field: 'reason', reason: 'TOO_LONG', params: { max: 2000 } };
  if (m.today > answerDeadline(m.receivedOn, 0)) return { field: 'months', reason: 'EXPIRED' };
  return null;
}
