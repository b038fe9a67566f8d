import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * Failed sign-ins per client address over every account, in one window (issue 15, item 11): the
 * answer to password spraying, which the per-account lockout does not stop. Kept in PostgreSQL so
 * the limit holds across every app process. The address is stored only as a keyed hash (the
 * keyring's lookup key, outside the database), never in clear.
 */
@Entity('sign_in_throttle')
@Index('sign_in_throttle_window_idx', ['windowStartedAt'])
export class SignInThrottleEntity {
  @PrimaryColumn({ type: 'text', primaryKeyConstraintName: 'sign_in_throttle_pkey' })
  clientKey: string;

  @Column({ type: 'timestamptz' })
  windowStartedAt: Date;

  @Column({ type: 'int' })
  failures: number;
}
