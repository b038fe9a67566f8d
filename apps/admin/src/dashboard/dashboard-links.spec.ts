import { describe, expect, it } from 'vitest';
import {
  agreementsByStatusPath,
  completedReviewsPath,
  erasureRequestsToDecidePath,
  escalatedErasureNoticesPath,
  failedErasureNoticesPath,
  failedRemindersPath,
  findingsTrendPath,
  listPath,
  processorsByRiskAndStatusPath,
  processorsByRiskPath,
  processorsByStatusPath,
  reviewsDuePath,
  transfersByToolPath,
} from './dashboard-links';

const decoded = (path: string) => {
  const [pathname, search] = path.split('?');
  const params = new URLSearchParams(search);
  return { pathname, filter: JSON.parse(params.get('filter') ?? 'null'), sort: params.get('sort'), order: params.get('order') };
};

describe('dashboard links', () => {
  it('puts the filter in the list URL as react-admin reads it', () => {
    expect(listPath('Review', { dueState: 'OVERDUE' })).toBe('/Review?filter=%7B%22dueState%22%3A%22OVERDUE%22%7D');
  });

  it('links overdue and due-soon reviews, per assignee too, soonest first', () => {
    expect(decoded(reviewsDuePath('OVERDUE'))).toEqual({ pathname: '/Review', filter: { dueState: 'OVERDUE' }, sort: 'dueOn', order: 'ASC' });
    expect(decoded(reviewsDuePath('DUE_SOON', 'u1')).filter).toEqual({ dueState: 'DUE_SOON', assigneeId: 'u1' });
    expect(decoded(reviewsDuePath('DUE_SOON')).filter).toEqual({ dueState: 'DUE_SOON' });
    expect(decoded(reviewsDuePath('OVERDUE', null)).filter).toEqual({ dueState: 'OVERDUE', unassigned: true });
  });

  it('links completed reviews latest first, failed reminders, and processors by risk and status', () => {
    expect(decoded(completedReviewsPath('2026-11-21'))).toEqual({ pathname: '/Review', filter: { open: false, completedAfter: '2025-11-21' }, sort: 'completedOn', order: 'DESC' });
    expect(decoded(failedRemindersPath()).filter).toEqual({ status: 'FAILED' });
    expect(decoded(processorsByRiskPath('HIGH'))).toMatchObject({ pathname: '/Processor', filter: { riskLevel: 'HIGH' } });
    expect(decoded(processorsByStatusPath('AT_RISK')).filter).toEqual({ status: 'AT_RISK' });
  });

  it('links erasure requests to decide oldest first, and failed and escalated notices nearest deadline first', () => {
    expect(decoded(erasureRequestsToDecidePath())).toEqual({ pathname: '/ErasureRequest', filter: { status: 'RECEIVED' }, sort: 'receivedOn', order: 'ASC' });
    expect(decoded(failedErasureNoticesPath())).toEqual({ pathname: '/ErasureNotice', filter: { status: 'FAILED' }, sort: 'deadlineOn', order: 'ASC' });
    expect(decoded(escalatedErasureNoticesPath())).toEqual({ pathname: '/ErasureNotice', filter: { outstanding: true, escalated: true }, sort: 'deadlineOn', order: 'ASC' });
  });

  it("links the charts' bars, slices and points to the filtered lists", () => {
    expect(decoded(processorsByRiskAndStatusPath('HIGH', 'NON_COMPLIANT'))).toMatchObject({ pathname: '/Processor', filter: { riskLevel: 'HIGH', status: 'NON_COMPLIANT' } });
    expect(decoded(processorsByRiskAndStatusPath('LOW')).filter).toEqual({ riskLevel: 'LOW' });
    expect(decoded(transfersByToolPath('SCC', 'AT_RISK'))).toMatchObject({ pathname: '/Transfer', filter: { mechanism: 'SCC', status: 'AT_RISK' } });
    // "No tool" as the transfer list's own filter names it (transfer-filter.ts turns it into withoutMechanism).
    expect(decoded(transfersByToolPath('NONE')).filter).toEqual({ mechanism: 'NONE' });
    expect(decoded(agreementsByStatusPath('EXPIRED'))).toMatchObject({ pathname: '/Agreement', filter: { status: 'EXPIRED' } });
    // The processor list has no as-of filter: a month of the trend opens today's processors with findings of that severity.
    expect(decoded(findingsTrendPath('BLOCKER'))).toMatchObject({ pathname: '/Processor', filter: { status: 'NON_COMPLIANT' } });
    expect(decoded(findingsTrendPath('WARNING')).filter).toEqual({ status: 'AT_RISK' });
  });
});
