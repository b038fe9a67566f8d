import { addDays } from '@tilsyn/domain';

/**
 * Where each count on the dashboard leads: a react-admin list with its filter in the URL
 * (`/Review?filter={"dueState":"OVERDUE"}`), or a custom page. Pure, so the links are tested.
 */
export function listPath(resource: string, filter: Record<string, unknown>, sort?: { field: string; order: 'ASC' | 'DESC' }): string {
  const params = new URLSearchParams();
  params.set('filter', JSON.stringify(filter));
  if (sort) {
    params.set('sort', sort.field);
    params.set('order', sort.order);
  }
  return `/${resource}?${params.toString()}`;
}

/** Due soon or overdue: everyone's, one person's, or (assigneeId null) nobody's. */
export const reviewsDuePath = (dueState: 'DUE_SOON' | 'OVERDUE', assigneeId?: string | null) =>
  listPath('Review', assigneeId ? { dueState, assigneeId } : assigneeId === null ? { dueState, unassigned: true } : { dueState }, { field: 'dueOn', order: 'ASC' });

/** Reviews completed in the twelve months up to `asOf` (the dashboard's day), latest first. */
export const completedReviewsPath = (asOf: string) => listPath('Review', { open: false, completedAfter: addDays(asOf, -365) }, { field: 'completedOn', order: 'DESC' });

export const failedRemindersPath = () => listPath('Reminder', { status: 'FAILED' });

export const processorsByRiskPath = (level: string) => listPath('Processor', { riskLevel: level });

export const processorsByStatusPath = (status: string) => listPath('Processor', { status });

/** Issue 6: erasure requests awaiting a decision, oldest first (the Art. 12(3) deadline runs from receipt). */
export const erasureRequestsToDecidePath = () => listPath('ErasureRequest', { status: 'RECEIVED' }, { field: 'receivedOn', order: 'ASC' });

/** Notices nobody could be reached with (FAILED), nearest deadline first. */
export const failedErasureNoticesPath = () => listPath('ErasureNotice', { status: 'FAILED' }, { field: 'deadlineOn', order: 'ASC' });

/** Unanswered notices the reviewers have been told of. */
export const escalatedErasureNoticesPath = () => listPath('ErasureNotice', { outstanding: true, escalated: true }, { field: 'deadlineOn', order: 'ASC' });

/** Issue 7's charts: processors at a risk level, with a status today or any. */
export const processorsByRiskAndStatusPath = (riskLevel: string, status?: string) => listPath('Processor', status ? { riskLevel, status } : { riskLevel });

/** Transfers on a tool (`NONE`: none recorded, as the list's filter names it), with a status today or any. */
export const transfersByToolPath = (mechanism: string, status?: string) => listPath('Transfer', status ? { mechanism, status } : { mechanism });

/** DPA versions with a status today. */
export const agreementsByStatusPath = (status: string) => listPath('Agreement', { status });

/**
 * A point of the open-findings trend. The processor list shows today only (it has no as-of
 * filter), so a point opens today's processors with findings of that severity: a blocker makes a
 * processor NON_COMPLIANT, warnings alone AT_RISK.
 */
export const findingsTrendPath = (severity: 'BLOCKER' | 'WARNING') => processorsByStatusPath(severity === 'BLOCKER' ? 'NON_COMPLIANT' : 'AT_RISK');
