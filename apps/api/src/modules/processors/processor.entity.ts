import { PROCESSOR_LIFECYCLES, SERVICE_KINDS, type ProcessorLifecycle, type ServiceKind } from '@tilsyn/domain';
import { Check, Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { inList } from '../../database/check.js';

/** A company that processes personal data for us or for another processor (design.md §3). */
@Entity('processor')
@Check('processor_service_kind_check', inList('service_kind', SERVICE_KINDS))
@Check('processor_lifecycle_check', inList('lifecycle', PROCESSOR_LIFECYCLES))
@Check('processor_establishment_country_check', `"establishment_country" ~ '^[A-Z]{2}$'`)
@Check('processor_version_check', `"version" > 0`)
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

  /** Optimistic lock: every UPDATE names the version it read (reliability.md A0 item 4). */
  @Column({ type: 'int', default: 1 })
  version: number;

  @Column({ type: 'timestamptz' })
  createdAt: Date;

  @Column({ type: 'timestamptz' })
  updatedAt: Date;
}
