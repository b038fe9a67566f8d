/** Vocabulary of erasure propagation (design.md §3 "Erasure"; Art. 17, 19). */
export const ERASURE_SOURCES = ['DATA_SUBJECT_REQUEST', 'RETENTION_EXPIRY', 'CLIENT_INSTRUCTION', 'OBJECTION'] as const;
export type ErasureSource = (typeof ERASURE_SOURCES)[number];

export const ERASURE_NOTICE_STATUSES = [
  'QUEUED',
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
