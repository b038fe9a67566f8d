import { describe, expect, it } from 'vitest';
import { EDPB_STEPS, ESSENTIAL_GUARANTEE_TEXTS, tiaActionRefusal, tiaFacts, tiaSubmissionGaps, type TiaAction, type TiaContent } from './tia';
import type { TiaStatus } from '../vocabulary/transfers';

const full: TiaContent = {
  circumstances: 'Support desk in Pune reads case files',
  toolRelied: 'SCC module 3',
  lawsAndPractices: 'IT Act 2000 s. 69',
  guarantees: (['EEG_A', 'EEG_B', 'EEG_C', 'EEG_D'] as const).map((g) => ({ guarantee: g, rating: 'PARTIALLY_MET' as const, rationale: 'r', sources: null })),
  measures: [{ kind: 'TECHNICAL', description: 'Pseudonymised case ids', effective: true }],
  conclusion: 'EQUIVALENT',
  conclusionRationale: 'With the measures, equivalent',
  reevaluationMonths: 12,
};

describe('tiaSubmissionGaps', () => {
  it.each<[string, Partial<TiaContent>, string[]]>([
    ['a complete TIA', {}, []],
    ['no circumstances (step 1)', { circumstances: ' ' }, ['circumstances']],
    ['a guarantee not rated', { guarantees: full.guarantees.slice(0, 3) }, ['guarantees.EEG_D']],
    ['a rating without rationale', { guarantees: full.guarantees.map((g) => (g.guarantee === 'EEG_B' ? { ...g, rationale: '' } : g)) }, ['guarantees.EEG_B']],
    ['a measure without description', { measures: [{ kind: 'CONTRACTUAL', description: '', effective: false }] }, ['measures']],
    ['no conclusion, no interval', { conclusion: null, reevaluationMonths: null }, ['conclusion', 'reevaluationMonths']],
    ['a guarantee still unknown cannot support equivalence', { guarantees: full.guarantees.map((g) => (g.guarantee === 'EEG_C' ? { ...g, rating: 'UNKNOWN' as const } : g)) }, ['guarantees.EEG_C']],
    ['unknown is fine when concluding non-equivalence', { conclusion: 'NOT_EQUIVALENT', guarantees: full.guarantees.map((g) => ({ ...g, rating: 'UNKNOWN' as const })) }, []],
  ])('%s', (_, patch, gaps) => {
    expect(tiaSubmissionGaps({ ...full, ...patch })).toEqual(gaps);
  });
});

describe('tiaActionRefusal: states and four eyes', () => {
  it.each<[TiaAction, TiaStatus, string, string[], string | null]>([
    ['SUBMIT', 'DRAFT', 'a', ['a'], null],
    ['SUBMIT', 'SENT_BACK', 'a', ['a'], null],
    ['SUBMIT', 'APPROVED', 'a', ['a'], 'INVALID_STATE'],
    ['EDIT', 'SUBMITTED', 'a', ['a'], 'INVALID_STATE'],
    ['EDIT', 'APPROVED', 'a', ['a'], 'INVALID_STATE'],
    ['APPROVE', 'SUBMITTED', 'a', ['a'], 'FOUR_EYES'],
    ['APPROVE', 'SUBMITTED', 'b', ['a', 'b'], 'FOUR_EYES'],
    ['APPROVE', 'SUBMITTED', 'c', ['a', 'b'], null],
    ['APPROVE', 'DRAFT', 'c', ['a'], 'INVALID_STATE'],
    ['SEND_BACK', 'SUBMITTED', 'c', ['a'], null],
    ['NEW_VERSION', 'APPROVED', 'a', ['a'], null],
    ['NEW_VERSION', 'SUPERSEDED', 'a', ['a'], 'INVALID_STATE'],
  ])('%s from %s by %s (writers %j) → %s', (action, status, actor, writers, refusal) => {
    expect(tiaActionRefusal(action, status, actor, writers)).toBe(refusal);
  });
});

describe('tiaFacts', () => {
  it('an approved TIA falls due the interval after approval', () => {
    const facts = tiaFacts({ ...full, status: 'APPROVED', approvedOn: '2026-01-31', reevaluationRequested: false, measures: full.measures });
    expect(facts).toMatchObject({ approved: true, approvedOn: '2026-01-31', reevaluateOn: '2027-01-31', effectiveMeasures: true });
    expect(facts.guarantees).toEqual({ EEG_A: 'PARTIALLY_MET', EEG_B: 'PARTIALLY_MET', EEG_C: 'PARTIALLY_MET', EEG_D: 'PARTIALLY_MET' });
  });
  it('a draft is not approved; a superseded version keeps its approval date for history', () => {
    expect(tiaFacts({ ...full, status: 'SUBMITTED', approvedOn: null, reevaluationRequested: false }).approved).toBe(false);
    expect(tiaFacts({ ...full, status: 'SUPERSEDED', approvedOn: '2025-01-01', reevaluationRequested: true })).toMatchObject({ approved: true, reevaluationRequested: false });
  });
  it('guides in both languages through six steps and four guarantees', () => {
    expect(EDPB_STEPS.map((s) => s.step)).toEqual([1, 2, 3, 4, 5, 6]);
    for (const t of Object.values(ESSENTIAL_GUARANTEE_TEXTS)) expect(t.explanation.da && t.explanation.en).toBeTruthy();
  });
});
