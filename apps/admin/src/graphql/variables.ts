import type { DocumentNode } from 'graphql';

/**
 * ra-data-graphql-simple puts every key of the form data into `variables` and declares only the
 * ones that are mutation arguments. Send only the declared ones: a processor's whole change log
 * (or `createdAt`) has no business in an update request body.
 */
export function onlyDeclaredVariables(document: DocumentNode, variables: Record<string, unknown> | undefined): Record<string, unknown> {
  const declared = new Set<string>();
  for (const definition of document.definitions) {
    if (definition.kind !== 'OperationDefinition') continue;
    for (const v of definition.variableDefinitions ?? []) declared.add(v.variable.name.value);
  }
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(variables ?? {})) if (declared.has(key) && value !== undefined) out[key] = value;
  return out;
}

/** Drops Apollo's `__typename` (and other `_`-prefixed keys) the way the generic provider does. */
export function withoutTypename<T>(value: T): T {
  if (Array.isArray(value)) return value.map(withoutTypename) as T;
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) if (!k.startsWith('__')) out[k] = withoutTypename(v);
    return out as T;
  }
  return value;
}

export interface ProcessingLocationInput {
  country: string;
  kind: string;
  description: string | null;
}

/**
 * `processingLocations` replaces the whole list and takes ProcessingLocationInput items
 * ({ country, kind, description }): the rows read back also carry `id` (and `__typename`), which
 * the input type refuses. Items the form left without a country or kind are dropped.
 */
export function toProcessingLocationInputs(value: unknown): ProcessingLocationInput[] | null | undefined {
  if (value === undefined || value === null) return value;
  if (!Array.isArray(value)) return undefined;
  return value
    .filter((item): item is Record<string, unknown> => typeof item === 'object' && item !== null)
    .filter((item) => typeof item.country === 'string' && item.country !== '' && typeof item.kind === 'string' && item.kind !== '')
    .map((item) => ({
      country: item.country as string,
      kind: item.kind as string,
      description: typeof item.description === 'string' && item.description.trim() !== '' ? item.description : null,
    }));
}

/** The processor form's values as createProcessor/updateProcessor arguments (see toProcessingLocationInputs). */
export function toProcessorMutationData<T extends Record<string, unknown>>(data: T): T {
  if (!('processingLocations' in data)) return data;
  return { ...data, processingLocations: toProcessingLocationInputs(data.processingLocations) };
}
