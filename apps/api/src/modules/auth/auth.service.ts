import { randomBytes } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { isEmailAddress, type Clock } from '@tilsyn/domain';
import type { Logger } from 'pino';
import { DataSource, IsNull } from 'typeorm';
import type { Actor, RequestMeta, TilsynRequest } from '../../common/actor.js';
import { APP_CONFIG, CLOCK, KEYRING, LOGGER } from '../../common/clock.js';
import type { Keyring } from '../../common/crypto/keyring.js';
import { DomainException } from '../../common/domain-exception.js';
import type { AppConfig } from '../../config/config.js';
import { hashToken } from '../api-tokens/api-tokens.service.js';
import { AuditService } from '../audit/audit.service.js';
import { decoyPasswordHash, hashPassword, PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH, verifyPassword } from '../users/passwords.js';
import { UserEntity } from '../users/user.entity.js';
import { endSessionsOf, UsersService } from '../users/users.service.js';
import { SetupTokenEntity } from './setup-token.entity.js';
import { SignInThrottleRepository } from './sign-in-throttle.repository.js';
import { KeyedSerializer } from '../../common/keyed-serializer.js';

function promisify(fn: (cb: (err?: unknown) => void) => void): Promise<void> {
  return new Promise((resolve, reject) => fn((err) => (err ? reject(err) : resolve())));
}

@Injectable()
export class AuthService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(LOGGER) private readonly logger: Logger,
    @Inject(KEYRING) private readonly keyring: Keyring,
    private readonly audit: AuditService,
    private readonly users: UsersService,
  ) {
    this.throttle = new SignInThrottleRepository(dataSource, config.signInAddressWindowMinutes * 60_000);
  }

  private readonly throttle: SignInThrottleRepository;
  private readonly accountAttempts = new KeyedSerializer();

  /** The client address as a keyed hash (never stored in clear). */
  private addressKey(req: TilsynRequest): string {
    return this.keyring.lookupHash('sign-in-address', req.ip ?? req.socket?.remoteAddress ?? 'unknown');
  }

  /**
   * Signs in with e-mail and password. The answer never tells whether the e-mail exists or the
   * account is locked; after LOGIN_MAX_FAILURES consecutive failures the account is locked for
   * LOGIN_LOCK_MINUTES and the lock is logged and audited.
   */
  async signIn(req: TilsynRequest, emailInput: string, password: string): Promise<UserEntity> {
    const meta = { actor: undefined, requestId: req.requestId };
    const email = emailInput.trim().toLowerCase();
    const now = this.clock.now();
    // Password spraying (a few guesses at many accounts) from one address: each attempt is counted
    // before its password is checked, so parallel attempts cannot pass the limit together; past
    // SIGN_IN_ADDRESS_MAX_FAILURES in the window that address waits, whatever the account.
    const address = this.addressKey(req);
    const attempts = await this.throttle.countAttempt(address, now);
    if (attempts > this.config.signInAddressMaxFailures) {
      await this.audit.recordRepeatable(meta, { action: 'auth.sign_in_throttled', entityType: 'ClientAddress', entityId: null, details: { reason: 'address_failures' } });
      throw new DomainException('TOO_MANY_REQUESTS');
    }
    const user = email.length <= 254 ? await this.dataSource.getRepository(UserEntity).findOneBy({ email }) : null;
    const fail = async (reason: string) => {
      if (attempts === this.config.signInAddressMaxFailures) {
        await this.audit.recordStandalone(meta, { action: 'auth.address_throttled', entityType: 'ClientAddress', entityId: null, details: { failures: attempts, minutes: this.config.signInAddressWindowMinutes } }, 'SYSTEM');
        this.logger.warn({ failures: attempts }, 'a client address reached the failed sign-in limit');
        await this.throttle.prune(now);
      }
      const event = { action: 'auth.sign_in_failed', entityType: 'User', entityId: user?.id ?? null, details: { reason } };
      // A failure on an existing account is evidence about that account: one event each. Guesses
      // at addresses that are no account are counted in aggregate, so they cannot flood the chain.
      if (user) await this.audit.recordStandalone(meta, event);
      else await this.audit.recordRepeatable(meta, event);
      throw new DomainException('INVALID_CREDENTIALS');
    };
    if (!user) {
      await verifyPassword(await decoyPasswordHash(), password);
      return fail('unknown_account');
    }
    if (!user.active) {
      await verifyPassword(await decoyPasswordHash(), password);
      return fail('inactive');
    }
    // Attempts at one account are checked one after another in this process, each seeing the
    // failures counted before it: attempts sent together cannot all pass the lock check (and one
    // of them clear the lock) while the slow password checks run.
    await this.accountAttempts.run(user.id, async () => {
      const current = await this.dataSource.getRepository(UserEntity).findOneByOrFail({ id: user.id });
      if (current.lockedUntil && current.lockedUntil > now) {
        await verifyPassword(await decoyPasswordHash(), password);
        return fail('locked');
      }
      if (password.length > PASSWORD_MAX_LENGTH || !(await verifyPassword(current.passwordHash, password))) {
        const counted = await this.dataSource
          .createQueryBuilder()
          .update(UserEntity)
          .set({ failedSignIns: () => 'failed_sign_ins + 1' })
          .where({ id: user.id })
          .returning(['failedSignIns'])
          .execute();
        const failures = Number((counted.raw as { failed_sign_ins: number }[])[0]?.failed_sign_ins ?? 0);
        if (failures >= this.config.loginMaxFailures) {
          const lockedUntil = new Date(now.getTime() + this.config.loginLockMinutes * 60_000);
          await this.dataSource.transaction(async (em) => {
            await em.update(UserEntity, { id: user.id }, { lockedUntil, failedSignIns: 0 });
            await this.audit.record(em, meta, { action: 'auth.account_locked', entityType: 'User', entityId: user.id, details: { failures, lockedUntil: lockedUntil.toISOString() } }, 'SYSTEM');
          });
          this.logger.warn({ userId: user.id, failures, lockedUntil }, 'account locked after repeated failed sign-ins');
        }
        return fail('wrong_password');
      }
      await this.dataSource.transaction(async (em) => {
        await em.update(UserEntity, { id: user.id }, { failedSignIns: 0, lockedUntil: null, lastSignInAt: now });
        await this.audit.record(em, { actor: this.actorOf(user), requestId: req.requestId }, { action: 'auth.signed_in', entityType: 'User', entityId: user.id, details: null });
      });
    });
    await this.throttle.forgive(address);
    await this.startSession(req, user.id);
    return user;
  }

  async signOut(req: TilsynRequest): Promise<void> {
    const actor = req.actor;
    if (req.session) await promisify((cb) => req.session.destroy(cb));
    if (actor) await this.audit.recordStandalone({ actor, requestId: req.requestId }, { action: 'auth.signed_out', entityType: 'User', entityId: actor.id, details: null });
  }

  async changeOwnPassword(meta: RequestMeta, req: TilsynRequest, currentPassword: string, newPassword: string): Promise<void> {
    const actor = meta.actor;
    if (!actor || actor.type !== 'USER') throw new DomainException('FORBIDDEN');
    if (newPassword.length < PASSWORD_MIN_LENGTH) throw DomainException.badInput('newPassword', 'TOO_SHORT', { min: PASSWORD_MIN_LENGTH });
    if (newPassword.length > PASSWORD_MAX_LENGTH) throw DomainException.badInput('newPassword', 'TOO_LONG', { max: PASSWORD_MAX_LENGTH });
    const user = await this.dataSource.getRepository(UserEntity).findOneByOrFail({ id: actor.id });
    if (!(await verifyPassword(user.passwordHash, currentPassword))) throw DomainException.badInput('currentPassword', 'INVALID_VALUE');
    if (currentPassword === newPassword) throw DomainException.badInput('newPassword', 'INVALID_VALUE');
    const passwordHash = await hashPassword(newPassword);
    await this.dataSource.transaction(async (em) => {
      await em.update(UserEntity, { id: user.id }, { passwordHash, mustChangePassword: false, updatedAt: this.clock.now(), version: () => 'version + 1' });
      // Other sessions of this user end; this one continues under a fresh id.
      await endSessionsOf(em, user.id);
      await this.audit.record(em, meta, { action: 'auth.password_changed', entityType: 'User', entityId: user.id, details: null });
    });
    await this.startSession(req, user.id);
  }

  /**
   * The actor of a session cookie, applying the idle and absolute timeouts (ASVS 7.3.1/7.3.2) with
   * the injected clock. An expired session is destroyed server-side.
   */
  async sessionActor(req: TilsynRequest): Promise<Actor | undefined> {
    const session = req.session;
    if (!session?.userId) return undefined;
    const now = this.clock.now().getTime();
    const idleMs = this.config.sessionIdleMinutes * 60_000;
    const absoluteMs = this.config.sessionAbsoluteHours * 3_600_000;
    // An ended session is removed from the store and replaced by an empty one under a new id
    // (regenerate, not destroy): a sign-in in this same request then has a session to start.
    if (now - (session.lastSeenAt ?? 0) > idleMs || now - (session.issuedAt ?? 0) > absoluteMs) {
      await promisify((cb) => session.regenerate(cb));
      return undefined;
    }
    const user = await this.dataSource.getRepository(UserEntity).findOneBy({ id: session.userId });
    if (!user || !user.active) {
      await promisify((cb) => session.regenerate(cb));
      return undefined;
    }
    session.lastSeenAt = now;
    return this.actorOf(user);
  }

  currentUser(id: string): Promise<UserEntity | null> {
    return this.dataSource.getRepository(UserEntity).findOneBy({ id });
  }

  actorOf(user: UserEntity): Actor {
    return { type: 'USER', id: user.id, role: user.role, name: user.name, mustChangePassword: user.mustChangePassword };
  }

  /** True while no user exists (a production start before the first administrator is created). */
  async setupRequired(): Promise<boolean> {
    return !(await this.dataSource.getRepository(UserEntity).exists());
  }

  /**
   * Production start with no users: create the first administrator from INITIAL_ADMIN_EMAIL and
   * INITIAL_ADMIN_PASSWORD, or issue a one-time setup link. Never a default password.
   */
  async prepareFirstAdministrator(): Promise<{ setupUrl?: string; createdEmail?: string }> {
    if (!(await this.setupRequired())) return {};
    const { initialAdminEmail, initialAdminPassword } = this.config;
    if (initialAdminEmail && initialAdminPassword) {
      if (initialAdminPassword.length < PASSWORD_MIN_LENGTH) throw new Error(`INITIAL_ADMIN_PASSWORD must have at least ${PASSWORD_MIN_LENGTH} characters`);
      await this.users.insertUser({ actor: undefined, requestId: '' }, { email: initialAdminEmail, name: 'Administrator', role: 'ADMIN', password: initialAdminPassword, mustChangePassword: true }, 'user.create_initial_admin');
      return { createdEmail: initialAdminEmail };
    }
    const token = randomBytes(24).toString('base64url');
    await this.dataSource.getRepository(SetupTokenEntity).insert({ tokenHash: hashToken(token), createdAt: this.clock.now(), usedAt: null });
    const base = this.config.publicUrl ?? `http://localhost:${this.config.port}`;
    return { setupUrl: `${base.replace(/\/$/, '')}/#/setup?token=${token}` };
  }

  /** Redeems the setup link: creates the first administrator and signs them in. */
  async completeSetup(req: TilsynRequest, token: string, input: { email: string; name: string; password: string }): Promise<UserEntity> {
    if (input.password.length < PASSWORD_MIN_LENGTH) throw DomainException.badInput('password', 'TOO_SHORT', { min: PASSWORD_MIN_LENGTH });
    if (!isEmailAddress(input.email.trim().toLowerCase())) throw DomainException.badInput('email', 'INVALID_EMAIL');
    const user = await this.dataSource.transaction(async (em) => {
      const spent = await em
        .createQueryBuilder()
        .update(SetupTokenEntity)
        .set({ usedAt: this.clock.now() })
        .where({ tokenHash: hashToken(token), usedAt: IsNull() })
        .execute();
      if (spent.affected !== 1 || (await em.getRepository(UserEntity).exists())) throw DomainException.badInput('token', 'INVALID_SETUP_TOKEN');
      return this.users.insertUser({ actor: undefined, requestId: req.requestId }, { ...input, role: 'ADMIN', mustChangePassword: false }, 'user.create_initial_admin', em);
    });
    await this.startSession(req, user.id);
    return user;
  }

  /** A new session id for every sign-in (ASVS 7.2.4: no session fixation), saved before answering. */
  private async startSession(req: TilsynRequest, userId: string): Promise<void> {
    const now = this.clock.now().getTime();
    await promisify((cb) => req.session.regenerate(cb));
    req.session.userId = userId;
    req.session.issuedAt = now;
    req.session.lastSeenAt = now;
    await promisify((cb) => req.session.save(cb));
  }
}
