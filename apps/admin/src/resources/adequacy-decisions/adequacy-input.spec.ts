import { describe, expect, it } from 'vitest';
import type { AdequacyDecisionRecord } from '../../graphql/types';
import { revocationInput, toAdequacyInput } from './adequacy-input';

const stored: AdequacyDecisionRecord = {
  id: 'd1',
  jurisdiction: 'US',
  jurisdictionName: 'USA',
  instrument: 'Decision (EU) 2023/1795',
  adoptedOn: '2023-07-10',
  validFrom: '2023-07-10',
  validUntil: null,
  revokedOn: null,
  scope: 'PARTIAL',
  conditions: ['DPF_CERTIFIED'],
  source: 'https://example.eu',
  notes: null,
  toVerify: false,
  inForceToday: true,
  version: 3,
};

describe('toAdequacyInput', () => {
  it('keeps only the input fields of a stored decision', () => {
    expect(toAdequacyInput(stored)).toEqual({
      jurisdiction: 'US',
      instrument: 'Decision (EU) 2023/1795',
      adoptedOn: '2023-07-10',
      validFrom: '2023-07-10',
      validUntil: null,
      revokedOn: null,
      scope: 'PARTIAL',
      conditions: ['DPF_CERTIFIED'],
      source: 'https://example.eu',
      notes: null,
      toVerify: false,
    });
  });

  it('sends blanks as null, the code in capitals, and no conditions on a FULL decision', () => {
    const input = toAdequacyInput({ jurisdiction: 'ch', instrument: ' Decision 2000/518/EC ', validFrom: '2000-07-26', validUntil: '', scope: 'FULL', conditions: ['DPF_CERTIFIED'], source: 's', notes: '  ' });
    expect(input).toMatchObject({ jurisdiction: 'CH', instrument: 'Decision 2000/518/EC', validUntil: null, conditions: [], notes: null, toVerify: false, adoptedOn: null });
  });

  it('drops unknown conditions', () => {
    expect(toAdequacyInput({ ...stored, conditions: ['DPF_CERTIFIED', 'MOON_BASE'] }).conditions).toEqual(['DPF_CERTIFIED']);
  });
});

describe('revocationInput', () => {
  it('is the stored decision with the revocation date', () => {
    expect(revocationInput(stored, '2026-12-01')).toMatchObject({ jurisdiction: 'US', revokedOn: '2026-12-01', conditions: ['DPF_CERTIFIED'] });
  });
});
