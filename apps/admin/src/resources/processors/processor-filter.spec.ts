import { describe, expect, it } from 'vitest';
import { hasRiskLevelFilter, toProcessorFilter } from './processor-filter';

const levels = [
  { processorId: 'p1', level: 'HIGH' as const },
  { processorId: 'p2', level: 'LOW' as const },
  { processorId: 'p3', level: 'HIGH' as const },
];

describe('toProcessorFilter', () => {
  it('turns a risk level into the ids of the processors at that level', () => {
    expect(toProcessorFilter({ riskLevel: 'HIGH', q: 'acme' }, levels)).toEqual({ q: 'acme', ids: ['p1', 'p3'] });
  });

  it('asks for no processor when none is at that level', () => {
    expect(toProcessorFilter({ riskLevel: 'CRITICAL' }, levels)).toEqual({ ids: [] });
  });

  it('keeps an ids filter already there, intersected', () => {
    expect(toProcessorFilter({ riskLevel: 'HIGH', ids: ['p3', 'p2'] }, levels)).toEqual({ ids: ['p3'] });
  });

  it('leaves a filter without a level alone', () => {
    expect(toProcessorFilter({ status: 'AT_RISK', riskLevel: '' }, levels)).toEqual({ status: 'AT_RISK' });
    expect(hasRiskLevelFilter({ status: 'AT_RISK' })).toBe(false);
    expect(hasRiskLevelFilter({ riskLevel: 'LOW' })).toBe(true);
  });
});
