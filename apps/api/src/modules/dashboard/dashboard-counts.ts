import {
  AGREEMENT_STATUSES,
  PROCESSOR_STATUSES,
  RISK_LEVELS,
  TRANSFER_MECHANISMS,
  TRANSFER_STATUSES,
  addDays,
  addMonths,
  type AgreementStatus,
  type IsoDate,
  type ProcessorAssessment,
  type ProcessorStatus,
  type RiskLevel,
  type TransferAssessment,
  type TransferMechanism,
  type TransferStatus,
} from '@tilsyn/domain';

/** How many points the findings trend has: this month and the eleven before it. */
export const TREND_MONTHS = 12;

/**
 * The days the trend is read on, oldest first: the last day of each of the eleven months before
 * `today`'s month, then `today` itself (the current month so far).
 */
export function trendDays(today: IsoDate, months = TREND_MONTHS): IsoDate[] {
  const firstOfMonth = `${today.slice(0, 7)}-01`;
  const days: IsoDate[] = [];
  for (let back = months - 1; back >= 1; back--) days.push(addDays(addMonths(firstOfMonth, -(back - 1)), -1));
  days.push(today);
  return days;
}

/** Every risk level × status, zero included, in the vocabulary's order. */
export function processorCells(rows: readonly { level: RiskLevel; status: ProcessorStatus }[]): { riskLevel: RiskLevel; status: ProcessorStatus; count: number }[] {
  return RISK_LEVELS.flatMap((riskLevel) => PROCESSOR_STATUSES.map((status) => ({ riskLevel, status, count: rows.filter((r) => r.level === riskLevel && r.status === status).length })));
}

/** Every tool (null: none recorded) × status, zero included, in the vocabulary's order. */
export function transferCells(rows: readonly { mechanism: TransferMechanism | null; status: TransferStatus }[]): { mechanism: TransferMechanism | null; status: TransferStatus; count: number }[] {
  return [...TRANSFER_MECHANISMS, null].flatMap((mechanism) =>
    TRANSFER_STATUSES.map((status) => ({ mechanism, status, count: rows.filter((r) => (r.mechanism ?? null) === mechanism && r.status === status).length })),
  );
}

/** Every agreement status, zero included. */
export function agreementCells(statuses: readonly AgreementStatus[]): { status: AgreementStatus; count: number }[] {
  return AGREEMENT_STATUSES.map((status) => ({ status, count: statuses.filter((s) => s === status).length }));
}

export interface OpenFindingCount {
  blockers: number;
  warnings: number;
}

/**
 * The open findings of a register, each counted once:
 * - a processor's own findings, except those about a recorded transfer (the transfer counts them);
 * - the findings of the links directly below each processor (a sub-processor link's findings are
 *   in no processor's `own`; further down the chain they repeat under every processor above);
 * - each transfer's findings, as the transfer list shows them, except a CPR basis missing that
 *   its importer already has as a processor finding (assessProcessor keeps only one of the two).
 * Not the chain roll-up (`below`), which repeats a sub-processor's findings under every processor
 * above it. INFO (past periods without a tool) is history, not open.
 */
export function countOpenFindings(
  processors: ReadonlyMap<string, ProcessorAssessment>,
  transfers: Iterable<{ importerProcessorId: string; assessment: Pick<TransferAssessment, 'findings'> }>,
): OpenFindingCount {
  const out: OpenFindingCount = { blockers: 0, warnings: 0 };
  const add = (severity: string) => {
    if (severity === 'BLOCKER') out.blockers++;
    else if (severity === 'WARNING') out.warnings++;
  };
  for (const a of processors.values()) {
    for (const f of a.own) if (!f.transferId) add(f.severity);
    for (const f of a.below) if (f.linkId && f.path.length === 2) add(f.severity);
  }
  for (const t of transfers) {
    const importer = processors.get(t.importerProcessorId);
    for (const f of t.assessment.findings) {
      if (f.code === 'CPR_DISCLOSURE_BASIS_MISSING' && importer?.own.some((o) => o.code === f.code && !o.transferId)) continue;
      add(f.severity);
    }
  }
  return out;
}
