import { can, type Permission } from '@tilsyn/domain';
import type { Actor, RequestMeta } from './actor.js';
import { DomainException } from './domain-exception.js';

/**
 * Second check inside services (the guard is the first): a service method called from anywhere
 * still refuses an actor without the permission.
 */
export function requirePermission(meta: Pick<RequestMeta, 'actor'>, permission: Permission): Actor {
  if (!meta.actor) throw new DomainException('UNAUTHENTICATED');
  if (!can(meta.actor.role, permission)) throw new DomainException('FORBIDDEN');
  return meta.actor;
}
