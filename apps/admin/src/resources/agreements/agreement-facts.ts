import { assessAgreement, isIsoDate, type AgreementAssessment, type AgreementFacts, type ClauseAssessment, type DpaGapCode } from '@tilsyn/domain';
import type { AgreementClauseRecord } from '../../graphql/types';

const date = (value: unknown) => (typeof value === 'string' && isIsoDate(value) ? value : null);
const months = (value: unknown) => (typeof value === 'number' && Number.isInteger(value) && value > 0 ? value : null);

export interface AgreementValues {
  signedOn?: unknown;
  effectiveFrom?: unknown;
  endsOn?: unknown;
  terminatedOn?: unknown;
  reviewIntervalMonths?: unknown;
  lastReviewedOn?: unknown;
  clauses?: readonly Pick<AgreementClauseRecord, 'code' | 'assessment'>[] | null;
}

/** A stored agreement or a form's values as the facts the domain rule takes (junk dates count as none). */
export function toAgreementFacts(values: AgreementValues): AgreementFacts {
  const clauses: Partial<Record<DpaGapCode, ClauseAssessment>> = {};
  for (const row of values.clauses ?? []) clauses[row.code] = row.assessment;
  return {
    signedOn: date(values.signedOn),
    effectiveFrom: date(values.effectiveFrom),
    endsOn: date(values.endsOn),
    terminatedOn: date(values.terminatedOn),
    reviewIntervalMonths: months(values.reviewIntervalMonths),
    lastReviewedOn: date(values.lastReviewedOn),
    clauses,
  };
}

/**
 * What the status would be if the agreement were signed on `signedOn` (default: as stored), judged
 * on `asOf`: the same rule the API applies (design.md §2: the admin calls the rules for previews).
 */
export function previewAgreement(values: AgreementValues, asOf: string, signedOn?: string | null): AgreementAssessment {
  const facts = toAgreementFacts(values);
  return assessAgreement(signedOn !== undefined ? { ...facts, signedOn: date(signedOn) } : facts, asOf);
}
