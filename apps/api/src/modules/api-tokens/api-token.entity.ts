import { ROLES, type Role } from '@tilsyn/domain';
import { Check, Column, Entity, PrimaryGeneratedColumn, Unique } from 'typeorm';
import { inList } from '../../database/check.js';

/** A machine client's credential (the case system). Only the SHA-256 of the token is stored. */
@Entity('api_token')
@Unique('api_token_token_hash_uq', ['tokenHash'])
@Check('api_token_role_check', inList('role', ROLES))
export class ApiTokenEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'api_token_pkey' })
  id: string;

  @Column({ type: 'varchar', length: 200 })
  name: string;

  @Column({ type: 'text' })
  role: Role;

  @Column({ type: 'char', length: 64 })
  tokenHash: string;

  /** The first characters of the token, so an administrator can tell tokens apart. */
  @Column({ type: 'varchar', length: 16 })
  tokenPrefix: string;

  @Column({ type: 'uuid', nullable: true })
  createdById: string | null;

  @Column({ type: 'timestamptz' })
  createdAt: Date;

  @Column({ type: 'timestamptz', nullable: true })
  lastUsedAt: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  revokedAt: Date | null;
}
