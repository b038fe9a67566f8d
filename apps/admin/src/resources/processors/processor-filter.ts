import type { ProcessorRiskLevelRecord } from '../../graphql/types';

/**
 * The processor list's "risk level" filter has no field in ProcessorFilter: the level is computed
 * (or overridden) per processor by the API. The form's `riskLevel` becomes the `ids` of the
 * processors at that level (intersected with any ids already asked for); none at that level means
 * an empty list, not every processor.
 */
export function toProcessorFilter(filter: Record<string, unknown> | undefined, levels: readonly ProcessorRiskLevelRecord[]): Record<string, unknown> {
  const out: Record<string, unknown> = { ...(filter ?? {}) };
  const level = out.riskLevel;
  delete out.riskLevel;
  if (typeof level !== 'string' || level === '') return out;
  let ids = levels.filter((l) => l.level === level).map((l) => l.processorId);
  if (Array.isArray(out.ids)) {
    const asked = new Set(out.ids.map(String));
    ids = ids.filter((id) => asked.has(id));
  }
  out.ids = ids;
  return out;
}

export const hasRiskLevelFilter = (filter: Record<string, unknown> | undefined): boolean =>
  typeof filter?.riskLevel === 'string' && filter.riskLevel !== '';
