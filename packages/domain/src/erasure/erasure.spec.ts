import { describe, expect, it } from 'vitest';
import { normaliseEmailForLookup, parseCpr } from './cpr';
import { answerDeadline, deadlineExtensionProblem, erasureDecisionProblems, erasureRequestProblems, type ErasureDecisionInput, type ErasureRequestInput } from './request';
import { noticeTransition, outstandingNotices, type NoticeEvent } from './notice';
import { groupIntoDigests, resolveErasureRecipients, type RegisterParty } from './recipients';
import type { ErasureNoticeStatus } from '../vocabulary/erasure';

describe('parseCpr', () => {
  it.each<[string, string, string | null, string | null]>([
    ['a 1900s number (7th digit 0–3)', '010170-1234', '0101701234', '1970-01-01'],
    ['without the hyphen, with spaces', ' 0101 701234 ', '0101701234', '1970-01-01'],
    ['7th digit 4, year 00–36: 2000s', '150320-4111', '1503204111', '2020-03-15'],
    ['7th digit 4, year 37–99: 1900s', '150340-4111', '1503404111', '1940-03-15'],
    ['7th digit 9, year 36: 2036', '010136-9000', '0101369000', '2036-01-01'],
    ['7th digit 5–8, year 00–57: 2000s', '310157-5000', '3101575000', '2057-01-31'],
    ['7th digit 5–8, year 58–99: 1800s', '310158-8000', '3101588000', '1858-01-31'],
    ['29 February of a leap year', '290200-4000', '2902004000', '2000-02-29'],
    ['fails modulus 11 but is accepted (issued since 2007)', '010107-4001', '0101074001', '2007-01-01'],
  ])('%s', (_, input, cpr, birthDate) => {
    expect(parseCpr(input)).toEqual({ ok: true, cpr, birthDate });
  });

  it.each<[string, string, 'FORMAT' | 'DATE']>([
    ['too short', '010170-123', 'FORMAT'],
    ['letters', '01017O-1234', 'FORMAT'],
    ['two hyphens', '010170--1234', 'FORMAT'],
    ['month 13', '011370-1234', 'DATE'],
    ['31 April', '310470-1234', 'DATE'],
    ['29 February of a common year (1900)', '290200-1234', 'DATE'],
    ['day 00', '000170-1234', 'DATE'],
  ])('refuses %s', (_, input, problem) => {
    expect(parseCpr(input)).toEqual({ ok: false, problem });
  });

  it('normalises an e-mail address for look-up', () => {
    expect(normaliseEmailForLookup('  Jens.Hansen@Example.DK ')).toBe('jens.hansen@example.dk');
  });
});

describe('answerDeadline (Art. 12(3))', () => {
  it.each<[string, string, number, string]>([
    ['one month', '2026-11-21', 0, '2026-12-21'],
    ['from 31 January: the last day of February', '2027-01-31', 0, '2027-02-28'],
    ['extended by two months with a reason', '2026-11-21', 2, '2027-02-21'],
    ['never more than two extra months', '2026-11-21', 5, '2027-02-21'],
  ])('%s', (_, received, extension, expected) => {
    expect(answerDeadline(received, extension)).toBe(expected);
  });
});

describe('erasureRequestProblems', () => {
  const ok: ErasureRequestInput = { source: 'DATA_SUBJECT_REQUEST', grounds: ['NO_LONGER_NECESSARY'], caseReference: 'INK-2026-0042', receivedOn: '2026-11-20', cpr: '010170-1234' };
  it.each<[string, Partial<ErasureRequestInput>, { field: string; reason: string }[]]>([
    ['a complete request', {}, []],
    ['retention expiry needs no grounds from the person', { source: 'RETENTION_EXPIRY', grounds: [] }, []],
    ['an e-mail alone identifies the person', { cpr: null, email: 'a@b.dk' }, []],
    ['no identifier at all', { cpr: '', email: null, name: ' ' }, [{ field: 'cpr', reason: 'REQUIRED' }]],
    ['a CPR of the wrong shape', { cpr: '12345' }, [{ field: 'cpr', reason: 'INVALID_CPR' }]],
    ['a CPR with an impossible date', { cpr: '310470-1234' }, [{ field: 'cpr', reason: 'INVALID_CPR' }]],
    ['received tomorrow', { receivedOn: '2026-11-22' }, [{ field: 'receivedOn', reason: 'IN_THE_FUTURE' }]],
    ['no case reference, no grounds', { caseReference: '  ', grounds: [] }, [{ field: 'caseReference', reason: 'REQUIRED' }, { field: 'grounds', reason: 'REQUIRED' }]],
  ])('%s', (_, patch, expected) => {
    expect(erasureRequestProblems({ ...ok, ...patch }, '2026-11-21')).toEqual(expected);
  });
});

describe('erasureDecisionProblems', () => {
  it.each<[string, ErasureDecisionInput, string[]]>([
    ['approve', { decision: 'APPROVE' }, []],
    ['approve, leaving one recipient out with a reason', { decision: 'APPROVE', exclusions: [{ processorId: 'p', reason: 'Konkurs, ingen kontakt' }] }, []],
    ['a left-out recipient without a reason', { decision: 'APPROVE', exclusions: [{ processorId: 'p', reason: ' ' }] }, ['exclusions.0.reason']],
    ['refuse under Art. 17(3)(e): the claim is still enforceable', { decision: 'REFUSE', refusalBasis: 'LEGAL_CLAIMS', reasoning: 'Fordringen er ikke forældet' }, []],
    ['refuse without basis or reasoning', { decision: 'REFUSE' }, ['refusalBasis', 'reasoning']],
    ['a refusal basis on an approval', { decision: 'APPROVE', refusalBasis: 'LEGAL_CLAIMS' }, ['refusalBasis']],
    ['partly: keep the bookkeeping, erase the rest', { decision: 'APPROVE_PARTLY', refusalBasis: 'LEGAL_OBLIGATION_TO_RETAIN', reasoning: 'Bogføringsloven § 10', categories: ['CONTACT', 'CALL_RECORDINGS'] }, []],
    ['partly, without saying what is erased', { decision: 'APPROVE_PARTLY', refusalBasis: 'LEGAL_OBLIGATION_TO_RETAIN', reasoning: 'x' }, ['categories']],
  ])('%s', (_, input, fields) => {
    expect(erasureDecisionProblems(input).map((p) => p.field)).toEqual(fields);
  });
});

describe('noticeTransition', () => {
  const answered = (answer: 'CONFIRMED' | 'NO_DATA' | 'REFUSED'): NoticeEvent => ({ type: 'ANSWERED', answer });
  it.each<[ErasureNoticeStatus, NoticeEvent, ErasureNoticeStatus | null]>([
    ['QUEUED', { type: 'SEND_STARTED' }, 'SENDING'],
    ['SENDING', { type: 'SEND_STARTED' }, 'SENDING'], // a sweeper retries an attempt that never finished
    ['SENDING', { type: 'SEND_ACCEPTED' }, 'SENT'],
    ['FAILED', { type: 'REQUEUE' }, 'QUEUED'],
    ['SENT', { type: 'REQUEUE' }, null],
    ['SENDING', { type: 'SEND_TEMPORARY_FAILURE' }, 'SENDING'], // stays in its message: the retry reuses the Message-ID
    ['SENDING', { type: 'SEND_PERMANENT_FAILURE', hasFallback: true }, 'BOUNCED'],
    ['SENDING', { type: 'SEND_PERMANENT_FAILURE', hasFallback: false }, 'FAILED'],
    ['BOUNCED', { type: 'SEND_STARTED' }, 'SENDING'], // to the fallback contact
    ['SENT', { type: 'BOUNCE_REPORTED', hasFallback: true }, 'BOUNCED'],
    ['SENT', { type: 'BOUNCE_REPORTED', hasFallback: false }, 'FAILED'],
    ['SENT', answered('CONFIRMED'), 'CONFIRMED'],
    ['SENDING', answered('NO_DATA'), 'NO_DATA'], // a webhook answering synchronously
    ['QUEUED', answered('REFUSED'), 'REFUSED'], // staff record a MANUAL notice's answer
    ['FAILED', { type: 'EXCEPTION' }, 'EXCEPTION'],
    ['SENT', { type: 'CANCEL' }, 'CANCELLED'],
    ['CONFIRMED', answered('REFUSED'), null], // settled is settled
    ['REFUSED', { type: 'EXCEPTION' }, 'EXCEPTION'], // a reviewer closes a followed-up refusal
    ['REFUSED', { type: 'CANCEL' }, 'CANCELLED'],
    ['REFUSED', answered('CONFIRMED'), null],
    ['EXCEPTION', { type: 'SEND_STARTED' }, null],
    ['SENT', { type: 'SEND_ACCEPTED' }, null],
    ['QUEUED', { type: 'BOUNCE_REPORTED', hasFallback: true }, null],
  ])('%s + %j → %s', (status, event, expected) => {
    expect(noticeTransition(status, event)).toBe(expected);
  });

  it('a request is complete only when nothing is outstanding: sent is not done', () => {
    const notices = (['CONFIRMED', 'SENT', 'NO_DATA', 'EXCEPTION', 'BOUNCED'] as const).map((status, i) => ({ id: i, status }));
    expect(outstandingNotices(notices).map((n) => n.status)).toEqual(['SENT', 'BOUNCED']);
    expect(outstandingNotices(notices.filter((n) => n.status !== 'SENT' && n.status !== 'BOUNCED'))).toEqual([]);
  });

  it("a processor's refusal stays outstanding until a reviewer closes it; an independent controller's settles (Art. 28(3)(g), Art. 19)", () => {
    const processor = { id: 1, status: 'REFUSED' as const, legalBasis: 'PROCESSOR_INSTRUCTION' };
    const controller = { id: 2, status: 'REFUSED' as const, legalBasis: 'ART_19_NOTICE' };
    expect(outstandingNotices([processor, controller])).toEqual([processor]);
    expect(outstandingNotices([{ ...processor, status: 'EXCEPTION' as const }, controller])).toEqual([]);
  });
});

describe('resolveErasureRecipients', () => {
  const party = (id: string, patch: Partial<RegisterParty> = {}): RegisterParty => ({
    id,
    name: id,
    engagementRole: 'PROCESSOR',
    lifecycle: 'ACTIVE',
    endOfServiceOutcome: null,
    dataSubjectCategories: ['DEBTORS'],
    erasureChannel: 'EMAIL',
    ...patch,
  });
  const parties = [
    party('Fjordsoft (case system)'),
    party('Kvist Print', { erasureChannel: 'MANUAL' }),
    party('Lønservice', { dataSubjectCategories: ['EMPLOYEES'] }),
    party('Nordlys Hosting (sub-processor)', { engagementRole: null }),
    party('Gammel Print (deleted)', { lifecycle: 'OFFBOARDED', endOfServiceOutcome: 'DELETED' }),
    party('Gammel Scan (never confirmed)', { lifecycle: 'OFFBOARDED', endOfServiceOutcome: 'NOT_CONFIRMED' }),
    party('Kreditoplysning A/S', { engagementRole: 'INDEPENDENT_CONTROLLER', erasureChannel: 'WEBHOOK' }),
    party('Ukendt Kategori ApS', { dataSubjectCategories: [] }),
    party('Inkasso Nord AS', { dataSubjectCategories: ['CLIENT_CONTACTS'] }),
  ];

  it('lists who is told and why, and who is not and why', () => {
    const { recipients, skipped } = resolveErasureRecipients({
      parties,
      category: 'DEBTORS',
      caseRecipients: [{ processorId: 'Inkasso Nord AS', reference: 'NO-77-2026' }],
      exclusions: [{ processorId: 'Kvist Print', reason: 'Sendte kun breve; ingen data gemt' }],
    });
    expect(recipients.map((r) => [r.name, r.reasons.join('+'), r.legalBasis, r.categoryNotRecorded, r.recipientReference])).toEqual([
      ['Fjordsoft (case system)', 'HOLDS_CATEGORY', 'PROCESSOR_INSTRUCTION', false, null],
      ['Gammel Scan (never confirmed)', 'HOLDS_CATEGORY', 'PROCESSOR_INSTRUCTION', false, null],
      ['Inkasso Nord AS', 'CASE_RECIPIENT', 'PROCESSOR_INSTRUCTION', false, 'NO-77-2026'],
      ['Kreditoplysning A/S', 'INDEPENDENT_CONTROLLER', 'ART_19_NOTICE', false, null],
      ['Ukendt Kategori ApS', 'HOLDS_CATEGORY', 'PROCESSOR_INSTRUCTION', true, null],
    ]);
    expect(skipped.map((s) => [s.name, s.reason])).toEqual([
      ['Gammel Print (deleted)', 'OFFBOARDED_DATA_DELETED'],
      ['Kvist Print', 'EXCLUDED_BY_REVIEWER'],
      ['Lønservice', 'OTHER_CATEGORY'],
      ['Nordlys Hosting (sub-processor)', 'VIA_PROCESSOR'],
    ]);
    expect(skipped.find((s) => s.reason === 'EXCLUDED_BY_REVIEWER')?.note).toBe('Sendte kun breve; ingen data gemt');
  });

  it('a processor that is both in the register and named on the case is told once, with both reasons', () => {
    const { recipients } = resolveErasureRecipients({ parties, category: 'DEBTORS', caseRecipients: [{ processorId: 'Fjordsoft (case system)', reference: ' FS-1 ' }] });
    const fjordsoft = recipients.filter((r) => r.processorId === 'Fjordsoft (case system)');
    expect(fjordsoft).toHaveLength(1);
    expect(fjordsoft[0]).toMatchObject({ reasons: ['CASE_RECIPIENT', 'HOLDS_CATEGORY'], recipientReference: 'FS-1' });
  });
});

describe('groupIntoDigests', () => {
  it('one digest per recipient, channel and day', () => {
    const n = (id: number, recipientId: string, queuedOn: string, channel: 'EMAIL' | 'WEBHOOK' = 'EMAIL') => ({ id, recipientId, channel, queuedOn });
    const groups = groupIntoDigests([n(1, 'a', '2026-11-21'), n(2, 'a', '2026-11-21'), n(3, 'b', '2026-11-21'), n(4, 'a', '2026-11-22'), n(5, 'a', '2026-11-21', 'WEBHOOK')]);
    expect(groups.map((g) => [g.key, g.notices.map((x) => x.id)])).toEqual([
      ['a/EMAIL/2026-11-21', [1, 2]],
      ['b/EMAIL/2026-11-21', [3]],
      ['a/EMAIL/2026-11-22', [4]],
      ['a/WEBHOOK/2026-11-21', [5]],
    ]);
  });
});

describe('deadlineExtensionProblem (Art. 12(3): up to two more months, told within the first)', () => {
  const base = { source: 'DATA_SUBJECT_REQUEST', status: 'APPROVED', receivedOn: '2026-01-31', currentMonths: 0, months: 2, reason: 'Mange modtagere i udlandet', today: '2026-02-20' };
  it.each([
    ['two months with a reason, inside the first month', {}, null],
    ['one month', { months: 1 }, null],
    ['on the original deadline day itself', { today: '2026-02-28' }, null],
    ['from one to two months', { currentMonths: 1, months: 2 }, null],
    ['the day after the original deadline', { today: '2026-03-01' }, { field: 'months', reason: 'EXPIRED' }],
    ['three months', { months: 3 }, { field: 'months', reason: 'OUT_OF_RANGE', params: { min: 1, max: 2 } }],
    ['zero months', { months: 0 }, { field: 'months', reason: 'OUT_OF_RANGE', params: { min: 1, max: 2 } }],
    ['half a month', { months: 1.5 }, { field: 'months', reason: 'OUT_OF_RANGE', params: { min: 1, max: 2 } }],
    ['no longer than already recorded', { currentMonths: 2, months: 2 }, { field: 'months', reason: 'AT_LEAST', params: { min: 3 } }],
    ['no reason', { reason: '  ' }, { field: 'reason', reason: 'REQUIRED' }],
    ['a reason too long', { reason: 'x'.repeat(2001) }, { field: 'reason', reason: 'TOO_LONG', params: { max: 2000 } }],
    ['a refused request', { status: 'REFUSED' }, { field: 'id', reason: 'INVALID_STATE', params: { state: 'REFUSED' } }],
    ['a completed request', { status: 'COMPLETED' }, { field: 'id', reason: 'INVALID_STATE', params: { state: 'COMPLETED' } }],
    ['a request still awaiting its decision', { status: 'RECEIVED' }, null],
    ['an objection (Art. 21) from the person', { source: 'OBJECTION' }, null],
    ['a retention erasure: nobody awaits an answer', { source: 'RETENTION_EXPIRY' }, { field: 'id', reason: 'INVALID_STATE', params: { state: 'RETENTION_EXPIRY' } }],
    ["a client's instruction", { source: 'CLIENT_INSTRUCTION' }, { field: 'id', reason: 'INVALID_STATE', params: { state: 'CLIENT_INSTRUCTION' } }],
  ])('%s', (_name, change, expected) => {
    expect(deadlineExtensionProblem({ ...base, ...change })).toEqual(expected);
  });
});
