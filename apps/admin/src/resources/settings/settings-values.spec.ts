import { describe, expect, it } from 'vitest';
import { formatDayList, parseDayList, wholeNumber } from './settings-values';

describe('parseDayList', () => {
  it('reads the days before, largest first, each once', () => {
    expect(parseDayList('7, 30')).toEqual({ ok: true, days: [30, 7] });
    expect(parseDayList('30;7 7 1')).toEqual({ ok: true, days: [30, 7, 1] });
    expect(parseDayList('  ')).toEqual({ ok: true, days: [] });
  });

  it('refuses what is not a whole number of days from 1 to 365', () => {
    expect(parseDayList('30, seven')).toEqual({ ok: false, problem: 'not_a_number' });
    expect(parseDayList('2.5')).toEqual({ ok: false, problem: 'not_a_number' });
    expect(parseDayList('0')).toEqual({ ok: false, problem: 'out_of_range' });
    expect(parseDayList('400')).toEqual({ ok: false, problem: 'out_of_range' });
  });

  it('writes the list back as it is read', () => {
    expect(formatDayList([30, 7])).toBe('30, 7');
  });
});

describe('wholeNumber', () => {
  it('accepts whole numbers in range only', () => {
    expect(wholeNumber('12', 1, 120)).toBe(12);
    expect(wholeNumber(' 0 ', 0, 10)).toBe(0);
    expect(wholeNumber('0', 1, 120)).toBeNull();
    expect(wholeNumber('1.5', 1, 120)).toBeNull();
    expect(wholeNumber('', 0, 10)).toBeNull();
  });
});
