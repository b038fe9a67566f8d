import { describe, expect, it } from 'vitest';
import { TRANSFER_MECHANISMS } from '@tilsyn/domain';
import { assessKey, showsCprBasis, showsDataSubjectCount, toAssessTransferArgs, toolFieldsFor, toTransferMutationData, TOOL_FIELDS } from './transfer-form';
import { toTransferFilter } from './transfer-filter';

describe('toolFieldsFor', () => {
  it.each([
    ['SCC', ['sccModule', 'sccSignedOn', 'sccDocking', 'sccAnnexNotes']],
    ['BCR', ['bcrAuthority', 'bcrApprovedOn']],
    ['CODE_OF_CONDUCT', ['toolReference']],
    ['CERTIFICATION', ['toolReference']],
    ['AD_HOC_CLAUSES', ['toolReference']],
    ['DEROGATION', ['derogationGround', 'derogationJustification']],
    ['ADEQUACY', []],
    [null, []],
    ['', []],
    ['TELEPATHY', []],
  ])('%s → %j', (mechanism, fields) => {
    expect(toolFieldsFor(mechanism)).toEqual(fields);
  });

  it('knows every mechanism of the domain', () => {
    expect(Object.keys(TOOL_FIELDS).sort()).toEqual([...TRANSFER_MECHANISMS].sort());
  });
});

describe('facts shown only when they matter', () => {
  it('asks for the number of data subjects for occasional transfers only', () => {
    expect(showsDataSubjectCount('OCCASIONAL')).toBe(true);
    expect(showsDataSubjectCount('SYSTEMATIC')).toBe(false);
    expect(showsDataSubjectCount(undefined)).toBe(false);
  });

  it('asks for the CPR basis when CPR numbers are among the data', () => {
    expect(showsCprBasis(['IDENTITY', 'CPR'])).toBe(true);
    expect(showsCprBasis(['IDENTITY'])).toBe(false);
    expect(showsCprBasis(null)).toBe(false);
  });
});

describe('toTransferMutationData', () => {
  it('sends "us" as no exporter and clears the fields of tools not chosen', () => {
    const data = toTransferMutationData({
      exporterProcessorId: '',
      mechanism: 'BCR',
      bcrAuthority: 'CNIL',
      sccModule: 2,
      sccSignedOn: '2024-01-01',
      sccDocking: true,
      toolReference: 'x',
      derogationGround: 'A_CONSENT',
    });
    expect(data).toMatchObject({
      exporterProcessorId: null,
      mechanism: 'BCR',
      bcrAuthority: 'CNIL',
      sccModule: null,
      sccSignedOn: null,
      sccDocking: false,
      toolReference: null,
      derogationGround: null,
    });
  });

  it('treats an unknown or empty mechanism as no tool', () => {
    expect(toTransferMutationData({ mechanism: '', sccModule: 3 })).toMatchObject({ mechanism: null, sccModule: null });
  });

  it('keeps the SCC module as a number', () => {
    expect(toTransferMutationData({ mechanism: 'SCC', sccModule: '3' }).sccModule).toBe(3);
  });

  it('drops the head count of a systematic transfer and the CPR basis without CPR numbers', () => {
    expect(toTransferMutationData({ frequency: 'SYSTEMATIC', dataSubjectCount: 12 }).dataSubjectCount).toBeNull();
    expect(toTransferMutationData({ frequency: 'OCCASIONAL', dataSubjectCount: 12 }).dataSubjectCount).toBe(12);
    expect(toTransferMutationData({ dataCategories: ['IDENTITY'], cprDisclosureBasis: 'CONSENT' }).cprDisclosureBasis).toBeNull();
    expect(toTransferMutationData({ dataCategories: ['CPR'], cprDisclosureBasis: 'CONSENT' }).cprDisclosureBasis).toBe('CONSENT');
  });

  it('leaves what the form did not touch alone', () => {
    expect(toTransferMutationData({ purpose: 'Support' })).toEqual({ purpose: 'Support' });
  });
});

describe('toAssessTransferArgs', () => {
  it('waits for an importer and a valid country', () => {
    expect(toAssessTransferArgs({ destinationCountry: 'US' })).toBeNull();
    expect(toAssessTransferArgs({ importerProcessorId: 'p1' })).toBeNull();
    expect(toAssessTransferArgs({ importerProcessorId: 'p1', destinationCountry: 'U' })).toBeNull();
  });

  it('sends the typed facts, the stored transfer, and leaves out half-typed dates', () => {
    const args = toAssessTransferArgs(
      { importerProcessorId: 'p1', destinationCountry: 'US', mechanism: 'SCC', sccModule: 2, sccSignedOn: '2024-0', startedOn: '2023-05-01', id: 't1', version: 4, findingCodes: [] },
      't1',
    );
    expect(args).toEqual({
      importerProcessorId: 'p1',
      destinationCountry: 'US',
      mechanism: 'SCC',
      sccModule: 2,
      startedOn: '2023-05-01',
      transferId: 't1',
      bcrAuthority: null,
      bcrApprovedOn: null,
      toolReference: null,
      derogationGround: null,
      derogationJustification: null,
    });
  });

  it('sends cleared tool fields as null (the engine must not see a stale SCC under BCR)', () => {
    const args = toAssessTransferArgs({ importerProcessorId: 'p1', destinationCountry: 'IN', mechanism: 'BCR', sccModule: 2 });
    expect(args?.sccModule).toBeNull();
    expect(args?.mechanism).toBe('BCR');
  });

  it('gives a stable key whatever the order of the facts', () => {
    expect(assessKey({ a: 1, b: 2 })).toBe(assessKey({ b: 2, a: 1 }));
    expect(assessKey(null)).toBe('');
  });
});

describe('toTransferFilter', () => {
  it('maps "no tool" to withoutMechanism', () => {
    expect(toTransferFilter({ mechanism: 'NONE' })).toEqual({ withoutMechanism: true });
    expect(toTransferFilter({ mechanism: 'SCC' })).toEqual({ mechanism: 'SCC' });
  });

  it('maps the exporter choice to exporterIsUs', () => {
    expect(toTransferFilter({ exporter: 'US' })).toEqual({ exporterIsUs: true });
    expect(toTransferFilter({ exporter: 'ONWARD' })).toEqual({ exporterIsUs: false });
    expect(toTransferFilter({ exporter: '' })).toEqual({});
  });

  it('keeps the other filters and drops empty ones', () => {
    expect(toTransferFilter({ status: 'AT_RISK', destinationCountry: 'US', exporterProcessorId: 'p1', q: '' })).toEqual({
      status: 'AT_RISK',
      destinationCountry: 'US',
      exporterProcessorId: 'p1',
    });
    expect(toTransferFilter(undefined)).toEqual({});
  });
});
