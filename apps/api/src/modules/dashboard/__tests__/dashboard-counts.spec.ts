import { describe, expect, it } from 'vitest';
import type { Finding, ProcessorAssessment } from '@tilsyn/domain';
import { agreementCells, countOpenFindings, processorCells, transferCells, trendDays } from '../dashboard-counts.js';

const f = (code: Finding['code'], severity: Finding['severity'], path: string[], extra: Partial<Finding> = {}): Finding => ({ code, severity, article: '', processorId: path[path.length - 1], path, ...extra });

describe('trend days', () => {
  it('are the ends of the eleven months before this one, then today', () => {
    expect(trendDays('2026-11-21')).toEqual([
      '2025-12-31', '2026-01-31', '2026-02-28', '2026-03-31', '2026-04-30', '2026-05-31',
      '2026-06-30', '2026-07-31', '2026-08-31', '2026-09-30', '2026-10-31', '2026-11-21',
    ]);
  });

  it('cross a leap February and a year end, and today may be the first of a month', () => {
    expect(trendDays('2028-03-01').slice(-3)).toEqual(['2028-01-31', '2028-02-29', '2028-03-01']);
    expect(trendDays('2027-01-31')[0]).toBe('2026-02-28');
  });
});

describe('open findings', () => {
  // A (engaged) → B (sub-processor, link unauthorised) → C (link unauthorised); a transfer to B.
  const a: ProcessorAssessment = {
    status: 'NON_COMPLIANT',
    own: [f('DPA_MISSING', 'BLOCKER', ['A'])],
    below: [
      f('UNAUTHORISED_SUBPROCESSOR', 'BLOCKER', ['A', 'B'], { linkId: 'AB' }),
      f('CHAIN_IDENTITY_INCOMPLETE', 'WARNING', ['A', 'B']),
      f('TIA_MISSING', 'BLOCKER', ['A', 'B'], { transferId: 'T1' }),
      f('UNAUTHORISED_SUBPROCESSOR', 'BLOCKER', ['A', 'B', 'C'], { linkId: 'BC' }),
    ],
  };
  const b: ProcessorAssessment = {
    status: 'NON_COMPLIANT',
    own: [f('CHAIN_IDENTITY_INCOMPLETE', 'WARNING', ['B']), f('TIA_MISSING', 'BLOCKER', ['B'], { transferId: 'T1' })],
    below: [f('UNAUTHORISED_SUBPROCESSOR', 'BLOCKER', ['B', 'C'], { linkId: 'BC' })],
  };
  const c: ProcessorAssessment = { status: 'COMPLIANT', own: [], below: [] };

  it("count each finding once: own (not the roll-up), each link's once, each transfer's once; INFO is history", () => {
    const processors = new Map([['A', a], ['B', b], ['C', c]]);
    const transfers = [{ importerProcessorId: 'B', assessment: { findings: [{ code: 'TIA_MISSING' as const, severity: 'BLOCKER' as const, article: '' }, { code: 'PERIOD_WITHOUT_VALID_MECHANISM' as const, severity: 'INFO' as const, article: '' }] } }];
    // Blockers: DPA_MISSING (A), link A→B, link B→C, TIA_MISSING (T1). Warnings: B's identity.
    expect(countOpenFindings(processors, transfers)).toEqual({ blockers: 4, warnings: 1 });
  });

  it("count a missing CPR basis once when both the importer and its transfer have it", () => {
    const p: ProcessorAssessment = { status: 'NON_COMPLIANT', own: [f('CPR_DISCLOSURE_BASIS_MISSING', 'BLOCKER', ['P'])], below: [] };
    const cpr = { code: 'CPR_DISCLOSURE_BASIS_MISSING' as const, severity: 'BLOCKER' as const, article: '' };
    expect(countOpenFindings(new Map([['P', p]]), [{ importerProcessorId: 'P', assessment: { findings: [cpr] } }])).toEqual({ blockers: 1, warnings: 0 });
    expect(countOpenFindings(new Map([['P', { ...p, own: [] }]]), [{ importerProcessorId: 'P', assessment: { findings: [cpr] } }])).toEqual({ blockers: 1, warnings: 0 });
  });

  it('are zero for an empty register', () => {
    expect(countOpenFindings(new Map(), [])).toEqual({ blockers: 0, warnings: 0 });
  });
});

describe('chart cells', () => {
  it('list every combination, zero included', () => {
    const cells = processorCells([{ level: 'HIGH', status: 'AT_RISK' }, { level: 'HIGH', status: 'AT_RISK' }, { level: 'LOW', status: 'COMPLIANT' }]);
    expect(cells).toHaveLength(12);
    expect(cells.find((c) => c.riskLevel === 'HIGH' && c.status === 'AT_RISK')?.count).toBe(2);
    expect(cells.filter((c) => c.count > 0)).toHaveLength(2);

    const transfers = transferCells([{ mechanism: null, status: 'NON_COMPLIANT' }, { mechanism: 'SCC', status: 'COMPLIANT' }]);
    expect(transfers).toHaveLength((7 + 1) * 4);
    expect(transfers.filter((c) => c.count > 0)).toEqual([
      { mechanism: 'SCC', status: 'COMPLIANT', count: 1 },
      { mechanism: null, status: 'NON_COMPLIANT', count: 1 },
    ]);

    expect(agreementCells(['COMPLETE', 'COMPLETE', 'EXPIRED'])).toEqual([
      { status: 'DRAFT', count: 0 },
      { status: 'COMPLETE', count: 2 },
      { status: 'INCOMPLETE', count: 0 },
      { status: 'EXPIRED', count: 1 },
      { status: 'TERMINATED', count: 0 },
    ]);
  });
});
