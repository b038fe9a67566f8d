/** Vocabulary of erasure propagation (design.md §3 "Erasure"; Art. 17, 19). */
export const ERASURE_SOURCES = ['DATA_SUBJECT_REQUEST', 'RETENTION_EXPIRY', 'CLIENT_INSTRUCTION', 'OBJECTION'] as const;
export type ErasureSource = (typeof ERASURE_SOURCES)[number];

/** Art. 17(1)(a)–(f): the grounds on which the person's data must be erased. */
export const ERASURE_GROUNDS = [
  'NO_LONGER_NECESSARY', // (a)
  'CONSENT_WITHDRAWN', // (b)
  'OBJECTION', // (c)
  'UNLAWFUL_PROCESSING', // (d)
  'LEGAL_OBLIGATION_TO_ERASE', // (e)
  'CHILD_INFORMATION_SOCIETY', // (f)
] as const;
export type ErasureGround = (typeof ERASURE_GROUNDS)[number];

/** Where the request stands: filed, decided, telling the recipients, done. */
export const ERASURE_REQUEST_STATUSES = ['RECEIVED', 'APPROVED', 'PARTLY_APPROVED', 'REFUSED', 'COMPLETED', 'WITHDRAWN'] as const;
export type ErasureRequestStatus = (typeof ERASURE_REQUEST_STATUSES)[number];

export const ERASURE_DECISIONS = ['APPROVE', 'APPROVE_PARTLY', 'REFUSE'] as const;
export type ErasureDecision = (typeof ERASURE_DECISIONS)[number];

/**
 * Art. 17(3): what blocks erasure. (b) a legal obligation to keep (bookkeeping) and (e) legal
 * claims (the claim is still enforceable) are the ones debt collection meets.
 */
export const ERASURE_REFUSAL_BASES = [
  'FREEDOM_OF_EXPRESSION', // (a)
  'LEGAL_OBLIGATION_TO_RETAIN', // (b)
  'PUBLIC_HEALTH', // (c)
  'ARCHIVING_RESEARCH', // (d)
  'LEGAL_CLAIMS', // (e)
] as const;
export type ErasureRefusalBasis = (typeof ERASURE_REFUSAL_BASES)[number];

export const ERASURE_NOTICE_STATUSES = [
  'QUEUED',
  'SENDING',
  'SENT',
  'CONFIRMED',
  'NO_DATA',
  'REFUSED',
  'BOUNCED',
  'FAILED',
  'EXCEPTION',
  'CANCELLED',
] as const;
export type ErasureNoticeStatus = (typeof ERASURE_NOTICE_STATUSES)[number];

/** A notice in one of these is settled: the request can complete when all its notices are. */
export const SETTLED_NOTICE_STATUSES = ['CONFIRMED', 'NO_DATA', 'REFUSED', 'EXCEPTION', 'CANCELLED'] as const satisfies readonly ErasureNoticeStatus[];

/** The processor's answer on the confirmation page or by webhook callback. */
export const ERASURE_ANSWERS = ['CONFIRMED', 'NO_DATA', 'REFUSED'] as const satisfies readonly ErasureNoticeStatus[];
export type ErasureAnswer = (typeof ERASURE_ANSWERS)[number];

/** Why a recipient is on the list (shown in the preview before anything is sent). */
export const ERASURE_RECIPIENT_REASONS = [
  'HOLDS_CATEGORY', // a processor of ours whose engagement covers the person's category
  'CASE_RECIPIENT', // named on the request (e.g. the foreign agency that had the case)
  'INDEPENDENT_CONTROLLER', // data disclosed to a controller in its own right: an Art. 19 notice
] as const;
export type ErasureRecipientReason = (typeof ERASURE_RECIPIENT_REASONS)[number];

/** Why a party of the register is not notified directly. */
export const ERASURE_SKIP_REASONS = [
  'OTHER_CATEGORY', // holds no data of the person's category
  'OFFBOARDED_DATA_DELETED', // Art. 28(3)(g) deletion confirmed at offboarding
  'OFFBOARDED_DATA_RETURNED', // Art. 28(3)(g) data returned at offboarding
  'VIA_PROCESSOR', // a sub-processor: its processor passes the instruction down (Art. 28(4))
  'EXCLUDED_BY_REVIEWER', // a reviewer excluded it, with a reason
] as const;
export type ErasureSkipReason = (typeof ERASURE_SKIP_REASONS)[number];

/** One message to a recipient: the first notice (a digest of the day's cases), a reminder, or the reviewers' escalation. */
export const ERASURE_DISPATCH_KINDS = ['NOTICE', 'REMINDER', 'ESCALATION'] as const;
export type ErasureDispatchKind = (typeof ERASURE_DISPATCH_KINDS)[number];

/** A message's own delivery state; its notices follow it. */
export const ERASURE_DISPATCH_STATUSES = ['PENDING', 'SENDING', 'RETRYING', 'SENT', 'FAILED'] as const;
export type ErasureDispatchStatus = (typeof ERASURE_DISPATCH_STATUSES)[number];

/** Where an answer came from: the confirmation page, the webhook (synchronous or callback), or staff recording a manual contact. */
export const ERASURE_ANSWER_SOURCES = ['PAGE', 'WEBHOOK', 'STAFF'] as const;
export type ErasureAnswerSource = (typeof ERASURE_ANSWER_SOURCES)[number];

/** What the erasure ledger records (no personal data: ids and keyed hashes only). */
export const ERASURE_LEDGER_EVENTS = ['DECIDED', 'NOTICE_SENT', 'NOTICE_SETTLED', 'COMPLETED'] as const;
export type ErasureLedgerEvent = (typeof ERASURE_LEDGER_EVENTS)[number];
