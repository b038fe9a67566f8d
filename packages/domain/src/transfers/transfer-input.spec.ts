import { describe, expect, it } from 'vitest';
import { checkAdequacyDecision, coverageChanged, datesOfEffect, recipientFactsOf, transferInputProblems, worstTransferStatus, type AdequacyDecisionInput, type TransferInput } from './transfer-input';

describe('transferInputProblems', () => {
  it.each<[string, TransferInput, string[]]>([
    ['a complete SCC transfer', { mechanism: 'SCC', sccModule: 2 }, []],
    ['SCC without a module', { mechanism: 'SCC' }, ['sccModule']],
    ['occasional without a number of data subjects', { frequency: 'OCCASIONAL' }, ['dataSubjectCount']],
    ['occasional with zero is recorded', { frequency: 'OCCASIONAL', dataSubjectCount: 0 }, []],
    ['a derogation without its ground', { mechanism: 'DEROGATION' }, ['derogationGround']],
    ['BCR without the authority', { mechanism: 'BCR' }, ['bcrAuthority']],
    ['a certification without its reference', { mechanism: 'CERTIFICATION' }, ['toolReference']],
    ['ended before it started', { startedOn: '2026-02-01', endedOn: '2026-01-01' }, ['endedOn']],
    ['exporter and importer the same', { exporterProcessorId: 'p', importerProcessorId: 'p' }, ['exporterProcessorId']],
  ])('%s', (_, input, fields) => {
    expect(transferInputProblems(input).map((p) => p.field)).toEqual(fields);
  });
});

describe('checkAdequacyDecision', () => {
  const base: AdequacyDecisionInput = { jurisdiction: ' ch ', instrument: ' Decision 2000/518/EC ', validFrom: '2000-07-26', scope: 'FULL', source: 'https://ec.europa.eu/x' };
  it('normalises a good decision', () => {
    const { value, problems } = checkAdequacyDecision(base);
    expect(problems).toEqual([]);
    expect(value).toMatchObject({ jurisdiction: 'CH', instrument: 'Decision 2000/518/EC', conditions: [], toVerify: false, notes: null });
  });
  it.each<[string, Partial<AdequacyDecisionInput>, string, string]>([
    ['unknown jurisdiction', { jurisdiction: 'XX' }, 'jurisdiction', 'UNKNOWN_COUNTRY'],
    ['an organisation key is fine, a bad one is not', { jurisdiction: 'ORG:' }, 'jurisdiction', 'UNKNOWN_COUNTRY'],
    ['an impossible date', { validFrom: '2026-02-30' }, 'validFrom', 'INVALID_DATE'],
    ['ends before it starts', { validUntil: '1999-01-01' }, 'validUntil', 'OUT_OF_RANGE'],
    ['partial without conditions', { scope: 'PARTIAL' }, 'conditions', 'REQUIRED'],
    ['full with conditions', { conditions: ['DPF_CERTIFIED'] }, 'conditions', 'INVALID_VALUE'],
    ['a source that is not a web address', { source: 'ftp://x' }, 'source', 'INVALID_URL'],
  ])('%s', (_, patch, field, reason) => {
    expect(checkAdequacyDecision({ ...base, ...patch }).problems[0]).toMatchObject({ field, reason });
  });
  it('accepts the EPO key', () => {
    expect(checkAdequacyDecision({ ...base, jurisdiction: 'ORG:EPO' }).problems).toEqual([]);
  });
});

describe('coverage and dates of effect', () => {
  type D = Parameters<typeof coverageChanged>[1];
  const d: D = { jurisdiction: 'NZ', validFrom: '2012-12-19', validUntil: null, revokedOn: null, scope: 'FULL', conditions: [] };
  it.each<[string, Partial<D> | null, boolean]>([
    ['a new decision', null, true],
    ['nothing that matters', {}, false],
    ['revoked', { revokedOn: '2026-11-22' }, true],
    ['the scope and its conditions', { scope: 'PARTIAL', conditions: ['DPF_CERTIFIED'] }, true],
  ])('%s', (_, before, changed) => {
    expect(coverageChanged(before ? { ...d, ...before } : null, d)).toBe(changed);
  });
  it('names the start, the day after the end and the revocation of each version', () => {
    expect(datesOfEffect({ validFrom: '2021-06-28', validUntil: '2025-12-27', revokedOn: null }, { validFrom: '2025-12-28', validUntil: null, revokedOn: '2030-01-01' }, null)).toEqual(['2021-06-28', '2025-12-28', '2025-12-28', '2030-01-01']);
  });
});

describe('recipientFactsOf and worstTransferStatus', () => {
  type P = Parameters<typeof recipientFactsOf>[0];
  const p: P = { dpfStatus: 'NOT_APPLICABLE', dpfCertifiedOn: null, dpfLapsedOn: null, dpfCheckedOn: null, subjectToPipeda: false, fscCreditInformation: false, publicAuthority: false, danishRealmAuthority: false };
  it.each<[string, Partial<P>, string | null, string | null]>([
    ['not a DPF recipient', {}, null, null],
    ['active without dates: certified throughout', { dpfStatus: 'ACTIVE' }, '0001-01-01', null],
    ['recorded dates win', { dpfStatus: 'INACTIVE', dpfCertifiedOn: '2024-01-01', dpfLapsedOn: '2026-03-01' }, '2024-01-01', '2026-03-01'],
    ['inactive with a certification date: lapsed when last checked', { dpfStatus: 'INACTIVE', dpfCertifiedOn: '2024-01-01', dpfCheckedOn: '2026-10-01' }, '2024-01-01', '2026-10-01'],
  ])('%s', (_, patch, from, lapsed) => {
    const r = recipientFactsOf({ ...p, ...patch });
    expect([r.dpfActiveFrom, r.dpfLapsedOn]).toEqual([from, lapsed]);
  });
  it('orders the statuses', () => {
    expect(worstTransferStatus('COMPLIANT', 'AT_RISK')).toBe('AT_RISK');
    expect(worstTransferStatus('NON_COMPLIANT', 'NOT_A_TRANSFER')).toBe('NON_COMPLIANT');
  });
});
