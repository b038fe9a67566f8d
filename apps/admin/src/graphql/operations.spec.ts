import { describe, expect, it } from 'vitest';
import { buildClientSchema, parse, validate } from 'graphql';
import { introspectionSchema } from './schema';
import { ALL_OPERATIONS } from './operations';
import { onlyDeclaredVariables, toProcessingLocationInputs, toProcessorMutationData, withoutTypename } from './variables';

const schema = buildClientSchema({ __schema: introspectionSchema });

describe('custom operations', () => {
  it.each(Object.entries(ALL_OPERATIONS))('%s is valid against the static schema', (_name, document) => {
    expect(validate(schema, document).map((e) => e.message)).toEqual([]);
  });
});

describe('onlyDeclaredVariables', () => {
  it('keeps declared arguments and drops the rest of the record', () => {
    const doc = parse('mutation updateProcessor($id: ID!, $version: Int!, $name: String) { data: updateProcessor(id: $id, version: $version, name: $name) { id } }');
    const variables = {
      id: '1',
      version: 3,
      name: 'Acme',
      createdAt: '2026-01-01',
      history: [{ id: 'h1' }],
      meta: {},
      notes: undefined,
    };
    expect(onlyDeclaredVariables(doc, variables)).toEqual({ id: '1', version: 3, name: 'Acme' });
  });

  it('keeps an explicit null (clearing a field)', () => {
    const doc = parse('mutation m($id: ID!, $website: String) { updateProcessor(id: $id, version: 1, website: $website) { id } }');
    expect(onlyDeclaredVariables(doc, { id: '1', website: null })).toEqual({ id: '1', website: null });
  });
});

describe('withoutTypename', () => {
  it('strips __typename at every depth', () => {
    expect(withoutTypename({ __typename: 'X', a: 1, b: [{ __typename: 'Y', c: null }] })).toEqual({ a: 1, b: [{ c: null }] });
  });
});

describe('toProcessingLocationInputs', () => {
  it('sends country, kind and description only (the rows read back carry id and __typename)', () => {
    expect(
      toProcessingLocationInputs([
        { id: 'l1', __typename: 'ProcessingLocation', country: 'IN', kind: 'REMOTE_ACCESS', description: 'Support desk' },
        { country: 'DK', kind: 'STORAGE', description: '  ' },
      ]),
    ).toEqual([
      { country: 'IN', kind: 'REMOTE_ACCESS', description: 'Support desk' },
      { country: 'DK', kind: 'STORAGE', description: null },
    ]);
  });

  it('keeps null and undefined (clear the list, leave it alone) and drops unfinished rows', () => {
    expect(toProcessingLocationInputs(null)).toBeNull();
    expect(toProcessingLocationInputs(undefined)).toBeUndefined();
    expect(toProcessingLocationInputs([{ country: '', kind: 'STORAGE' }, null, { kind: 'STORAGE' }])).toEqual([]);
  });

  it('leaves the other processor fields as they are', () => {
    const data = { name: 'Acme', processingLocations: [{ id: 'x', country: 'SE', kind: 'STORAGE', description: null }] };
    expect(toProcessorMutationData(data)).toEqual({ name: 'Acme', processingLocations: [{ country: 'SE', kind: 'STORAGE', description: null }] });
    expect(toProcessorMutationData({ name: 'Acme' })).toEqual({ name: 'Acme' });
  });

  it('passes the schema: the stripped list is a valid updateProcessor argument', () => {
    const doc = parse('mutation m($id: ID!, $version: Int!, $processingLocations: [ProcessingLocationInput!]) { updateProcessor(id: $id, version: $version, processingLocations: $processingLocations) { id } }');
    expect(validate(schema, doc).map((e) => e.message)).toEqual([]);
    const input = schema.getType('ProcessingLocationInput');
    const fields = input && 'getFields' in input ? Object.keys(input.getFields()).sort() : [];
    expect(fields).toEqual(['country', 'description', 'kind']);
  });
});
