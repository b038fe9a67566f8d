import { describe, expect, it } from 'vitest';
import { copenhagenWallClock, formatCopenhagenTime } from '../copenhagen-time.js';

describe('formatCopenhagenTime', () => {
  it('shows Copenhagen time with its offset, winter and summer', () => {
    expect(formatCopenhagenTime(new Date('2026-01-15T23:30:00Z'), 'dansk tid')).toBe('2026-01-16 00:30 (dansk tid, UTC+1)');
    expect(formatCopenhagenTime(new Date('2026-07-01T10:00:00Z'), 'Copenhagen time')).toBe('2026-07-01 12:00 (Copenhagen time, UTC+2)');
  });

  it('tells the two 02:30s apart on the night summer time ends', () => {
    expect(formatCopenhagenTime(new Date('2026-10-25T00:30:00Z'), 'dansk tid')).toBe('2026-10-25 02:30 (dansk tid, UTC+2)');
    expect(formatCopenhagenTime(new Date('2026-10-25T01:30:00Z'), 'dansk tid')).toBe('2026-10-25 02:30 (dansk tid, UTC+1)');
  });
});

describe('copenhagenWallClock', () => {
  it('gives midnight as hour 0, not 24', () => {
    expect(copenhagenWallClock(new Date('2026-03-01T23:00:00Z'))).toEqual({ year: 2026, month: 3, day: 2, hour: 0, minute: 0, second: 0, offset: 'UTC+1' });
  });
});
