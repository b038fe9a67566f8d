import { ROLES, type Role } from '@tilsyn/domain';
import { Check, Column, Entity, PrimaryGeneratedColumn, Unique } from 'typeorm';
import { inList } from '../../database/check.js';

/** A person who signs in to the admin UI. E-mail is stored lower-cased. */
@Entity('app_user')
@Unique('app_user_email_uq', ['email'])
@Check('app_user_role_check', inList('role', ROLES))
@Check('app_user_email_lower_check', `"email" = lower("email")`)
@Check('app_user_locale_check', `"locale" IN ('da', 'en')`)
export class UserEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'app_user_pkey' })
  id: string;

  @Column({ type: 'varchar', length: 254 })
  email: string;

  @Column({ type: 'varchar', length: 200 })
  name: string;

  @Column({ type: 'text' })
  role: Role;

  /** argon2id PHC string. */
  @Column({ type: 'text' })
  passwordHash: string;

  @Column({ type: 'boolean', default: true })
  active: boolean;

  /** The language of the e-mails Tilsyn sends this user. */
  @Column({ type: 'varchar', length: 2, default: 'da' })
  locale: 'da' | 'en';

  /** Set for passwords an administrator handed out: the user must choose their own first. */
  @Column({ type: 'boolean', default: false })
  mustChangePassword: boolean;

  @Column({ type: 'int', default: 0 })
  failedSignIns: number;

  @Column({ type: 'timestamptz', nullable: true })
  lockedUntil: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  lastSignInAt: Date | null;

  @Column({ type: 'int', default: 1 })
  version: number;

  @Column({ type: 'timestamptz' })
  createdAt: Date;

  @Column({ type: 'timestamptz' })
  updatedAt: Date;
}
