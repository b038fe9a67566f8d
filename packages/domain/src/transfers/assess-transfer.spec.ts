import { describe, expect, it } from 'vitest';
import { ADEQUACY_DECISIONS_SEED, type AdequacyDecision } from '../reference/adequacy-decisions';
import { EEA_MEMBER_CODES } from '../reference/countries';
import { assessTransfer, expectedSccModule, periodsWithoutValidMechanism, type TransferFacts } from './assess-transfer';

const base: TransferFacts = {
  destinationCountry: 'IN',
  exporterRole: 'CONTROLLER',
  importerRole: 'PROCESSOR',
  recipient: {},
  frequency: 'SYSTEMATIC',
  dataCategories: ['IDENTITY', 'DEBT'],
  mechanism: null,
};
const approvedTia = { approved: true, conclusion: 'EQUIVALENT' as const, guarantees: { EEG_A: 'MET' as const, EEG_B: 'PARTIALLY_MET' as const }, effectiveMeasures: true, reevaluateOn: '2027-06-01' };
const codes = (t: Partial<TransferFacts>, asOf: string, decisions: readonly AdequacyDecision[] = ADEQUACY_DECISIONS_SEED) =>
  assessTransfer({ ...base, ...t }, decisions, asOf);

describe('EEA and adequacy by country', () => {
  it.each([...EEA_MEMBER_CODES.filter((c) => ['IS', 'LI', 'NO', 'DK', 'DE'].includes(c))])('%s is not a transfer', (country) => {
    expect(codes({ destinationCountry: country }, '2026-06-01').status).toBe('NOT_A_TRANSFER');
  });

  it.each<[string, Partial<TransferFacts>, string, string, string[]]>([
    ['Switzerland, full adequacy', { destinationCountry: 'CH', mechanism: 'ADEQUACY' }, '2026-06-01', 'COMPLIANT', []],
    ['UK under the 2021 decision', { destinationCountry: 'GB', mechanism: 'ADEQUACY' }, '2025-06-01', 'COMPLIANT', []],
    ['UK on the last day of the 2021 decision', { destinationCountry: 'GB', mechanism: 'ADEQUACY' }, '2025-12-27', 'COMPLIANT', []],
    ['UK under the renewal', { destinationCountry: 'GB', mechanism: 'ADEQUACY' }, '2031-12-27', 'COMPLIANT', []],
    ['UK after 2031-12-27', { destinationCountry: 'GB', mechanism: 'ADEQUACY' }, '2031-12-28', 'NON_COMPLIANT', ['ADEQUACY_EXPIRED']],
    ['Brazil the day before its decision', { destinationCountry: 'BR', mechanism: 'ADEQUACY' }, '2026-01-25', 'NON_COMPLIANT', ['NO_TRANSFER_TOOL']],
    ['Brazil the day its decision starts', { destinationCountry: 'BR', mechanism: 'ADEQUACY' }, '2026-01-26', 'COMPLIANT', []],
    ['Greenland has no adequacy', { destinationCountry: 'GL', mechanism: 'ADEQUACY' }, '2026-06-01', 'NON_COMPLIANT', ['NO_TRANSFER_TOOL']],
    ['Faroe Islands, private company', { destinationCountry: 'FO', mechanism: 'ADEQUACY' }, '2026-06-01', 'COMPLIANT', []],
    ['Faroe Islands, Danish realm authority', { destinationCountry: 'FO', mechanism: 'ADEQUACY', recipient: { danishRealmAuthority: true } }, '2026-06-01', 'NON_COMPLIANT', ['ADEQUACY_SCOPE_NOT_MET']],
    ['Canada under PIPEDA', { destinationCountry: 'CA', mechanism: 'ADEQUACY', recipient: { subjectToPipeda: true } }, '2026-06-01', 'COMPLIANT', []],
    ['Canada outside PIPEDA', { destinationCountry: 'CA', mechanism: 'ADEQUACY' }, '2026-06-01', 'NON_COMPLIANT', ['ADEQUACY_SCOPE_NOT_MET']],
    ['Korea, FSC credit information', { destinationCountry: 'KR', mechanism: 'ADEQUACY', recipient: { fscCreditInformation: true } }, '2026-06-01', 'NON_COMPLIANT', ['ADEQUACY_SCOPE_NOT_MET']],
    ['Japan, public authority', { destinationCountry: 'JP', mechanism: 'ADEQUACY', recipient: { publicAuthority: true } }, '2026-06-01', 'NON_COMPLIANT', ['ADEQUACY_SCOPE_NOT_MET']],
  ])('%s', (_, t, asOf, status, found) => {
    const result = codes(t, asOf);
    expect(result.status).toBe(status);
    expect(result.findings.map((f) => f.code)).toEqual(found);
  });
});

describe('US: the DPF certification dates', () => {
  const us = { destinationCountry: 'US', mechanism: 'ADEQUACY' as const, recipient: { dpfActiveFrom: '2024-01-01', dpfLapsedOn: '2026-03-01' } };
  it.each([
    ['2023-12-31', ['DPF_CERT_INACTIVE']],
    ['2024-01-01', []],
    ['2026-02-28', []],
    ['2026-03-01', ['DPF_CERT_INACTIVE']],
  ])('on %s → %j', (asOf, found) => {
    expect(codes(us, asOf).findings.map((f) => f.code)).toEqual(found);
  });

  it('a revoked decision stops covering from the revocation day', () => {
    const revoked = ADEQUACY_DECISIONS_SEED.map((d) => (d.jurisdiction === 'US' ? { ...d, revokedOn: '2027-01-15' } : d));
    const certified = { ...us, recipient: { dpfActiveFrom: '2024-01-01' } };
    expect(codes(certified, '2027-01-14', revoked).status).toBe('COMPLIANT');
    expect(codes(certified, '2027-01-15', revoked).findings.map((f) => f.code)).toEqual(['ADEQUACY_REVOKED']);
  });
});

describe('Art. 46 tools and the TIA', () => {
  const scc = { mechanism: 'SCC' as const, scc: { module: 2 as const, signedOn: '2026-01-10' } };
  it.each<[string, Partial<TransferFacts>, string, string, string[]]>([
    ['SCC module 2 with an approved TIA', { ...scc, tia: approvedTia }, '2026-06-01', 'COMPLIANT', []],
    ['SCC without a TIA', scc, '2026-06-01', 'NON_COMPLIANT', ['TIA_MISSING']],
    ['SCC with a TIA not yet approved', { ...scc, tia: { ...approvedTia, approved: false } }, '2026-06-01', 'NON_COMPLIANT', ['TIA_NOT_APPROVED']],
    ['TIA concludes not equivalent', { ...scc, tia: { ...approvedTia, conclusion: 'NOT_EQUIVALENT' } }, '2026-06-01', 'NON_COMPLIANT', ['TIA_CONCLUDES_NOT_EQUIVALENT']],
    ['a guarantee not met, no effective measure', { ...scc, tia: { ...approvedTia, guarantees: { EEG_C: 'NOT_MET' }, effectiveMeasures: false } }, '2026-06-01', 'NON_COMPLIANT', ['EEG_NOT_MET_WITHOUT_EFFECTIVE_MEASURES']],
    ['a guarantee not met, effective measures', { ...scc, tia: { ...approvedTia, guarantees: { EEG_C: 'NOT_MET' } } }, '2026-06-01', 'COMPLIANT', []],
    ['the day the re-evaluation falls due', { ...scc, tia: approvedTia }, '2027-06-01', 'COMPLIANT', []],
    ['the day after the re-evaluation date', { ...scc, tia: approvedTia }, '2027-06-02', 'AT_RISK', ['REVIEW_OVERDUE']],
    ['SCC signed after asOf', { ...scc, tia: approvedTia }, '2026-01-09', 'NON_COMPLIANT', ['SCC_NOT_SIGNED']],
    ['SCC module 1 to a processor', { mechanism: 'SCC', scc: { module: 1, signedOn: '2026-01-10' }, tia: approvedTia }, '2026-06-01', 'NON_COMPLIANT', ['SCC_MODULE_MISMATCH']],
    ['BCR with an approved TIA', { mechanism: 'BCR', tia: approvedTia }, '2026-06-01', 'COMPLIANT', []],
  ])('%s', (_, t, asOf, status, found) => {
    const result = codes(t, asOf);
    expect(result.status).toBe(status);
    expect(result.findings.map((f) => f.code)).toEqual(found);
  });

  it.each([
    ['CONTROLLER', 'INDEPENDENT_CONTROLLER', 1],
    ['CONTROLLER', 'PROCESSOR', 2],
    ['PROCESSOR', 'PROCESSOR', 3],
    ['PROCESSOR', 'INDEPENDENT_CONTROLLER', 4],
  ] as const)('exporter %s to importer %s needs module %d', (exporter, importer, module) => {
    expect(expectedSccModule(exporter, importer)).toBe(module);
  });
});

describe('derogations, onward transfers, data', () => {
  it.each<[string, Partial<TransferFacts>, string[]]>([
    ['legal claims, occasional, justified', { mechanism: 'DEROGATION', frequency: 'OCCASIONAL', derogation: { ground: 'E_LEGAL_CLAIMS', justification: 'Retssag i Nuuk om én fordring' } }, []],
    ['legal claims for systematic hand-offs', { mechanism: 'DEROGATION', derogation: { ground: 'E_LEGAL_CLAIMS', justification: 'x' } }, ['DEROGATION_USED_FOR_SYSTEMATIC_TRANSFER']],
    ['occasional without justification', { mechanism: 'DEROGATION', frequency: 'OCCASIONAL', derogation: { ground: 'B_CONTRACT', justification: ' ' } }, ['DEROGATION_JUSTIFICATION_MISSING']],
    ['no tool from us', {}, ['NO_TRANSFER_TOOL']],
    ['no tool further down the chain', { exporterRole: 'PROCESSOR' }, ['ONWARD_TRANSFER_NO_TOOL']],
    ['CPR without a §11 basis', { mechanism: 'BCR', tia: approvedTia, dataCategories: ['CPR'] }, ['CPR_DISCLOSURE_BASIS_MISSING']],
    ['health data', { mechanism: 'BCR', tia: approvedTia, dataCategories: ['HEALTH'] }, ['SPECIAL_CATEGORY_DATA']],
  ])('%s', (_, t, found) => {
    const result = codes(t, '2026-06-01');
    expect(result.findings.map((f) => f.code)).toEqual(found);
    expect(result.tiaRequired).toBe(['SCC', 'BCR'].includes(String(t.mechanism)));
  });

  it('a derogation needs no TIA; special-category data alone is a warning', () => {
    expect(codes({ mechanism: 'DEROGATION', frequency: 'OCCASIONAL', derogation: { ground: 'A_CONSENT', justification: 'Udtrykkeligt samtykke' } }, '2026-06-01').status).toBe('COMPLIANT');
    expect(codes({ mechanism: 'BCR', tia: approvedTia, dataCategories: ['CRIMINAL'] }, '2026-06-01').status).toBe('AT_RISK');
  });
});

describe('the adequacy seed', () => {
  it('covers legal-facts §2.4 and leaves Greenland without a decision', () => {
    const jurisdictions = new Set(ADEQUACY_DECISIONS_SEED.map((d) => d.jurisdiction));
    for (const code of ['AD', 'AR', 'CA', 'FO', 'GG', 'IM', 'IL', 'JE', 'NZ', 'CH', 'UY', 'JP', 'KR', 'GB', 'US', 'BR', 'ORG:EPO']) expect(jurisdictions.has(code)).toBe(true);
    expect(jurisdictions.has('GL')).toBe(false);
    expect(ADEQUACY_DECISIONS_SEED.filter((d) => d.toVerify).length).toBeGreaterThan(10);
  });
});

describe('TIA versions, re-evaluation and the organisation policy', () => {
  const scc = { mechanism: 'SCC' as const, scc: { module: 2 as const, signedOn: '2026-01-10' } };
  const v1 = { ...approvedTia, approvedOn: '2026-01-15' };
  const v2draft = { ...approvedTia, approved: false, approvedOn: null };

  it.each<[string, Partial<TransferFacts>, string, string[]]>([
    ['an approved version governs while the next is drafted', { ...scc, tias: [v1, v2draft] }, '2026-06-01', []],
    ['before the first approval only the draft stands', { ...scc, tias: [v1, v2draft] }, '2026-01-14', ['TIA_NOT_APPROVED']],
    ['the day of approval', { ...scc, tias: [v1] }, '2026-01-15', []],
    ['the newest approved version governs', { ...scc, tias: [v1, { ...approvedTia, approvedOn: '2026-05-01', conclusion: 'NOT_EQUIVALENT' }] }, '2026-05-01', ['TIA_CONCLUDES_NOT_EQUIVALENT']],
    ['reference data changed after approval', { ...scc, tia: { ...approvedTia, reevaluationRequested: true } }, '2026-06-01', ['REVIEW_OVERDUE']],
  ])('%s', (_, t, asOf, found) => {
    expect(codes(t, asOf).findings.map((f) => f.code)).toEqual(found);
  });

  it('assesses the guarantees for every tool when the organisation says so', () => {
    const adequacy = { destinationCountry: 'CH', mechanism: 'ADEQUACY' as const };
    expect(assessTransfer({ ...base, ...adequacy }, ADEQUACY_DECISIONS_SEED, '2026-06-01').tiaRequired).toBe(false);
    const strict = assessTransfer({ ...base, ...adequacy }, ADEQUACY_DECISIONS_SEED, '2026-06-01', { guaranteesForEveryTransfer: true });
    expect(strict.tiaRequired).toBe(true);
    expect(strict.findings.map((f) => [f.code, f.severity])).toEqual([['TIA_MISSING', 'WARNING']]);
    expect(assessTransfer({ ...base, ...adequacy, tia: approvedTia }, ADEQUACY_DECISIONS_SEED, '2026-06-01', { guaranteesForEveryTransfer: true }).status).toBe('COMPLIANT');
    // No tool at all stays NO_TRANSFER_TOOL alone: there is nothing to assess the guarantees for.
    expect(assessTransfer(base, ADEQUACY_DECISIONS_SEED, '2026-06-01', { guaranteesForEveryTransfer: true }).findings.map((f) => f.code)).toEqual(['NO_TRANSFER_TOOL']);
  });

  it('reads EEA membership from the reference data it is given', () => {
    expect(assessTransfer({ ...base, destinationCountry: 'NO' }, ADEQUACY_DECISIONS_SEED, '2026-06-01').status).toBe('NOT_A_TRANSFER');
    expect(assessTransfer({ ...base, destinationCountry: 'NO' }, ADEQUACY_DECISIONS_SEED, '2026-06-01', { eeaCountries: new Set(['DK']) }).status).toBe('NON_COMPLIANT');
  });

  it('says which SCC module the roles call for', () => {
    expect(codes({ exporterRole: 'PROCESSOR' }, '2026-06-01').expectedSccModule).toBe(3);
  });
});

describe('history: periods without a valid tool', () => {
  // DPF certified 2024-01-01, lapsed 2026-03-01; SCCs signed 2026-04-15 with a TIA approved the same day.
  const history: Partial<TransferFacts> = {
    destinationCountry: 'US',
    startedOn: '2024-01-01',
    recipient: { dpfActiveFrom: '2024-01-01', dpfLapsedOn: '2026-03-01' },
    mechanism: 'SCC',
    scc: { module: 2, signedOn: '2026-04-15' },
    tias: [{ ...approvedTia, approvedOn: '2026-04-15' }],
  };

  it('lists the weeks between the DPF lapse and the SCCs', () => {
    expect(periodsWithoutValidMechanism({ ...base, ...history }, ADEQUACY_DECISIONS_SEED, '2026-06-01')).toEqual([{ from: '2026-03-01', to: '2026-04-14' }]);
    const result = codes(history, '2026-06-01');
    expect(result.status).toBe('COMPLIANT');
    expect(result.findings).toEqual([expect.objectContaining({ code: 'PERIOD_WITHOUT_VALID_MECHANISM', severity: 'INFO', periods: [{ from: '2026-03-01', to: '2026-04-14' }] })]);
  });

  it.each<[string, string, { from: string; to: string | null }[]]>([
    ['before the lapse there is none', '2026-02-28', []],
    ['on the lapse day the gap is open', '2026-03-01', [{ from: '2026-03-01', to: null }]],
    ['the day before the SCCs it is still open', '2026-04-14', [{ from: '2026-03-01', to: null }]],
    ['on the SCC day it closes', '2026-04-15', [{ from: '2026-03-01', to: '2026-04-14' }]],
  ])('%s', (_, asOf, periods) => {
    expect(periodsWithoutValidMechanism({ ...base, ...history }, ADEQUACY_DECISIONS_SEED, asOf)).toEqual(periods);
  });

  it('an open gap is today’s finding, not history', () => {
    expect(codes(history, '2026-04-01').findings.map((f) => f.code)).toEqual(['SCC_NOT_SIGNED', 'TIA_MISSING']);
  });

  it('a transfer with no start date has no history; the CPR basis is not a tool gap', () => {
    expect(periodsWithoutValidMechanism({ ...base, mechanism: 'BCR', tia: approvedTia }, ADEQUACY_DECISIONS_SEED, '2026-06-01')).toEqual([]);
    expect(periodsWithoutValidMechanism({ ...base, mechanism: 'BCR', tia: approvedTia, dataCategories: ['CPR'], startedOn: '2025-01-01' }, ADEQUACY_DECISIONS_SEED, '2026-06-01')).toEqual([]);
  });

  it('a revoked decision opens a gap from the revocation day', () => {
    const revoked = ADEQUACY_DECISIONS_SEED.map((d) => (d.jurisdiction === 'CH' ? { ...d, revokedOn: '2026-02-01' } : d));
    const ch = { ...base, destinationCountry: 'CH', mechanism: 'ADEQUACY' as const, startedOn: '2025-01-01' };
    expect(periodsWithoutValidMechanism(ch, revoked, '2026-06-01')).toEqual([{ from: '2026-02-01', to: null }]);
    expect(periodsWithoutValidMechanism({ ...ch, endedOn: '2026-03-01' }, revoked, '2026-06-01')).toEqual([{ from: '2026-02-01', to: '2026-03-01' }]);
  });
});

describe('consistency of a single date with the history (review findings)', () => {
  const us: Partial<TransferFacts> = {
    destinationCountry: 'US',
    startedOn: '2025-11-26',
    recipient: { dpfActiveFrom: '2024-01-01', dpfLapsedOn: '2026-08-23' },
    mechanism: 'SCC',
    scc: { module: 2, signedOn: '2026-10-12' },
    tias: [{ ...approvedTia, approvedOn: '2026-10-12' }],
  };
  it.each<[string, string, string, string[]]>([
    ['before the first transfer nothing moved', '2025-11-01', 'NOT_A_TRANSFER', []],
    ['before the SCCs, DPF adequacy covered the certified recipient (Art. 45)', '2026-01-15', 'COMPLIANT', []],
    ['between the lapse and the SCCs there was no tool', '2026-09-01', 'NON_COMPLIANT', ['SCC_NOT_SIGNED', 'TIA_MISSING']],
    ['after the SCCs the gap is history', '2026-11-21', 'COMPLIANT', ['PERIOD_WITHOUT_VALID_MECHANISM']],
  ])('%s', (_, asOf, status, found) => {
    const result = codes(us, asOf);
    expect(result.status).toBe(status);
    expect(result.findings.map((f) => f.code)).toEqual(found);
  });
  it('the day it ends is the last day judged', () => {
    expect(codes({ ...us, endedOn: '2026-11-20' }, '2026-11-20').status).toBe('COMPLIANT');
    expect(codes({ ...us, endedOn: '2026-11-20' }, '2026-11-21').status).toBe('NOT_A_TRANSFER');
  });
  it('the stricter policy is a warning citing the policy, never a breach of Art. 46', () => {
    const strict = assessTransfer({ ...base, destinationCountry: 'CH', mechanism: 'ADEQUACY' }, ADEQUACY_DECISIONS_SEED, '2026-06-01', { guaranteesForEveryTransfer: true });
    expect(strict.status).toBe('AT_RISK');
    expect(strict.findings).toEqual([{ code: 'TIA_MISSING', severity: 'WARNING', article: 'Organisation policy (beyond Art. 46)' }]);
  });
});
