import { describe, expect, it } from 'vitest';
import { i18nProvider } from '../../providers/i18nProvider';
import { deliveryProblem, reminderStatusSummary, reminderSubjectPath, thresholdWords } from './reminder-words';

describe('thresholdWords', () => {
  it.each([
    ['BEFORE_30', 'tilsyn.reminders.threshold.before', { smart_count: 30 }],
    ['DUE', 'tilsyn.reminders.threshold.due', {}],
    ['OVERDUE_14', 'tilsyn.reminders.threshold.overdue', { smart_count: 14 }],
    ['ESCALATE_14', 'tilsyn.reminders.threshold.escalate', { smart_count: 14 }],
    ['SOMETHING', 'tilsyn.reminders.threshold.other', { key: 'SOMETHING' }],
  ])('%s → %s', (thresholdKey, key, options) => {
    expect(thresholdWords(thresholdKey)).toEqual({ key, options });
  });

  it('reads as the agencies say it, in Danish and English', async () => {
    const say = (thresholdKey: string) => {
      const { key, options } = thresholdWords(thresholdKey);
      return i18nProvider.translate(key, options);
    };
    await i18nProvider.changeLocale('da');
    expect(say('BEFORE_30')).toBe('30 dage før');
    expect(say('BEFORE_1')).toBe('1 dag før');
    expect(say('DUE')).toBe('På dagen');
    expect(say('OVERDUE_14')).toBe('14 dage over fristen');
    expect(say('ESCALATE_14')).toBe('Eskalering efter 14 dage');
    await i18nProvider.changeLocale('en');
    expect(say('BEFORE_7')).toBe('7 days before');
    expect(say('DUE')).toBe('On the due day');
    expect(say('OVERDUE_7')).toBe('7 days overdue');
    expect(say('ESCALATE_14')).toBe('Escalation after 14 days');
    await i18nProvider.changeLocale('da');
  });
});

describe('reminderSubjectPath', () => {
  it('opens the review or the agreement', () => {
    expect(reminderSubjectPath({ subjectType: 'REVIEW', subjectId: 'r1' })).toBe('/Review/r1/show');
    expect(reminderSubjectPath({ subjectType: 'AGREEMENT_END', subjectId: 'a1' })).toBe('/Agreement/a1/show');
    expect(reminderSubjectPath({ subjectType: 'REVIEW', subjectId: '' })).toBeNull();
  });
});

describe('reminderStatusSummary', () => {
  it('counts each status in lifecycle order and leaves out the empty ones', () => {
    expect(reminderStatusSummary([{ status: 'FAILED' }, { status: 'SENT' }, { status: 'SENT' }])).toEqual([
      { status: 'SENT', count: 2 },
      { status: 'FAILED', count: 1 },
    ]);
    expect(reminderStatusSummary([])).toEqual([]);
  });
});

describe('deliveryProblem', () => {
  it('adds the SMTP reply code unless the message starts with it', () => {
    expect(deliveryProblem({ lastError: 'mailbox unavailable', lastResponseCode: 550 })).toBe('mailbox unavailable (SMTP 550)');
    expect(deliveryProblem({ lastError: '550 5.1.1 mailbox unavailable', lastResponseCode: 550 })).toBe('550 5.1.1 mailbox unavailable');
    expect(deliveryProblem({ lastError: null, lastResponseCode: 421 })).toBe('SMTP 421');
    expect(deliveryProblem({ lastError: 'connection refused', lastResponseCode: null })).toBe('connection refused');
    expect(deliveryProblem({ lastError: null, lastResponseCode: null })).toBe('');
  });
});
