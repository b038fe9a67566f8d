import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { isEmailAddress, type Clock, type Role } from '@tilsyn/domain';
import { DataSource, In, type EntityManager } from 'typeorm';
import { requirePermission } from '../../common/access.js';
import type { RequestMeta } from '../../common/actor.js';
import { CLOCK } from '../../common/clock.js';
import { DomainException } from '../../common/domain-exception.js';
import { updateVersioned } from '../../database/versioned-update.js';
import { applyListArgs, likePattern } from '../../common/list-args.js';
import { ApiTokenEntity } from '../api-tokens/api-token.entity.js';
import { AuditService, diff } from '../audit/audit.service.js';
import type { CreateUserArgs, UpdateUserArgs, UserFilter, UserListArgs } from './dto/user.args.js';
import { generatePassword, hashPassword } from './passwords.js';
import { UserEntity } from './user.entity.js';

const SORTABLE = { name: 'u.name', email: 'u.email', role: 'u.role', createdAt: 'u.createdAt', lastSignInAt: 'u.lastSignInAt' };

/** Ends every session of a user (sign-out everywhere): deactivation, role change, password reset. */
export async function endSessionsOf(em: EntityManager | DataSource, userId: string): Promise<void> {
  await em.query(`DELETE FROM user_session WHERE sess->>'userId' = $1`, [userId]);
}

@Injectable()
export class UsersService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(CLOCK) private readonly clock: Clock,
    private readonly audit: AuditService,
  ) {}

  async list(meta: RequestMeta, args: UserListArgs): Promise<UserEntity[]> {
    requirePermission(meta, 'user.read');
    return applyListArgs(this.filtered(args.filter), args, SORTABLE, { field: 'name', order: 'ASC' }).getMany();
  }

  async count(meta: RequestMeta, filter?: UserFilter): Promise<number> {
    requirePermission(meta, 'user.read');
    return this.filtered(filter).getCount();
  }

  async get(meta: RequestMeta, id: string): Promise<UserEntity> {
    requirePermission(meta, 'user.read');
    const user = await this.dataSource.getRepository(UserEntity).findOneBy({ id });
    if (!user) throw DomainException.notFound('User');
    return user;
  }

  /** Creates a user with a one-time password the user must replace at first sign-in. */
  async create(meta: RequestMeta, args: CreateUserArgs): Promise<{ user: UserEntity; temporaryPassword: string }> {
    requirePermission(meta, 'user.manage');
    const temporaryPassword = generatePassword();
    const user = await this.insertUser(meta, { ...args, password: temporaryPassword, mustChangePassword: true }, 'user.create');
    return { user, temporaryPassword };
  }

  /** Shared by the admin's createUser, the first-administrator setup and the demo seed. */
  async insertUser(
    meta: Pick<RequestMeta, 'actor' | 'requestId'>,
    input: { email: string; name: string; role: Role; password: string; mustChangePassword: boolean },
    action: string,
    em?: EntityManager,
  ): Promise<UserEntity> {
    const email = input.email.trim().toLowerCase();
    const name = input.name.trim();
    if (!isEmailAddress(email)) throw DomainException.badInput('email', 'INVALID_EMAIL');
    if (!name) throw DomainException.badInput('name', 'REQUIRED');
    const passwordHash = await hashPassword(input.password);
    const now = this.clock.now();
    const work = async (tx: EntityManager) => {
      const taken = await tx.getRepository(UserEntity).existsBy({ email });
      if (taken) throw DomainException.badInput('email', 'ALREADY_IN_USE');
      const user = await tx.save(
        tx.create(UserEntity, { email, name, role: input.role, passwordHash, active: true, mustChangePassword: input.mustChangePassword, failedSignIns: 0, createdAt: now, updatedAt: now, version: 1 }),
      );
      await this.audit.record(tx, meta, { action, entityType: 'User', entityId: user.id, details: { changes: diff(null, user, ['email', 'name', 'role', 'active']) } }, meta.actor ? undefined : 'SYSTEM');
      return user;
    };
    return em ? work(em) : this.dataSource.transaction(work);
  }

  async update(meta: RequestMeta, args: UpdateUserArgs): Promise<UserEntity> {
    const actor = requirePermission(meta, 'user.manage');
    return this.dataSource.transaction(async (em) => {
      const before = await this.lockUser(em, args.id);
      if (before.version !== args.version) throw DomainException.conflict('User');
      if (args.name === null || (typeof args.name === 'string' && !args.name.trim())) throw DomainException.badInput('name', 'REQUIRED');
      if (args.role === null) throw DomainException.badInput('role', 'REQUIRED');
      const patch: Partial<UserEntity> = {};
      if (args.name !== undefined) patch.name = args.name.trim();
      if (args.role !== undefined) patch.role = args.role;
      if (args.locale) patch.locale = args.locale;
      if (patch.role && patch.role !== before.role) {
        if (before.id === actor.id) throw DomainException.badInput('role', 'OWN_ACCOUNT');
        if (before.role === 'ADMIN') await this.assertAnotherActiveAdmin(em, before.id, 'role');
      }
      const changes = diff(before, { ...before, ...patch }, ['name', 'role', 'locale']);
      if (Object.keys(changes).length === 0) return before;
      await updateVersioned(em, UserEntity, args.id, args.version, patch, this.clock.now(), 'User');
      // A new role takes effect at the next sign-in; sessions holding the old one end now.
      if (changes.role) await endSessionsOf(em, args.id);
      await this.audit.record(em, meta, { action: 'user.update', entityType: 'User', entityId: args.id, details: { changes } });
      return em.getRepository(UserEntity).findOneByOrFail({ id: args.id });
    });
  }

  async setActive(meta: RequestMeta, id: string, active: boolean): Promise<UserEntity> {
    const actor = requirePermission(meta, 'user.manage');
    return this.dataSource.transaction(async (em) => {
      const before = await this.lockUser(em, id);
      if (before.active === active) return before;
      if (!active) {
        if (before.id === actor.id) throw DomainException.badInput('id', 'OWN_ACCOUNT');
        if (before.role === 'ADMIN') await this.assertAnotherActiveAdmin(em, id, 'id');
      }
      await em.update(UserEntity, { id }, { active, failedSignIns: 0, lockedUntil: null, updatedAt: this.clock.now(), version: () => 'version + 1' });
      if (!active) await endSessionsOf(em, id);
      await this.audit.record(em, meta, {
        action: active ? 'user.reactivate' : 'user.deactivate',
        entityType: 'User',
        entityId: id,
        details: { changes: { active: { before: before.active, after: active } } },
      });
      return em.getRepository(UserEntity).findOneByOrFail({ id });
    });
  }

  async resetPassword(meta: RequestMeta, id: string): Promise<string> {
    requirePermission(meta, 'user.manage');
    const temporaryPassword = generatePassword();
    const passwordHash = await hashPassword(temporaryPassword);
    await this.dataSource.transaction(async (em) => {
      await this.lockUser(em, id);
      await em.update(UserEntity, { id }, { passwordHash, mustChangePassword: true, failedSignIns: 0, lockedUntil: null, updatedAt: this.clock.now(), version: () => 'version + 1' });
      await endSessionsOf(em, id);
      await this.audit.record(em, meta, { action: 'user.reset_password', entityType: 'User', entityId: id, details: null });
    });
    return temporaryPassword;
  }

  async choices(): Promise<{ id: string; name: string }[]> {
    return this.dataSource.getRepository(UserEntity).find({ select: { id: true, name: true }, where: { active: true }, order: { name: 'ASC' } });
  }

  /** Display names of users and API tokens by id (audit log; DataLoader batch). */
  async actorNames(ids: readonly string[]): Promise<Map<string, string>> {
    const [users, tokens] = await Promise.all([
      this.dataSource.getRepository(UserEntity).find({ select: { id: true, name: true }, where: { id: In([...ids]) } }),
      this.dataSource.getRepository(ApiTokenEntity).find({ select: { id: true, name: true }, where: { id: In([...ids]) } }),
    ]);
    return new Map([...users.map((u) => [u.id, u.name] as const), ...tokens.map((t) => [t.id, t.name] as const)]);
  }

  private async lockUser(em: EntityManager, id: string): Promise<UserEntity> {
    const user = await em.getRepository(UserEntity).createQueryBuilder('u').setLock('pessimistic_write').where('u.id = :id', { id }).getOne();
    if (!user) throw DomainException.notFound('User');
    return user;
  }

  /** Tilsyn must always keep one active administrator, or nobody could manage users again. */
  private async assertAnotherActiveAdmin(em: EntityManager, exceptId: string, field: string): Promise<void> {
    const others = await em
      .getRepository(UserEntity)
      .createQueryBuilder('u')
      .select('u.id')
      .setLock('pessimistic_write')
      .where("u.role = 'ADMIN' AND u.active AND u.id <> :id", { id: exceptId })
      // Rows, not count(*): PostgreSQL refuses FOR UPDATE with an aggregate (this answered 500).
      .getMany();
    if (others.length === 0) throw DomainException.badInput(field, 'LAST_ADMIN');
  }

  private filtered(filter: UserFilter = {}) {
    const qb = this.dataSource.getRepository(UserEntity).createQueryBuilder('u');
    if (filter.ids) qb.andWhere('u.id IN (:...ids)', { ids: filter.ids.length ? filter.ids : [null] });
    if (filter.role) qb.andWhere('u.role = :role', { role: filter.role });
    if (filter.active !== undefined && filter.active !== null) qb.andWhere('u.active = :active', { active: filter.active });
    if (filter.q?.trim()) qb.andWhere('(u.name ILIKE :q OR u.email ILIKE :q)', { q: likePattern(filter.q.trim()) });
    return qb;
  }
}
