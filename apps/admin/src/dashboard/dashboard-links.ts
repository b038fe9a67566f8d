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

export const reviewsDuePath = (dueState: 'DUE_SOON' | 'OVERDUE', assigneeId?: string | null) =>
  listPath('Review', assigneeId ? { dueState, assigneeId } : { dueState }, { field: 'dueOn', order: 'ASC' });

/** Completed reviews, latest first (ReviewFilter has no completion-date filter: the list shows them all). */
export const completedReviewsPath = () => listPath('Review', { open: false }, { field: 'completedOn', order: 'DESC' });

export const failedRemindersPath = () => listPath('Reminder', { status: 'FAILED' });

export const processorsByRiskPath = (level: string) => listPath('Processor', { riskLevel: level });

export const processorsByStatusPath = (status: string) => listPath('Processor', { status });
