import { describe, expect, it } from 'vitest';
import { ERASURE_NOTICE_STATUSES, ERASURE_REQUEST_STATUSES, type ErasureNoticeStatus } from '@tilsyn/domain';
import { makeTranslate } from '../../i18n/test-translate';
import { da } from '../../i18n/da';
import { en } from '../../i18n/en';
import {
  answerFormErrors,
  cprSearchProblem,
  decisionFormErrors,
  extensionOpenUntil,
  dispatchProblem,
  erasureNoticeActions,
  erasureRequestFormErrors,
  isErasureDeadlinePassed,
  isOpenErasureRequest,
  newIdempotencyKey,
  statementFileName,
  toAnswerInput,
  toDecisionInput,
  toErasureNoticeFilter,
  toErasureRequestFilter,
  toFileErasureRequestData,
  withExclusion,
  withoutExclusion,
} from './erasure-rules';

const tDa = makeTranslate(da);
const tEn = makeTranslate(en);
const TODAY = '2026-03-10';

describe('the Art. 12(3) deadline', () => {
  it.each([
    ['RECEIVED', true],
    ['APPROVED', true],
    ['PARTLY_APPROVED', true],
    ['COMPLETED', false],
    ['REFUSED', false],
    ['WITHDRAWN', false],
  ])('a %s request is open: %s', (status, open) => {
    expect(isOpenErasureRequest(status)).toBe(open);
  });

  it('knows every request status', () => {
    expect(ERASURE_REQUEST_STATUSES.filter((s) => !isOpenErasureRequest(s))).toEqual(['REFUSED', 'COMPLETED', 'WITHDRAWN']);
  });

  it('is passed only after the day itself, and only while the request is open', () => {
    expect(isErasureDeadlinePassed({ deadlineOn: '2026-03-09', status: 'APPROVED' }, TODAY)).toBe(true);
    expect(isErasureDeadlinePassed({ deadlineOn: TODAY, status: 'RECEIVED' }, TODAY)).toBe(false);
    expect(isErasureDeadlinePassed({ deadlineOn: '2026-03-09', status: 'COMPLETED' }, TODAY)).toBe(false);
    expect(isErasureDeadlinePassed({ deadlineOn: '2026-03-09', status: 'REFUSED' }, TODAY)).toBe(false);
  });
});

describe('list filters', () => {
  it('trims the search and leaves empty values out', () => {
    expect(toErasureRequestFilter({ status: 'RECEIVED', caseReference: '  K-1 ', cpr: '', email: null })).toEqual({ status: 'RECEIVED', caseReference: 'K-1' });
    expect(toErasureRequestFilter(undefined)).toEqual({});
  });

  it('sends the notice toggles only when on (the API has no "settled only")', () => {
    expect(toErasureNoticeFilter({ outstanding: false, escalated: true, processorId: 'p1' })).toEqual({ escalated: true, processorId: 'p1' });
    expect(toErasureNoticeFilter({ outstanding: true })).toEqual({ outstanding: true });
  });

  it('accepts a CPR search only when it is a CPR number', () => {
    expect(cprSearchProblem('')).toBeUndefined();
    expect(cprSearchProblem('010190-1234')).toBeUndefined();
    expect(cprSearchProblem('0101901234')).toBeUndefined();
    expect(cprSearchProblem('310290-1234')).toBe('tilsyn.erasure.cpr_search_invalid');
    expect(cprSearchProblem('12345')).toBe('tilsyn.erasure.cpr_search_invalid');
  });
});

describe('filing form', () => {
  const valid = { source: 'DATA_SUBJECT_REQUEST', grounds: ['CONSENT_WITHDRAWN'], caseReference: 'K-2026-0042', receivedOn: '2026-03-01', cpr: '010190-1234' };

  it('accepts a complete request', () => {
    expect(erasureRequestFormErrors(valid, TODAY, tDa)).toEqual({});
  });

  it('names each field the API would refuse, in Danish', () => {
    const errors = erasureRequestFormErrors({ source: 'DATA_SUBJECT_REQUEST', grounds: [], caseReference: ' ', receivedOn: '2026-03-11', cpr: '' }, TODAY, tDa);
    expect(errors).toEqual({
      caseReference: 'Sagsreference skal udfyldes.',
      receivedOn: 'Modtaget den kan ikke ligge efter i dag.',
      cpr: 'Angiv mindst ét af CPR-nummer, navn eller e-mail.',
      grounds: 'Vælg det eller de grundlag, den registrerede påberåber sig (art. 17, stk. 1).',
    });
  });

  it('checks a CPR number by its date, and takes a name or an e-mail instead of one', () => {
    expect(erasureRequestFormErrors({ ...valid, cpr: '310290-1234' }, TODAY, tEn)).toEqual({ cpr: 'CPR number is not a valid CPR number (DDMMYY-SSSS with a real date of birth).' });
    expect(erasureRequestFormErrors({ ...valid, cpr: null, email: 'a@b.dk' }, TODAY, tEn)).toEqual({});
    expect(erasureRequestFormErrors({ ...valid, cpr: '', name: 'Jens Hansen' }, TODAY, tEn)).toEqual({});
  });

  it('files a retention erasure without grounds (the API puts it on ground (a))', () => {
    expect(erasureRequestFormErrors({ ...valid, source: 'RETENTION_EXPIRY', grounds: [] }, TODAY, tDa)).toEqual({});
    expect(toFileErasureRequestData({ ...valid, source: 'RETENTION_EXPIRY', grounds: [] }).grounds).toBeNull();
  });

  it('sends trimmed values, no empty identifiers, the case recipients picked and the idempotency key', () => {
    expect(
      toFileErasureRequestData({
        ...valid,
        caseReference: ' K-2026-0042 ',
        dataSubjectCategory: 'GUARANTORS',
        name: '  ',
        email: ' jens@example.dk ',
        address: '',
        caseRecipients: [{ processorId: 'p1', reference: ' DE-77 ' }, { processorId: '', reference: 'x' }, { processorId: 'p2', reference: '' }],
        idempotencyKey: 'admin-1',
        createdAt: 'ignored',
      }),
    ).toEqual({
      source: 'DATA_SUBJECT_REQUEST',
      grounds: ['CONSENT_WITHDRAWN'],
      dataSubjectCategory: 'GUARANTORS',
      caseReference: 'K-2026-0042',
      receivedOn: '2026-03-01',
      cpr: '010190-1234',
      name: null,
      email: 'jens@example.dk',
      address: null,
      caseRecipients: [
        { processorId: 'p1', reference: 'DE-77' },
        { processorId: 'p2', reference: null },
      ],
      idempotencyKey: 'admin-1',
    });
  });

  it('gives each form its own idempotency key', () => {
    expect(newIdempotencyKey((bytes) => bytes.fill(171))).toBe(`admin-${'ab'.repeat(16)}`);
    expect(newIdempotencyKey()).not.toBe(newIdempotencyKey());
    expect(newIdempotencyKey()).toMatch(/^admin-[0-9a-f]{32}$/);
  });
});

describe('decision form', () => {
  const exclusions = [{ processorId: 'p9', reason: ' Gone out of business; no successor ' }];

  it('sends only what the decision uses', () => {
    expect(toDecisionInput({ decision: 'APPROVE', refusalBasis: 'LEGAL_CLAIMS', categories: ['DEBT'], reasoning: ' ' }, exclusions)).toEqual({
      decision: 'APPROVE',
      refusalBasis: null,
      reasoning: null,
      categories: null,
      exclusions: [{ processorId: 'p9', reason: 'Gone out of business; no successor' }],
    });
    expect(toDecisionInput({ decision: 'APPROVE_PARTLY', refusalBasis: 'LEGAL_OBLIGATION_TO_RETAIN', categories: ['CALL_RECORDINGS'], reasoning: 'Bogføringsloven § 10' }, [])).toEqual({
      decision: 'APPROVE_PARTLY',
      refusalBasis: 'LEGAL_OBLIGATION_TO_RETAIN',
      reasoning: 'Bogføringsloven § 10',
      categories: ['CALL_RECORDINGS'],
      exclusions: [],
    });
    expect(toDecisionInput({ decision: 'REFUSE', refusalBasis: 'LEGAL_CLAIMS', categories: ['DEBT'], reasoning: 'Fordringen er ikke forældet' }, exclusions)).toEqual({
      decision: 'REFUSE',
      refusalBasis: 'LEGAL_CLAIMS',
      reasoning: 'Fordringen er ikke forældet',
      categories: null,
      exclusions: null,
    });
    expect(toDecisionInput({}, [])).toBeNull();
  });

  it('lets a whole approval through with nothing else', () => {
    expect(decisionFormErrors({ decision: 'APPROVE' }, [], tDa)).toEqual({});
  });

  it('asks a refusal for its Art. 17(3) basis and the reasoning the person is told', () => {
    expect(decisionFormErrors({ decision: 'REFUSE', reasoning: '' }, [], tDa)).toEqual({
      refusalBasis: 'En hel eller delvis afvisning skal angive sit grundlag i art. 17, stk. 3.',
      reasoning: 'En hel eller delvis afvisning skal begrundes (art. 12, stk. 4).',
    });
    expect(decisionFormErrors({ decision: 'REFUSE', refusalBasis: 'LEGAL_CLAIMS', reasoning: 'Fordringen kan stadig gøres gældende' }, [], tDa)).toEqual({});
  });

  it('asks a partial approval which categories are erased, as well as its basis and reasoning', () => {
    expect(Object.keys(decisionFormErrors({ decision: 'APPROVE_PARTLY', categories: [] }, [], tEn)).sort()).toEqual(['categories', 'reasoning', 'refusalBasis']);
    expect(decisionFormErrors({ decision: 'APPROVE_PARTLY', categories: [], refusalBasis: 'LEGAL_OBLIGATION_TO_RETAIN', reasoning: 'x' }, [], tEn)).toEqual({
      categories: 'Choose the categories that are erased.',
    });
  });

  it('refuses an exclusion without a reason, and asks for a decision', () => {
    expect(Object.keys(decisionFormErrors({ decision: 'APPROVE' }, [{ processorId: 'p1', reason: '  ' }], tEn))).toEqual(['exclusions']);
    expect(decisionFormErrors({ decision: null }, [], tEn)).toEqual({ decision: 'Choose a decision.' });
  });

  it('keeps one exclusion per recipient, with its latest reason, and undoes it', () => {
    const once = withExclusion([], 'p1', ' Insolvent ');
    expect(once).toEqual([{ processorId: 'p1', reason: 'Insolvent' }]);
    expect(withExclusion(once, 'p1', 'Dissolved 2025')).toEqual([{ processorId: 'p1', reason: 'Dissolved 2025' }]);
    expect(withExclusion(once, 'p2', '   ')).toEqual(once);
    expect(withoutExclusion(once, 'p1')).toEqual([]);
  });
});

describe('notice actions', () => {
  const dpo = { decide: true, file: true };
  const vendorManager = { decide: false, file: true };
  const auditor = { decide: false, file: false };
  const actions = (status: ErasureNoticeStatus, channel = 'EMAIL', can = dpo) => erasureNoticeActions({ status, channel: channel as never }, can);

  it.each([
    ['QUEUED', { except: true, cancel: true, answer: true, markSent: false, retry: false }],
    ['SENDING', { except: true, cancel: true, answer: true, markSent: false, retry: false }],
    ['SENT', { except: true, cancel: true, answer: true, markSent: false, retry: false }],
    ['BOUNCED', { except: true, cancel: true, answer: true, markSent: false, retry: false }],
    ['FAILED', { except: true, cancel: true, answer: true, markSent: false, retry: true }],
    ['CONFIRMED', { except: false, cancel: false, answer: false, markSent: false, retry: false }],
    ['NO_DATA', { except: false, cancel: false, answer: false, markSent: false, retry: false }],
    ['REFUSED', { except: true, cancel: true, answer: false, markSent: false, retry: false }], // a refusal is followed up and closed by the DPO
    ['EXCEPTION', { except: false, cancel: false, answer: false, markSent: false, retry: false }],
    ['CANCELLED', { except: false, cancel: false, answer: false, markSent: false, retry: false }],
  ] as const)('a DPO on an e-mail notice in %s', (status, expected) => {
    expect(actions(status)).toEqual(expected);
  });

  it('covers every notice status', () => {
    for (const status of ERASURE_NOTICE_STATUSES) expect(actions(status)).toBeDefined();
  });

  it('offers "contacted" for a MANUAL recipient not yet contacted only', () => {
    expect(actions('QUEUED', 'MANUAL').markSent).toBe(true);
    expect(actions('SENT', 'MANUAL').markSent).toBe(false);
    expect(actions('QUEUED', 'WEBHOOK').markSent).toBe(false);
  });

  it('leaves exceptions and cancellations to the DPO, and offers the auditor nothing', () => {
    expect(actions('SENT', 'MANUAL', vendorManager)).toEqual({ except: false, cancel: false, answer: true, markSent: false, retry: false });
    expect(actions('FAILED', 'EMAIL', vendorManager).retry).toBe(true);
    expect(Object.values(actions('QUEUED', 'MANUAL', auditor)).some(Boolean)).toBe(false);
  });
});

describe('answer dialog', () => {
  it('takes a confirmation with a day not in the future', () => {
    expect(answerFormErrors({ answer: 'CONFIRMED', erasedOn: '2026-03-09' }, TODAY, tDa)).toEqual({});
    expect(answerFormErrors({ answer: 'CONFIRMED', erasedOn: '2026-03-11' }, TODAY, tDa)).toEqual({ erasedOn: 'Slettet den kan ikke ligge efter i dag.' });
  });

  it('asks a refusal for the basis the recipient keeps the data on', () => {
    expect(answerFormErrors({ answer: 'REFUSED', note: ' ' }, TODAY, tEn)).toEqual({ note: 'Give the basis the recipient keeps the data on.' });
    expect(answerFormErrors({ answer: 'REFUSED', note: 'Bookkeeping Act § 10' }, TODAY, tEn)).toEqual({});
  });

  it('sends the erasure day with a confirmation only', () => {
    expect(toAnswerInput({ answer: 'NO_DATA', erasedOn: '2026-03-09', note: ' ', passedToSubprocessors: false })).toEqual({
      answer: 'NO_DATA',
      erasedOn: null,
      note: null,
      passedToSubprocessors: false,
    });
    expect(toAnswerInput({ answer: 'CONFIRMED', erasedOn: '2026-03-09', note: 'Ref 12' })).toEqual({
      answer: 'CONFIRMED',
      erasedOn: '2026-03-09',
      note: 'Ref 12',
      passedToSubprocessors: null,
    });
  });
});

describe('Art. 19 statement and messages', () => {
  it('names the file by case and language, safe on any file system', () => {
    expect(statementFileName('K-2026/0042', 'da')).toBe('art19-modtagere-K-2026-0042-da.txt');
    expect(statementFileName(' Sag 7: Ærø Café ', 'en')).toBe('art19-recipients-Sag-7-AEroe-Cafe-en.txt');
    expect(statementFileName('///', 'da')).toBe('art19-modtagere-sag-da.txt');
  });

  it('shows a message\'s last error with its code once', () => {
    expect(dispatchProblem({ lastError: 'mailbox unavailable', lastResponseCode: 550 })).toBe('mailbox unavailable (550)');
    expect(dispatchProblem({ lastError: '550 5.1.1 mailbox unavailable', lastResponseCode: 550 })).toBe('550 5.1.1 mailbox unavailable');
    expect(dispatchProblem({ lastError: null, lastResponseCode: 503 })).toBe('503');
    expect(dispatchProblem({ lastError: null, lastResponseCode: null })).toBe('');
  });
});

describe('extensionOpenUntil (Art. 12(3))', () => {
  const open = { source: 'DATA_SUBJECT_REQUEST' as const, status: 'APPROVED' as const, receivedOn: '2026-11-10', extensionMonths: 0 };
  it.each([
    ['open, inside the first month', open, '2026-11-21', '2026-12-10'],
    ['on the last day of the first month', open, '2026-12-10', '2026-12-10'],
    ['the day after', open, '2026-12-11', null],
    ['one month already added: one more possible', { ...open, extensionMonths: 1 }, '2026-11-21', '2026-12-10'],
    ['two months already added', { ...open, extensionMonths: 2 }, '2026-11-21', null],
    ['refused', { ...open, status: 'REFUSED' as const }, '2026-11-21', null],
    ['completed', { ...open, status: 'COMPLETED' as const }, '2026-11-21', null],
    ['awaiting the decision', { ...open, status: 'RECEIVED' as const }, '2026-11-21', '2026-12-10'],
    ['a retention erasure: no person awaits an answer', { ...open, source: 'RETENTION_EXPIRY' as const }, '2026-11-21', null],
  ])('%s', (_name, record, today, expected) => {
    expect(extensionOpenUntil(record, today)).toBe(expected);
  });
});
