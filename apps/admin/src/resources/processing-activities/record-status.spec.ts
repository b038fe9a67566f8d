import { describe, expect, it } from 'vitest';
import { recordStatus } from './record-status';

describe('recordStatus', () => {
  it.each([
    [{}, 'IN_FORCE'],
    [{ endedOn: '2026-11-21' }, 'IN_FORCE'],
    [{ endedOn: '2026-11-20' }, 'ENDED'],
    [{ startedOn: '2026-11-22' }, 'NOT_STARTED'],
    [{ startedOn: '2026-11-21', endedOn: null }, 'IN_FORCE'],
  ])('%j on 2026-11-21 → %s', (record, status) => {
    expect(recordStatus(record, '2026-11-21')).toBe(status);
  });
});
