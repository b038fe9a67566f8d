import { describe, expect, it } from 'vitest';
import { defaultPeriod } from './report-choice';

describe('defaultPeriod', () => {
  it.each([
    ['2026-11-21', '2025-11-22'],
    ['2026-03-01', '2025-03-02'],
    ['2024-02-29', '2023-03-02'],
  ])('%s → from %s', (today, from) => expect(defaultPeriod(today)).toEqual({ from, to: today }));
});
