import { SUBPROCESSOR_AUTHORISATIONS, type SubprocessorAuthorisation } from '@tilsyn/domain';
import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique } from 'typeorm';
import { inList } from '../../database/check.js';
import { ProcessorEntity } from '../processors/processor.entity.js';

/** Processor → sub-processor it engaged (Art. 28(2), 28(4)), with the authorisation facts. */
@Entity('subprocessor_link')
@Unique('subprocessor_link_processor_id_subprocessor_id_uq', ['processorId', 'subprocessorId'])
@Check('subprocessor_link_regime_check', inList('regime', SUBPROCESSOR_AUTHORISATIONS))
@Check('subprocessor_link_not_self_check', `"processor_id" <> "subprocessor_id"`)
@Check('subprocessor_link_notice_days_check', `"notice_days" IS NULL OR "notice_days" BETWEEN 0 AND 365`)
@Index('subprocessor_link_subprocessor_id_idx', ['subprocessorId'])
export class SubprocessorLinkEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'subprocessor_link_pkey' })
  id: string;

  /** The processor that engaged the sub-processor. */
  @Column({ type: 'uuid' })
  processorId: string;

  @ManyToOne(() => ProcessorEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'processor_id', foreignKeyConstraintName: 'subprocessor_link_processor_id_fkey' })
  processor?: ProcessorEntity;

  @Column({ type: 'uuid' })
  subprocessorId: string;

  @ManyToOne(() => ProcessorEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'subprocessor_id', foreignKeyConstraintName: 'subprocessor_link_subprocessor_id_fkey' })
  subprocessor?: ProcessorEntity;

  @Column({ type: 'text' })
  regime: SubprocessorAuthorisation;

  @Column({ type: 'int', nullable: true })
  noticeDays: number | null;

  @Column({ type: 'date', nullable: true })
  notifiedOn: string | null;

  @Column({ type: 'date', nullable: true })
  objectedOn: string | null;

  @Column({ type: 'text', nullable: true })
  objectionReason: string | null;

  @Column({ type: 'date', nullable: true })
  approvedOn: string | null;

  @Column({ type: 'date', nullable: true })
  firstUsedOn: string | null;

  @Column({ type: 'int', default: 1 })
  version: number;

  @Column({ type: 'timestamptz' })
  createdAt: Date;

  @Column({ type: 'timestamptz' })
  updatedAt: Date;
}
