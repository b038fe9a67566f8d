import { Check, Column, Entity, Index, JoinColumn, OneToOne, PrimaryColumn, PrimaryGeneratedColumn, Unique } from 'typeorm';

export const ACTOR_TYPES = ['USER', 'TOKEN', 'SYSTEM', 'ANONYMOUS'] as const;
export type ActorType = (typeof ACTOR_TYPES)[number];

/**
 * One link of the tamper-evident audit chain. It holds no personal data: actors and entities are
 * ids, the details (before/after values) live in audit_event_detail and enter the chain only as a
 * hash, so erasing a detail later leaves the chain verifiable (reliability.md A5).
 * Append-only: a trigger refuses UPDATE and DELETE.
 */
@Entity('audit_event')
@Unique('audit_event_seq_uq', ['seq'])
@Check('audit_event_actor_type_check', `"actor_type" IN ('USER', 'TOKEN', 'SYSTEM', 'ANONYMOUS')`)
@Index('audit_event_entity_idx', ['entityType', 'entityId', 'seq'])
@Index('audit_event_occurred_at_idx', ['occurredAt'])
export class AuditEventEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'audit_event_pkey' })
  id: string;

  /** Position in the chain, gap-free from 1. */
  @Column({ type: 'bigint', transformer: { to: (v: number) => v, from: (v: string | null) => (v === null ? null : Number(v)) } })
  seq: number;

  @Column({ type: 'timestamptz' })
  occurredAt: Date;

  @Column({ type: 'text' })
  actorType: ActorType;

  @Column({ type: 'uuid', nullable: true })
  actorId: string | null;

  @Column({ type: 'varchar', length: 100 })
  action: string;

  @Column({ type: 'varchar', length: 100 })
  entityType: string;

  @Column({ type: 'varchar', length: 100, nullable: true })
  entityId: string | null;

  @Column({ type: 'uuid', nullable: true })
  requestId: string | null;

  /** SHA-256 of the canonical JSON of the details. */
  @Column({ type: 'char', length: 64 })
  detailsHash: string;

  @Column({ type: 'char', length: 64 })
  previousHash: string;

  @Column({ type: 'char', length: 64 })
  hash: string;
}

/** The erasable half of an audit event: before/after values and context. */
@Entity('audit_event_detail')
export class AuditEventDetailEntity {
  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'audit_event_detail_pkey' })
  eventId: string;

  @OneToOne(() => AuditEventEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'event_id', foreignKeyConstraintName: 'audit_event_detail_event_id_fkey' })
  event?: AuditEventEntity;

  @Column({ type: 'jsonb', nullable: true })
  details: Record<string, unknown> | null;

  /** Set when the details were erased (e.g. a contact person's data); the chain still verifies. */
  @Column({ type: 'timestamptz', nullable: true })
  erasedAt: Date | null;
}
