import { TOKEN_MAX_LIFETIME_DAYS, TOKEN_SCOPES, type TokenScope } from '@tilsyn/domain';
import { Check, Column, Entity, PrimaryGeneratedColumn, Unique } from 'typeorm';
import { inList } from '../../database/check.js';

/**
 * A machine client's credential (the case system, a reporting tool). Only the SHA-256 of the
 * token is stored. It acts within its scope and never beyond its creator's current role, and
 * stops working at expiresAt (at most TOKEN_MAX_LIFETIME_DAYS after creation) or when revoked.
 */
@Entity('api_token')
@Unique('api_token_token_hash_uq', ['tokenHash'])
@Check('api_token_scope_check', inList('scope', TOKEN_SCOPES))
// In hours, not days: a day in the session's time zone can be 23 or 25 hours long.
@Check('api_token_expires_at_check', `"expires_at" > "created_at" AND "expires_at" <= "created_at" + interval '${TOKEN_MAX_LIFETIME_DAYS * 24} hours'`)
export class ApiTokenEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'api_token_pkey' })
  id: string;

  @Column({ type: 'varchar', length: 200 })
  name: string;

  @Column({ type: 'text' })
  scope: TokenScope;

  @Column({ type: 'char', length: 64 })
  tokenHash: string;

  /** The first characters of the token, so an administrator can tell tokens apart. */
  @Column({ type: 'varchar', length: 16 })
  tokenPrefix: string;

  /** The administrator who created it: the token never does more than this user's current role allows. */
  @Column({ type: 'uuid', nullable: true })
  createdById: string | null;

  @Column({ type: 'timestamptz' })
  createdAt: Date;

  @Column({ type: 'timestamptz' })
  expiresAt: Date;

  @Column({ type: 'timestamptz', nullable: true })
  lastUsedAt: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  revokedAt: Date | null;
}
