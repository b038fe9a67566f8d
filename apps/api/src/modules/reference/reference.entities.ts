import { ADEQUACY_CONDITIONS, ADEQUACY_SCOPES, type AdequacyCondition, type AdequacyScope } from '@tilsyn/domain';
import { Check, Column, Entity, Index, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';
import { arrayWithin, inList } from '../../database/check.js';

/** ISO 3166-1 countries with their names and EEA membership: reference data an administrator can correct. */
@Entity('country')
@Check('country_code_check', `"code" ~ '^[A-Z]{2}$'`)
@Check('country_version_check', `"version" > 0`)
export class CountryEntity {
  @PrimaryColumn({ type: 'char', length: 2, primaryKeyConstraintName: 'country_pkey' })
  code: string;

  @Column({ type: 'varchar', length: 200 })
  nameDa: string;

  @Column({ type: 'varchar', length: 200 })
  nameEn: string;

  /** EU-27 + IS, LI, NO (EEA Agreement, Decision 154/2018): no Chapter V tool needed inside. */
  @Column({ type: 'boolean', default: false })
  eeaMember: boolean;

  @Column({ type: 'text', nullable: true })
  notes: string | null;

  @Column({ type: 'int', default: 1 })
  version: number;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  updatedAt: Date;
}

/** An Art. 45 adequacy decision, dated and scoped (legal-facts §2.4); editable, every change audited. */
@Entity('adequacy_decision')
@Check('adequacy_decision_scope_check', inList('scope', ADEQUACY_SCOPES))
@Check('adequacy_decision_conditions_check', arrayWithin('conditions', ADEQUACY_CONDITIONS))
@Check('adequacy_decision_jurisdiction_check', `"jurisdiction" ~ '^([A-Z]{2}|ORG:[A-Z0-9_]{2,20})$'`)
@Check('adequacy_decision_dates_check', `("valid_until" IS NULL OR "valid_until" >= "valid_from") AND ("revoked_on" IS NULL OR "revoked_on" >= "valid_from")`)
@Check('adequacy_decision_version_check', `"version" > 0`)
@Index('adequacy_decision_jurisdiction_idx', ['jurisdiction'])
export class AdequacyDecisionEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'adequacy_decision_pkey' })
  id: string;

  /** ISO 3166-1 alpha-2, or `ORG:<KEY>` for an international organisation. */
  @Column({ type: 'varchar', length: 24 })
  jurisdiction: string;

  @Column({ type: 'varchar', length: 300 })
  instrument: string;

  @Column({ type: 'date', nullable: true })
  adoptedOn: string | null;

  @Column({ type: 'date' })
  validFrom: string;

  @Column({ type: 'date', nullable: true })
  validUntil: string | null;

  @Column({ type: 'date', nullable: true })
  revokedOn: string | null;

  @Column({ type: 'text' })
  scope: AdequacyScope;

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  conditions: AdequacyCondition[];

  @Column({ type: 'varchar', length: 500 })
  source: string;

  /** Marked [VERIFY] in the research: shown with a "to verify" flag until someone checks it. */
  @Column({ type: 'boolean', default: false })
  toVerify: boolean;

  @Column({ type: 'text', nullable: true })
  notes: string | null;

  @Column({ type: 'int', default: 1 })
  version: number;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  createdAt: Date;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  updatedAt: Date;
}

/** The organisation's policy choices; one row. */
@Entity('organisation_settings')
@Check('organisation_settings_single_row_check', `"id" = 1`)
export class OrganisationSettingsEntity {
  @PrimaryColumn({ type: 'smallint', primaryKeyConstraintName: 'organisation_settings_pkey' })
  id: number;

  /** Assess the four guarantees for every third-country transfer, not only Art. 46 ones. */
  @Column({ type: 'boolean', default: false })
  guaranteesForEveryTransfer: boolean;

  /** Reminder thresholds (issue 5): days before due, the due day, weekly while overdue, escalation. */
  @Column({ type: 'int', array: true, default: () => "'{30,7}'" })
  reminderBeforeDays: number[];

  @Column({ type: 'boolean', default: true })
  reminderOnDueDay: boolean;

  @Column({ type: 'int', default: 7 })
  reminderOverdueEveryDays: number;

  @Column({ type: 'int', default: 14 })
  reminderEscalateAfterDays: number;

  /** The sender of Tilsyn's e-mails. */
  @Column({ type: 'varchar', length: 254, default: 'tilsyn@localhost' })
  mailFrom: string;

  /** Days before a DPA's end date that it shows among renewals and is reminded. */
  @Column({ type: 'int', default: 90 })
  renewalWindowDays: number;

  /** Who we are, as erasure notices name us to processors (issue 6). */
  @Column({ type: 'varchar', length: 200, default: '' })
  organisationName: string;

  /** Art. 30(1)(a) and 30(2)(a): the controller's own details, as the records name them (issue 7). */
  @Column({ type: 'varchar', length: 50, default: '' })
  organisationRegistrationNumber: string;

  @Column({ type: 'varchar', length: 300, default: '' })
  organisationAddress: string;

  @Column({ type: 'varchar', length: 254, default: '' })
  organisationEmail: string;

  @Column({ type: 'varchar', length: 50, default: '' })
  organisationPhone: string;

  /** The data protection officer (Art. 37–39), named in both records. */
  @Column({ type: 'varchar', length: 200, default: '' })
  dpoName: string;

  @Column({ type: 'varchar', length: 254, default: '' })
  dpoEmail: string;

  @Column({ type: 'varchar', length: 50, default: '' })
  dpoPhone: string;

  /** Joint controllers (Art. 26) and an Art. 27 representative, where there are any. */
  @Column({ type: 'text', default: '' })
  jointControllers: string;

  /** Art. 30(1)(g), 30(2)(d): the general description of the Art. 32(1) measures. */
  @Column({ type: 'text', default: '' })
  securityMeasures: string;

  /** Erasure follow-up (issue 6): processor reminders after these days without an answer. */
  @Column({ type: 'int', array: true, default: () => "'{5,10}'" })
  erasureReminderDays: number[];

  /** …and the reviewers told after this many days (0: never). */
  @Column({ type: 'int', default: 14 })
  erasureEscalateAfterDays: number;

  /** A confirmation link keeps working this many days after the latest deadline it covers. */
  @Column({ type: 'int', default: 30 })
  erasureLinkGraceDays: number;

  /** The least time a recipient is given to erase, from the day it is told. */
  @Column({ type: 'int', default: 14 })
  erasureMinimumAnswerDays: number;

  @Column({ type: 'int', default: 1 })
  version: number;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  updatedAt: Date;
}
