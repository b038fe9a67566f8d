import { describe, expect, it } from 'vitest';
import { PROCESSOR_STATUSES, TRANSFER_STATUSES } from '@tilsyn/domain';
import type { DashboardChartsRecord } from '../graphql/types';
import { toTransferFilter } from '../resources/transfers/transfer-filter';
import { agreementSlices, flatRows, processorRows, slicesSummary, stackedSummary, transferRows, trendPoints, trendSummary } from './dashboard-charts';

const filterOf = (path: string) => JSON.parse(new URLSearchParams(path.split('?')[1]).get('filter') ?? 'null');

const record: DashboardChartsRecord = {
  asOf: '2026-11-21',
  processors: [
    { riskLevel: 'LOW', status: 'COMPLIANT', count: 3 },
    { riskLevel: 'LOW', status: 'AT_RISK', count: 0 },
    { riskLevel: 'HIGH', status: 'NON_COMPLIANT', count: 2 },
    { riskLevel: 'HIGH', status: 'AT_RISK', count: 1 },
  ],
  transfers: [
    { mechanism: 'SCC', status: 'COMPLIANT', count: 2 },
    { mechanism: 'SCC', status: 'AT_RISK', count: 1 },
    { mechanism: null, status: 'NON_COMPLIANT', count: 4 },
    { mechanism: 'ADEQUACY', status: 'COMPLIANT', count: 0 },
    { mechanism: 'ADEQUACY', status: 'NOT_A_TRANSFER', count: 1 },
  ],
  agreements: [
    { status: 'DRAFT', count: 0 },
    { status: 'COMPLETE', count: 5 },
    { status: 'EXPIRED', count: 1 },
  ],
  findingsTrend: [
    { day: '2025-12-31', blockers: 0, warnings: 0, processors: 0 },
    { day: '2026-01-31', blockers: 2, warnings: 1, processors: 4 },
    { day: '2026-11-21', blockers: 3, warnings: 5, processors: 6 },
  ],
};

describe('dashboard charts: data → drawing', () => {
  it('draws a bar per risk level (all four, zeros too), stacked by status, each segment opening the processors at that level with that status', () => {
    const rows = processorRows(record.processors);
    expect(rows.map((r) => [r.key, r.total])).toEqual([['LOW', 3], ['MEDIUM', 0], ['HIGH', 3], ['CRITICAL', 0]]);
    expect(rows[2].counts).toEqual({ COMPLIANT: 0, AT_RISK: 1, NON_COMPLIANT: 2 });
    expect(filterOf(rows[2].paths.NON_COMPLIANT)).toEqual({ riskLevel: 'HIGH', status: 'NON_COMPLIANT' });
    expect(filterOf(rows[2].path)).toEqual({ riskLevel: 'HIGH' });
    // recharts reads one flat object per bar.
    expect(flatRows(rows)[2]).toEqual({ key: 'HIGH', total: 3, COMPLIANT: 0, AT_RISK: 1, NON_COMPLIANT: 2 });
  });

  it('draws a bar per transfer tool in use, "no tool" last, and links each segment to the transfer list as its filter reads it', () => {
    const rows = transferRows(record.transfers);
    expect(rows.map((r) => [r.key, r.total])).toEqual([['ADEQUACY', 1], ['SCC', 3], ['NONE', 4]]);
    expect(rows[2].counts).toEqual({ NOT_A_TRANSFER: 0, COMPLIANT: 0, AT_RISK: 0, NON_COMPLIANT: 4 });
    expect(filterOf(rows[1].paths.AT_RISK)).toEqual({ mechanism: 'SCC', status: 'AT_RISK' });
    // The list's provider turns "no tool" into the API's withoutMechanism.
    expect(toTransferFilter(filterOf(rows[2].paths.NON_COMPLIANT))).toEqual({ withoutMechanism: true, status: 'NON_COMPLIANT' });
    expect(transferRows([])).toEqual([]);
  });

  it('draws a slice per DPA status that has any, linking to the agreement list by status', () => {
    const slices = agreementSlices(record.agreements);
    expect(slices.map((s) => [s.key, s.count])).toEqual([['COMPLETE', 5], ['EXPIRED', 1]]);
    expect(filterOf(slices[1].path)).toEqual({ status: 'EXPIRED' });
  });

  it('labels each trend point with its month in the reader\'s language', () => {
    const da = trendPoints(record.findingsTrend, 'da');
    expect(da.map((p) => p.day)).toEqual(['2025-12-31', '2026-01-31', '2026-11-21']);
    expect(da[1]).toMatchObject({ BLOCKER: 2, WARNING: 1, processors: 4 });
    expect(da[0].month).toMatch(/^dec\.? 25$/);
    expect(trendPoints(record.findingsTrend, 'en')[2].month).toBe('Nov 26');
  });

  it('sums each chart up in words for screen readers', () => {
    const label = (key: string) => key.toLowerCase();
    expect(stackedSummary(processorRows(record.processors).slice(0, 1), PROCESSOR_STATUSES, label, label)).toBe('low: compliant 3, at_risk 0, non_compliant 0.');
    expect(stackedSummary(transferRows(record.transfers).slice(-1), TRANSFER_STATUSES, label, label)).toBe('none: not_a_transfer 0, compliant 0, at_risk 0, non_compliant 4.');
    expect(slicesSummary(agreementSlices(record.agreements), label)).toBe('complete 5. expired 1.');
    expect(trendSummary(trendPoints(record.findingsTrend.slice(2), 'en'), label)).toBe('Nov 26: blocker 3, warning 5.');
  });
});
