import { StoredDocumentColumns } from '../../database/stored-document.js';
import {
  CPR_DISCLOSURE_BASES,
  DATA_CATEGORIES,
  DATA_SUBJECT_CATEGORIES,
  DEROGATION_GROUNDS,
  ENGAGEMENT_ROLES,
  TIA_CONCLUSIONS,
  TIA_STATUSES,
  TRANSFER_ACCESS_KINDS,
  TRANSFER_FREQUENCIES,
  TRANSFER_MECHANISMS,
  type CprDisclosureBasis,
  type DataCategory,
  type DataSubjectCategory,
  type DerogationGround,
  type EngagementRole,
  type EssentialGuarantee,
  type GuaranteeRating,
  type MeasureKind,
  type TiaConclusion,
  type TiaStatus,
  type TransferAccessKind,
  type TransferFrequency,
  type TransferMechanism,
} from '@tilsyn/domain';
import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';
import { arrayWithin, inList } from '../../database/check.js';
import { ProcessorEntity } from '../processors/processor.entity.js';
import { UserEntity } from '../users/user.entity.js';




/**
 * One hop of personal data to a recipient outside the EEA, or remote access from there (Chapter V).
 * Exporter NULL is us; a processor as exporter makes it an onward transfer.
 */
@Entity('transfer')
@Check('transfer_destination_country_check', `"destination_country" ~ '^[A-Z]{2}$'`)
@Check('transfer_access_kind_check', inList('access_kind', TRANSFER_ACCESS_KINDS))
@Check('transfer_frequency_check', inList('frequency', TRANSFER_FREQUENCIES))
@Check('transfer_mechanism_check', `"mechanism" IS NULL OR ${inList('mechanism', TRANSFER_MECHANISMS)}`)
@Check('transfer_importer_role_check', inList('importer_role', ENGAGEMENT_ROLES))
@Check('transfer_data_categories_check', arrayWithin('data_categories', DATA_CATEGORIES))
@Check('transfer_data_subject_categories_check', arrayWithin('data_subject_categories', DATA_SUBJECT_CATEGORIES))
@Check('transfer_scc_module_check', `"scc_module" IS NULL OR "scc_module" BETWEEN 1 AND 4`)
@Check('transfer_derogation_ground_check', `"derogation_ground" IS NULL OR ${inList('derogation_ground', DEROGATION_GROUNDS)}`)
@Check('transfer_cpr_disclosure_basis_check', `"cpr_disclosure_basis" IS NULL OR ${inList('cpr_disclosure_basis', CPR_DISCLOSURE_BASES)}`)
@Check('transfer_not_to_itself_check', `"exporter_processor_id" IS NULL OR "exporter_processor_id" <> "importer_processor_id"`)
@Check('transfer_dates_check', `"ended_on" IS NULL OR "started_on" IS NULL OR "ended_on" >= "started_on"`)
@Check('transfer_data_subject_count_check', `"data_subject_count" IS NULL OR "data_subject_count" >= 0`)
@Check('transfer_version_check', `"version" > 0`)
@Index('transfer_importer_processor_id_idx', ['importerProcessorId'])
@Index('transfer_exporter_processor_id_idx', ['exporterProcessorId'])
@Index('transfer_destination_country_idx', ['destinationCountry'])
export class TransferEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'transfer_pkey' })
  id: string;

  @Column({ type: 'uuid', nullable: true })
  exporterProcessorId: string | null;

  @ManyToOne(() => ProcessorEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'exporter_processor_id', foreignKeyConstraintName: 'transfer_exporter_processor_id_fkey' })
  exporter?: ProcessorEntity;

  @Column({ type: 'uuid' })
  importerProcessorId: string;

  @ManyToOne(() => ProcessorEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'importer_processor_id', foreignKeyConstraintName: 'transfer_importer_processor_id_fkey' })
  importer?: ProcessorEntity;

  /** What the importer is in this relationship: decides the SCC module (2021/914). */
  @Column({ type: 'text', default: 'PROCESSOR' })
  importerRole: EngagementRole;

  @Column({ type: 'char', length: 2 })
  destinationCountry: string;

  @Column({ type: 'text', default: 'STORAGE' })
  accessKind: TransferAccessKind;

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  dataCategories: DataCategory[];

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  dataSubjectCategories: DataSubjectCategory[];

  @Column({ type: 'text', default: 'SYSTEMATIC' })
  frequency: TransferFrequency;

  /** For occasional transfers: how many data subjects (Art. 49(1) second subparagraph: "limited number"). */
  @Column({ type: 'int', nullable: true })
  dataSubjectCount: number | null;

  @Column({ type: 'text', nullable: true })
  purpose: string | null;

  @Column({ type: 'date', nullable: true })
  startedOn: string | null;

  @Column({ type: 'date', nullable: true })
  endedOn: string | null;

  @Column({ type: 'text', nullable: true })
  mechanism: TransferMechanism | null;

  @Column({ type: 'smallint', nullable: true })
  sccModule: number | null;

  @Column({ type: 'date', nullable: true })
  sccSignedOn: string | null;

  /** Clause 7: a party acceded later through the docking clause. */
  @Column({ type: 'boolean', default: false })
  sccDocking: boolean;

  /** The annexes' key facts: parties, description of the transfer, security measures, sub-processors. */
  @Column({ type: 'text', nullable: true })
  sccAnnexNotes: string | null;

  @Column({ type: 'varchar', length: 200, nullable: true })
  bcrAuthority: string | null;

  @Column({ type: 'date', nullable: true })
  bcrApprovedOn: string | null;

  /** Code of conduct, certification scheme or the ad-hoc clauses' authorisation (Art. 46(3)(a)). */
  @Column({ type: 'varchar', length: 500, nullable: true })
  toolReference: string | null;

  @Column({ type: 'text', nullable: true })
  derogationGround: DerogationGround | null;

  @Column({ type: 'text', nullable: true })
  derogationJustification: string | null;

  /** databeskyttelsesloven §11(2), when CPR numbers go with the transfer. */
  @Column({ type: 'text', nullable: true })
  cprDisclosureBasis: CprDisclosureBasis | null;

  @Column({ type: 'uuid', nullable: true })
  ownerId: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'owner_id', foreignKeyConstraintName: 'transfer_owner_id_fkey' })
  owner?: UserEntity;

  @Column({ type: 'text', nullable: true })
  notes: string | null;

  @Column({ type: 'int', default: 1 })
  version: number;

  @Column({ type: 'timestamptz' })
  createdAt: Date;

  @Column({ type: 'timestamptz' })
  updatedAt: Date;
}

/** Evidence attached to a transfer: the signed SCCs, BCR approval, DPF listing, the necessity note. */
@Entity('transfer_document')
@Index('transfer_document_transfer_id_idx', ['transferId'])
export class TransferDocumentEntity extends StoredDocumentColumns {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'transfer_document_pkey' })
  id: string;

  @Column({ type: 'uuid' })
  transferId: string;

  @ManyToOne(() => TransferEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'transfer_id', foreignKeyConstraintName: 'transfer_document_transfer_id_fkey' })
  transfer?: TransferEntity;
}

export interface GuaranteeRatingValue {
  guarantee: EssentialGuarantee;
  rating: GuaranteeRating;
  rationale: string | null;
  sources: string | null;
}

export interface MeasureValue {
  kind: MeasureKind;
  description: string;
  effective: boolean;
}

/**
 * A transfer impact assessment, one version per row (EDPB Rec. 01/2020). Versions of one TIA share
 * `seriesId`; an approved version is frozen and a change makes the next version.
 */
@Entity('tia')
@Check('tia_status_check', inList('status', TIA_STATUSES))
@Check('tia_conclusion_check', `"conclusion" IS NULL OR ${inList('conclusion', TIA_CONCLUSIONS)}`)
@Check('tia_destination_country_check', `"destination_country" ~ '^[A-Z]{2}$'`)
@Check('tia_reevaluation_months_check', `"reevaluation_months" IS NULL OR "reevaluation_months" BETWEEN 1 AND 60`)
@Check('tia_version_check', `"version" > 0`)
@Index('tia_series_id_version_no_uq', ['seriesId', 'versionNo'], { unique: true })
export class TiaEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'tia_pkey' })
  id: string;

  @Column({ type: 'uuid' })
  seriesId: string;

  @Column({ type: 'int' })
  versionNo: number;

  @Column({ type: 'text', default: 'DRAFT' })
  status: TiaStatus;

  @Column({ type: 'varchar', length: 300 })
  title: string;

  @Column({ type: 'char', length: 2 })
  destinationCountry: string;

  @Column({ type: 'uuid' })
  importerProcessorId: string;

  @ManyToOne(() => ProcessorEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'importer_processor_id', foreignKeyConstraintName: 'tia_importer_processor_id_fkey' })
  importer?: ProcessorEntity;

  /** Step 1. */
  @Column({ type: 'text', nullable: true })
  circumstances: string | null;

  /** Step 2. */
  @Column({ type: 'text', nullable: true })
  toolRelied: string | null;

  /** Step 3: laws and practices on public-authority access, the problematic legislation. */
  @Column({ type: 'text', nullable: true })
  lawsAndPractices: string | null;

  @Column({ type: 'jsonb', default: () => "'[]'" })
  guarantees: GuaranteeRatingValue[];

  /** Step 4. */
  @Column({ type: 'jsonb', default: () => "'[]'" })
  measures: MeasureValue[];

  /** Step 5. */
  @Column({ type: 'text', nullable: true })
  proceduralSteps: string | null;

  /** Step 6. */
  @Column({ type: 'text', nullable: true })
  conclusion: TiaConclusion | null;

  @Column({ type: 'text', nullable: true })
  conclusionRationale: string | null;

  @Column({ type: 'smallint', nullable: true })
  reevaluationMonths: number | null;

  /** Reference data for its country changed after approval (design.md §3). */
  @Column({ type: 'boolean', default: false })
  reevaluationRequested: boolean;

  @Column({ type: 'text', nullable: true })
  reevaluationReason: string | null;

  @Column({ type: 'uuid', nullable: true })
  authorId: string | null;

  /** Everyone who wrote in this version: none of them may approve it (four eyes). */
  @Column({ type: 'uuid', array: true, default: () => "'{}'" })
  writerIds: string[];

  @Column({ type: 'timestamptz', nullable: true })
  submittedAt: Date | null;

  @Column({ type: 'uuid', nullable: true })
  approvedById: string | null;

  @Column({ type: 'date', nullable: true })
  approvedOn: string | null;

  @Column({ type: 'text', nullable: true })
  reviewComment: string | null;

  @Column({ type: 'int', default: 1 })
  version: number;

  @Column({ type: 'timestamptz' })
  createdAt: Date;

  @Column({ type: 'timestamptz' })
  updatedAt: Date;
}

/** Which transfers a TIA version covers (same country and importer). */
@Entity('tia_transfer')
@Index('tia_transfer_transfer_id_idx', ['transferId'])
export class TiaTransferEntity {
  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'tia_transfer_pkey' })
  tiaId: string;

  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'tia_transfer_pkey' })
  transferId: string;

  @ManyToOne(() => TiaEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'tia_id', foreignKeyConstraintName: 'tia_transfer_tia_id_fkey' })
  tia?: TiaEntity;

  @ManyToOne(() => TransferEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'transfer_id', foreignKeyConstraintName: 'tia_transfer_transfer_id_fkey' })
  transfer?: TransferEntity;
}
