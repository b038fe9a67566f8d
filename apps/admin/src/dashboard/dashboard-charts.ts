import { AGREEMENT_STATUSES, PROCESSOR_STATUSES, RISK_LEVELS, TRANSFER_MECHANISMS, TRANSFER_STATUSES, type Locale } from '@tilsyn/domain';
import type { DashboardChartsRecord } from '../graphql/types';
import { NO_MECHANISM } from '../resources/transfers/transfer-filter';
import { agreementsByStatusPath, processorsByRiskAndStatusPath, transfersByToolPath } from './dashboard-links';

/**
 * The API's chart cells → what recharts draws: one row per bar (its segments keyed by status,
 * with the list each opens), one slice per DPA status, one point per month end. Pure, so the
 * mapping and the links are tested without a browser.
 */

export const SEVERITY_KEYS = ['BLOCKER', 'WARNING'] as const;
export type TrendSeverity = (typeof SEVERITY_KEYS)[number];

/** One bar of a stacked chart: a count per segment key, and where each segment leads. */
export interface StackedRow<S extends string> {
  /** The bar's key: a risk level, or a transfer tool (NONE: no tool recorded). */
  key: string;
  total: number;
  counts: Record<S, number>;
  paths: Record<S, string>;
  /** The whole bar's list (every status). */
  path: string;
}

/** recharts reads flat rows: the bar's key plus one number per segment. */
export function flatRows<S extends string>(rows: readonly StackedRow<S>[]): (Record<S, number> & { key: string; total: number })[] {
  return rows.map((r) => ({ key: r.key, total: r.total, ...r.counts }));
}

const zeroCounts = <S extends string>(keys: readonly S[]) => Object.fromEntries(keys.map((k) => [k, 0])) as Record<S, number>;

/** Processors: one bar per risk level (all four, so the scale reads the same every day), stacked by status. */
export function processorRows(cells: DashboardChartsRecord['processors']): StackedRow<(typeof PROCESSOR_STATUSES)[number]>[] {
  return RISK_LEVELS.map((level) => {
    const counts = zeroCounts(PROCESSOR_STATUSES);
    for (const c of cells) if (c.riskLevel === level) counts[c.status] += c.count;
    return {
      key: level,
      total: PROCESSOR_STATUSES.reduce((n, s) => n + counts[s], 0),
      counts,
      paths: Object.fromEntries(PROCESSOR_STATUSES.map((s) => [s, processorsByRiskAndStatusPath(level, s)])) as Record<(typeof PROCESSOR_STATUSES)[number], string>,
      path: processorsByRiskAndStatusPath(level),
    };
  });
}

/** Transfers: one bar per tool in use (no tool last), stacked by status; tools nobody uses are left out. */
export function transferRows(cells: DashboardChartsRecord['transfers']): StackedRow<(typeof TRANSFER_STATUSES)[number]>[] {
  const keys = [...TRANSFER_MECHANISMS, NO_MECHANISM];
  return keys
    .map((key) => {
      const counts = zeroCounts(TRANSFER_STATUSES);
      for (const c of cells) if ((c.mechanism ?? NO_MECHANISM) === key) counts[c.status] += c.count;
      return {
        key,
        total: TRANSFER_STATUSES.reduce((n, s) => n + counts[s], 0),
        counts,
        paths: Object.fromEntries(TRANSFER_STATUSES.map((s) => [s, transfersByToolPath(key, s)])) as Record<(typeof TRANSFER_STATUSES)[number], string>,
        path: transfersByToolPath(key),
      };
    })
    .filter((row) => row.total > 0);
}

export interface Slice {
  key: (typeof AGREEMENT_STATUSES)[number];
  count: number;
  path: string;
}

/** DPAs: one slice per status that has any, in the vocabulary's order. */
export function agreementSlices(cells: DashboardChartsRecord['agreements']): Slice[] {
  return AGREEMENT_STATUSES.map((key) => ({ key, count: cells.filter((c) => c.status === key).reduce((n, c) => n + c.count, 0), path: agreementsByStatusPath(key) })).filter((s) => s.count > 0);
}

export interface TrendPoint {
  day: string;
  /** "nov. 26" / "Nov 26": the month the point closes. */
  month: string;
  BLOCKER: number;
  WARNING: number;
  processors: number;
}

/** The findings trend, oldest first, each point labelled with its month in the reader's language. */
export function trendPoints(points: DashboardChartsRecord['findingsTrend'], locale: Locale): TrendPoint[] {
  const format = new Intl.DateTimeFormat(locale === 'en' ? 'en-GB' : 'da-DK', { month: 'short', year: '2-digit', timeZone: 'UTC' });
  return points.map((p) => ({ day: p.day, month: format.format(new Date(`${p.day}T00:00:00Z`)), BLOCKER: p.blockers, WARNING: p.warnings, processors: p.processors }));
}

/**
 * A stacked chart as one sentence per bar for screen readers: "High: Compliant 1, At risk 0,
 * Non-compliant 2." `label` translates a key of a group.
 */
export function stackedSummary<S extends string>(rows: readonly StackedRow<S>[], segments: readonly S[], rowLabel: (key: string) => string, segmentLabel: (key: S) => string): string {
  return rows.map((r) => `${rowLabel(r.key)}: ${segments.map((s) => `${segmentLabel(s)} ${r.counts[s]}`).join(', ')}.`).join(' ');
}

export function slicesSummary(slices: readonly Slice[], label: (key: Slice['key']) => string): string {
  return slices.map((s) => `${label(s.key)} ${s.count}.`).join(' ');
}

export function trendSummary(points: readonly TrendPoint[], severityLabel: (key: TrendSeverity) => string): string {
  return points.map((p) => `${p.month}: ${SEVERITY_KEYS.map((s) => `${severityLabel(s)} ${p[s]}`).join(', ')}.`).join(' ');
}
