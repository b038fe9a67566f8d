import { createHash, randomBytes } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Clock } from '@tilsyn/domain';
import { DataSource, IsNull } from 'typeorm';
import { requirePermission } from '../../common/access.js';
import type { Actor, RequestMeta } from '../../common/actor.js';
import { CLOCK } from '../../common/clock.js';
import { DomainException } from '../../common/domain-exception.js';
import { applyListArgs, likePattern } from '../../common/list-args.js';
import { AuditService } from '../audit/audit.service.js';
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
    return applyListArgs(this.filtered(args.filter), args, { name: 't.name', createdAt: 't.createdAt', lastUsedAt: 't.lastUsedAt' }, { field: 'createdAt', order: 'DESC' }).getMany();
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

  /** 32 random bytes; only the SHA-256 is stored (a high-entropy secret needs no slow hash). */
  async create(meta: RequestMeta, args: CreateApiTokenArgs): Promise<{ entity: ApiTokenEntity; token: string }> {
    const actor = requirePermission(meta, 'apiToken.manage');
    const name = args.name.trim();
    if (!name) throw DomainException.badInput('name', 'REQUIRED');
    const token = TOKEN_PREFIX + randomBytes(32).toString('base64url');
    const entity = await this.dataSource.transaction(async (em) => {
      const saved = await em.save(
        em.create(ApiTokenEntity, { name, role: args.role, tokenHash: hashToken(token), tokenPrefix: token.slice(0, 10), createdById: actor.id, createdAt: this.clock.now(), lastUsedAt: null, revokedAt: null }),
      );
      await this.audit.record(em, meta, { action: 'api_token.create', entityType: 'ApiToken', entityId: saved.id, details: { name, role: args.role } });
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

  /** The actor behind a bearer token, or undefined for an unknown or revoked token. */
  async authenticate(token: string): Promise<Actor | undefined> {
    if (!token.startsWith(TOKEN_PREFIX) || token.length > 100) return undefined;
    const repo = this.dataSource.getRepository(ApiTokenEntity);
    const found = await repo.findOneBy({ tokenHash: hashToken(token), revokedAt: IsNull() });
    if (!found) return undefined;
    const now = this.clock.now();
    if (!found.lastUsedAt || now.getTime() - found.lastUsedAt.getTime() > LAST_USED_RESOLUTION_MS) {
      await repo.update({ id: found.id }, { lastUsedAt: now });
    }
    return { type: 'TOKEN', id: found.id, role: found.role, name: found.name, mustChangePassword: false };
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
