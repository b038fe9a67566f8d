import { In, type EntityManager } from 'typeorm';
import { DomainException } from '../../common/domain-exception.js';
import { ProcessorEntity } from '../processors/processor.entity.js';

/**
 * Input clean-up shared by the record services: surrounding spaces dropped, blank optional text
 * stored as NULL, list values kept once each in the order given.
 */
export function normaliseRecordInput<T extends object>(input: T, required: readonly string[], optional: readonly string[], lists: readonly string[]): T {
  const out = { ...input } as Record<string, unknown>;
  for (const key of required) if (typeof out[key] === 'string') out[key] = (out[key] as string).trim();
  for (const key of optional) {
    const value = out[key];
    if (typeof value === 'string') out[key] = value.trim() === '' ? null : value.trim();
  }
  for (const key of lists) if (Array.isArray(out[key])) out[key] = [...new Set(out[key] as unknown[])];
  return out as T;
}

/** A required text field may be left out of an update, but never cleared. */
export function rejectBlank(input: object, fields: readonly string[], requireAll: boolean): void {
  for (const field of fields) {
    const value = (input as Record<string, unknown>)[field];
    if ((requireAll || value !== undefined) && (typeof value !== 'string' || value === '')) throw DomainException.badInput(field, 'REQUIRED');
  }
}

/** Fields that may be left out of an update (or a list emptied), but not set to null. */
export function rejectNull(input: object, fields: readonly string[]): void {
  for (const field of fields) if ((input as Record<string, unknown>)[field] === null) throw DomainException.badInput(field, 'REQUIRED');
}

/**
 * Every id must name a processor of the register (there is no foreign key on a uuid[] column):
 * the first that does not is refused with UNKNOWN_ID. Read in the caller's
 * transaction with a share lock, so the processor cannot be deleted before the record commits.
 * The error names the input (`processorIds`), with the position and id of the first unknown one.
 */
export async function assertProcessorsExist(em: EntityManager, ids: readonly string[] | null | undefined): Promise<void> {
  if (!ids || ids.length === 0) return;
  const found = await em.getRepository(ProcessorEntity).createQueryBuilder('p').select('p.id').where({ id: In([...ids]) }).setLock('pessimistic_read').getMany();
  const known = new Set(found.map((p) => p.id));
  const missing = ids.findIndex((id) => !known.has(id));
  if (missing >= 0) throw DomainException.badInput('processorIds', 'UNKNOWN_ID', { index: missing, id: ids[missing] });
}

/**
 * The `processors` field of a page of records, in one query: the processors each names that are
 * still in the register, by name.
 */
export async function processorsOf(em: EntityManager, records: readonly { processorIds: string[] }[]): Promise<{ id: string; name: string }[][]> {
  const unique = [...new Set(records.flatMap((r) => r.processorIds))];
  const rows = unique.length ? await em.getRepository(ProcessorEntity).find({ select: { id: true, name: true }, where: { id: In(unique) } }) : [];
  const names = new Map(rows.map((r) => [r.id, r.name]));
  return records.map((r) =>
    r.processorIds
      .filter((id) => names.has(id))
      .map((id) => ({ id, name: names.get(id)! }))
      .sort((a, b) => a.name.localeCompare(b.name, 'da')),
  );
}

/** Whether a Postgres error is the violation of the named unique constraint (a concurrent insert). */
export function isUniqueViolation(error: unknown, constraint: string): boolean {
  const e = error as { code?: string; constraint?: string; driverError?: { code?: string; constraint?: string } } | null;
  const code = e?.driverError?.code ?? e?.code;
  const name = e?.driverError?.constraint ?? e?.constraint;
  return code === '23505' && name === constraint;
}
