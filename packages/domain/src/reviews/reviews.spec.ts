import { describe, expect, it } from 'vitest';
import { assessRisk, type RiskFacts } from './risk';
import { DEFAULT_SUPERVISION_CADENCE, dueState, nextDueOn, remindersReached, replannedSupervisionDueOn } from './schedule';
import { REVIEW_CHECKLISTS, reviewActionRefusal, reviewSubmissionGaps, type ReviewAction, type ReviewSubmissionFacts } from './review';
import { reminderMessage, reminderTitle } from './reminder-message';
import { REVIEW_KINDS, type ReviewStatus } from '../vocabulary/reviews';

const printer: RiskFacts = { dataCategories: ['IDENTITY', 'CONTACT'], dataSubjectCount: null, transferStatuses: [], chainDepth: 0, serviceKind: 'PRINT_AND_MAIL' };

describe('assessRisk', () => {
  it.each<[string, Partial<RiskFacts>, string, number]>([
    ['a print house with names and addresses', {}, 'LOW', 1],
    ['a print house with debts of 5,000 debtors', { dataCategories: ['IDENTITY', 'DEBT'], dataSubjectCount: 5_000 }, 'LOW', 3],
    ['a case system with CPR, debts and finances for 50,000', { serviceKind: 'SAAS', dataCategories: ['CPR', 'DEBT', 'FINANCIAL'], dataSubjectCount: 50_000 }, 'HIGH', 10],
    ['health data alone', { dataCategories: ['HEALTH'] }, 'MEDIUM', 5],
    ['the same case system with health data and a lawful US transfer', { serviceKind: 'SAAS', dataCategories: ['CPR', 'DEBT', 'FINANCIAL', 'HEALTH'], dataSubjectCount: 50_000, transferStatuses: ['COMPLIANT'] }, 'CRITICAL', 16],
    ['a transfer without a valid tool', { transferStatuses: ['COMPLIANT', 'NON_COMPLIANT'] }, 'MEDIUM', 6],
    ['a transfer at risk', { transferStatuses: ['AT_RISK'] }, 'MEDIUM', 4],
    ['EEA only counts nothing', { transferStatuses: ['NOT_A_TRANSFER'] }, 'LOW', 1],
    ['a deep chain counts at most 2', { chainDepth: 5 }, 'LOW', 3],
    ['exactly 100,000 data subjects', { dataSubjectCount: 100_000 }, 'MEDIUM', 4],
  ])('%s → %s (%d points)', (_, patch, level, score) => {
    const result = assessRisk({ ...printer, ...patch });
    expect([result.level, result.score]).toEqual([level, score]);
    expect(result.factors.reduce((s, f) => s + f.points, 0)).toBe(score);
  });

  it('shows the breakdown, not just the result', () => {
    expect(assessRisk({ ...printer, dataCategories: ['CPR', 'CPR'], transferStatuses: ['NON_COMPLIANT'] }).factors).toEqual([
      { factor: 'DATA_CATEGORY', value: 'CPR', points: 3 },
      { factor: 'THIRD_COUNTRY', value: '1', points: 2 },
      { factor: 'TRANSFER_STATUS', value: 'NON_COMPLIANT', points: 3 },
      { factor: 'SERVICE_KIND', value: 'PRINT_AND_MAIL', points: 1 },
    ]);
  });
});

describe('cadence and due dates', () => {
  it('supervises deeper and more often as the risk rises', () => {
    expect(Object.entries(DEFAULT_SUPERVISION_CADENCE).map(([level, c]) => [level, c.intervalMonths, c.methods[0]])).toEqual([
      ['CRITICAL', 12, 'AUDIT_REPORT'],
      ['HIGH', 12, 'AUDIT_REPORT'],
      ['MEDIUM', 24, 'QUESTIONNAIRE'],
      ['LOW', 36, 'SELF_ASSESSMENT'],
    ]);
  });

  it.each([
    ['2026-12-01', '2026-11-23', 'SCHEDULED'],
    ['2026-12-01', '2026-11-24', 'DUE_SOON'],
    ['2026-12-01', '2026-12-01', 'DUE_SOON'],
    ['2026-12-01', '2026-12-02', 'OVERDUE'],
  ])('due %s, on %s: %s', (due, asOf, state) => {
    expect(dueState(due, asOf)).toBe(state);
  });

  it.each([
    ['completed on time', '2026-03-10', 12, '2027-03-10'],
    ['completed after the due date: anchored on completion', '2026-05-20', 12, '2027-05-20'],
    ['29 February plus a year', '2028-02-29', 12, '2029-02-28'],
    ['29 February plus four years', '2028-02-29', 48, '2032-02-29'],
    ['31 January plus a month', '2027-01-31', 1, '2027-02-28'],
    ['low risk, three years', '2026-11-21', 36, '2029-11-21'],
  ])('%s', (_, completed, months, next) => {
    expect(nextDueOn(completed, months as number)).toBe(next);
  });
});

describe('replannedSupervisionDueOn', () => {
  const today = '2026-11-21';
  it.each<[string, string, string | null, number | null, number, string]>([
    ['LOW → CRITICAL, last supervised 20 months ago: due in 30 days, not in the past', '2027-07-01', '2025-03-01', 36, 12, '2026-12-21'],
    ['CRITICAL → LOW: three years after the last one', '2026-12-01', '2025-03-01', 12, 36, '2028-03-01'],
    ['MEDIUM → HIGH with room: a year after the last one', '2028-06-01', '2026-06-01', 24, 12, '2027-06-01'],
    ['tighter, but already due in 10 days: not postponed', '2026-12-01', '2024-01-01', 36, 12, '2026-12-01'],
    ['tighter, but planned sooner by hand: not postponed', '2027-01-10', '2026-06-01', 24, 12, '2027-01-10'],
    ['looser, but the new interval has already run out: not brought forward', '2027-03-01', '2023-01-01', 12, 24, '2027-03-01'],
    ['never supervised and no engagement start: the day stays', '2027-01-15', null, 36, 12, '2027-01-15'],
    ['planned by hand without a cadence: the day stays', '2026-10-01', '2025-01-01', null, 36, '2026-10-01'],
  ])('%s', (_, currentDueOn, anchorOn, previousIntervalMonths, intervalMonths, expected) => {
    expect(replannedSupervisionDueOn({ currentDueOn, anchorOn, previousIntervalMonths, intervalMonths, today })).toBe(expected);
  });
});

describe('remindersReached', () => {
  const due = '2027-01-31';
  it('30 and 7 days before, on the day, weekly while overdue, and one escalation after 14 days', () => {
    expect(remindersReached(due, '2026-11-01', '2027-02-21').map((r) => `${r.key}@${r.on}${r.escalation ? '!' : ''}`)).toEqual([
      'BEFORE_30@2027-01-01',
      'BEFORE_7@2027-01-24',
      'DUE@2027-01-31',
      'OVERDUE_7@2027-02-07',
      'ESCALATE_14@2027-02-14!',
      'OVERDUE_14@2027-02-14',
      'OVERDUE_21@2027-02-21',
    ]);
  });
  it.each([
    ['nothing a day before the first threshold', '2026-12-31', []],
    ['the first on its day', '2027-01-01', ['BEFORE_30']],
    ['a missed week is caught up, every threshold once', '2027-02-08', ['BEFORE_30', 'BEFORE_7', 'DUE', 'OVERDUE_7']],
  ])('%s', (_, asOf, keys) => {
    expect(remindersReached(due, '2026-11-01', asOf).map((r) => r.key)).toEqual(keys);
  });
  it('a review created 3 days before its due day is not reminded of thresholds that passed before it existed', () => {
    expect(remindersReached(due, '2027-01-28', '2027-01-31').map((r) => r.key)).toEqual(['DUE']);
  });
  it.each<[string, string, string, string[]]>([
    ['created 3 days late: reminded that day, then weekly, escalated at 14 days', '2027-02-03', '2027-02-21', ['OVERDUE_3@2027-02-03', 'OVERDUE_7@2027-02-07', 'ESCALATE_14!@2027-02-14', 'OVERDUE_14@2027-02-14', 'OVERDUE_21@2027-02-21']],
    ['created exactly a week late: the weekly reminder is that day, once', '2027-02-07', '2027-02-07', ['OVERDUE_7@2027-02-07']],
    ['created two years late: reminded and escalated the day it is created', '2029-02-02', '2029-02-02', ['ESCALATE_14!@2029-02-02', 'OVERDUE_733@2029-02-02']],
    ['created on its due day: the due-day reminder only', '2027-01-31', '2027-01-31', ['DUE@2027-01-31']],
  ])('%s', (_, createdOn, asOf, expected) => {
    expect(remindersReached(due, createdOn, asOf).map((r) => `${r.key}${r.escalation ? '!' : ''}@${r.on}`)).toEqual(expected);
  });
  it('keys are stable whatever day the scan runs (one row per subject and threshold)', () => {
    const a = remindersReached(due, '2026-11-01', '2027-02-10');
    const b = remindersReached(due, '2026-11-01', '2027-03-01');
    expect(b.slice(0, a.length)).toEqual(a);
  });
});

describe('review workflow', () => {
  it.each<[ReviewAction, ReviewStatus, string, string[], string | null]>([
    ['START', 'OPEN', 'a', [], null],
    ['SUBMIT', 'IN_PROGRESS', 'a', ['a'], null],
    ['APPROVE', 'SUBMITTED', 'a', ['a'], 'FOUR_EYES'],
    ['APPROVE', 'SUBMITTED', 'b', ['a'], null],
    ['EDIT', 'APPROVED', 'a', ['a'], 'INVALID_STATE'],
    ['EDIT', 'APPROVED_WITH_ACTIONS', 'a', ['a'], 'INVALID_STATE'],
    ['SEND_BACK', 'SUBMITTED', 'b', ['a'], null],
    ['SUBMIT', 'SENT_BACK', 'a', ['a'], null],
  ])('%s from %s by %s → %s', (action, status, actor, authors, refusal) => {
    expect(reviewActionRefusal(action, status, actor, authors)).toBe(refusal);
  });
  it('has a checklist in both languages for every kind', () => {
    for (const kind of REVIEW_KINDS) {
      expect(REVIEW_CHECKLISTS[kind].length).toBeGreaterThan(1);
      for (const item of REVIEW_CHECKLISTS[kind]) expect(item.text.da && item.text.en).toBeTruthy();
    }
  });
});

describe('reviewSubmissionGaps', () => {
  // Every question answered the way that needs no explanation.
  const answered = (kind: (typeof REVIEW_KINDS)[number]) => REVIEW_CHECKLISTS[kind].map((q) => ({ key: q.key, answer: q.explainIf === 'NO' ? ('YES' as const) : ('NO' as const) }));
  it.each<[string, Partial<ReviewSubmissionFacts>, string[]]>([
    ['a complete DPA review', {}, []],
    ['nothing answered', { checklist: [] }, REVIEW_CHECKLISTS.ANNUAL_DPA_REVIEW.map((q) => `checklist.${q.key}`)],
    ['a "no" without a note', { checklist: answered('ANNUAL_DPA_REVIEW').map((c, i) => (i === 2 ? { ...c, answer: 'NO' as const } : c)) }, ['checklist.SUBPROCESSORS_UNCHANGED.note']],
    ['a "no" with a note', { checklist: answered('ANNUAL_DPA_REVIEW').map((c, i) => (i === 2 ? { ...c, answer: 'NO' as const, note: 'New hosting provider' } : c)) }, []],
    ['a "yes" to incidents without a note: yes is the answer to explain there', { checklist: answered('ANNUAL_DPA_REVIEW').map((c) => (c.key === 'INCIDENTS' ? { ...c, answer: 'YES' as const } : c)) }, ['checklist.INCIDENTS.note']],
    ['a "no" to incidents needs no note', { checklist: answered('ANNUAL_DPA_REVIEW').map((c) => (c.key === 'INCIDENTS' ? { ...c, answer: 'NO' as const } : c)) }, []],
    ['exceptions noted in a supervision must be explained', { kind: 'SUPERVISION', method: 'AUDIT_REPORT', evidenceCount: 1, checklist: answered('SUPERVISION').map((c) => (c.key === 'EXCEPTIONS_NOTED' ? { ...c, answer: 'YES' as const } : c)) }, ['checklist.EXCEPTIONS_NOTED.note']],
    ['no outcome', { outcome: null }, ['outcome']],
    ['approved with actions but none listed', { outcome: 'APPROVED_WITH_ACTIONS' }, ['actions']],
    ['an action without owner or date', { outcome: 'APPROVED_WITH_ACTIONS', actions: [{ description: 'x', ownerId: null, dueOn: null }] }, ['actions.0.ownerId', 'actions.0.dueOn']],
    ['supervision without method or evidence', { kind: 'SUPERVISION', checklist: answered('SUPERVISION'), method: null, evidenceCount: 0 }, ['method', 'evidence']],
    ['supervision with its report', { kind: 'SUPERVISION', checklist: answered('SUPERVISION'), method: 'AUDIT_REPORT', evidenceCount: 1 }, []],
  ])('%s', (_, patch, gaps) => {
    const base: ReviewSubmissionFacts = { kind: 'ANNUAL_DPA_REVIEW', checklist: answered('ANNUAL_DPA_REVIEW'), outcome: 'APPROVED', actions: [], evidenceCount: 0 };
    expect(reviewSubmissionGaps({ ...base, ...patch })).toEqual(gaps);
  });
});

describe('reminderMessage', () => {
  it('an escalation sent the day a late review was created says how late it really is', () => {
    const late = reminderMessage({ subject: 'ANNUAL_DPA_REVIEW', thresholdKey: 'ESCALATE_14', dueOn: '2024-08-09', thresholdOn: '2026-11-21', processorName: 'Telefonhuset Nord ApS', link: 'x', locale: 'da' });
    expect(late.subject).toBe('Eskaleret: Årlig gennemgang af databehandleraftale – Telefonhuset Nord ApS er 834 dage over fristen (2024-08-09)');
    expect(late.text).toContain('overskredet med 834 dage');
    // On time, the key and the day agree.
    expect(reminderTitle({ subject: 'SUPERVISION', thresholdKey: 'ESCALATE_14', dueOn: '2027-01-01', thresholdOn: '2027-01-15', processorName: 'P', locale: 'en' })).toBe('Escalated: Processor supervision – P is 14 days overdue (due 2027-01-01)');
  });

  const base = { subject: 'ANNUAL_DPA_REVIEW' as const, dueOn: '2027-03-28', processorName: 'Print A/S', link: 'http://x/#/Review/1/show' };
  it.each<[string, string, 'da' | 'en', string]>([
    ['thirty days before, Danish', 'BEFORE_30', 'da', 'Årlig gennemgang af databehandleraftale – Print A/S forfalder om 30 dage (2027-03-28)'],
    ['due day, English', 'DUE', 'en', 'Annual DPA review – Print A/S is due today (2027-03-28)'],
    ['weekly overdue', 'OVERDUE_21', 'en', 'Annual DPA review – Print A/S is 21 days overdue (due 2027-03-28)'],
    ['escalation', 'ESCALATE_14', 'da', 'Eskaleret: Årlig gennemgang af databehandleraftale – Print A/S er 14 dage over fristen (2027-03-28)'],
  ])('%s', (_, thresholdKey, locale, subject) => {
    const m = reminderMessage({ ...base, thresholdKey, locale });
    expect(m.subject).toBe(subject);
    // The in-app notice carries the same title as the e-mail's subject.
    expect(reminderTitle({ ...base, thresholdKey, locale })).toBe(subject);
    expect(m.text).toContain(base.link);
  });
});
