import { describe, expect, it } from 'vitest';
import { DPA_GAP_CODES, type ClauseAssessment, type DpaGapCode } from '../vocabulary/agreements';
import { assessAgreement, type AgreementFacts } from './assess-agreement';
import { CLAUSE_CATALOGUE, clauseOf } from './clause-catalogue';

const allPresent = Object.fromEntries(DPA_GAP_CODES.map((c) => [c, 'PRESENT'])) as Record<DpaGapCode, ClauseAssessment>;
const signed: AgreementFacts = { signedOn: '2025-01-10', effectiveFrom: '2025-02-01', endsOn: '2027-01-31', reviewIntervalMonths: 12, clauses: allPresent };

describe('clause catalogue', () => {
  it('has exactly one item per gap code, in the same order, with both languages', () => {
    expect(CLAUSE_CATALOGUE.map((c) => c.code)).toEqual([...DPA_GAP_CODES]);
    for (const c of CLAUSE_CATALOGUE) {
      expect(c.article).toMatch(/^Art\. 28/);
      for (const text of [c.title.da, c.title.en, c.explanation.da, c.explanation.en]) expect(text.length).toBeGreaterThan(5);
    }
    expect(clauseOf('ART28_3_G').title.en).toMatch(/Deletion or return/);
  });
});

describe('assessAgreement: every clause code', () => {
  it.each(DPA_GAP_CODES.map((c) => [c]))('%s missing makes the DPA INCOMPLETE with exactly that gap', (code) => {
    const result = assessAgreement({ ...signed, clauses: { ...allPresent, [code]: 'MISSING' } }, '2026-01-15');
    expect(result.status).toBe('INCOMPLETE');
    expect(result.gaps).toEqual([code]);
  });

  it.each<[ClauseAssessment, boolean]>([
    ['PRESENT', false],
    ['PARTIAL', true],
    ['MISSING', true],
    ['NOT_ASSESSED', true],
  ])('an item assessed %s is a gap: %s', (assessment, gap) => {
    const result = assessAgreement({ ...signed, clauses: { ...allPresent, ART28_3_C: assessment } }, '2026-01-15');
    expect(result.gaps.includes('ART28_3_C')).toBe(gap);
  });

  it('counts an item never assessed as a gap', () => {
    const { ART28_9_WRITTEN_FORM: _, ...rest } = allPresent;
    expect(assessAgreement({ ...signed, clauses: rest }, '2026-01-15').gaps).toEqual(['ART28_9_WRITTEN_FORM']);
  });
});

describe('assessAgreement: every status', () => {
  it.each<[string, Partial<AgreementFacts>, string, string, boolean]>([
    ['complete and in force', {}, '2026-01-15', 'COMPLETE', true],
    ['not signed', { signedOn: null }, '2026-01-15', 'DRAFT', false],
    ['signed after asOf', {}, '2025-01-09', 'DRAFT', false],
    ['signed, not yet effective', {}, '2025-01-20', 'COMPLETE', false],
    ['last day before it ends', {}, '2027-01-31', 'COMPLETE', true],
    ['the day after it ends', {}, '2027-02-01', 'EXPIRED', false],
    ['terminated', { terminatedOn: '2026-01-01' }, '2026-01-15', 'TERMINATED', false],
    ['terminated later than asOf', { terminatedOn: '2026-06-01' }, '2026-01-15', 'COMPLETE', true],
    ['expired and incomplete is EXPIRED', { clauses: { ...allPresent, ART28_3_G: 'MISSING' } }, '2027-03-01', 'EXPIRED', false],
    ['draft and incomplete is DRAFT', { signedOn: null, clauses: {} }, '2026-01-15', 'DRAFT', false],
  ])('%s', (_, patch, asOf, status, inForce) => {
    const result = assessAgreement({ ...signed, ...patch }, asOf);
    expect(result.status).toBe(status);
    expect(result.inForce).toBe(inForce);
  });

  it.each<[Partial<AgreementFacts>, string, string | null, boolean]>([
    [{}, '2026-02-01', '2026-02-01', false],
    [{}, '2026-02-02', '2026-02-01', true],
    [{ lastReviewedOn: '2026-01-20' }, '2026-06-01', '2027-01-20', false],
    [{ reviewIntervalMonths: null }, '2030-01-01', null, false],
  ])('review due %j on %s → due %s, overdue %s', (patch, asOf, due, overdue) => {
    const result = assessAgreement({ ...signed, ...patch, endsOn: null }, asOf);
    expect(result.reviewDueOn).toBe(due);
    expect(result.reviewOverdue).toBe(overdue);
  });
});
