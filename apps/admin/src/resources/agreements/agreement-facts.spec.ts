import { describe, expect, it } from 'vitest';
import { DPA_GAP_CODES } from '@tilsyn/domain';
import { previewAgreement, toAgreementFacts } from './agreement-facts';

const allPresent = DPA_GAP_CODES.map((code) => ({ code, assessment: 'PRESENT' as const }));

describe('toAgreementFacts', () => {
  it('keeps valid dates and months, drops junk', () => {
    expect(toAgreementFacts({ signedOn: '2026-01-10', endsOn: 'soon', reviewIntervalMonths: 12, clauses: [{ code: 'ART28_3_A', assessment: 'PARTIAL' }] })).toEqual({
      signedOn: '2026-01-10',
      effectiveFrom: null,
      endsOn: null,
      terminatedOn: null,
      reviewIntervalMonths: 12,
      lastReviewedOn: null,
      clauses: { ART28_3_A: 'PARTIAL' },
    });
    expect(toAgreementFacts({ reviewIntervalMonths: '12' }).reviewIntervalMonths).toBeNull();
  });
});

describe('previewAgreement', () => {
  it('shows a draft as it would be once signed', () => {
    const draft = { effectiveFrom: null, reviewIntervalMonths: 12, clauses: allPresent };
    expect(previewAgreement(draft, '2026-03-01').status).toBe('DRAFT');
    const signed = previewAgreement(draft, '2026-03-01', '2026-03-01');
    expect(signed).toMatchObject({ status: 'COMPLETE', inForce: true, gaps: [], reviewDueOn: '2027-03-01' });
  });

  it('names the gaps of an incomplete checklist', () => {
    const result = previewAgreement({ clauses: allPresent.filter((c) => c.code !== 'ART28_3_H') }, '2026-03-01', '2026-02-01');
    expect(result.status).toBe('INCOMPLETE');
    expect(result.gaps).toEqual(['ART28_3_H']);
  });
});
