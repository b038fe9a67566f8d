import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * One-time link printed at a production start with no users: whoever opens it creates the first
 * administrator. Only the hash is stored; used once, then spent.
 */
@Entity('setup_token')
export class SetupTokenEntity {
  @PrimaryColumn({ type: 'char', length: 64, primaryKeyConstraintName: 'setup_token_pkey' })
  tokenHash: string;

  @Column({ type: 'timestamptz' })
  createdAt: Date;

  @Column({ type: 'timestamptz', nullable: true })
  usedAt: Date | null;
}
