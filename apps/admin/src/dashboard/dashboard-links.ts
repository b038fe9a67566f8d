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
