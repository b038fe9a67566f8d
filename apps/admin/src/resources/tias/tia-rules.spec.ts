import { describe, expect, it } from 'vitest';
import { gapLabelKey, guaranteeRows, tiaActions, toTiaMutationData, transferIdsFromLocation } from './tia-rules';

const reviewer = { canWrite: true, canApprove: true };
const vendorManager = { canWrite: true, canApprove: false };
const auditor = { canWrite: false, canApprove: false };

describe('tiaActions (four eyes)', () => {
  it('lets a reviewer who did not write it approve or send back a submitted TIA', () => {
    const actions = tiaActions({ status: 'SUBMITTED', writerIds: ['author'], userId: 'dpo', ...reviewer });
    expect(actions).toMatchObject({ approve: true, approveBlocked: false, sendBack: true, submit: false, edit: false });
  });

  it('hides approve from anyone who wrote in it, and says why', () => {
    const actions = tiaActions({ status: 'SUBMITTED', writerIds: ['author', 'dpo'], userId: 'dpo', ...reviewer });
    expect(actions.approve).toBe(false);
    expect(actions.approveBlocked).toBe(true);
    expect(actions.sendBack).toBe(true);
  });

  it('offers submit and edit to writers while DRAFT or SENT_BACK', () => {
    for (const status of ['DRAFT', 'SENT_BACK'] as const) {
      const actions = tiaActions({ status, writerIds: ['vm'], userId: 'vm', ...vendorManager });
      expect(actions).toMatchObject({ submit: true, edit: true, delete: true, approve: false, sendBack: false, newVersion: false, frozen: false });
    }
  });

  it('freezes an approved TIA: only a new version', () => {
    const actions = tiaActions({ status: 'APPROVED', writerIds: ['vm'], userId: 'dpo', ...reviewer });
    expect(actions).toMatchObject({ frozen: true, newVersion: true, edit: false, submit: false, approve: false, delete: false });
    expect(tiaActions({ status: 'SUPERSEDED', writerIds: [], userId: 'dpo', ...reviewer })).toMatchObject({ frozen: true, newVersion: false });
  });

  it('gives the auditor nothing to press', () => {
    for (const status of ['DRAFT', 'SUBMITTED', 'APPROVED', 'SENT_BACK', 'SUPERSEDED'] as const) {
      const actions = tiaActions({ status, writerIds: [], userId: 'aud', ...auditor });
      expect([actions.edit, actions.submit, actions.approve, actions.sendBack, actions.newVersion, actions.delete, actions.approveBlocked]).toEqual([
        false, false, false, false, false, false, false,
      ]);
    }
  });

  it('does not offer approve before the user is known', () => {
    expect(tiaActions({ status: 'SUBMITTED', writerIds: ['a'], userId: null, ...reviewer }).approve).toBe(false);
  });
});

describe('guaranteeRows', () => {
  it('gives the four guarantees in order, keeping what was rated', () => {
    const rows = guaranteeRows([{ guarantee: 'EEG_C', rating: 'MET', rationale: 'Court', sources: null }]);
    expect(rows.map((r) => r.guarantee)).toEqual(['EEG_A', 'EEG_B', 'EEG_C', 'EEG_D']);
    expect(rows[2]).toEqual({ guarantee: 'EEG_C', rating: 'MET', rationale: 'Court', sources: null });
    expect(rows[0]).toEqual({ guarantee: 'EEG_A', rating: 'UNKNOWN', rationale: null, sources: null });
    expect(guaranteeRows(null)).toHaveLength(4);
  });
});

describe('toTiaMutationData', () => {
  it('strips what the input types refuse and drops empty measure rows', () => {
    const data = toTiaMutationData({
      guarantees: [{ __typename: 'GuaranteeAssessment', guarantee: 'EEG_A', rating: 'MET', rationale: ' ', sources: 'FISA' }],
      measures: [{ __typename: 'SupplementaryMeasure', kind: 'TECHNICAL', description: 'Encryption', effective: true }, {}, { description: '' }],
      reevaluationMonths: '12',
    });
    expect(data).toEqual({
      guarantees: [{ guarantee: 'EEG_A', rating: 'MET', rationale: null, sources: 'FISA' }],
      measures: [{ kind: 'TECHNICAL', description: 'Encryption', effective: true }],
      reevaluationMonths: 12,
    });
  });

  it('keeps a measure without a description so the API can say it is required', () => {
    expect(toTiaMutationData({ measures: [{ kind: 'CONTRACTUAL' }] }).measures).toEqual([{ kind: 'CONTRACTUAL', description: '', effective: false }]);
  });
});

describe('transferIdsFromLocation', () => {
  it('reads ?transferId= and the create link state', () => {
    expect(transferIdsFromLocation('?transferId=t1', null)).toEqual(['t1']);
    expect(transferIdsFromLocation('', { record: { transferIds: ['t2', 't2'] } })).toEqual(['t2']);
    expect(transferIdsFromLocation('?transferId=t1&transferId=t3', { record: { transferIds: ['t1'] } })).toEqual(['t1', 't3']);
    expect(transferIdsFromLocation('', undefined)).toEqual([]);
  });
});

describe('gapLabelKey', () => {
  it('names each missing piece', () => {
    expect(gapLabelKey('guarantees.EEG_B')).toBe('tilsyn.tias.gaps.guarantee_EEG_B');
    expect(gapLabelKey('conclusion')).toBe('tilsyn.tias.gaps.conclusion');
  });
});
