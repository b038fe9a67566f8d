import { describe, expect, it } from 'vitest';
import { REVIEW_KINDS } from '@tilsyn/domain';
import { makeTranslate } from '../../i18n/test-translate';
import { da } from '../../i18n/da';
import { en } from '../../i18n/en';
import {
  changedReviewValues,
  describeGap,
  firstGapText,
  isAlreadyOpenError,
  isCompletedReview,
  reviewActions,
  reviewSubjectPath,
  subjectTypesFor,
  toReviewCreateData,
  toReviewEditValues,
} from './review-rules';

const writer = { canWrite: true, canApprove: false };
const reviewer = { canWrite: true, canApprove: true };

describe('reviewActions', () => {
  it('lets a writer start an open review, edit it and submit it', () => {
    const a = reviewActions({ status: 'OPEN', authorIds: [], userId: 'u1', ...writer });
    expect(a).toMatchObject({ start: true, edit: true, submit: true, approve: false, sendBack: false, completed: false });
  });

  it('lets another reviewer approve or send back a submitted review', () => {
    const a = reviewActions({ status: 'SUBMITTED', authorIds: ['u1'], userId: 'u2', ...reviewer });
    expect(a).toMatchObject({ approve: true, approveBlocked: false, sendBack: true, edit: false, submit: false, start: false });
  });

  it('refuses approval to anyone who wrote in it (four eyes), and says so', () => {
    const a = reviewActions({ status: 'SUBMITTED', authorIds: ['u1', 'u2'], userId: 'u2', ...reviewer });
    expect(a.approve).toBe(false);
    expect(a.approveBlocked).toBe(true);
    expect(a.sendBack).toBe(true);
  });

  it('offers nothing on a completed review', () => {
    for (const status of ['APPROVED', 'APPROVED_WITH_ACTIONS', 'REJECTED'] as const) {
      const a = reviewActions({ status, authorIds: [], userId: 'u9', ...reviewer });
      expect(a).toEqual({ edit: false, start: false, submit: false, approve: false, approveBlocked: false, sendBack: false, completed: true });
    }
  });

  it('lets a sent-back review be worked on again', () => {
    expect(reviewActions({ status: 'SENT_BACK', authorIds: ['u1'], userId: 'u1', ...writer })).toMatchObject({ edit: true, submit: true, start: false });
  });

  it('offers the auditor nothing', () => {
    const a = reviewActions({ status: 'OPEN', authorIds: [], userId: 'a', canWrite: false, canApprove: false });
    expect(Object.values(a).every((v) => v === false)).toBe(true);
  });
});

describe('isCompletedReview', () => {
  it.each([
    ['APPROVED', true],
    ['APPROVED_WITH_ACTIONS', true],
    ['REJECTED', true],
    ['SUBMITTED', false],
    ['SENT_BACK', false],
    [null, false],
  ])('%s → %s', (status, completed) => expect(isCompletedReview(status)).toBe(completed));
});

describe('subjectTypesFor and reviewSubjectPath', () => {
  it('names a subject type for every kind, the ones the API insists on first', () => {
    for (const kind of REVIEW_KINDS) expect(subjectTypesFor(kind).length, kind).toBeGreaterThan(0);
    expect(subjectTypesFor('SUPERVISION')).toEqual(['PROCESSOR']);
    expect(subjectTypesFor('ANNUAL_DPA_REVIEW')).toEqual(['AGREEMENT']);
    expect(subjectTypesFor(undefined)).toEqual([]);
  });

  it.each([
    ['PROCESSOR', 'p1', '/Processor/p1/show'],
    ['AGREEMENT', 'a 1', '/Agreement/a%201/show'],
    ['TRANSFER', 't1', '/Transfer/t1/show'],
    ['TIA', 'x', '/Tia/x/show'],
    ['MARTIAN', 'x', null],
    ['PROCESSOR', null, null],
  ])('%s %s → %s', (type, id, path) => expect(reviewSubjectPath(type, id)).toBe(path));
});

describe('describeGap and firstGapText', () => {
  const checklist = [
    { key: 'PARTIES_UNCHANGED', question: 'Er parterne stadig som beskrevet i aftalen?' },
    { key: 'INCIDENTS', question: 'Har der været sikkerhedshændelser?' },
  ];

  it('names the question for an unanswered item and a "no" without a note', () => {
    expect(describeGap('checklist.PARTIES_UNCHANGED', checklist)).toEqual({ key: 'tilsyn.reviews.gaps.answer', options: { question: checklist[0].question } });
    expect(describeGap('checklist.INCIDENTS.note', checklist)).toEqual({ key: 'tilsyn.reviews.gaps.note', options: { question: checklist[1].question } });
  });

  it('numbers the follow-up actions from 1', () => {
    expect(describeGap('actions.0.ownerId')).toEqual({ key: 'tilsyn.reviews.gaps.action_ownerId', options: { n: 1 } });
    expect(describeGap('actions.2.dueOn')).toEqual({ key: 'tilsyn.reviews.gaps.action_dueOn', options: { n: 3 } });
  });

  it('reads the first gap in Danish and English', () => {
    expect(firstGapText(['checklist.PARTIES_UNCHANGED', 'outcome'], checklist, makeTranslate(da))).toBe('Besvar spørgsmålet: “Er parterne stadig som beskrevet i aftalen?”');
    expect(firstGapText(['evidence'], checklist, makeTranslate(en))).toBe('Upload at least one piece of evidence (the audit report or the answers).');
    expect(firstGapText(['actions.0.dueOn'], [], makeTranslate(da))).toBe('Opfølgende handling 1: angiv en frist.');
    expect(firstGapText([], checklist, makeTranslate(da))).toBeNull();
  });

  it('has a sentence for every gap the domain can report', () => {
    for (const gap of ['method', 'evidence', 'outcome', 'actions', 'actions.0.ownerId', 'actions.0.dueOn', 'checklist.X', 'checklist.X.note', 'mystery']) {
      for (const t of [makeTranslate(da), makeTranslate(en)]) expect(t(describeGap(gap).key), gap).not.toMatch(/^tilsyn\./);
    }
  });
});

describe('toReviewEditValues', () => {
  it('sends the input shapes only: no question, owner name or __typename; empty text is null', () => {
    expect(
      toReviewEditValues({
        checklist: [{ __typename: 'ChecklistItem', key: 'INCIDENTS', question: 'Q?', answer: 'NO', note: '  ' }],
        findings: [{ severity: 'HIGH', description: 'No ISAE 3402' }, { description: '' }],
        actions: [{ description: 'Ask for the report', ownerId: 'u1', ownerName: 'Ulla', dueOn: '2026-03-01', doneOn: '' }, {}],
        summary: ' ',
        outcome: '',
        intervalMonths: '12',
      }),
    ).toEqual({
      checklist: [{ key: 'INCIDENTS', answer: 'NO', note: null }],
      findings: [{ severity: 'HIGH', description: 'No ISAE 3402' }],
      actions: [{ description: 'Ask for the report', ownerId: 'u1', dueOn: '2026-03-01', doneOn: null }],
      summary: null,
      outcome: null,
      intervalMonths: 12,
    });
  });
});

describe('changedReviewValues', () => {
  const record = {
    assigneeId: 'u1',
    dueOn: '2026-03-01',
    checklist: [{ key: 'A', question: 'Q', answer: null, note: null }],
    findings: [],
    actions: [],
    summary: null,
    outcome: null,
  };

  it('sends only the assignee when only the assignee changed (the saver does not become an author)', () => {
    expect(changedReviewValues({ ...record, assigneeId: 'u2' }, record)).toEqual({ assigneeId: 'u2' });
  });

  it('sends the whole checklist when one answer changed', () => {
    const values = { ...record, checklist: [{ key: 'A', question: 'Q', answer: 'YES', note: '' }] };
    expect(changedReviewValues(values, record)).toEqual({ checklist: [{ key: 'A', answer: 'YES', note: null }] });
  });

  it('sends nothing when nothing changed', () => {
    expect(changedReviewValues(record, record)).toEqual({});
  });
});

describe('toReviewCreateData', () => {
  it('makes the processor the subject of a supervision, with its method', () => {
    expect(toReviewCreateData({ kind: 'SUPERVISION', subjectType: 'PROCESSOR', processorId: 'p1', subjectId: 'old', dueOn: '2026-05-01', method: 'AUDIT_REPORT', intervalMonths: 12 })).toEqual({
      kind: 'SUPERVISION',
      subjectType: 'PROCESSOR',
      subjectId: 'p1',
      dueOn: '2026-05-01',
      assigneeId: null,
      method: 'AUDIT_REPORT',
      intervalMonths: 12,
    });
  });

  it('sends no method for other kinds and leaves an empty interval to the API', () => {
    expect(toReviewCreateData({ kind: 'ANNUAL_DPA_REVIEW', subjectType: 'AGREEMENT', processorId: 'p1', subjectId: 'a1', dueOn: '2026-05-01', method: 'AUDIT_REPORT', intervalMonths: '', assigneeId: 'u1' })).toEqual({
      kind: 'ANNUAL_DPA_REVIEW',
      subjectType: 'AGREEMENT',
      subjectId: 'a1',
      dueOn: '2026-05-01',
      assigneeId: 'u1',
    });
  });
});

describe('isAlreadyOpenError', () => {
  it('recognises the refusal of a second open review for the same subject', () => {
    expect(isAlreadyOpenError({ code: 'BAD_USER_INPUT', fields: [{ field: 'subjectId', reason: 'ALREADY_IN_USE', params: {} }] })).toBe(true);
    expect(isAlreadyOpenError({ code: 'BAD_USER_INPUT', fields: [{ field: 'dueOn', reason: 'INVALID_DATE', params: {} }] })).toBe(false);
    expect(isAlreadyOpenError(undefined)).toBe(false);
  });
});
