import { DATA_CATEGORIES, DATA_SUBJECT_CATEGORIES, RETENTION_TRIGGERS, RETENTION_UNITS, type DataCategory, type DataSubjectCategory, type RetentionTrigger, type RetentionUnit } from '@tilsyn/domain';
import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique } from 'typeorm';
import { arrayWithin, inList } from '../../database/check.js';

/**
 * One processing activity of the agency as controller: a row of the Art. 30(1) record
 * (collection of a claim, bookkeeping, phone recording, credit check, web site …). The processors
 * it uses are named, so the record's recipients and transfers come from the live register.
 */
@Entity('processing_activity')
@Unique('processing_activity_name_uq', ['name'])
@Check('processing_activity_data_categories_check', arrayWithin('data_categories', DATA_CATEGORIES))
@Check('processing_activity_data_subject_categories_check', arrayWithin('data_subject_categories', DATA_SUBJECT_CATEGORIES))
@Check('processing_activity_version_check', `"version" > 0`)
export class ProcessingActivityEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'processing_activity_pkey' })
  id: string;

  @Column({ type: 'varchar', length: 200 })
  name: string;

  /** Art. 30(1)(b). */
  @Column({ type: 'text' })
  purposes: string;

  /** Art. 6 (and 9, 10, databeskyttelsesloven §11 for CPR): not an Art. 30 field, but the first question an inspector asks. */
  @Column({ type: 'text', nullable: true })
  legalBasis: string | null;

  /** Art. 30(1)(c). */
  @Column({ type: 'text', array: true, default: () => "'{}'" })
  dataSubjectCategories: DataSubjectCategory[];

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  dataCategories: DataCategory[];

  /** Art. 30(1)(d): the processors and independent recipients in the register this activity uses. */
  @Column({ type: 'uuid', array: true, default: () => "'{}'" })
  processorIds: string[];

  /** Art. 30(1)(d): recipients outside the register (courts, bailiff, tax authority …). */
  @Column({ type: 'text', nullable: true })
  otherRecipients: string | null;

  /** Art. 30(1)(g): measures particular to this activity; the organisation's general ones apply as well. */
  @Column({ type: 'text', nullable: true })
  securityMeasures: string | null;

  @Column({ type: 'text', nullable: true })
  notes: string | null;

  /** The day the activity stopped; it then leaves the record (kept in history). */
  @Column({ type: 'date', nullable: true })
  endedOn: string | null;

  @Column({ type: 'int', default: 1 })
  version: number;

  @Column({ type: 'timestamptz' })
  createdAt: Date;

  @Column({ type: 'timestamptz' })
  updatedAt: Date;
}

/** Art. 30(1)(f): how long data of some categories is kept in an activity, and from when. */
@Entity('retention_rule')
@Check('retention_rule_data_categories_check', arrayWithin('data_categories', DATA_CATEGORIES))
@Check('retention_rule_trigger_check', inList('trigger', RETENTION_TRIGGERS))
@Check('retention_rule_unit_check', inList('unit', RETENTION_UNITS))
@Check('retention_rule_period_check', `"period" BETWEEN 1 AND 1200`)
@Check('retention_rule_version_check', `"version" > 0`)
@Index('retention_rule_activity_id_idx', ['activityId'])
export class RetentionRuleEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'retention_rule_pkey' })
  id: string;

  @Column({ type: 'uuid' })
  activityId: string;

  @ManyToOne(() => ProcessingActivityEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'activity_id', foreignKeyConstraintName: 'retention_rule_activity_id_fkey' })
  activity?: ProcessingActivityEntity;

  /** What the rule covers, in the agency's words ("Sagsdata", "Bogføringsbilag"). */
  @Column({ type: 'varchar', length: 200 })
  label: string;

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  dataCategories: DataCategory[];

  @Column({ type: 'int' })
  period: number;

  @Column({ type: 'text' })
  unit: RetentionUnit;

  @Column({ type: 'text' })
  trigger: RetentionTrigger;

  /** Where the period comes from (forældelsesloven §3, bogføringsloven, own policy). */
  @Column({ type: 'text', nullable: true })
  legalReference: string | null;

  @Column({ type: 'int', default: 1 })
  version: number;

  @Column({ type: 'timestamptz' })
  createdAt: Date;

  @Column({ type: 'timestamptz' })
  updatedAt: Date;
}

/**
 * A client the agency acts for as processor (e.g. invoice handling): a row of the Art. 30(2)
 * record. Legal-facts §3.1: the role is a property of the engagement, not of the company.
 */
@Entity('client_engagement')
@Check('client_engagement_data_categories_check', arrayWithin('data_categories', DATA_CATEGORIES))
@Check('client_engagement_data_subject_categories_check', arrayWithin('data_subject_categories', DATA_SUBJECT_CATEGORIES))
@Check('client_engagement_dates_check', `"ended_on" IS NULL OR "started_on" IS NULL OR "ended_on" >= "started_on"`)
@Check('client_engagement_version_check', `"version" > 0`)
@Index('client_engagement_client_name_idx', ['clientName'])
export class ClientEngagementEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'client_engagement_pkey' })
  id: string;

  /** Art. 30(2)(a): the controller we act for. */
  @Column({ type: 'varchar', length: 200 })
  clientName: string;

  @Column({ type: 'varchar', length: 50, nullable: true })
  clientRegistrationNumber: string | null;

  /** Address, contact person and e-mail of the controller. */
  @Column({ type: 'text', nullable: true })
  clientContact: string | null;

  /** The controller's DPO or its representative (Art. 27), where it has one. */
  @Column({ type: 'text', nullable: true })
  clientDpoContact: string | null;

  /** Art. 30(2)(b): categories of processing carried out for this controller. */
  @Column({ type: 'text' })
  processingCategories: string;

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  dataSubjectCategories: DataSubjectCategory[];

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  dataCategories: DataCategory[];

  /** Our sub-processors used for this client (Art. 28(2), (4)): their transfers make up 30(2)(c). */
  @Column({ type: 'uuid', array: true, default: () => "'{}'" })
  processorIds: string[];

  /** Art. 30(2)(c): anything about transfers the register does not show. */
  @Column({ type: 'text', nullable: true })
  transfersNote: string | null;

  /** Art. 30(2)(d): measures particular to this client; the organisation's general ones apply as well. */
  @Column({ type: 'text', nullable: true })
  securityMeasures: string | null;

  /** The DPA under which we act (its title or reference). */
  @Column({ type: 'varchar', length: 300, nullable: true })
  agreementReference: string | null;

  @Column({ type: 'date', nullable: true })
  startedOn: string | null;

  @Column({ type: 'date', nullable: true })
  endedOn: string | null;

  @Column({ type: 'int', default: 1 })
  version: number;

  @Column({ type: 'timestamptz' })
  createdAt: Date;

  @Column({ type: 'timestamptz' })
  updatedAt: Date;
}
