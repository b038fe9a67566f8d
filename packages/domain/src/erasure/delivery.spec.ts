import { describe, expect, it } from 'vitest';
import {
  answerProblems,
  classifyWebhookStatus,
  erasureEscalationMessage,
  erasureMessage,
  isFreshTimestamp,
  linkExpiresOn,
  nextFollowUp,
  noticeNextAction,
  noticeFollowUpsDue,
  parseWebhookSignature,
  recipientDeadline,
  recipientStatement,
  webhookSignatureBase,
} from './delivery';

describe('recipientDeadline', () => {
  it.each([
    ['our deadline, when it leaves enough time', '2026-12-20', '2026-11-21', 14, '2026-12-20'],
    ['the minimum, when our deadline is closer', '2026-11-25', '2026-11-21', 14, '2026-12-05'],
    ['the minimum, when our deadline has passed', '2026-10-01', '2026-11-21', 14, '2026-12-05'],
    ['our deadline, exactly on the minimum', '2026-12-05', '2026-11-21', 14, '2026-12-05'],
  ])('%s', (_, requestDeadline, today, min, expected) => {
    expect(recipientDeadline(requestDeadline, today, min)).toBe(expected);
  });
});

describe('linkExpiresOn', () => {
  it('is the latest deadline plus the grace period', () => {
    expect(linkExpiresOn(['2026-12-01', '2027-01-10', '2026-12-24'], 30)).toBe('2027-02-09');
  });
});

describe('noticeFollowUpsDue', () => {
  const s = { reminderDays: [5, 10], escalateAfterDays: 14 };
  it.each([
    ['same day', '2026-11-21', 0, false],
    ['day 4', '2026-11-25', 0, false],
    ['day 5: first reminder', '2026-11-26', 1, false],
    ['day 9', '2026-11-30', 1, false],
    ['day 10: second reminder', '2026-12-01', 2, false],
    ['day 14: escalation', '2026-12-05', 2, true],
    ['day 40 (a backlog): caught up once, not per day', '2026-12-31', 2, true],
  ])('%s', (_, today, remindersDue, escalate) => {
    expect(noticeFollowUpsDue('2026-11-21', today, s)).toEqual({ remindersDue, escalate });
  });

  it('switches off with no reminder days and escalation 0', () => {
    expect(noticeFollowUpsDue('2026-01-01', '2026-12-31', { reminderDays: [], escalateAfterDays: 0 })).toEqual({ remindersDue: 0, escalate: false });
  });
});

describe('classifyWebhookStatus', () => {
  it.each([
    [200, 'OK'],
    [204, 'OK'],
    [400, 'PERMANENT'],
    [401, 'PERMANENT'],
    [404, 'PERMANENT'],
    [408, 'TEMPORARY'],
    [429, 'TEMPORARY'],
    [500, 'TEMPORARY'],
    [503, 'TEMPORARY'],
    [302, 'PERMANENT'],
  ] as const)('%i is %s', (status, kind) => {
    expect(classifyWebhookStatus(status)).toBe(kind);
  });
});

describe('webhook signatures', () => {
  it('signs the timestamp and the exact body', () => {
    expect(webhookSignatureBase(1700000000, '{"a":1}')).toBe('1700000000.{"a":1}');
  });

  it.each([
    ['valid', `t=1700000000,v1=${'a'.repeat(64)}`, { timestamp: 1700000000, signatures: ['a'.repeat(64)] }],
    ['two signatures (key rotation)', `t=1,v1=${'a'.repeat(64)},v1=${'b'.repeat(64)}`, { timestamp: 1, signatures: ['a'.repeat(64), 'b'.repeat(64)] }],
    ['no timestamp', `v1=${'a'.repeat(64)}`, null],
    ['short signature', 't=1,v1=abc', null],
    ['empty', '', null],
    ['missing', undefined, null],
  ])('parses %s', (_, header, expected) => {
    expect(parseWebhookSignature(header)).toEqual(expected);
  });

  it.each([
    [1700000000, 1700000000_000, true],
    [1700000000, 1700000300_000, true],
    [1700000000, 1700000301_000, false],
    [1700000400, 1700000000_000, false],
  ])('timestamp %i at %i fresh: %s', (ts, now, fresh) => {
    expect(isFreshTimestamp(ts, now)).toBe(fresh);
  });
});

describe('erasureMessage', () => {
  const lines = [
    { caseReference: 'INK-1', recipientReference: 'THAMES-77', categories: ['IDENTITY', 'DEBT'] as const, legalBasis: 'PROCESSOR_INSTRUCTION' as const, deadlineOn: '2026-12-21' },
    { caseReference: 'INK-2', recipientReference: null, categories: [] as const, legalBasis: 'ART_19_NOTICE' as const, deadlineOn: '2026-12-22' },
  ];

  it('names the cases, what to erase, the basis and the deadline, in Danish', () => {
    const m = erasureMessage({ kind: 'NOTICE', locale: 'da', organisation: 'Inkasso A/S', processorName: 'Thames', lines, link: 'https://t.example/erasure-answer/x', expiresOn: '2027-01-21' });
    expect(m.subject).toBe('Anmodning om sletning – 2 sager fra Inkasso A/S');
    expect(m.text).toContain('- Sag INK-1 (jeres reference THAMES-77): slet identitet, gæld; instruks til databehandler (GDPR art. 28, stk. 3, litra a og g); senest 2026-12-21.');
    expect(m.text).toContain('- Sag INK-2: slet alle oplysninger om personen; underretning efter GDPR art. 19; svar gerne senest 2026-12-22.');
    expect(m.text).toContain('underdatabehandlere, skal instruksen gives videre til dem (art. 28, stk. 4)');
    expect(m.text).toContain('https://t.example/erasure-answer/x');
  });

  it('is a reminder in English with the days waited', () => {
    const m = erasureMessage({ kind: 'REMINDER', locale: 'en', organisation: 'Inkasso A/S', processorName: 'Thames', lines: lines.slice(0, 1), link: 'L', expiresOn: '2027-01-21', daysWaiting: 5 });
    expect(m.subject).toBe('Reminder: Erasure request – 1 case from Inkasso A/S');
    expect(m.text).toContain('sent 5 days ago');
  });

  it('tells an independent controller of the erasure (Art. 19) without instructing it as a processor', () => {
    const m = erasureMessage({ kind: 'NOTICE', locale: 'en', organisation: 'Inkasso A/S', processorName: 'Maple', lines: lines.slice(1), link: 'L', expiresOn: '2027-01-21' });
    expect(m.subject).toBe('Erasure request – 1 case from Inkasso A/S');
    expect(m.text).toContain('notification under GDPR Art. 19; please answer by 2026-12-22.');
    expect(m.text).not.toMatch(/instruction|28\(4\)/);
  });

  it('never carries anything CPR-shaped', () => {
    const m = erasureMessage({ kind: 'NOTICE', locale: 'da', organisation: 'O', processorName: 'P', lines, link: 'L', expiresOn: '2027-01-21' });
    expect(m.text).not.toMatch(/\b\d{6}-?\d{4}\b/);
  });
});

describe('erasureEscalationMessage', () => {
  it('lists the unanswered cases', () => {
    const m = erasureEscalationMessage({ locale: 'en', processorName: 'Thames', caseReferences: ['INK-1', 'INK-2'], daysWaiting: 14, link: 'L' });
    expect(m.subject).toBe('Escalation: Thames has not confirmed erasure in 2 cases (14 days)');
    expect(m.text).toContain('- Case INK-2');
  });
});

describe('nextFollowUp', () => {
  const s = { reminderDays: [5, 10], escalateAfterDays: 14 };
  it.each([
    ['nothing sent yet: the first reminder', 0, false, { action: 'REMINDER', on: '2026-11-26' }],
    ['one reminder: the second', 1, false, { action: 'REMINDER', on: '2026-12-01' }],
    ['two reminders: the escalation', 2, false, { action: 'ESCALATION', on: '2026-12-05' }],
    ['all done: nothing more', 2, true, null],
  ] as const)('%s', (_, reminded, escalated, expected) => {
    expect(nextFollowUp('2026-11-21', reminded, escalated, s)).toEqual(expected);
  });
});

describe('noticeNextAction', () => {
  const s = { reminderDays: [5, 10], escalateAfterDays: 14 };
  const base = { legalBasis: 'PROCESSOR_INSTRUCTION', sentOn: '2026-11-21', answeredOn: null, remindersSent: 0, escalated: false };
  it.each([
    ['sent, unanswered: the reminder', { status: 'SENT' }, { action: 'REMINDER', on: '2026-11-26' }],
    ['still queued: nothing scheduled yet', { status: 'QUEUED', sentOn: null }, null],
    ["a processor's refusal: the reviewer follows up from that day", { status: 'REFUSED', answeredOn: '2026-11-24' }, { action: 'REVIEW_REFUSAL', on: '2026-11-24' }],
    ["an independent controller's refusal: settled", { status: 'REFUSED', legalBasis: 'ART_19_NOTICE', answeredOn: '2026-11-24' }, null],
    ['confirmed: nothing', { status: 'CONFIRMED', answeredOn: '2026-11-24' }, null],
  ] as const)('%s', (_, change, expected) => {
    expect(noticeNextAction({ ...base, ...change }, s)).toEqual(expected);
  });
});

describe('recipientStatement', () => {
  it('lists the recipients told, in Danish, and nothing CPR-shaped', () => {
    const text = recipientStatement({
      locale: 'da',
      organisation: 'Inkasso A/S',
      caseReference: 'INK-1',
      today: '2026-11-21',
      rows: [
        { recipient: 'Thames Debt Recovery Ltd', country: 'GB', legalBasis: 'PROCESSOR_INSTRUCTION', toldOn: '2026-11-01', status: 'CONFIRMED', answeredOn: '2026-11-03' },
        { recipient: 'Print A/S', country: 'DK', legalBasis: 'PROCESSOR_INSTRUCTION', toldOn: '2026-11-01', status: 'SENT', answeredOn: null },
      ],
    });
    expect(text).toContain('- Thames Debt Recovery Ltd (GB), databehandler: underrettet 2026-11-01; har bekræftet sletning (2026-11-03).');
    expect(text).toContain('- Print A/S (DK), databehandler: underrettet 2026-11-01; afventer svar.');
    expect(text).not.toMatch(/\b\d{6}-?\d{4}\b/);
  });

  it('never says a recipient was told before its notice went out (da and en)', () => {
    const rows = [{ recipient: 'Kalaallit Inkasso ApS', country: 'GL', legalBasis: 'PROCESSOR_INSTRUCTION', toldOn: null, status: 'QUEUED', answeredOn: null }] as const;
    expect(recipientStatement({ locale: 'da', organisation: 'O', caseReference: 'X', today: '2026-11-21', rows })).toContain('- Kalaallit Inkasso ApS (GL), databehandler: endnu ikke underrettet; afventer svar.');
    expect(recipientStatement({ locale: 'en', organisation: 'O', caseReference: 'X', today: '2026-11-21', rows })).toContain('- Kalaallit Inkasso ApS (GL), processor: not yet told; answer awaited.');
  });

  it('says so in English when no one held data', () => {
    expect(recipientStatement({ locale: 'en', organisation: 'O', caseReference: 'X', today: '2026-11-21', rows: [] })).toContain('No recipient held data about you.');
  });
});

describe('answerProblems', () => {
  it.each([
    ['a confirmation with a day', { answer: 'CONFIRMED', erasedOn: '2026-11-20' }, null],
    ['a confirmation without a day (today is meant)', { answer: 'CONFIRMED' }, null],
    ['no data', { answer: 'NO_DATA' }, null],
    ['a refusal with its reason', { answer: 'REFUSED', note: 'Bogføringsloven § 10' }, null],
    ['no answer', { answer: '' }, { field: 'answer', reason: 'REQUIRED' }],
    ['an unknown answer', { answer: 'MAYBE' }, { field: 'answer', reason: 'INVALID_VALUE' }],
    ['a day that is no day', { answer: 'CONFIRMED', erasedOn: '2026-02-30' }, { field: 'erasedOn', reason: 'INVALID_DATE' }],
    ['a day after today', { answer: 'CONFIRMED', erasedOn: '2026-11-22' }, { field: 'erasedOn', reason: 'IN_THE_FUTURE' }],
    ['a refusal without a reason', { answer: 'REFUSED', note: '  ' }, { field: 'note', reason: 'REQUIRED' }],
    ['a note too long', { answer: 'NO_DATA', note: 'x'.repeat(2001) }, { field: 'note', reason: 'TOO_LONG' }],
  ])('%s', (_, input, expected) => {
    expect(answerProblems(input, '2026-11-21')).toEqual(expected);
  });
});
