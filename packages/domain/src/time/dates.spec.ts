import { describe, expect, it } from 'vitest';
import { addDays, addMonths, isIsoDate } from './dates';

describe('dates', () => {
  it.each([['2026-02-28', 1, '2026-03-01'], ['2028-02-28', 1, '2028-02-29'], ['2026-12-31', 1, '2027-01-01'], ['2026-03-01', 30, '2026-03-31']])('addDays(%s, %d) = %s', (d, n, r) => expect(addDays(d, n)).toBe(r));
  it.each([['2026-01-31', 1, '2026-02-28'], ['2028-01-31', 1, '2028-02-29'], ['2026-11-30', 12, '2027-11-30'], ['2026-08-31', 6, '2027-02-28']])('addMonths(%s, %d) = %s', (d, n, r) => expect(addMonths(d, n)).toBe(r));
  it.each([['2026-02-29', false], ['2028-02-29', true], ['2026-13-01', false], ['26-01-01', false], ['2026-01-01', true]])('isIsoDate(%s) = %s', (d, ok) => expect(isIsoDate(d)).toBe(ok));
});
