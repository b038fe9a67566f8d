import type { IntrospectionField, IntrospectionType, IntrospectionTypeRef } from 'graphql';

/**
 * Which fields the generic provider asks for. ra-data-graphql-simple selects every scalar field
 * and only `{ id }` of linked resources; we narrow and widen that per resource and fetch type:
 *  - lists never fetch to-many relations (a processor's `history` is loaded on its show page only);
 *    the processor list asks for the one nested fact it shows, `compliance { status }`;
 *  - one-time secrets (User.temporaryPassword) are selected only in the answer that carries them.
 * The answer is ra-data-graphql-simple's `meta.sparseFields` format.
 */
export type SparseField = string | { [linkedField: string]: SparseField[] };

type FetchType = string; // GET_LIST, GET_MANY, GET_MANY_REFERENCE, GET_ONE, CREATE, UPDATE, DELETE, …

/** The show page, and the answers that replace the show page's record after saving. */
const DETAIL: FetchType[] = ['GET_ONE', 'CREATE', 'UPDATE'];

interface Embed {
  /** A field whose type is an object (a to-many relation or a nested value). */
  field: string;
  fetchTypes: FetchType[];
  /** Only these leaf fields of the linked type (default: all of its leaf fields). */
  only?: string[];
  /** Object fields of the linked type to include too, each with all of its leaf fields. */
  with?: string[];
}

/** Relations and nested values embedded with their own scalar fields, and the fetch types that embed them. */
const EMBEDDED: Record<string, Embed[]> = {
  Processor: [
    { field: 'history', fetchTypes: DETAIL },
    { field: 'processingLocations', fetchTypes: DETAIL },
    { field: 'compliance', fetchTypes: ['GET_LIST'], only: ['status'] },
    { field: 'compliance', fetchTypes: DETAIL, with: ['own', 'below'] },
    { field: 'agreements', fetchTypes: DETAIL },
    { field: 'subprocessorLinks', fetchTypes: DETAIL, with: ['findings'] },
    { field: 'engagedBy', fetchTypes: DETAIL, with: ['findings'] },
  ],
  Agreement: [
    { field: 'clauses', fetchTypes: DETAIL },
    { field: 'document', fetchTypes: DETAIL },
  ],
  // The register shows today's status and finding codes (scalars); the page adds today's
  // assessment with sentences and remedies, the evidence, the TIAs covering it and the change log.
  Transfer: [
    { field: 'assessment', fetchTypes: DETAIL, with: ['findings', 'periodsWithoutValidMechanism'] },
    { field: 'documents', fetchTypes: DETAIL },
    {
      field: 'tias',
      fetchTypes: DETAIL,
      only: ['id', 'seriesId', 'versionNo', 'title', 'status', 'approvedOn', 'reevaluateOn', 'reevaluationRequested', 'updatedAt'],
    },
    { field: 'history', fetchTypes: DETAIL },
  ],
  Tia: [
    { field: 'guarantees', fetchTypes: DETAIL },
    { field: 'measures', fetchTypes: DETAIL },
  ],
  // The list shows scalars (kind, subject, due state, assignee); the page adds the checklist, the
  // findings and actions, the evidence and the reminders sent about it with their recipients.
  Review: [
    { field: 'checklist', fetchTypes: DETAIL },
    { field: 'findings', fetchTypes: DETAIL },
    { field: 'actions', fetchTypes: DETAIL },
    { field: 'documents', fetchTypes: DETAIL },
    { field: 'reminders', fetchTypes: DETAIL, with: ['recipients'] },
  ],
  Reminder: [{ field: 'recipients', fetchTypes: ['GET_LIST'] }],
  // The list shows scalars (case reference, dates, status, outstanding count); the page adds the
  // case recipients, the reviewer's exclusions, the notices and the messages that carried them (the
  // evidence of who was told when; one query per request, so never in a list).
  ErasureRequest: [
    { field: 'caseRecipients', fetchTypes: DETAIL },
    { field: 'exclusions', fetchTypes: DETAIL },
    { field: 'notices', fetchTypes: DETAIL },
    { field: 'messages', fetchTypes: DETAIL },
  ],
  // Issue 7: the record shows the processors' names in the list too (one query per page); the
  // page adds the retention rules.
  ProcessingActivity: [
    { field: 'processors', fetchTypes: ['GET_LIST', ...DETAIL] },
    { field: 'retentionRules', fetchTypes: DETAIL },
  ],
  ClientEngagement: [{ field: 'processors', fetchTypes: ['GET_LIST', ...DETAIL] }],
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

const leavesOf = (types: readonly IntrospectionType[], typeName: string): string[] =>
  fieldsOf(types, typeName)
    .filter(isLeaf)
    .map((f) => f.name);

function embedded(types: readonly IntrospectionType[], typeName: string, embed: Embed): SparseField | null {
  const linkedType = finalType(fieldsOf(types, typeName).find((f) => f.name === embed.field)?.type ?? { kind: 'SCALAR', name: '' }).name;
  const leaves = leavesOf(types, linkedType);
  const selected: SparseField[] = embed.only ? leaves.filter((name) => embed.only?.includes(name)) : leaves;
  for (const nested of embed.with ?? []) {
    const nestedField = fieldsOf(types, linkedType).find((f) => f.name === nested);
    if (!nestedField) continue;
    const nestedLeaves = leavesOf(types, finalType(nestedField.type).name);
    if (nestedLeaves.length > 0) selected.push({ [nested]: nestedLeaves });
  }
  return selected.length > 0 ? { [embed.field]: selected } : null;
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
    if (!embed.fetchTypes.includes(fetchType) || !fields.some((f) => f.name === embed.field)) continue;
    const field = embedded(types, resource, embed);
    if (field) selected.push(field);
  }
  return selected;
}

/** For pickers (ReferenceInput on Processor): the choices need a name only, not today's status of each. */
export const PICKER_QUERY_OPTIONS = { meta: { sparseFields: ['id', 'name'] } };
