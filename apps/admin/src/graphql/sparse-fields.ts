import type { IntrospectionField, IntrospectionType, IntrospectionTypeRef } from 'graphql';

/**
 * Which fields the generic provider asks for. ra-data-graphql-simple selects every scalar field
 * and only `{ id }` of linked resources; we narrow and widen that per resource and fetch type:
 *  - lists never fetch to-many relations (a processor's `history` is loaded on its show page only);
 *  - one-time secrets (User.temporaryPassword) are selected only in the answer that carries them.
 * The answer is ra-data-graphql-simple's `meta.sparseFields` format.
 */
export type SparseField = string | { [linkedField: string]: SparseField[] };

type FetchType = string; // GET_LIST, GET_ONE, GET_MANY, GET_MANY_REFERENCE, CREATE, UPDATE, DELETE, …

/** Relations embedded with their own scalar fields, and the fetch types that embed them. */
const EMBEDDED: Record<string, { field: string; fetchTypes: FetchType[] }[]> = {
  Processor: [{ field: 'history', fetchTypes: ['GET_ONE', 'CREATE', 'UPDATE'] }],
};

/** Fields selected only by the listed fetch types. */
const ONLY_IN: Record<string, Record<string, FetchType[]>> = {
  User: { temporaryPassword: ['CREATE'] },
};

const NARROWED: FetchType[] = ['GET_LIST', 'GET_MANY', 'GET_MANY_REFERENCE', 'GET_ONE', 'CREATE', 'UPDATE', 'DELETE'];

function finalType(ref: IntrospectionTypeRef): { kind: string; name: string } {
  let current: IntrospectionTypeRef = ref;
  while ('ofType' in current && current.ofType) current = current.ofType;
  return { kind: current.kind, name: 'name' in current ? current.name : '' };
}

const isLeaf = (field: IntrospectionField) => {
  const { kind } = finalType(field.type);
  return kind === 'SCALAR' || kind === 'ENUM';
};

function fieldsOf(types: readonly IntrospectionType[], typeName: string): readonly IntrospectionField[] {
  const type = types.find((t) => t.name === typeName);
  return type && type.kind === 'OBJECT' ? type.fields : [];
}

export function sparseFieldsFor(types: readonly IntrospectionType[], resource: string, fetchType: FetchType): SparseField[] | undefined {
  if (!NARROWED.includes(fetchType)) return undefined;
  const fields = fieldsOf(types, resource);
  if (fields.length === 0) return undefined;
  const only = ONLY_IN[resource] ?? {};
  const selected: SparseField[] = fields
    .filter(isLeaf)
    .filter((f) => !only[f.name] || only[f.name].includes(fetchType))
    .map((f) => f.name);
  for (const embed of EMBEDDED[resource] ?? []) {
    if (!embed.fetchTypes.includes(fetchType)) continue;
    const field = fields.find((f) => f.name === embed.field);
    if (!field) continue;
    const linked = fieldsOf(types, finalType(field.type).name).filter(isLeaf).map((f) => f.name);
    if (linked.length > 0) selected.push({ [embed.field]: linked });
  }
  return selected;
}
