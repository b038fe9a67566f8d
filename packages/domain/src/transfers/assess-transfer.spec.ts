import { describe, expect, it } from 'vitest';
import { ADEQUACY_DECISIONS_SEED, type AdequacyDecision } from '../reference/adequacy-decisions';
import { EEA_MEMBER_CODES } from '../reference/countries';
import { assessTransfer, expectedSccModule, type TransferFacts } from './assess-transfer';

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
