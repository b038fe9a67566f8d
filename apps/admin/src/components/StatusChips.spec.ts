import { describe, expect, it } from 'vitest';
import { ERASURE_DISPATCH_STATUSES, ERASURE_NOTICE_STATUSES, ERASURE_REQUEST_STATUSES, SETTLED_NOTICE_STATUSES } from '@tilsyn/domain';
import {
  ERASURE_DISPATCH_STATUS_COLOR,
  ERASURE_NOTICE_STATUS_COLOR,
  ERASURE_REQUEST_STATUS_COLOR,
  REMINDER_STATUS_COLOR,
  REVIEW_STATUS_COLOR,
} from './StatusChips';

describe('erasure status colours', () => {
  it('give every status of @tilsyn/domain a colour, and nothing else', () => {
    expect(Object.keys(ERASURE_REQUEST_STATUS_COLOR).sort()).toEqual([...ERASURE_REQUEST_STATUSES].sort());
    expect(Object.keys(ERASURE_NOTICE_STATUS_COLOR).sort()).toEqual([...ERASURE_NOTICE_STATUSES].sort());
    expect(Object.keys(ERASURE_DISPATCH_STATUS_COLOR).sort()).toEqual([...ERASURE_DISPATCH_STATUSES].sort());
  });

  it('never show a sent notice as done: only an answer is green', () => {
    const green = ERASURE_NOTICE_STATUSES.filter((s) => ERASURE_NOTICE_STATUS_COLOR[s] === 'success');
    expect(green).toEqual(['CONFIRMED', 'NO_DATA']);
    expect(ERASURE_NOTICE_STATUS_COLOR.SENT).not.toBe('success');
  });

  it('mark the notice that needs action red, and never a settled one', () => {
    expect(ERASURE_NOTICE_STATUSES.filter((s) => ERASURE_NOTICE_STATUS_COLOR[s] === 'error')).toEqual(['FAILED']);
    for (const s of SETTLED_NOTICE_STATUSES) expect(ERASURE_NOTICE_STATUS_COLOR[s], s).not.toBe('error');
  });

  it('follow the review and reminder conventions', () => {
    // Awaiting a decision reads like a review awaiting approval; completed like an approved one.
    expect(ERASURE_REQUEST_STATUS_COLOR.RECEIVED).toBe(REVIEW_STATUS_COLOR.SUBMITTED);
    expect(ERASURE_REQUEST_STATUS_COLOR.COMPLETED).toBe(REVIEW_STATUS_COLOR.APPROVED);
    // A message's delivery reads exactly like a reminder's.
    for (const s of ERASURE_DISPATCH_STATUSES) expect(ERASURE_DISPATCH_STATUS_COLOR[s], s).toBe(REMINDER_STATUS_COLOR[s]);
    expect(ERASURE_NOTICE_STATUS_COLOR.QUEUED).toBe(REMINDER_STATUS_COLOR.PENDING);
    expect(ERASURE_NOTICE_STATUS_COLOR.CANCELLED).toBe(REMINDER_STATUS_COLOR.CANCELLED);
  });

  it('show a lawful refusal as a warning, not an error', () => {
    expect(ERASURE_REQUEST_STATUS_COLOR.REFUSED).toBe('warning');
    expect(Object.values(ERASURE_REQUEST_STATUS_COLOR)).not.toContain('error');
  });
});
