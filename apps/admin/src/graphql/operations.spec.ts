import { describe, expect, it } from 'vitest';
import { buildClientSchema, parse, validate } from 'graphql';
import { introspectionSchema } from './schema';
import { ALL_OPERATIONS } from './operations';
import { onlyDeclaredVariables, withoutTypename } from './variables';

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
