import { createHash } from 'node:crypto';

export const GENESIS_HASH = '0'.repeat(64);

/** The chained part of an audit event: ids, codes and times only, no personal data. */
export interface ChainedFields {
  seq: number;
  occurredAt: Date;
  actorType: string;
  actorId: string | null;
  action: string;
  entityType: string;
  entityId: string | null;
  requestId: string | null;
  detailsHash: string;
}

/** JSON with sorted keys, so the same details always hash the same. */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value ?? null);
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value instanceof Date) return JSON.stringify(value.toISOString());
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
}

export function sha256(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

export function detailsHashOf(details: Record<string, unknown> | null): string {
  return sha256(canonicalJson(details));
}

/** hash_n = SHA-256(hash_{n-1} ‖ fields_n): changing, removing or reordering any event breaks every later link. */
export function chainHash(previousHash: string, fields: ChainedFields): string {
  return sha256(
    [
      previousHash,
      fields.seq,
      fields.occurredAt.toISOString(),
      fields.actorType,
      fields.actorId ?? '',
      fields.action,
      fields.entityType,
      fields.entityId ?? '',
      fields.requestId ?? '',
      fields.detailsHash,
    ].join('|'),
  );
}

export interface StoredEvent extends ChainedFields {
  id: string;
  previousHash: string;
  hash: string;
  /** undefined: no detail row; null: erased on purpose (allowed). */
  details: Record<string, unknown> | null | undefined;
  detailsErased: boolean;
}

export interface ChainBreak {
  seq: number;
  id: string | null;
  reason: 'SEQUENCE_GAP' | 'PREVIOUS_HASH_MISMATCH' | 'HASH_MISMATCH' | 'DETAILS_MISMATCH' | 'DETAILS_MISSING';
}

/**
 * Checks a run of events that follows `previous` (the last verified link, or the genesis).
 * Returns the first broken link, if any.
 */
export function verifyRun(previous: { seq: number; hash: string }, events: StoredEvent[]): ChainBreak | undefined {
  let expectedSeq = previous.seq + 1;
  let previousHash = previous.hash;
  for (const event of events) {
    if (event.seq !== expectedSeq) return { seq: expectedSeq, id: null, reason: 'SEQUENCE_GAP' };
    if (event.previousHash !== previousHash) return { seq: event.seq, id: event.id, reason: 'PREVIOUS_HASH_MISMATCH' };
    if (chainHash(previousHash, event) !== event.hash) return { seq: event.seq, id: event.id, reason: 'HASH_MISMATCH' };
    if (event.details === undefined) return { seq: event.seq, id: event.id, reason: 'DETAILS_MISSING' };
    if (!event.detailsErased && detailsHashOf(event.details) !== event.detailsHash) {
      return { seq: event.seq, id: event.id, reason: 'DETAILS_MISMATCH' };
    }
    previousHash = event.hash;
    expectedSeq += 1;
  }
  return undefined;
}
