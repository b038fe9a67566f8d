import {
  DATA_CATEGORIES,
  ERASURE_ANSWER_SOURCES,
  ERASURE_DISPATCH_KINDS,
  ERASURE_DISPATCH_STATUSES,
  ERASURE_LEDGER_EVENTS,
  type ErasureAnswerSource,
  type ErasureDispatchKind,
  type ErasureDispatchStatus,
  type ErasureLedgerEvent,
  DATA_SUBJECT_CATEGORIES,
  ERASURE_CHANNELS,
  ERASURE_DECISIONS,
  ERASURE_GROUNDS,
  ERASURE_NOTICE_STATUSES,
  ERASURE_RECIPIENT_REASONS,
  ERASURE_REFUSAL_BASES,
  ERASURE_REQUEST_STATUSES,
  ERASURE_SOURCES,
  type DataCategory,
  type DataSubjectCategory,
  type ErasureChannel,
  type ErasureDecision,
  type ErasureGround,
  type ErasureNoticeStatus,
  type ErasureRecipientReason,
  type ErasureRefusalBasis,
  type ErasureRequestStatus,
  type ErasureSource,
} from '@tilsyn/domain';
import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, PrimaryGeneratedColumn, Unique } from 'typeorm';
import { arrayWithin, inList } from '../../database/check.js';
import { ProcessorEntity } from '../processors/processor.entity.js';
import { UserEntity } from '../users/user.entity.js';

export interface CaseRecipientValue {
  processorId: string;
  reference: string | null;
}

export interface ExclusionValue {
  processorId: string;
  reason: string;
}

/**
 * An erasure request (Art. 17; design.md §3 "Erasure"). The person's identifiers are sealed with
 * the keyring (AES-256-GCM, outside the database) and found again by keyed hashes; no column here
 * holds a CPR number, a name or an e-mail address in clear (reliability.md R18).
 */
@Entity('erasure_request')
@Check('erasure_request_source_check', inList('source', ERASURE_SOURCES))
@Check('erasure_request_grounds_check', arrayWithin('grounds', ERASURE_GROUNDS))
@Check('erasure_request_category_check', inList('data_subject_category', DATA_SUBJECT_CATEGORIES))
@Check('erasure_request_status_check', inList('status', ERASURE_REQUEST_STATUSES))
@Check('erasure_request_decision_check', `"decision" IS NULL OR ${inList('decision', ERASURE_DECISIONS)}`)
@Check('erasure_request_refusal_basis_check', `"refusal_basis" IS NULL OR ${inList('refusal_basis', ERASURE_REFUSAL_BASES)}`)
@Check('erasure_request_erase_categories_check', arrayWithin('erase_categories', DATA_CATEGORIES))
@Check('erasure_request_extension_months_check', `"extension_months" BETWEEN 0 AND 2`)
@Check('erasure_request_version_check', `"version" > 0`)
@Unique('erasure_request_idempotency_key_key', ['idempotencyKey'])
@Index('erasure_request_cpr_hash_idx', ['cprHash'])
@Index('erasure_request_email_hash_idx', ['emailHash'])
@Index('erasure_request_status_idx', ['status'])
export class ErasureRequestEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'erasure_request_pkey' })
  id: string;

  @Column({ type: 'text' })
  source: ErasureSource;

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  grounds: ErasureGround[];

  @Column({ type: 'text', default: 'DEBTORS' })
  dataSubjectCategory: DataSubjectCategory;

  /** Our case reference (the case system's file number): what notices name instead of the person. */
  @Column({ type: 'varchar', length: 200 })
  caseReference: string;

  /** The caller's key: a repeated call with the same key creates nothing new. */
  @Column({ type: 'varchar', length: 200, nullable: true })
  idempotencyKey: string | null;

  @Column({ type: 'date' })
  receivedOn: string;

  /** Art. 12(3): a month after receipt, plus a recorded extension of up to two months. */
  @Column({ type: 'date' })
  deadlineOn: string;

  @Column({ type: 'int', default: 0 })
  extensionMonths: number;

  @Column({ type: 'text', nullable: true })
  extensionReason: string | null;

  /** The identifiers (CPR, name, e-mail, address) as one sealed JSON value; null once erased. */
  @Column({ type: 'text', nullable: true })
  identifiersSealed: string | null;

  /** Keyed hash of the normalised CPR number ("<key version>:<hex>"), for look-up and duplicates. */
  @Column({ type: 'varchar', length: 80, nullable: true })
  cprHash: string | null;

  @Column({ type: 'varchar', length: 80, nullable: true })
  emailHash: string | null;

  /** Keyed hash of our case reference: what the erasure ledger names the case by (R19). */
  @Column({ type: 'varchar', length: 80, nullable: true })
  caseReferenceHash: string | null;

  /** Recipients the request itself names (e.g. the foreign agency that had the case), with their reference. */
  @Column({ type: 'jsonb', default: () => "'[]'" })
  caseRecipients: CaseRecipientValue[];

  @Column({ type: 'text', default: 'RECEIVED' })
  status: ErasureRequestStatus;

  @Column({ type: 'text', nullable: true })
  decision: ErasureDecision | null;

  @Column({ type: 'text', nullable: true })
  refusalBasis: ErasureRefusalBasis | null;

  @Column({ type: 'text', nullable: true })
  reasoning: string | null;

  /** For a partial approval: the categories erased (the rest is kept on the refusal basis). */
  @Column({ type: 'text', array: true, default: () => "'{}'" })
  eraseCategories: DataCategory[];

  /** Recipients the reviewer left out, each with the reason (Art. 19). */
  @Column({ type: 'jsonb', default: () => "'[]'" })
  exclusions: ExclusionValue[];

  @Column({ type: 'uuid', nullable: true })
  decidedById: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'decided_by_id', foreignKeyConstraintName: 'erasure_request_decided_by_id_fkey' })
  decidedBy?: UserEntity;

  @Column({ type: 'timestamptz', nullable: true })
  decidedAt: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  completedAt: Date | null;

  @Column({ type: 'timestamptz' })
  createdAt: Date;

  @Column({ type: 'timestamptz' })
  updatedAt: Date;

  @Column({ type: 'int', default: 1 })
  version: number;
}

/**
 * One notice per (request, recipient): the record of truth of who was told and what they answered
 * (Art. 19; Art. 28(3)(a), (g)). A job only ever carries its id.
 */
@Entity('erasure_notice')
@Unique('erasure_notice_request_processor_key', ['requestId', 'processorId'])
@Check('erasure_notice_status_check', inList('status', ERASURE_NOTICE_STATUSES))
@Check('erasure_notice_channel_check', inList('channel', ERASURE_CHANNELS))
@Check('erasure_notice_reasons_check', arrayWithin('reasons', ERASURE_RECIPIENT_REASONS))
@Check('erasure_notice_legal_basis_check', `"legal_basis" IN ('PROCESSOR_INSTRUCTION', 'ART_19_NOTICE')`)
@Check('erasure_notice_version_check', `"version" > 0`)
@Check('erasure_notice_answer_source_check', `"answer_source" IS NULL OR ${inList('answer_source', ERASURE_ANSWER_SOURCES)}`)
@Index('erasure_notice_status_idx', ['status'])
@Index('erasure_notice_processor_id_idx', ['processorId'])
export class ErasureNoticeEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'erasure_notice_pkey' })
  id: string;

  @Column({ type: 'uuid' })
  requestId: string;

  @ManyToOne(() => ErasureRequestEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'request_id', foreignKeyConstraintName: 'erasure_notice_request_id_fkey' })
  request?: ErasureRequestEntity;

  @Column({ type: 'uuid' })
  processorId: string;

  @ManyToOne(() => ProcessorEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'processor_id', foreignKeyConstraintName: 'erasure_notice_processor_id_fkey' })
  processor?: ProcessorEntity;

  @Column({ type: 'text' })
  channel: ErasureChannel;

  @Column({ type: 'text' })
  legalBasis: 'PROCESSOR_INSTRUCTION' | 'ART_19_NOTICE';

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  reasons: ErasureRecipientReason[];

  /** The recipient's own reference for the case, when the request names one. */
  @Column({ type: 'varchar', length: 200, nullable: true })
  recipientReference: string | null;

  @Column({ type: 'text', default: 'QUEUED' })
  status: ErasureNoticeStatus;

  @Column({ type: 'int', default: 0 })
  attempts: number;

  @Column({ type: 'timestamptz', nullable: true })
  lastAttemptAt: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  sentAt: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  answeredAt: Date | null;

  /** The day the recipient says it erased the data. */
  @Column({ type: 'date', nullable: true })
  erasedOn: string | null;

  @Column({ type: 'text', nullable: true })
  answerNote: string | null;

  /** The recipient passed the instruction on to its sub-processors (Art. 28(4)). */
  @Column({ type: 'boolean', nullable: true })
  passedToSubprocessors: boolean | null;

  /** Art. 19: why telling this recipient is impossible or disproportionate, recorded by a reviewer. */
  @Column({ type: 'text', nullable: true })
  exceptionReason: string | null;

  /** The day the recipient is asked to have erased by (recipientDeadline). */
  @Column({ type: 'date' })
  deadlineOn: string;

  /** Reminders sent to the recipient so far, and when the reviewers were told (noticeFollowUpsDue). */
  @Column({ type: 'int', default: 0 })
  remindersSent: number;

  @Column({ type: 'timestamptz', nullable: true })
  escalatedAt: Date | null;

  @Column({ type: 'text', nullable: true })
  answerSource: ErasureAnswerSource | null;

  /** Staff who recorded an answer, an exception or a cancellation. */
  @Column({ type: 'uuid', nullable: true })
  recordedById: string | null;

  /** The recipient's evidence of erasure (a PDF or DOCX from the confirmation page), kept by its SHA-256. */
  @Column({ type: 'varchar', length: 255, nullable: true })
  evidenceFileName: string | null;

  @Column({ type: 'varchar', length: 100, nullable: true })
  evidenceContentType: string | null;

  @Column({ type: 'char', length: 64, nullable: true })
  evidenceSha256: string | null;

  @Column({ type: 'bytea', nullable: true, select: false })
  evidenceContent: Buffer | null;

  /** Why the last send failed (SMTP code or HTTP status; never the reply text, which can echo an address). */
  @Column({ type: 'text', nullable: true })
  lastError: string | null;

  @Column({ type: 'timestamptz' })
  createdAt: Date;

  @Column({ type: 'timestamptz' })
  updatedAt: Date;

  @Column({ type: 'int', default: 1 })
  version: number;
}

/**
 * One message to one recipient (issue 6): the day's notices for a processor as one digest, a
 * reminder, or the reviewers' escalation. The send is claimed (SENDING, attempt n) before talking
 * to SMTP or the webhook; a retry after a crash reuses the Message-ID and the idempotency key (the
 * row's id), so the recipient can tell a repeat. The confirmation link's token is random (256 bits),
 * stored as its SHA-256 for look-up and sealed for an identical resend; never in clear.
 */
@Entity('erasure_dispatch')
@Check('erasure_dispatch_kind_check', inList('kind', ERASURE_DISPATCH_KINDS))
@Check('erasure_dispatch_status_check', inList('status', ERASURE_DISPATCH_STATUSES))
@Check('erasure_dispatch_channel_check', inList('channel', ERASURE_CHANNELS))
@Check('erasure_dispatch_recipient_kind_check', `"recipient_kind" IN ('PRIMARY', 'FALLBACK', 'REVIEWERS')`)
@Unique('erasure_dispatch_token_hash_key', ['tokenHash'])
@Index('erasure_dispatch_processor_id_idx', ['processorId'])
@Index('erasure_dispatch_unfinished_idx', ['status'], { where: `"status" IN ('PENDING', 'SENDING', 'RETRYING')` })
export class ErasureDispatchEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'erasure_dispatch_pkey' })
  id: string;

  @Column({ type: 'uuid' })
  processorId: string;

  @ManyToOne(() => ProcessorEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'processor_id', foreignKeyConstraintName: 'erasure_dispatch_processor_id_fkey' })
  processor?: ProcessorEntity;

  @Column({ type: 'text' })
  kind: ErasureDispatchKind;

  @Column({ type: 'text' })
  channel: ErasureChannel;

  /** PRIMARY: the erasure address or privacy contact; FALLBACK after a permanent failure; REVIEWERS for an escalation. */
  @Column({ type: 'text', default: 'PRIMARY' })
  recipientKind: 'PRIMARY' | 'FALLBACK' | 'REVIEWERS';

  @Column({ type: 'text', default: 'PENDING' })
  status: ErasureDispatchStatus;

  @Column({ type: 'int', default: 0 })
  attempts: number;

  @Column({ type: 'timestamptz', nullable: true })
  lastAttemptAt: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  sentAt: Date | null;

  @Column({ type: 'text', nullable: true })
  lastError: string | null;

  @Column({ type: 'int', nullable: true })
  lastResponseCode: number | null;

  /** `<erasure-{id}@host>`, the same on every attempt. */
  @Column({ type: 'varchar', length: 200 })
  messageId: string;

  @Column({ type: 'char', length: 64, nullable: true })
  tokenHash: string | null;

  @Column({ type: 'text', nullable: true })
  tokenSealed: string | null;

  @Column({ type: 'date', nullable: true })
  expiresOn: string | null;

  @Column({ type: 'int', default: 0 })
  noticeCount: number;

  @Column({ type: 'timestamptz' })
  createdAt: Date;
}

/** Which notices a message carried (a notice is in its first message and in each reminder). */
@Entity('erasure_dispatch_notice')
@Index('erasure_dispatch_notice_notice_id_idx', ['noticeId'])
export class ErasureDispatchNoticeEntity {
  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'erasure_dispatch_notice_pkey' })
  dispatchId: string;

  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'erasure_dispatch_notice_pkey' })
  noticeId: string;

  @ManyToOne(() => ErasureDispatchEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'dispatch_id', foreignKeyConstraintName: 'erasure_dispatch_notice_dispatch_id_fkey' })
  dispatch?: ErasureDispatchEntity;

  @ManyToOne(() => ErasureNoticeEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'notice_id', foreignKeyConstraintName: 'erasure_dispatch_notice_notice_id_fkey' })
  notice?: ErasureNoticeEntity;
}

/**
 * The erasure ledger (issue 6, reliability.md R19): what was erased and who was told, with no
 * personal data — request and notice ids, keyed hashes — so it can be re-applied after a database
 * restore. Each row is also appended to a file outside the database (`mirrored` once it is).
 * No foreign key: the ledger outlives the rows it describes.
 */
@Entity('erasure_ledger')
@Check('erasure_ledger_event_check', inList('event', ERASURE_LEDGER_EVENTS))
@Index('erasure_ledger_unmirrored_idx', ['at'], { where: `NOT "mirrored"` })
@Index('erasure_ledger_request_id_idx', ['requestId'])
export class ErasureLedgerEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'erasure_ledger_pkey' })
  id: string;

  /** Order of writing (rows of one transaction share their time): replay follows time, then this. */
  @Column({ type: 'bigint', generated: 'identity', generatedIdentity: 'ALWAYS' })
  seq: string;

  @Column({ type: 'uuid' })
  requestId: string;

  @Column({ type: 'text' })
  event: ErasureLedgerEvent;

  @Column({ type: 'varchar', length: 80, nullable: true })
  cprHash: string | null;

  @Column({ type: 'varchar', length: 80, nullable: true })
  emailHash: string | null;

  @Column({ type: 'varchar', length: 80, nullable: true })
  caseReferenceHash: string | null;

  /** Ids and statuses only: the notices and their recipients, the decision. */
  @Column({ type: 'jsonb', default: () => "'{}'" })
  details: Record<string, unknown>;

  @Column({ type: 'timestamptz' })
  at: Date;

  @Column({ type: 'boolean', default: false })
  mirrored: boolean;
}
