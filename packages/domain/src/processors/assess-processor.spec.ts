import { describe, expect, it } from 'vitest';
import { DPA_GAP_CODES, type ClauseAssessment, type DpaGapCode } from '../vocabulary/agreements';
import { statusOf } from '../findings/findings';
import { assessProcessor, type ProcessorFacts } from './assess-processor';
import { ADEQUACY_DECISIONS_SEED } from '../reference/adequacy-decisions';
import type { TransferFacts } from '../transfers/assess-transfer';

const complete = Object.fromEntries(DPA_GAP_CODES.map((c) => [c, 'PRESENT'])) as Record<DpaGapCode, ClauseAssessment>;
const identity = { address: 'Havnegade 1, 1000 København K', privacyContactName: 'DPO', privacyContactEmail: 'dpo@x.example' };

function processor(id: string, patch: Partial<ProcessorFacts> = {}): ProcessorFacts {
  return { id, name: id, ...identity, dataCategories: ['IDENTITY'], engagement: null, agreements: [], subprocessors: [], ...patch };
}
const engaged = { engagement: { role: 'PROCESSOR' as const, startedOn: '2024-01-01' } };
const goodDpa = { id: 'dpa1', signedOn: '2024-01-01', effectiveFrom: '2024-01-01', reviewIntervalMonths: 12, lastReviewedOn: '2026-01-01', clauses: complete };

describe('assessProcessor: own findings', () => {
  it.each<[string, Partial<ProcessorFacts>, string[]]>([
    ['processor with a complete DPA', { ...engaged, agreements: [goodDpa] }, []],
    ['processor without a DPA', { ...engaged }, ['DPA_MISSING']],
    ['processor with only a draft', { ...engaged, agreements: [{ ...goodDpa, signedOn: null }] }, ['DPA_MISSING']],
    ['processor with a terminated DPA', { ...engaged, agreements: [{ ...goodDpa, terminatedOn: '2026-01-01' }] }, ['DPA_MISSING']],
    ['processor with an expired DPA', { ...engaged, agreements: [{ ...goodDpa, endsOn: '2026-01-31' }] }, ['DPA_EXPIRED']],
    ['processor with (g) missing', { ...engaged, agreements: [{ ...goodDpa, clauses: { ...complete, ART28_3_G: 'MISSING' } }] }, ['DPA_INCOMPLETE']],
    ['processor whose review is overdue', { ...engaged, agreements: [{ ...goodDpa, lastReviewedOn: '2025-01-01' }] }, ['DPA_REVIEW_OVERDUE']],
    ['supervision overdue', { ...engaged, agreements: [goodDpa], supervisionDueOn: '2026-01-31' }, ['SUPERVISION_OVERDUE']],
    ['supervision due on the day is not overdue', { ...engaged, agreements: [goodDpa], supervisionDueOn: '2026-06-01' }, []],
    ['independent controller needs no DPA', { engagement: { role: 'INDEPENDENT_CONTROLLER' } }, []],
    ['ended engagement needs no DPA', { engagement: { role: 'PROCESSOR', endedOn: '2025-12-31' } }, []],
    ['CPR without a §11 basis', { ...engaged, agreements: [goodDpa], dataCategories: ['CPR'] }, ['CPR_DISCLOSURE_BASIS_MISSING']],
    ['CPR with a §11 basis', { engagement: { role: 'PROCESSOR', cprDisclosureBasis: 'LEGISLATION' }, agreements: [goodDpa], dataCategories: ['CPR'] }, []],
    ['missing address', { address: null }, ['CHAIN_IDENTITY_INCOMPLETE']],
    ['no contact at all', { privacyContactName: '', privacyContactEmail: null }, ['CHAIN_IDENTITY_INCOMPLETE']],
  ])('%s', (_, patch, codes) => {
    expect(assessProcessor(processor('p', patch), '2026-06-01').own.map((f) => f.code)).toEqual(codes);
  });

  it('names the exact gaps of an incomplete DPA', () => {
    const result = assessProcessor(processor('p', { ...engaged, agreements: [{ ...goodDpa, clauses: { ...complete, ART28_3_G: 'MISSING', ART28_3_E: 'PARTIAL' } }] }), '2026-06-01');
    expect(result.own[0]).toMatchObject({ code: 'DPA_INCOMPLETE', severity: 'BLOCKER', gaps: ['ART28_3_E', 'ART28_3_G'], agreementId: 'dpa1' });
    expect(result.status).toBe('NON_COMPLIANT');
  });

  it('uses the newest signed version in force, and answers for any date', () => {
    const v1 = { ...goodDpa, id: 'v1', clauses: { ...complete, ART28_3_G: 'MISSING' as const } };
    const v2 = { ...goodDpa, id: 'v2', signedOn: '2026-03-01', effectiveFrom: '2026-03-01', lastReviewedOn: null };
    const p = processor('p', { ...engaged, agreements: [v1, v2] });
    expect(assessProcessor(p, '2026-02-01').own.map((f) => f.code)).toEqual(['DPA_INCOMPLETE']);
    expect(assessProcessor(p, '2026-06-01').own).toEqual([]);
  });
});

describe('assessProcessor: roll-up through a three-level chain', () => {
  const bottom = processor('india-support', { address: null });
  const middle = processor('cloud', {
    subprocessors: [{ link: { id: 'l2', regime: 'SPECIFIC', firstUsedOn: '2026-01-01' }, processor: bottom }],
  });
  const top = processor('saas', {
    ...engaged,
    agreements: [goodDpa],
    subprocessors: [{ link: { id: 'l1', regime: 'GENERAL', noticeDays: 30, notifiedOn: '2025-01-01', firstUsedOn: '2025-03-01' }, processor: middle }],
  });

  it('shows a finding from the bottom at the top, with its path', () => {
    const result = assessProcessor(top, '2026-06-01');
    expect(result.own).toEqual([]);
    expect(result.below.map((f) => [f.code, f.path.join('>')])).toEqual([
      ['UNAUTHORISED_SUBPROCESSOR', 'saas>cloud>india-support'],
      ['CHAIN_IDENTITY_INCOMPLETE', 'saas>cloud>india-support'],
    ]);
    expect(result.status).toBe('NON_COMPLIANT');
  });

  it('gives the middle its own roll-up', () => {
    expect(assessProcessor(middle, '2026-06-01').status).toBe('NON_COMPLIANT');
    expect(assessProcessor(bottom, '2026-06-01').status).toBe('AT_RISK');
  });

  it('leaves out links that had not happened yet on asOf', () => {
    // The bottom link (first used 2026-01-01) did not exist in 2025; the middle one did, and is clean.
    expect(assessProcessor(top, '2025-06-01').below).toEqual([]);
    expect(assessProcessor(top, '2025-12-31').below).toEqual([]);
    expect(assessProcessor(top, '2026-01-01').below.map((f) => f.code)).toEqual(['UNAUTHORISED_SUBPROCESSOR', 'CHAIN_IDENTITY_INCOMPLETE']);
  });

  it('does not loop on a cycle in bad data', () => {
    const a: ProcessorFacts = processor('a');
    const b: ProcessorFacts = processor('b', { subprocessors: [{ link: { id: 'x', regime: 'SPECIFIC', approvedOn: '2020-01-01' }, processor: a }] });
    (a as { subprocessors: ProcessorFacts['subprocessors'] }).subprocessors = [{ link: { id: 'y', regime: 'SPECIFIC', approvedOn: '2020-01-01' }, processor: b }];
    expect(assessProcessor(a, '2026-01-01').status).toBe('COMPLIANT');
  });
});

describe('statusOf', () => {
  it.each([
    [[], 'COMPLIANT'],
    [['INFO'], 'COMPLIANT'],
    [['INFO', 'WARNING'], 'AT_RISK'],
    [['WARNING', 'BLOCKER', 'INFO'], 'NON_COMPLIANT'],
  ] as const)('%j → %s', (severities, status) => expect(statusOf(severities)).toBe(status));
});

describe('assessProcessor: transfers in the chain', () => {
  const ctx = { decisions: ADEQUACY_DECISIONS_SEED };
  const transfer = (patch: Partial<TransferFacts> = {}): TransferFacts => ({
    destinationCountry: 'IN',
    exporterRole: 'PROCESSOR',
    importerRole: 'PROCESSOR',
    recipient: {},
    frequency: 'SYSTEMATIC',
    dataCategories: ['IDENTITY'],
    mechanism: null,
    ...patch,
  });
  const india = processor('india', { locations: [{ country: 'IN', kind: 'REMOTE_ACCESS' }] });
  const cloud = processor('cloud', { subprocessors: [{ link: { id: 'l2', regime: 'SPECIFIC', approvedOn: '2025-01-01' }, processor: india }] });
  const top = processor('saas', { ...engaged, agreements: [goodDpa], subprocessors: [{ link: { id: 'l1', regime: 'SPECIFIC', approvedOn: '2025-01-01' }, processor: cloud }] });

  it('a third-country location without a transfer record is an onward transfer without a tool, rolled up to the top', () => {
    const result = assessProcessor(top, '2026-06-01', ctx);
    expect(result.below.map((f) => [f.code, f.path.join('>'), f.country])).toEqual([['ONWARD_TRANSFER_NO_TOOL', 'saas>cloud>india', 'IN']]);
    expect(result.status).toBe('NON_COMPLIANT');
    expect(assessProcessor(cloud, '2026-06-01', ctx).status).toBe('NON_COMPLIANT');
  });

  it('our own processor with a third-country location and no record: NO_TRANSFER_TOOL', () => {
    const direct = processor('direct', { ...engaged, agreements: [goodDpa], locations: [{ country: 'US', kind: 'STORAGE' }, { country: 'SE', kind: 'STORAGE' }] });
    expect(assessProcessor(direct, '2026-06-01', ctx).own.map((f) => [f.code, f.country])).toEqual([['NO_TRANSFER_TOOL', 'US']]);
  });

  it('a recorded onward transfer with a valid tool clears it; a bad one carries its own findings with the transfer id', () => {
    const covered = { ...india, transfers: [{ id: 't1', facts: transfer({ mechanism: 'SCC', scc: { module: 3, signedOn: '2025-01-01' }, tia: { approved: true, conclusion: 'EQUIVALENT', guarantees: {}, effectiveMeasures: true, reevaluateOn: null } }) }] };
    const fine = processor('cloud', { subprocessors: [{ link: { id: 'l2', regime: 'SPECIFIC', approvedOn: '2025-01-01' }, processor: covered }] });
    expect(assessProcessor(fine, '2026-06-01', ctx).status).toBe('COMPLIANT');
    const wrongModule = { ...india, transfers: [{ id: 't1', facts: transfer({ mechanism: 'SCC', scc: { module: 2, signedOn: '2025-01-01' } }) }] };
    const bad = processor('cloud', { subprocessors: [{ link: { id: 'l2', regime: 'SPECIFIC', approvedOn: '2025-01-01' }, processor: wrongModule }] });
    expect(assessProcessor(bad, '2026-06-01', ctx).below.map((f) => [f.code, f.transferId])).toEqual([
      ['SCC_MODULE_MISMATCH', 't1'],
      ['TIA_MISSING', 't1'],
    ]);
  });

  it('without the context the transfer rules are not applied (DPA-only callers)', () => {
    expect(assessProcessor(top, '2026-06-01').status).toBe('COMPLIANT');
  });

  it('a transfer that ended before asOf, or an engagement that ended, sends nothing', () => {
    const ended = processor('x', { ...engaged, agreements: [goodDpa], transfers: [{ id: 't', facts: transfer({ exporterRole: 'CONTROLLER', endedOn: '2026-01-01' }) }] });
    expect(assessProcessor(ended, '2026-06-01', ctx).own).toEqual([]);
    const gone = processor('y', { engagement: { role: 'PROCESSOR', endedOn: '2025-12-31' }, locations: [{ country: 'US', kind: 'STORAGE' }] });
    expect(assessProcessor(gone, '2026-06-01', ctx).own).toEqual([]);
  });
});
