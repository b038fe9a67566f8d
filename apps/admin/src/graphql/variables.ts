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
