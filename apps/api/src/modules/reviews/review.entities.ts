import { StoredDocumentColumns } from '../../database/stored-document.js';
import {
  REMINDER_STATUSES,
  REMINDER_SUBJECT_TYPES,
  REVIEW_KINDS,
  REVIEW_OUTCOMES,
  REVIEW_STATUSES,
  REVIEW_SUBJECT_TYPES,
  RISK_LEVELS,
  SUPERVISION_METHODS,
  type ChecklistAnswer,
  type ReminderStatus,
  type ReminderSubjectType,
  type ReviewFindingSeverity,
  type ReviewKind,
  type ReviewOutcome,
  type ReviewStatus,
  type ReviewSubjectType,
  type RiskLevel,
  type SupervisionMethod,
} from '@tilsyn/domain';
import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, PrimaryGeneratedColumn, Unique } from 'typeorm';
import { arrayWithin, inList } from '../../database/check.js';
import { ProcessorEntity } from '../processors/processor.entity.js';
import { UserEntity } from '../users/user.entity.js';

export interface ChecklistItemValue {
  key: string;
  answer: ChecklistAnswer | null;
  note: string | null;
}

export interface ReviewFindingValue {
  severity: ReviewFindingSeverity;
  description: string;
}

export interface FollowUpActionValue {
  description: string;
  ownerId: string | null;
  dueOn: string | null;
  doneOn: string | null;
}

/**
 * A review of a processor, a DPA or a transfer (design.md §3): checklist, findings, evidence,
 * outcome and follow-up actions, written by one person and approved by another. A completed review
 * is frozen: it is the controller's evidence of supervision (Art. 5(2), 24, 28(1)).
 */
@Entity('review')
@Check('review_kind_check', inList('kind', REVIEW_KINDS))
@Check('review_subject_type_check', inList('subject_type', REVIEW_SUBJECT_TYPES))
@Check('review_status_check', inList('status', REVIEW_STATUSES))
@Check('review_outcome_check', `"outcome" IS NULL OR ${inList('outcome', REVIEW_OUTCOMES)}`)
@Check('review_method_check', `"method" IS NULL OR ${inList('method', SUPERVISION_METHODS)}`)
@Check('review_interval_months_check', `"interval_months" IS NULL OR "interval_months" BETWEEN 1 AND 60`)
@Check('review_version_check', `"version" > 0`)
@Index('review_processor_id_idx', ['processorId'])
@Index('review_due_on_idx', ['dueOn'])
@Index('review_subject_idx', ['subjectType', 'subjectId'])
// One open review per kind and subject: planning from two processes at once cannot double it.
@Index('review_open_uq', ['kind', 'subjectType', 'subjectId'], { unique: true, where: `"status" IN ('OPEN', 'IN_PROGRESS', 'SUBMITTED', 'SENT_BACK')` })
export class ReviewEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'review_pkey' })
  id: string;

  @Column({ type: 'text' })
  kind: ReviewKind;

  @Column({ type: 'text', nullable: true })
  method: SupervisionMethod | null;

  @Column({ type: 'text' })
  subjectType: ReviewSubjectType;

  @Column({ type: 'uuid' })
  subjectId: string;

  /** The processor the subject belongs to: lists, roll-up and reminders read it. */
  @Column({ type: 'uuid' })
  processorId: string;

  @ManyToOne(() => ProcessorEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'processor_id', foreignKeyConstraintName: 'review_processor_id_fkey' })
  processor?: ProcessorEntity;

  @Column({ type: 'text' })
  status: ReviewStatus;

  @Column({ type: 'date' })
  dueOn: string;

  /** The day it was planned: thresholds before it are not reminded. */
  @Column({ type: 'date' })
  createdOn: string;

  @Column({ type: 'uuid', nullable: true })
  assigneeId: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'assignee_id', foreignKeyConstraintName: 'review_assignee_id_fkey' })
  assignee?: UserEntity;

  /** The interval the next review is scheduled with (months after completion). */
  @Column({ type: 'int', nullable: true })
  intervalMonths: number | null;

  @Column({ type: 'jsonb', default: () => "'[]'" })
  checklist: ChecklistItemValue[];

  @Column({ type: 'jsonb', default: () => "'[]'" })
  findings: ReviewFindingValue[];

  @Column({ type: 'jsonb', default: () => "'[]'" })
  actions: FollowUpActionValue[];

  @Column({ type: 'text', nullable: true })
  summary: string | null;

  @Column({ type: 'text', nullable: true })
  outcome: ReviewOutcome | null;

  /** Everyone who wrote in it: none of them may approve it (four eyes). */
  @Column({ type: 'uuid', array: true, default: () => "'{}'" })
  authorIds: string[];

  @Column({ type: 'uuid', nullable: true })
  approvedById: string | null;

  @Column({ type: 'text', nullable: true })
  reviewComment: string | null;

  @Column({ type: 'date', nullable: true })
  completedOn: string | null;

  @Column({ type: 'uuid', nullable: true })
  previousReviewId: string | null;

  @Column({ type: 'uuid', nullable: true })
  nextReviewId: string | null;

  @Column({ type: 'int', default: 1 })
  version: number;

  @Column({ type: 'timestamptz' })
  createdAt: Date;

  @Column({ type: 'timestamptz' })
  updatedAt: Date;
}

@Entity('review_document')
@Index('review_document_review_id_idx', ['reviewId'])
export class ReviewDocumentEntity extends StoredDocumentColumns {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'review_document_pkey' })
  id: string;

  @Column({ type: 'uuid' })
  reviewId: string;

  @ManyToOne(() => ReviewEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'review_id', foreignKeyConstraintName: 'review_document_review_id_fkey' })
  review?: ReviewEntity;
}

export interface ReminderRecipient {
  userId: string;
  email: string;
  locale: 'da' | 'en';
}

/**
 * One reminder per (subject, due date, threshold): the unique key is what makes "sent at most
 * once" hold whatever the number of processes, restarts or scans (design.md §3). It records to
 * whom, when, how many attempts and the outcome.
 */
@Entity('reminder')
@Unique('reminder_subject_threshold_key', ['subjectType', 'subjectId', 'dueOn', 'thresholdKey'])
@Check('reminder_subject_type_check', inList('subject_type', REMINDER_SUBJECT_TYPES))
@Check('reminder_status_check', inList('status', REMINDER_STATUSES))
@Index('reminder_status_idx', ['status'])
@Index('reminder_processor_id_idx', ['processorId'])
export class ReminderEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'reminder_pkey' })
  id: string;

  @Column({ type: 'text' })
  subjectType: ReminderSubjectType;

  /** The review, or the agreement whose end date approaches. */
  @Column({ type: 'uuid' })
  subjectId: string;

  @Column({ type: 'uuid' })
  processorId: string;

  @ManyToOne(() => ProcessorEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'processor_id', foreignKeyConstraintName: 'reminder_processor_id_fkey' })
  processor?: ProcessorEntity;

  @Column({ type: 'date' })
  dueOn: string;

  @Column({ type: 'varchar', length: 32 })
  thresholdKey: string;

  /** The day the threshold fell on. */
  @Column({ type: 'date' })
  thresholdOn: string;

  @Column({ type: 'boolean', default: false })
  escalation: boolean;

  @Column({ type: 'jsonb', default: () => "'[]'" })
  recipients: ReminderRecipient[];

  @Column({ type: 'text', default: 'PENDING' })
  status: ReminderStatus;

  @Column({ type: 'int', default: 0 })
  attempts: number;

  @Column({ type: 'text', nullable: true })
  lastError: string | null;

  /** SMTP reply code of the last failure, e.g. 451 or 550. */
  @Column({ type: 'int', nullable: true })
  lastResponseCode: number | null;

  /** Stable per reminder: a resend after a crash carries the same id, so a duplicate is detectable. */
  @Column({ type: 'varchar', length: 200 })
  messageId: string;

  @Column({ type: 'timestamptz' })
  createdAt: Date;

  @Column({ type: 'timestamptz', nullable: true })
  lastAttemptAt: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  sentAt: Date | null;
}

/** The supervision cadence by risk level, edited by an administrator (issue 5). */
@Entity('supervision_cadence')
@Check('supervision_cadence_risk_level_check', inList('risk_level', RISK_LEVELS))
@Check('supervision_cadence_methods_check', arrayWithin('methods', SUPERVISION_METHODS))
@Check('supervision_cadence_interval_check', `"interval_months" BETWEEN 1 AND 60`)
export class SupervisionCadenceEntity {
  @PrimaryColumn({ type: 'text', primaryKeyConstraintName: 'supervision_cadence_pkey' })
  riskLevel: RiskLevel;

  @Column({ type: 'text', array: true })
  methods: SupervisionMethod[];

  @Column({ type: 'int' })
  intervalMonths: number;

  @Column({ type: 'boolean', default: false })
  followUp: boolean;

  @Column({ type: 'int', default: 1 })
  version: number;
}

/** What the demo's embedded SMTP sink received (demo mode only; production sends to SMTP_URL). */
@Entity('sink_mail')
@Index('sink_mail_received_at_idx', ['receivedAt'])
export class SinkMailEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'sink_mail_pkey' })
  id: string;

  @Column({ type: 'varchar', length: 300, nullable: true })
  messageId: string | null;

  @Column({ type: 'varchar', length: 300 })
  mailFrom: string;

  @Column({ type: 'text', array: true })
  recipients: string[];

  @Column({ type: 'text' })
  subject: string;

  @Column({ type: 'text' })
  body: string;

  @Column({ type: 'timestamptz' })
  receivedAt: Date;
}

/**
 * The test-only clock (TILSYN_TEST_CLOCK=true, refused in production): one row, shared by every
 * process on the database so a simulation moves them all.
 */
@Entity('test_clock')
export class TestClockEntity {
  @PrimaryColumn({ type: 'smallint', primaryKeyConstraintName: 'test_clock_pkey' })
  id: number;

  @Column({ type: 'bigint', transformer: { to: (v: number) => v, from: (v: string) => Number(v) } })
  offsetMs: number;
}
