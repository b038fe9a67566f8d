/** SQL for a CHECK constraint that keeps a text column inside a vocabulary from packages/domain. */
export function inList(column: string, values: readonly string[]): string {
  return `"${column}" IN (${values.map((v) => `'${v.replace(/'/g, "''")}'`).join(', ')})`;
}

/** SQL for a CHECK constraint that keeps every element of a text[] column inside a vocabulary. */
export function arrayWithin(column: string, values: readonly string[]): string {
  return `"${column}" <@ ARRAY[${values.map((v) => `'${v.replace(/'/g, "''")}'`).join(', ')}]::text[]`;
}
