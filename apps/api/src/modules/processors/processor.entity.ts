import {
  CPR_DISCLOSURE_BASES,
  DATA_CATEGORIES,
  DATA_SUBJECT_CATEGORIES,
  DPF_STATUSES,
  END_OF_SERVICE_OUTCOMES,
  ENGAGEMENT_ROLES,
  ERASURE_CHANNELS,
  PROCESSOR_LIFECYCLES,
  RISK_LEVELS,
  SERVICE_KINDS,
  type CprDisclosureBasis,
  type DataCategory,
  type DataSubjectCategory,
  type DpfStatus,
  type EndOfServiceOutcome,
  type EngagementRole,
  type ErasureChannel,
  type ProcessorLifecycle,
  type RiskLevel,
  type ServiceKind,
} from '@tilsyn/domain';
import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { UserEntity } from '../users/user.entity.js';
import { arrayWithin, inList } from '../../database/check.js';

/** A company that processes personal data for us or for another processor (design.md §3). */
@Entity('processor')
@Check('processor_service_kind_check', inList('service_kind', SERVICE_KINDS))
@Check('processor_lifecycle_check', inList('lifecycle', PROCESSOR_LIFECYCLES))
@Check('processor_establishment_country_check', `"establishment_country" ~ '^[A-Z]{2}$'`)
@Check('processor_version_check', `"version" > 0`)
@Check('processor_data_categories_check', arrayWithin('data_categories', DATA_CATEGORIES))
@Check('processor_data_subject_categories_check', arrayWithin('data_subject_categories', DATA_SUBJECT_CATEGORIES))
@Check('processor_dpf_status_check', inList('dpf_status', DPF_STATUSES))
@Check('processor_erasure_channel_check', inList('erasure_channel', ERASURE_CHANNELS))
@Check('processor_engagement_role_check', `"engagement_role" IS NULL OR ${inList('engagement_role', ENGAGEMENT_ROLES)}`)
@Check('processor_cpr_disclosure_basis_check', `"cpr_disclosure_basis" IS NULL OR ${inList('cpr_disclosure_basis', CPR_DISCLOSURE_BASES)}`)
@Check('processor_end_of_service_outcome_check', `"end_of_service_outcome" IS NULL OR ${inList('end_of_service_outcome', END_OF_SERVICE_OUTCOMES)}`)
@Check('processor_engagement_dates_check', `"engagement_end" IS NULL OR "engagement_start" IS NULL OR "engagement_end" >= "engagement_start"`)
@Check('processor_risk_override_check', `"risk_override" IS NULL OR ${inList('risk_override', RISK_LEVELS)}`)
@Check('processor_data_subject_count_check', `"data_subject_count" IS NULL OR "data_subject_count" >= 0`)
@Index('processor_name_idx', ['name'])
@Index('processor_updated_at_idx', ['updatedAt'])
export class ProcessorEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'processor_pkey' })
  id: string;

  @Column({ type: 'varchar', length: 200 })
  name: string;

  /** CVR number for Danish companies, the national register number elsewhere. */
  @Column({ type: 'varchar', length: 50, nullable: true })
  registrationNumber: string | null;

  /** ISO 3166-1 alpha-2. */
  @Column({ type: 'char', length: 2 })
  establishmentCountry: string;

  @Column({ type: 'text' })
  serviceKind: ServiceKind;

  @Column({ type: 'varchar', length: 200, nullable: true })
  privacyContactName: string | null;

  @Column({ type: 'varchar', length: 254, nullable: true })
  privacyContactEmail: string | null;

  @Column({ type: 'varchar', length: 500, nullable: true })
  website: string | null;

  @Column({ type: 'text', default: 'ONBOARDING' })
  lifecycle: ProcessorLifecycle;

  @Column({ type: 'text', nullable: true })
  notes: string | null;

  /** Postal address: part of the identity the controller must know down the chain (EDPB Opinion 22/2024). */
  @Column({ type: 'varchar', length: 500, nullable: true })
  address: string | null;

  @Column({ type: 'varchar', length: 200, nullable: true })
  fallbackContactName: string | null;

  @Column({ type: 'varchar', length: 254, nullable: true })
  fallbackContactEmail: string | null;

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  dataCategories: DataCategory[];

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  dataSubjectCategories: DataSubjectCategory[];

  /** Recipient attributes that partial adequacy decisions depend on (legal-facts §2.4). */
  @Column({ type: 'text', default: 'NOT_APPLICABLE' })
  dpfStatus: DpfStatus;

  @Column({ type: 'date', nullable: true })
  dpfCheckedOn: string | null;

  /** First day on the DPF list, and the day it lapsed: partial adequacy covers only between (Decision 2023/1795). */
  @Column({ type: 'date', nullable: true })
  dpfCertifiedOn: string | null;

  @Column({ type: 'date', nullable: true })
  dpfLapsedOn: string | null;

  @Column({ type: 'boolean', default: false })
  subjectToPipeda: boolean;

  @Column({ type: 'boolean', default: false })
  fscCreditInformation: boolean;

  @Column({ type: 'boolean', default: false })
  publicAuthority: boolean;

  @Column({ type: 'boolean', default: false })
  danishRealmAuthority: boolean;

  /** How erasure notices reach it (Art. 19). */
  @Column({ type: 'text', default: 'EMAIL' })
  erasureChannel: ErasureChannel;

  @Column({ type: 'varchar', length: 500, nullable: true })
  erasureAddress: string | null;

  /** The shared secret that signs erasure webhooks both ways (HMAC-SHA256), sealed with the keyring. */
  @Column({ type: 'text', nullable: true, select: false })
  erasureWebhookSecretSealed: string | null;

  /** Our engagement with it; NULL role: it is only someone else's sub-processor. */
  @Column({ type: 'text', nullable: true })
  engagementRole: EngagementRole | null;

  @Column({ type: 'text', nullable: true })
  engagementPurpose: string | null;

  @Column({ type: 'date', nullable: true })
  engagementStart: string | null;

  @Column({ type: 'date', nullable: true })
  engagementEnd: string | null;

  /** The user who answers for this processor. */
  @Column({ type: 'uuid', nullable: true })
  ownerId: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'owner_id', foreignKeyConstraintName: 'processor_owner_id_fkey' })
  owner?: UserEntity;

  /** databeskyttelsesloven §11(2): required when CPR is among its data categories. */
  @Column({ type: 'text', nullable: true })
  cprDisclosureBasis: CprDisclosureBasis | null;

  @Column({ type: 'text', nullable: true })
  cprDisclosureJustification: string | null;

  /** How many data subjects' data it holds under our engagement: a risk factor (issue 5). */
  @Column({ type: 'int', nullable: true })
  dataSubjectCount: number | null;

  /** A reviewer's override of the computed risk level, with the reason (audited). */
  @Column({ type: 'text', nullable: true })
  riskOverride: RiskLevel | null;

  @Column({ type: 'text', nullable: true })
  riskOverrideReason: string | null;

  @Column({ type: 'uuid', nullable: true })
  riskOverrideById: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  riskOverrideAt: Date | null;

  /** Art. 28(3)(g): what the processor confirmed when the service ended. */
  @Column({ type: 'text', nullable: true })
  endOfServiceOutcome: EndOfServiceOutcome | null;

  /** Optimistic lock: every UPDATE names the version it read (reliability.md A0 item 4). */
  @Column({ type: 'int', default: 1 })
  version: number;

  @Column({ type: 'timestamptz' })
  createdAt: Date;

  @Column({ type: 'timestamptz' })
  updatedAt: Date;
}
