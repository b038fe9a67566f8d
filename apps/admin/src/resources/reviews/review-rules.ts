import { COMPLETED_REVIEW_STATUSES, reviewActionRefusal, type ReviewKind, type ReviewStatus, type ReviewSubjectType } from '@tilsyn/domain';
import type { ChecklistItemRecord, FollowUpActionRecord, ReviewFindingRecord } from '../../graphql/types';

/** What the current user may do with a review, from its state, the role and four eyes. */
export interface ReviewActionFacts {
  status: ReviewStatus;
  authorIds: readonly string[];
  userId: string | null | undefined;
  /** review.write */
  canWrite: boolean;
  /** review.approve */
  canApprove: boolean;
}

export interface ReviewActionSet {
  /** The checklist, findings, actions, outcome and evidence can be changed. */
  edit: boolean;
  start: boolean;
  submit: boolean;
  /** Approve is offered and allowed. */
  approve: boolean;
  /** The user may approve reviews and this one is submitted, but they wrote in it (four eyes). */
  approveBlocked: boolean;
  sendBack: boolean;
  /** APPROVED, APPROVED_WITH_ACTIONS or REJECTED: evidence of supervision, read-only. */
  completed: boolean;
}

export const isCompletedReview = (status: string | null | undefined): boolean =>
  !!status && (COMPLETED_REVIEW_STATUSES as readonly string[]).includes(status);

/** The same rule the API applies (reviewActionRefusal in @tilsyn/domain), turned into buttons. */
export function reviewActions({ status, authorIds, userId, canWrite, canApprove }: ReviewActionFacts): ReviewActionSet {
  const actor = userId ?? '';
  const allowed = (action: Parameters<typeof reviewActionRefusal>[0]) => reviewActionRefusal(action, status, actor, authorIds) === null;
  const wroteIt = !!userId && authorIds.includes(userId);
  return {
    edit: canWrite && allowed('EDIT'),
    start: canWrite && allowed('START'),
    submit: canWrite && allowed('SUBMIT'),
    approve: canApprove && !!userId && allowed('APPROVE'),
    approveBlocked: canApprove && status === 'SUBMITTED' && wroteIt,
    sendBack: canApprove && allowed('SEND_BACK'),
    completed: isCompletedReview(status),
  };
}

/**
 * What a review of each kind may be about: the first is the usual one. The API insists on a
 * processor for supervision and a DPA version for the annual DPA review; the planner uses a TIA for
 * its re-evaluation and a transfer after an adequacy change.
 */
export const SUBJECT_TYPES_BY_KIND: Record<ReviewKind, readonly ReviewSubjectType[]> = {
  ANNUAL_DPA_REVIEW: ['AGREEMENT'],
  SUPERVISION: ['PROCESSOR'],
  ONBOARDING: ['PROCESSOR'],
  TIA_REEVALUATION: ['TIA'],
  ADEQUACY_CHANGE: ['TRANSFER'],
};

export function subjectTypesFor(kind: string | null | undefined): readonly ReviewSubjectType[] {
  return kind && kind in SUBJECT_TYPES_BY_KIND ? SUBJECT_TYPES_BY_KIND[kind as ReviewKind] : [];
}

const SUBJECT_RESOURCE: Record<ReviewSubjectType, string> = {
  PROCESSOR: 'Processor',
  AGREEMENT: 'Agreement',
  TRANSFER: 'Transfer',
  TIA: 'Tia',
};

/** The admin page of what a review is about; null for an unknown kind of subject. */
export function reviewSubjectPath(subjectType: string | null | undefined, subjectId: string | null | undefined): string | null {
  if (!subjectType || !subjectId || !(subjectType in SUBJECT_RESOURCE)) return null;
  return `/${SUBJECT_RESOURCE[subjectType as ReviewSubjectType]}/${encodeURIComponent(subjectId)}/show`;
}

/** A submission gap as a translation key and its options (the question in words where it is one). */
export interface GapDescription {
  key: string;
  options: Record<string, string | number>;
}

/**
 * A submission gap ("checklist.INCIDENTS", "checklist.INCIDENTS.note", "actions.0.ownerId",
 * "evidence") as a sentence to show: the question itself for a checklist item, the action's
 * number for an action.
 */
export function describeGap(gap: string, checklist: readonly Pick<ChecklistItemRecord, 'key' | 'question'>[] = []): GapDescription {
  const question = (key: string) => checklist.find((c) => c.key === key)?.question ?? key;
  const item = /^checklist\.([A-Z0-9_]+)(\.note)?$/.exec(gap);
  if (item) return { key: item[2] ? 'tilsyn.reviews.gaps.note' : 'tilsyn.reviews.gaps.answer', options: { question: question(item[1]) } };
  const action = /^actions\.(\d+)\.(ownerId|dueOn|description)$/.exec(gap);
  if (action) return { key: `tilsyn.reviews.gaps.action_${action[2]}`, options: { n: Number(action[1]) + 1 } };
  if (['method', 'evidence', 'outcome', 'actions'].includes(gap)) return { key: `tilsyn.reviews.gaps.${gap}`, options: {} };
  return { key: 'tilsyn.reviews.gaps.other', options: { field: gap } };
}

/** The first thing still missing before the review can be submitted, in words; null when nothing is. */
export function firstGapText(
  gaps: readonly string[] | null | undefined,
  checklist: readonly Pick<ChecklistItemRecord, 'key' | 'question'>[] | undefined,
  translate: (key: string, options?: Record<string, unknown>) => string,
): string | null {
  const first = gaps?.[0];
  if (!first) return null;
  const { key, options } = describeGap(first, checklist);
  return translate(key, options);
}

const text = (value: unknown): string | null => (typeof value === 'string' && value.trim() !== '' ? value.trim() : null);
/** A code, id or date: an empty choice is null. */
const valueOrNull = (value: unknown): string | null => (typeof value === 'string' && value !== '' ? value : null);

/** The review's values as updateReview's list arguments: input types only (no question, owner name or __typename). */
export interface ReviewEditValues {
  assigneeId?: string | null;
  dueOn?: string | null;
  method?: string | null;
  intervalMonths?: number | null;
  checklist?: { key: string; answer: string | null; note: string | null }[];
  findings?: { severity: string; description: string }[];
  actions?: { description: string; ownerId: string | null; dueOn: string | null; doneOn: string | null }[];
  summary?: string | null;
  outcome?: string | null;
}

/**
 * Form values → updateReview arguments. Checklist rows keep their key, answer and note; a finding
 * or an action left completely empty is dropped rather than refused; empty text is null.
 */
export function toReviewEditValues(data: Record<string, unknown>): ReviewEditValues {
  const out: ReviewEditValues = {};
  if ('assigneeId' in data) out.assigneeId = valueOrNull(data.assigneeId);
  if ('dueOn' in data) out.dueOn = valueOrNull(data.dueOn);
  if ('method' in data) out.method = valueOrNull(data.method);
  if ('intervalMonths' in data) {
    const months = data.intervalMonths === null || data.intervalMonths === '' || data.intervalMonths === undefined ? null : Number(data.intervalMonths);
    out.intervalMonths = months !== null && Number.isInteger(months) ? months : null;
  }
  if (Array.isArray(data.checklist)) {
    out.checklist = (data.checklist as Partial<ChecklistItemRecord>[])
      .filter((c) => c && typeof c.key === 'string')
      .map((c) => ({ key: c.key as string, answer: c.answer ?? null, note: text(c.note) }));
  }
  if (Array.isArray(data.findings)) {
    out.findings = (data.findings as Partial<ReviewFindingRecord>[])
      .filter((f) => f && (text(f.description) || typeof f.severity === 'string'))
      .map((f) => ({ severity: f.severity ?? 'MEDIUM', description: typeof f.description === 'string' ? f.description : '' }));
  }
  if (Array.isArray(data.actions)) {
    out.actions = (data.actions as Partial<FollowUpActionRecord>[])
      .filter((a) => a && (text(a.description) || a.ownerId || a.dueOn || a.doneOn))
      .map((a) => ({ description: typeof a.description === 'string' ? a.description : '', ownerId: a.ownerId || null, dueOn: valueOrNull(a.dueOn), doneOn: valueOrNull(a.doneOn) }));
  }
  if ('summary' in data) out.summary = text(data.summary);
  if ('outcome' in data) out.outcome = valueOrNull(data.outcome);
  return out;
}

/**
 * Only what the user changed, so a save that only reassigns the review does not make the saver
 * one of its authors (the API adds whoever writes the checklist, findings or outcome — and an
 * author may not approve: four eyes).
 */
export function changedReviewValues(values: Record<string, unknown>, previous: Record<string, unknown>): ReviewEditValues {
  const next = toReviewEditValues(values);
  const before = toReviewEditValues(previous);
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(next)) {
    if (JSON.stringify(value) !== JSON.stringify((before as Record<string, unknown>)[key])) out[key] = value;
  }
  return out as ReviewEditValues;
}

/**
 * The create form → createReview arguments: a processor review is about the processor picked; a
 * method only for supervision; an empty interval leaves the API's default for the kind.
 */
export function toReviewCreateData(data: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {
    kind: data.kind,
    subjectType: data.subjectType,
    subjectId: data.subjectType === 'PROCESSOR' ? data.processorId : data.subjectId,
    dueOn: data.dueOn,
    assigneeId: data.assigneeId || null,
  };
  if (data.kind === 'SUPERVISION' && data.method) out.method = data.method;
  const months = data.intervalMonths === null || data.intervalMonths === '' || data.intervalMonths === undefined ? null : Number(data.intervalMonths);
  if (months !== null && Number.isInteger(months)) out.intervalMonths = months;
  return out;
}

/**
 * createReview refuses a second open review of the same kind for the same subject with
 * BAD_USER_INPUT on `subjectId` (ALREADY_IN_USE): said in words, since for a processor review the
 * subject is not an input of its own.
 */
export function isAlreadyOpenError(body: unknown): boolean {
  const fields = (body as { fields?: { field?: string; reason?: string | null }[] } | null | undefined)?.fields;
  return Array.isArray(fields) && fields.some((f) => f.field === 'subjectId' && f.reason === 'ALREADY_IN_USE');
}
