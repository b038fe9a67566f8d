import { createHash, randomBytes } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { apiTokenStatus, isTokenUsable, parseTokenExpiry, tokenExpiryProblem, type ApiTokenStatus, type Clock } from '@tilsyn/domain';
import { DataSource } from 'typeorm';
import { requirePermission } from '../../common/access.js';
import type { Actor, RequestMeta } from '../../common/actor.js';
import { CLOCK } from '../../common/clock.js';
import { DomainException } from '../../common/domain-exception.js';
import { applyListArgs, likePattern } from '../../common/list-args.js';
import { AuditService } from '../audit/audit.service.js';
import { UserEntity } from '../users/user.entity.js';
import { ApiTokenEntity } from './api-token.entity.js';
import type { ApiTokenFilter, ApiTokenListArgs, CreateApiTokenArgs } from './dto/api-token.args.js';

const TOKEN_PREFIX = 'tls_';
/** last_used_at is refreshed at most this often, so a busy client does not write on every call. */
const LAST_USED_RESOLUTION_MS = 60_000;

export function hashToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}

@Injectable()
export class ApiTokensService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(CLOCK) private readonly clock: Clock,
    private readonly audit: AuditService,
  ) {}

  async list(meta: RequestMeta, args: ApiTokenListArgs): Promise<ApiTokenEntity[]> {
    requirePermission(meta, 'apiToken.read');
    return applyListArgs(this.filtered(args.filter), args, { name: 't.name', createdAt: 't.createdAt', expiresAt: 't.expiresAt', lastUsedAt: 't.lastUsedAt' }, { field: 'createdAt', order: 'DESC' }).getMany();
  }

  async count(meta: RequestMeta, filter?: ApiTokenFilter): Promise<number> {
    requirePermission(meta, 'apiToken.read');
    return this.filtered(filter).getCount();
  }

  async get(meta: RequestMeta, id: string): Promise<ApiTokenEntity> {
    requirePermission(meta, 'apiToken.read');
    const token = await this.dataSource.getRepository(ApiTokenEntity).findOneBy({ id });
    if (!token) throw DomainException.notFound('ApiToken');
    return token;
  }

  /** ACTIVE, EXPIRED or REVOKED by this service's clock. */
  status(token: ApiTokenEntity): ApiTokenStatus {
    return apiTokenStatus(token, this.clock.now());
  }

  /**
   * 32 random bytes; only the SHA-256 is stored (a high-entropy secret needs no slow hash). The
   * token gets a scope, not a role, and an expiry after now and at most TOKEN_MAX_LIFETIME_DAYS
   * ahead. No token may call this (apiToken.manage is never a token's).
   */
  async create(meta: RequestMeta, args: CreateApiTokenArgs): Promise<{ entity: ApiTokenEntity; token: string }> {
    const actor = requirePermission(meta, 'apiToken.manage');
    const name = args.name.trim();
    if (!name) throw DomainException.badInput('name', 'REQUIRED');
    const now = this.clock.now();
    const expiresAt = parseTokenExpiry(args.expiresAt.trim());
    if (!expiresAt) throw DomainException.badInput('expiresAt', 'INVALID_DATE');
    const problem = tokenExpiryProblem(expiresAt, now);
    if (problem?.reason === 'AT_LEAST') throw DomainException.badInput('expiresAt', 'AT_LEAST', { min: problem.min });
    if (problem?.reason === 'AT_MOST') throw DomainException.badInput('expiresAt', 'AT_MOST', { max: problem.max });
    const token = TOKEN_PREFIX + randomBytes(32).toString('base64url');
    const entity = await this.dataSource.transaction(async (em) => {
      const saved = await em.save(
        em.create(ApiTokenEntity, { name, scope: args.scope, tokenHash: hashToken(token), tokenPrefix: token.slice(0, 10), createdById: actor.id, createdAt: now, expiresAt, lastUsedAt: null, revokedAt: null }),
      );
      // Codes and instants only: never the secret, nor its prefix.
      await this.audit.record(em, meta, { action: 'api_token.create', entityType: 'ApiToken', entityId: saved.id, details: { scope: args.scope, expiresAt: expiresAt.toISOString() } });
      return saved;
    });
    return { entity, token };
  }

  async revoke(meta: RequestMeta, id: string): Promise<ApiTokenEntity> {
    requirePermission(meta, 'apiToken.manage');
    return this.dataSource.transaction(async (em) => {
      const token = await em.getRepository(ApiTokenEntity).findOneBy({ id });
      if (!token) throw DomainException.notFound('ApiToken');
      if (token.revokedAt) return token;
      token.revokedAt = this.clock.now();
      await em.update(ApiTokenEntity, { id }, { revokedAt: token.revokedAt });
      await this.audit.record(em, meta, { action: 'api_token.revoke', entityType: 'ApiToken', entityId: id, details: null });
      return token;
    });
  }

  /**
   * The actor behind a bearer token, or undefined (nobody: 401) for an unknown, expired or revoked
   * token, or one whose creator is deactivated or gone. The actor carries the token's scope and
   * the creator's role as it is now, so a demoted creator's tokens lose what the creator lost.
   */
  async authenticate(token: string): Promise<Actor | undefined> {
    if (!token.startsWith(TOKEN_PREFIX) || token.length > 100) return undefined;
    const repo = this.dataSource.getRepository(ApiTokenEntity);
    const found = await repo.findOneBy({ tokenHash: hashToken(token) });
    const now = this.clock.now();
    if (!found || !isTokenUsable(found, now) || !found.createdById) return undefined;
    const creator = await this.dataSource.getRepository(UserEntity).findOne({ select: { id: true, role: true, active: true }, where: { id: found.createdById } });
    if (!creator?.active) return undefined;
    if (!found.lastUsedAt || now.getTime() - found.lastUsedAt.getTime() > LAST_USED_RESOLUTION_MS) {
      await repo.update({ id: found.id }, { lastUsedAt: now });
    }
    return { type: 'TOKEN', id: found.id, role: creator.role, scope: found.scope, name: found.name, mustChangePassword: false };
  }

  private filtered(filter: ApiTokenFilter = {}) {
    const qb = this.dataSource.getRepository(ApiTokenEntity).createQueryBuilder('t');
    if (filter.ids) qb.andWhere('t.id IN (:...ids)', { ids: filter.ids.length ? filter.ids : [null] });
    if (filter.revoked === true) qb.andWhere('t.revokedAt IS NOT NULL');
    if (filter.revoked === false) qb.andWhere('t.revokedAt IS NULL');
    if (filter.q?.trim()) qb.andWhere('t.name ILIKE :q', { q: likePattern(filter.q.trim()) });
    return qb;
  }
}
