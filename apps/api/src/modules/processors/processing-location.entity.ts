import { LOCATION_KINDS, type LocationKind } from '@tilsyn/domain';
import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { inList } from '../../database/check.js';
import { ProcessorEntity } from './processor.entity.js';

/** A country where a processor stores data or reaches it from (remote access is processing there). */
@Entity('processing_location')
@Check('processing_location_kind_check', inList('kind', LOCATION_KINDS))
@Check('processing_location_country_check', `"country" ~ '^[A-Z]{2}$'`)
@Index('processing_location_processor_id_idx', ['processorId'])
export class ProcessingLocationEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'processing_location_pkey' })
  id: string;

  @Column({ type: 'uuid' })
  processorId: string;

  @ManyToOne(() => ProcessorEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'processor_id', foreignKeyConstraintName: 'processing_location_processor_id_fkey' })
  processor?: ProcessorEntity;

  @Column({ type: 'char', length: 2 })
  country: string;

  @Column({ type: 'text' })
  kind: LocationKind;

  @Column({ type: 'varchar', length: 500, nullable: true })
  description: string | null;
}
