import { StoredDocumentColumns } from '../../database/stored-document.js';
import {
  AGREEMENT_TEMPLATES,
  CLAUSE_ASSESSMENTS,
  DPA_GAP_CODES,
  SUBPROCESSOR_AUTHORISATIONS,
  type AgreementTemplate,
  type ClauseAssessment,
  type DpaGapCode,
  type SubprocessorAuthorisation,
} from '@tilsyn/domain';
import { Check, Column, Entity, Index, JoinColumn, ManyToOne, OneToOne, PrimaryColumn, PrimaryGeneratedColumn, Unique } from 'typeorm';
import { inList } from '../../database/check.js';
import { ProcessorEntity } from '../processors/processor.entity.js';

/** One DPA version with one processor. Its status is derived (packages/domain), never stored. */
@Entity('agreement')
@Unique('agreement_processor_id_version_no_uq', ['processorId', 'versionNo'])
@Check('agreement_template_check', inList('template', AGREEMENT_TEMPLATES))
@Check('agreement_subprocessor_regime_check', `"subprocessor_regime" IS NULL OR ${inList('subprocessor_regime', SUBPROCESSOR_AUTHORISATIONS)}`)
@Check('agreement_review_interval_check', `"review_interval_months" IS NULL OR "review_interval_months" BETWEEN 1 AND 120`)
@Check('agreement_dates_check', `"ends_on" IS NULL OR "effective_from" IS NULL OR "ends_on" >= "effective_from"`)
@Index('agreement_processor_id_idx', ['processorId'])
export class AgreementEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'agreement_pkey' })
  id: string;

  @Column({ type: 'uuid' })
  processorId: string;

  @ManyToOne(() => ProcessorEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'processor_id', foreignKeyConstraintName: 'agreement_processor_id_fkey' })
  processor?: ProcessorEntity;

  /** 1, 2, 3 … per processor; earlier versions are kept. */
  @Column({ type: 'int' })
  versionNo: number;

  @Column({ type: 'uuid', nullable: true })
  previousVersionId: string | null;

  @ManyToOne(() => AgreementEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'previous_version_id', foreignKeyConstraintName: 'agreement_previous_version_id_fkey' })
  previousVersion?: AgreementEntity;

  @Column({ type: 'text' })
  template: AgreementTemplate;

  @Column({ type: 'varchar', length: 300 })
  title: string;

  @Column({ type: 'date', nullable: true })
  signedOn: string | null;

  @Column({ type: 'date', nullable: true })
  effectiveFrom: string | null;

  @Column({ type: 'date', nullable: true })
  endsOn: string | null;

  @Column({ type: 'date', nullable: true })
  terminatedOn: string | null;

  @Column({ type: 'text', nullable: true })
  terminationReason: string | null;

  @Column({ type: 'int', nullable: true, default: 12 })
  reviewIntervalMonths: number | null;

  @Column({ type: 'date', nullable: true })
  lastReviewedOn: string | null;

  /** The DPA's sub-processor option (SCC 2021/915 Clause 7.7). */
  @Column({ type: 'text', nullable: true })
  subprocessorRegime: SubprocessorAuthorisation | null;

  @Column({ type: 'int', nullable: true })
  subprocessorNoticeDays: number | null;

  @Column({ type: 'int', default: 1 })
  version: number;

  @Column({ type: 'timestamptz' })
  createdAt: Date;

  @Column({ type: 'timestamptz' })
  updatedAt: Date;
}

/** One catalogue item of one DPA version, as a reviewer assessed it. */
@Entity('agreement_clause')
@Check('agreement_clause_code_check', inList('code', DPA_GAP_CODES))
@Check('agreement_clause_assessment_check', inList('assessment', CLAUSE_ASSESSMENTS))
export class AgreementClauseEntity {
  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'agreement_clause_pkey' })
  agreementId: string;

  @PrimaryColumn({ type: 'text', primaryKeyConstraintName: 'agreement_clause_pkey' })
  code: DpaGapCode;

  @ManyToOne(() => AgreementEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'agreement_id', foreignKeyConstraintName: 'agreement_clause_agreement_id_fkey' })
  agreement?: AgreementEntity;

  @Column({ type: 'text', default: 'NOT_ASSESSED' })
  assessment: ClauseAssessment;

  /** Where in the document: section or page. */
  @Column({ type: 'varchar', length: 200, nullable: true })
  location: string | null;

  @Column({ type: 'text', nullable: true })
  note: string | null;

  @Column({ type: 'uuid', nullable: true })
  assessedById: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  assessedAt: Date | null;

  /** Copied from the previous version: must be confirmed against the new text. */
  @Column({ type: 'boolean', default: false })
  needsReconfirmation: boolean;
}

/** The signed document (PDF or DOCX), kept in PostgreSQL with its size and SHA-256. */
@Entity('agreement_document')
export class AgreementDocumentEntity extends StoredDocumentColumns {
  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'agreement_document_pkey' })
  agreementId: string;

  @OneToOne(() => AgreementEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'agreement_id', foreignKeyConstraintName: 'agreement_document_agreement_id_fkey' })
  agreement?: AgreementEntity;
}
