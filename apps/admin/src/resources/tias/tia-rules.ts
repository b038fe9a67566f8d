import { ESSENTIAL_GUARANTEES, tiaActionRefusal, type EssentialGuarantee, type GuaranteeRating, type TiaStatus } from '@tilsyn/domain';
import type { GuaranteeRecord, MeasureRecord } from '../../graphql/types';

/** What the current user may do with a TIA version, from its state, the role and four eyes. */
export interface TiaActionFacts {
  status: TiaStatus;
  writerIds: readonly string[];
  userId: string | null | undefined;
  /** tia.write */
  canWrite: boolean;
  /** tia.approve */
  canApprove: boolean;
}

export interface TiaActionSet {
  edit: boolean;
  submit: boolean;
  /** Approve is offered; false also when four eyes forbids it (see approveBlocked). */
  approve: boolean;
  /** The user may approve TIAs and this one is submitted, but they wrote in it (four eyes). */
  approveBlocked: boolean;
  sendBack: boolean;
  newVersion: boolean;
  delete: boolean;
  /** Approved or superseded: evidence, read-only. */
  frozen: boolean;
}

/** The same rule the API applies (tiaActionRefusal in @tilsyn/domain), turned into buttons. */
export function tiaActions({ status, writerIds, userId, canWrite, canApprove }: TiaActionFacts): TiaActionSet {
  const actor = userId ?? '';
  const allowed = (action: Parameters<typeof tiaActionRefusal>[0]) => tiaActionRefusal(action, status, actor, writerIds) === null;
  const wroteIt = !!userId && writerIds.includes(userId);
  return {
    edit: canWrite && allowed('EDIT'),
    submit: canWrite && allowed('SUBMIT'),
    approve: canApprove && !!userId && allowed('APPROVE'),
    approveBlocked: canApprove && status === 'SUBMITTED' && wroteIt,
    sendBack: canApprove && allowed('SEND_BACK'),
    newVersion: canWrite && allowed('NEW_VERSION'),
    delete: canWrite && (status === 'DRAFT' || status === 'SENT_BACK'),
    frozen: status === 'APPROVED' || status === 'SUPERSEDED',
  };
}

/** The four guarantees in order A–D, each once; missing ones start UNKNOWN with no rationale. */
export function guaranteeRows(guarantees: readonly Partial<GuaranteeRecord>[] | null | undefined): GuaranteeRecord[] {
  return ESSENTIAL_GUARANTEES.map((guarantee: EssentialGuarantee) => {
    const found = (guarantees ?? []).find((g) => g.guarantee === guarantee);
    return {
      guarantee,
      rating: (found?.rating ?? 'UNKNOWN') as GuaranteeRating,
      rationale: found?.rationale ?? null,
      sources: found?.sources ?? null,
    };
  });
}

const text = (value: unknown) => (typeof value === 'string' && value.trim() !== '' ? value : null);

/**
 * The form's guarantees and measures as GuaranteeAssessmentInput / SupplementaryMeasureInput: the
 * rows read back carry `__typename`, which the input types refuse; an untouched empty measure row
 * is dropped rather than refused.
 */
export function toTiaMutationData<T extends Record<string, unknown>>(data: T): T {
  const out: Record<string, unknown> = { ...data };
  if (Array.isArray(out.guarantees)) {
    out.guarantees = (out.guarantees as Partial<GuaranteeRecord>[])
      .filter((g) => g && typeof g.guarantee === 'string')
      .map((g) => ({ guarantee: g.guarantee, rating: g.rating ?? 'UNKNOWN', rationale: text(g.rationale), sources: text(g.sources) }));
  }
  if (Array.isArray(out.measures)) {
    out.measures = (out.measures as Partial<MeasureRecord>[])
      .filter((m) => m && (typeof m.kind === 'string' || text(m.description)))
      .map((m) => ({ kind: m.kind, description: typeof m.description === 'string' ? m.description : '', effective: m.effective === true }));
  }
  if ('reevaluationMonths' in out && out.reevaluationMonths !== null && out.reevaluationMonths !== undefined) {
    const months = Number(out.reevaluationMonths);
    out.reevaluationMonths = Number.isInteger(months) ? months : null;
  }
  return out as T;
}

/**
 * The transfers a new TIA covers, from `?transferId=` (a link from the transfer page) or from the
 * router state react-admin's create links carry (`{ record: { transferIds } }`).
 */
export function transferIdsFromLocation(search: string, state: unknown): string[] {
  const fromQuery = new URLSearchParams(search).getAll('transferId').filter((id) => id !== '');
  const record = typeof state === 'object' && state !== null ? (state as { record?: { transferIds?: unknown } }).record : undefined;
  const fromState = Array.isArray(record?.transferIds) ? record.transferIds.filter((id): id is string => typeof id === 'string' && id !== '') : [];
  return [...new Set([...fromQuery, ...fromState])];
}

/** A submission gap ("guarantees.EEG_B", "conclusion") as the translation key of what is missing. */
export function gapLabelKey(gap: string): string {
  const guarantee = /^guarantees\.(EEG_[A-D])$/.exec(gap);
  if (guarantee) return `tilsyn.tias.gaps.guarantee_${guarantee[1]}`;
  return `tilsyn.tias.gaps.${gap}`;
}
