import { can, tokenDenialReason, type Permission } from '@tilsyn/domain';
import type { Actor, RequestMeta } from './actor.js';
import { DomainException } from './domain-exception.js';

/**
 * Why this actor may not use the permission, or null when it may. A person needs a role that
 * holds it; a token needs its scope and its creator's current role to hold it (a token without a
 * scope gets nothing). The one rule both the AccessGuard and requirePermission apply.
 */
export function denialReason(actor: Actor, permission: Permission): string | null {
  if (actor.type === 'TOKEN') return tokenDenialReason(actor.scope, actor.role, permission);
  return can(actor.role, permission) ? null : `missing_permission:${permission}`;
}

/**
 * Second check inside services (the guard is the first): a service method called from anywhere
 * still refuses an actor without the permission.
 */
export function requirePermission(meta: Pick<RequestMeta, 'actor'>, permission: Permission): Actor {
  if (!meta.actor) throw new DomainException('UNAUTHENTICATED');
  if (denialReason(meta.actor, permission) !== null) throw new DomainException('FORBIDDEN');
  return meta.actor;
}
