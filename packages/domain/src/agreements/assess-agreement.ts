import { addMonths, type IsoDate } from '../time/dates';
import { DPA_GAP_CODES, type AgreementStatus, type ClauseAssessment, type DpaGapCode } from '../vocabulary/agreements';

export interface AgreementFacts {
  signedOn?: IsoDate | null;
  effectiveFrom?: IsoDate | null;
  endsOn?: IsoDate | null;
  terminatedOn?: IsoDate | null;
  reviewIntervalMonths?: number | null;
  lastReviewedOn?: IsoDate | null;
  /** Assessment per catalogue item; a missing entry counts as NOT_ASSESSED. */
  clauses: Partial<Record<DpaGapCode, ClauseAssessment>>;
}

export interface AgreementAssessment {
  status: AgreementStatus;
  /** Catalogue items not PRESENT, in catalogue order: exactly what the DPA lacks. */
  gaps: DpaGapCode[];
  /** In force on asOf: signed, effective, not ended, not terminated. */
  inForce: boolean;
  reviewDueOn: IsoDate | null;
  reviewOverdue: boolean;
}

/**
 * The status of one DPA version on `asOf`, derived, never typed in. Art. 28(3) requires every
 * preamble item and point (a)–(h); Art. 28(9) written form. Order of precedence: TERMINATED, then
 * DRAFT (not signed by asOf), then EXPIRED (past its end date), then INCOMPLETE (any item not
 * PRESENT, partial counts as missing), else COMPLETE.
 */
export function assessAgreement(facts: AgreementFacts, asOf: IsoDate): AgreementAssessment {
  const gaps = DPA_GAP_CODES.filter((code) => (facts.clauses[code] ?? 'NOT_ASSESSED') !== 'PRESENT');
  const signed = !!facts.signedOn && facts.signedOn <= asOf;
  const started = signed && (!facts.effectiveFrom || facts.effectiveFrom <= asOf);
  const terminated = !!facts.terminatedOn && facts.terminatedOn <= asOf;
  const expired = !!facts.endsOn && facts.endsOn < asOf;
  let status: AgreementStatus;
  if (terminated) status = 'TERMINATED';
  else if (!signed) status = 'DRAFT';
  else if (expired) status = 'EXPIRED';
  else if (gaps.length > 0) status = 'INCOMPLETE';
  else status = 'COMPLETE';
  const anchor = facts.lastReviewedOn ?? facts.effectiveFrom ?? facts.signedOn ?? null;
  const reviewDueOn = anchor && facts.reviewIntervalMonths ? addMonths(anchor, facts.reviewIntervalMonths) : null;
  const inForce = started && !terminated && !expired;
  return { status, gaps, inForce, reviewDueOn, reviewOverdue: inForce && !!reviewDueOn && reviewDueOn < asOf };
}
