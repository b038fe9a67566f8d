import { describe, expect, it } from 'vitest';
import { formatBytes, formatIsoDate, todayIso } from './dates';

describe('formatIsoDate', () => {
  it('shows a calendar date in the language, never shifted by the time zone', () => {
    expect(formatIsoDate('2026-03-01', 'en')).toBe('1 Mar 2026');
    expect(formatIsoDate('2026-12-31', 'da')).toMatch(/^31\. dec\.? 2026$/);
  });

  it('leaves junk as it is and empties empty', () => {
    expect(formatIsoDate('2026-02-30', 'en')).toBe('2026-02-30');
    expect(formatIsoDate(null, 'en')).toBe('');
    expect(formatIsoDate(undefined, 'da')).toBe('');
  });
});

describe('todayIso', () => {
  it('is the date in Copenhagen', () => {
    expect(todayIso(new Date('2026-06-30T22:30:00Z'))).toBe('2026-07-01');
    expect(todayIso(new Date('2026-01-15T12:00:00Z'))).toBe('2026-01-15');
  });
});

describe('formatBytes', () => {
  it('uses B, kB and MB', () => {
    expect(formatBytes(512, 'en')).toBe('512 B');
    expect(formatBytes(2048, 'en')).toBe('2 kB');
    expect(formatBytes(1.5 * 1024 * 1024, 'da')).toBe('1,5 MB');
  });
});
