import type { ErasureChannel, DataSubjectCategory, EndOfServiceOutcome, EngagementRole, ProcessorLifecycle } from '../vocabulary/processors';
import type { ErasureRecipientReason, ErasureSkipReason } from '../vocabulary/erasure';

/** A party of the register, as recipient resolution needs it. */
export interface RegisterParty {
  id: string;
  name: string;
  /** Null: only a sub-processor of another processor, no engagement with us. */
  engagementRole: EngagementRole | null;
  lifecycle: ProcessorLifecycle;
  endOfServiceOutcome: EndOfServiceOutcome | null;
  dataSubjectCategories: readonly DataSubjectCategory[];
  erasureChannel: ErasureChannel;
}

export interface CaseRecipient {
  processorId: string;
  /** The recipient's own reference for the case (e.g. the foreign agency's file number). */
  reference?: string | null;
}

export type ErasureLegalBasis = 'PROCESSOR_INSTRUCTION' | 'ART_19_NOTICE';

export interface ResolvedRecipient {
  processorId: string;
  name: string;
  reasons: ErasureRecipientReason[];
  channel: ErasureChannel;
  /** Art. 28(3)(a),(g) instruction to a processor, or Art. 19 notice to a controller in its own right. */
  legalBasis: ErasureLegalBasis;
  /** True when the register does not say which people it holds data of: told to be safe. */
  categoryNotRecorded: boolean;
  recipientReference: string | null;
}

export interface SkippedParty {
  processorId: string;
  name: string;
  reason: ErasureSkipReason;
  note?: string;
}

/**
 * Who must be told of an erasure (Art. 19; Art. 28(3)(a), (e), (g)), and why each one is on the
 * list or not. Our processors and the controllers we disclosed to are told when their engagement
 * covers the person's category (or the register does not say, which tells them rather than risk
 * leaving one out); the request's own case recipients always are. Sub-processors are reached
 * through their processor, which must pass the instruction down (Art. 28(4)) and says so when it
 * answers. An offboarded party whose deletion or return was confirmed (Art. 28(3)(g)) holds
 * nothing; one whose end was never confirmed is told. A reviewer's exclusion, with its reason,
 * takes a party off the list (Art. 19: impossible or disproportionate).
 */
export function resolveErasureRecipients(input: {
  parties: readonly RegisterParty[];
  category: DataSubjectCategory;
  caseRecipients?: readonly CaseRecipient[];
  exclusions?: readonly { processorId: string; reason: string }[];
}): { recipients: ResolvedRecipient[]; skipped: SkippedParty[] } {
  const recipients = new Map<string, ResolvedRecipient>();
  const skipped: SkippedParty[] = [];
  const excluded = new Map((input.exclusions ?? []).map((e) => [e.processorId, e.reason]));
  const legalBasis = (p: RegisterParty): ErasureLegalBasis => (p.engagementRole === 'PROCESSOR' || p.engagementRole === null ? 'PROCESSOR_INSTRUCTION' : 'ART_19_NOTICE');
  const add = (p: RegisterParty, reason: ErasureRecipientReason, categoryNotRecorded: boolean, reference: string | null) => {
    const existing = recipients.get(p.id);
    if (existing) {
      if (!existing.reasons.includes(reason)) existing.reasons.push(reason);
      existing.recipientReference ??= reference;
      existing.categoryNotRecorded &&= categoryNotRecorded;
      return;
    }
    recipients.set(p.id, { processorId: p.id, name: p.name, reasons: [reason], channel: p.erasureChannel, legalBasis: legalBasis(p), categoryNotRecorded, recipientReference: reference });
  };
  const offboardedWithNothing = (p: RegisterParty): ErasureSkipReason | null => {
    if (p.lifecycle !== 'OFFBOARDED') return null;
    if (p.endOfServiceOutcome === 'DELETED') return 'OFFBOARDED_DATA_DELETED';
    if (p.endOfServiceOutcome === 'RETURNED') return 'OFFBOARDED_DATA_RETURNED';
    return null;
  };
  const byId = new Map(input.parties.map((p) => [p.id, p]));
  for (const c of input.caseRecipients ?? []) {
    const p = byId.get(c.processorId);
    if (!p || excluded.has(p.id)) continue;
    add(p, 'CASE_RECIPIENT', false, c.reference?.trim() || null);
  }
  for (const p of input.parties) {
    const named = recipients.has(p.id);
    if (!named && excluded.has(p.id)) {
      skipped.push({ processorId: p.id, name: p.name, reason: 'EXCLUDED_BY_REVIEWER', note: excluded.get(p.id) });
      continue;
    }
    // A party named on the case is told whatever the register says; it only gains a reason here.
    const skip = (reason: ErasureSkipReason) => {
      if (!named) skipped.push({ processorId: p.id, name: p.name, reason });
    };
    if (p.engagementRole === null) {
      skip('VIA_PROCESSOR');
      continue;
    }
    const gone = offboardedWithNothing(p);
    if (gone) {
      skip(gone);
      continue;
    }
    const notRecorded = p.dataSubjectCategories.length === 0;
    if (!notRecorded && !p.dataSubjectCategories.includes(input.category)) {
      skip('OTHER_CATEGORY');
      continue;
    }
    add(p, p.engagementRole === 'PROCESSOR' ? 'HOLDS_CATEGORY' : 'INDEPENDENT_CONTROLLER', notRecorded, null);
  }
  const byName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name, 'da');
  return { recipients: [...recipients.values()].sort(byName), skipped: skipped.sort(byName) };
}

/**
 * Notices the same day for the same recipient and channel go out as one digest (a processor gets
 * one e-mail for a thousand retention erasures, not a thousand). Keyed by recipient, channel and
 * the Copenhagen day they were queued.
 */
export function groupIntoDigests<T extends { recipientId: string; channel: ErasureChannel; queuedOn: string }>(notices: readonly T[]): { key: string; notices: T[] }[] {
  const groups = new Map<string, T[]>();
  for (const n of notices) {
    const key = `${n.recipientId}/${n.channel}/${n.queuedOn}`;
    const list = groups.get(key);
    if (list) list.push(n);
    else groups.set(key, [n]);
  }
  return [...groups.entries()].map(([key, list]) => ({ key, notices: list }));
}
