import { daysBetween, type IsoDate } from '../time/dates';
import { DPA_GAP_CODES, type AgreementStatus, type AgreementTemplate, type ClauseAssessment, type DpaGapCode } from '../vocabulary/agreements';
import type { EngagementRole } from '../vocabulary/processors';
import type { FindingSeverity, TransferAccessKind, TransferFrequency, TransferMechanism, TransferStatus, TiaStatus, DataCategory } from '../index';
import type { RiskLevel, ReviewKind, ReviewOutcome, ReviewStatus, SupervisionMethod } from '../vocabulary/reviews';
import { RISK_LEVELS } from '../vocabulary/reviews';
import type { ErasureDecision, ErasureNoticeStatus, ErasureSource } from '../vocabulary/erasure';
import type { ErasureChannel } from '../vocabulary/processors';
import type { DerogationGround } from '../transfers/assess-transfer';

/**
 * The registers behind the inspection pack (issue 7): transfers, DPA gaps, supervision and
 * erasure. Each builder orders and counts plain facts the API gathered on the report's date.
 */

const STATUS_ORDER: Record<TransferStatus, number> = { NON_COMPLIANT: 0, AT_RISK: 1, COMPLIANT: 2, NOT_A_TRANSFER: 3 };

export interface TransferRegisterFacts {
  id: string;
  exporter: string | null;
  importer: string;
  importerRole: EngagementRole;
  destinationCountry: string;
  accessKind: TransferAccessKind;
  dataCategories: DataCategory[];
  frequency: TransferFrequency;
  purpose: string;
  mechanism: TransferMechanism | null;
  sccModule: number | null;
  derogationGround: DerogationGround | null;
  startedOn: IsoDate | null;
  endedOn: IsoDate | null;
  status: TransferStatus;
  findings: { code: string; severity: FindingSeverity }[];
  /** The latest assessment covering the transfer, if any. */
  tia: { status: TiaStatus; approvedOn: IsoDate | null; reevaluateOn: IsoDate | null } | null;
  tiaRequired: boolean;
}

export interface TransferRegister {
  asOf: IsoDate;
  rows: TransferRegisterFacts[];
  counts: Record<TransferStatus, number>;
}

/** Every transfer started by the date, the worst first (Art. 44–49; Art. 5(2) accountability). */
export function buildTransferRegister(asOf: IsoDate, transfers: readonly TransferRegisterFacts[]): TransferRegister {
  const rows = transfers
    .filter((t) => !t.startedOn || t.startedOn <= asOf)
    .map((t) => ({ ...t, findings: [...t.findings].sort((a, b) => severityRank(a.severity) - severityRank(b.severity) || a.code.localeCompare(b.code)) }))
    .sort((a, b) => STATUS_ORDER[a.status] - STATUS_ORDER[b.status] || a.destinationCountry.localeCompare(b.destinationCountry) || a.importer.localeCompare(b.importer, 'da') || (a.exporter ?? '').localeCompare(b.exporter ?? '', 'da') || (a.startedOn ?? '').localeCompare(b.startedOn ?? '') || a.id.localeCompare(b.id));
  const counts: Record<TransferStatus, number> = { NON_COMPLIANT: 0, AT_RISK: 0, COMPLIANT: 0, NOT_A_TRANSFER: 0 };
  for (const r of rows) counts[r.status]++;
  return { asOf, rows, counts };
}

function severityRank(s: FindingSeverity): number {
  return s === 'BLOCKER' ? 0 : s === 'WARNING' ? 1 : 2;
}

export interface DpaAgreementFacts {
  id: string;
  title: string;
  versionNo: number;
  template: AgreementTemplate;
  signedOn: IsoDate | null;
  endsOn: IsoDate | null;
  terminatedOn: IsoDate | null;
  status: AgreementStatus;
  inForce: boolean;
  clauses: Partial<Record<DpaGapCode, ClauseAssessment>>;
  reviewDueOn: IsoDate | null;
  reviewOverdue: boolean;
}

export interface DpaProcessorFacts {
  id: string;
  name: string;
  country: string;
  role: EngagementRole;
  engagementStart: IsoDate | null;
  agreements: DpaAgreementFacts[];
}

/** The DPA status of a processor: its agreement's, or MISSING when it has none at all. */
export type DpaReportStatus = AgreementStatus | 'MISSING';

export interface DpaGapRow {
  processorId: string;
  processor: string;
  country: string;
  role: EngagementRole;
  status: DpaReportStatus;
  agreement: { id: string; title: string; versionNo: number; template: AgreementTemplate; signedOn: IsoDate | null; endsOn: IsoDate | null } | null;
  /** Catalogue items assessed MISSING, PARTIAL, or not assessed yet (Art. 28(3)(a)–(h), preamble, 28(9)). */
  missing: DpaGapCode[];
  partial: DpaGapCode[];
  notAssessed: DpaGapCode[];
  reviewDueOn: IsoDate | null;
  reviewOverdue: boolean;
  /** Since when the gap has stood: the start of the engagement, the signing, or the end date. */
  gapSince: IsoDate | null;
  /** Days the gap has stood on the report's date. */
  gapDays: number | null;
}

export interface DpaGapReport {
  asOf: IsoDate;
  rows: DpaGapRow[];
  counts: Record<DpaReportStatus, number>;
}

/**
 * The agreement that governs on the date: the one in force, else the latest signed one (a lapsed
 * DPA stays the gap even while its renewal is a draft), else the latest draft.
 */
function governingAgreement(agreements: readonly DpaAgreementFacts[], asOf: IsoDate): DpaAgreementFacts | null {
  const latest = (list: DpaAgreementFacts[]) => list.sort((a, b) => b.versionNo - a.versionNo)[0] ?? null;
  return latest(agreements.filter((a) => a.inForce)) ?? latest(agreements.filter((a) => a.signedOn && a.signedOn <= asOf)) ?? latest([...agreements]);
}

/**
 * Every processor we engage as controller with its DPA status and the exact clauses missing,
 * oldest gap first (Art. 28(3), 28(9)); processors without a gap come last.
 */
export function buildDpaGapReport(asOf: IsoDate, processors: readonly DpaProcessorFacts[]): DpaGapReport {
  const rows = processors
    .filter((p) => p.role === 'PROCESSOR' && (!p.engagementStart || p.engagementStart <= asOf))
    .map((p): DpaGapRow => {
      const a = governingAgreement(p.agreements, asOf);
      // In catalogue order (preamble, Art. 28(3)(a)–(h), …), whatever order the clauses were stored in.
      const codes = (wanted: ClauseAssessment) => (a ? DPA_GAP_CODES.filter((code) => a.clauses[code] === wanted) : []);
      const status: DpaReportStatus = a ? a.status : 'MISSING';
      const gapSince =
        status === 'COMPLETE'
          ? a!.reviewOverdue
            ? a!.reviewDueOn
            : null
          : status === 'EXPIRED'
            ? (a!.endsOn ?? a!.terminatedOn)
            : status === 'TERMINATED'
              ? a!.terminatedOn
              : status === 'INCOMPLETE'
                ? (a!.signedOn ?? p.engagementStart)
                : p.engagementStart;
      return {
        processorId: p.id,
        processor: p.name,
        country: p.country,
        role: p.role,
        status,
        agreement: a ? { id: a.id, title: a.title, versionNo: a.versionNo, template: a.template, signedOn: a.signedOn, endsOn: a.endsOn } : null,
        missing: codes('MISSING'),
        partial: codes('PARTIAL'),
        notAssessed: a ? codes('NOT_ASSESSED') : [],
        reviewDueOn: a?.reviewDueOn ?? null,
        reviewOverdue: a?.reviewOverdue ?? false,
        gapSince,
        gapDays: gapSince && gapSince <= asOf ? daysBetween(gapSince, asOf) : null,
      };
    })
    .sort((x, y) => {
      const gx = hasGap(x) ? 0 : 1;
      const gy = hasGap(y) ? 0 : 1;
      if (gx !== gy) return gx - gy;
      return (x.gapSince ?? '9999-12-31').localeCompare(y.gapSince ?? '9999-12-31') || x.processor.localeCompare(y.processor, 'da');
    });
  const counts = { COMPLETE: 0, INCOMPLETE: 0, DRAFT: 0, EXPIRED: 0, TERMINATED: 0, MISSING: 0 } as Record<DpaReportStatus, number>;
  for (const r of rows) counts[r.status] = (counts[r.status] ?? 0) + 1;
  return { asOf, rows, counts };
}

export function hasGap(row: DpaGapRow): boolean {
  return row.status !== 'COMPLETE' || row.reviewOverdue;
}

export interface SupervisionReviewFacts {
  id: string;
  kind: ReviewKind;
  method: SupervisionMethod | null;
  processorId: string;
  processor: string;
  riskLevel: RiskLevel;
  status: ReviewStatus;
  dueOn: IsoDate;
  completedOn: IsoDate | null;
  outcome: ReviewOutcome | null;
  findingCount: number;
  actions: { description: string; dueOn: IsoDate | null; doneOn: IsoDate | null }[];
}

export interface SupervisionRiskRow {
  riskLevel: RiskLevel;
  done: number;
  doneLate: number;
  overdue: number;
  approved: number;
  approvedWithActions: number;
  rejected: number;
  openActions: number;
}

export interface SupervisionReport {
  from: IsoDate;
  to: IsoDate;
  byRisk: SupervisionRiskRow[];
  /** Completed in the period, with how late each was (0 when on time). */
  done: (SupervisionReviewFacts & { daysLate: number })[];
  /** Still open at the end of the period and past their due date. */
  overdue: (SupervisionReviewFacts & { daysOverdue: number })[];
  /** Follow-up actions of completed reviews not done by the end of the period. */
  openActions: { reviewId: string; processor: string; riskLevel: RiskLevel; description: string; dueOn: IsoDate | null; overdue: boolean }[];
}

/**
 * Supervision of processors in a period (Art. 28(1), 28(3)(h); Datatilsynet's guidance of 29 Oct
 * 2021 ties depth and frequency to risk, hence the counts by risk level).
 */
export function buildSupervisionReport(from: IsoDate, to: IsoDate, reviews: readonly SupervisionReviewFacts[]): SupervisionReport {
  const done = reviews
    .filter((r) => r.completedOn && r.completedOn >= from && r.completedOn <= to)
    .map((r) => ({ ...r, daysLate: Math.max(0, daysBetween(r.dueOn, r.completedOn!)) }))
    .sort((a, b) => a.completedOn!.localeCompare(b.completedOn!) || a.processor.localeCompare(b.processor, 'da') || a.kind.localeCompare(b.kind) || a.id.localeCompare(b.id));
  const overdue = reviews
    .filter((r) => (!r.completedOn || r.completedOn > to) && r.dueOn < to)
    .map((r) => ({ ...r, daysOverdue: daysBetween(r.dueOn, to) }))
    .sort((a, b) => a.dueOn.localeCompare(b.dueOn) || a.processor.localeCompare(b.processor, 'da') || a.kind.localeCompare(b.kind) || a.id.localeCompare(b.id));
  const openActions = reviews
    .filter((r) => r.completedOn && r.completedOn <= to)
    .flatMap((r) => r.actions.filter((a) => !a.doneOn || a.doneOn > to).map((a) => ({ reviewId: r.id, processor: r.processor, riskLevel: r.riskLevel, description: a.description, dueOn: a.dueOn, overdue: !!a.dueOn && a.dueOn < to })))
    .sort((a, b) => (a.dueOn ?? '9999-12-31').localeCompare(b.dueOn ?? '9999-12-31') || a.processor.localeCompare(b.processor, 'da') || a.description.localeCompare(b.description, 'da'));
  const byRisk = [...RISK_LEVELS].reverse().map((riskLevel): SupervisionRiskRow => {
    const d = done.filter((r) => r.riskLevel === riskLevel);
    return {
      riskLevel,
      done: d.length,
      doneLate: d.filter((r) => r.daysLate > 0).length,
      overdue: overdue.filter((r) => r.riskLevel === riskLevel).length,
      approved: d.filter((r) => r.outcome === 'APPROVED').length,
      approvedWithActions: d.filter((r) => r.outcome === 'APPROVED_WITH_ACTIONS').length,
      rejected: d.filter((r) => r.outcome === 'REJECTED').length,
      openActions: openActions.filter((a) => a.riskLevel === riskLevel).length,
    };
  });
  return { from, to, byRisk, done, overdue, openActions };
}

export interface ErasureNoticeFacts {
  recipient: string;
  channel: ErasureChannel;
  status: ErasureNoticeStatus;
  sentOn: IsoDate | null;
  answeredOn: IsoDate | null;
  deadlineOn: IsoDate;
  exceptionReason: string | null;
}

/** A request as the report sees it: no identifier of the person, only our own request id. */
export interface ErasureRequestFacts {
  id: string;
  source: ErasureSource;
  receivedOn: IsoDate;
  deadlineOn: IsoDate;
  decision: ErasureDecision | null;
  completedOn: IsoDate | null;
  notices: ErasureNoticeFacts[];
}

export interface ErasureReport {
  from: IsoDate;
  to: IsoDate;
  requests: number;
  bySource: Partial<Record<ErasureSource, number>>;
  byDecision: Partial<Record<ErasureDecision | 'UNDECIDED', number>>;
  completed: number;
  /** Requests answered to the person within the Art. 12(3) deadline (completion by the deadline). */
  completedInTime: number;
  notices: number;
  answered: number;
  answeredInTime: number;
  /** Days from sending a notice to its answer. */
  answerDays: { median: number | null; p90: number | null; max: number | null };
  exceptions: { request: string; recipient: string; reason: string }[];
  rows: { request: string; source: ErasureSource; receivedOn: IsoDate; deadlineOn: IsoDate; decision: ErasureDecision | null; notices: number; answered: number; outstanding: number; completedOn: IsoDate | null; daysToComplete: number | null }[];
}

const ANSWERED: readonly ErasureNoticeStatus[] = ['CONFIRMED', 'NO_DATA', 'REFUSED'];

/** The short reference a report uses for a request: never the person, only our own id. */
export function requestReference(id: string): string {
  return id.replace(/-/g, '').slice(0, 8).toUpperCase();
}

function percentile(sorted: readonly number[], p: number): number | null {
  if (sorted.length === 0) return null;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

/** Erasure requests received in the period (Art. 17, 19, 12(3)), counted without any identity. */
export function buildErasureReport(from: IsoDate, to: IsoDate, requests: readonly ErasureRequestFacts[]): ErasureReport {
  const inPeriod = requests.filter((r) => r.receivedOn >= from && r.receivedOn <= to).sort((a, b) => a.receivedOn.localeCompare(b.receivedOn) || a.id.localeCompare(b.id));
  const bySource: ErasureReport['bySource'] = {};
  const byDecision: ErasureReport['byDecision'] = {};
  const days: number[] = [];
  let notices = 0;
  let answered = 0;
  let answeredInTime = 0;
  const exceptions: ErasureReport['exceptions'] = [];
  const rows: ErasureReport['rows'] = [];
  for (const r of inPeriod) {
    bySource[r.source] = (bySource[r.source] ?? 0) + 1;
    const decision = r.decision ?? 'UNDECIDED';
    byDecision[decision] = (byDecision[decision] ?? 0) + 1;
    let requestAnswered = 0;
    for (const n of r.notices) {
      notices++;
      if (ANSWERED.includes(n.status) && n.answeredOn) {
        answered++;
        requestAnswered++;
        if (n.answeredOn <= n.deadlineOn) answeredInTime++;
        if (n.sentOn) days.push(Math.max(0, daysBetween(n.sentOn, n.answeredOn)));
      }
      if (n.status === 'EXCEPTION' && n.exceptionReason) exceptions.push({ request: requestReference(r.id), recipient: n.recipient, reason: n.exceptionReason });
    }
    const settled = r.notices.filter((n) => ANSWERED.includes(n.status) || n.status === 'EXCEPTION' || n.status === 'CANCELLED').length;
    rows.push({
      request: requestReference(r.id),
      source: r.source,
      receivedOn: r.receivedOn,
      deadlineOn: r.deadlineOn,
      decision: r.decision,
      notices: r.notices.length,
      answered: requestAnswered,
      outstanding: r.notices.length - settled,
      completedOn: r.completedOn,
      daysToComplete: r.completedOn ? daysBetween(r.receivedOn, r.completedOn) : null,
    });
  }
  days.sort((a, b) => a - b);
  const completed = inPeriod.filter((r) => r.completedOn);
  return {
    from,
    to,
    requests: inPeriod.length,
    bySource,
    byDecision,
    completed: completed.length,
    completedInTime: completed.filter((r) => r.completedOn! <= r.deadlineOn).length,
    notices,
    answered,
    answeredInTime,
    answerDays: { median: percentile(days, 50), p90: percentile(days, 90), max: days.length ? days[days.length - 1] : null },
    exceptions,
    rows,
  };
}
