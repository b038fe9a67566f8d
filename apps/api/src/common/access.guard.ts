import { Injectable, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { GqlExecutionContext, type GqlContextType } from '@nestjs/graphql';
import type { GraphQLResolveInfo } from 'graphql';
import { AuditService } from '../modules/audit/audit.service.js';
import { ACCESS_KEY, type AccessRule } from './access.decorators.js';
import { denialReason } from './access.js';
import type { TilsynRequest } from './actor.js';
import { DomainException } from './domain-exception.js';

/**
 * The one place that decides who may call what (default-deny). A resolver or controller without
 * @Allow or @Public is refused for everybody; a refusal is written to the audit trail
 * (ASVS 16.3.2) before the error is returned.
 */
@Injectable()
export class AccessGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly audit: AuditService,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const rule = this.reflector.getAllAndOverride<AccessRule | undefined>(ACCESS_KEY, [context.getHandler(), context.getClass()]);
    if (rule?.kind === 'public') return true;

    let req: TilsynRequest;
    let operation: string;
    if (context.getType<GqlContextType>() === 'graphql') {
      const gql = GqlExecutionContext.create(context);
      req = gql.getContext<{ req: TilsynRequest }>().req;
      const info = gql.getInfo<GraphQLResolveInfo>();
      operation = `${info.parentType.name}.${info.fieldName}`;
    } else {
      req = context.switchToHttp().getRequest<TilsynRequest>();
      // The route's pattern, not the path: a denied call's record names the operation, and a flood
      // of made-up paths cannot make distinct records.
      const route = (req as TilsynRequest & { route?: { path?: unknown } }).route?.path;
      operation = `${req.method} ${typeof route === 'string' ? route : req.path}`;
    }
    const actor = req.actor;
    const deny = async (code: 'UNAUTHENTICATED' | 'FORBIDDEN', reason: string): Promise<never> => {
      const event = { action: 'access.denied', entityType: 'Operation', entityId: operation, details: { reason, role: actor?.role ?? null, ...(actor?.scope ? { scope: actor.scope } : {}) } };
      // Anonymous denials are counted in aggregate (first of the minute as itself, the rest as one
      // count): anybody can cause them, so they must not grow the chain by a row each (issue 15, item 9).
      if (actor) await this.audit.recordStandalone({ actor, requestId: req.requestId }, event);
      else await this.audit.recordRepeatable({ actor, requestId: req.requestId }, event);
      throw new DomainException(code);
    };

    if (!rule) return deny(actor ? 'FORBIDDEN' : 'UNAUTHENTICATED', 'no_access_rule');
    if (!actor) return deny('UNAUTHENTICATED', 'not_signed_in');
    if (actor.mustChangePassword && !rule.duringPasswordChange) return deny('FORBIDDEN', 'password_change_required');
    // A token: its scope and its creator's current role must both allow it (token_scope:… / token_creator_role:…).
    const denied = denialReason(actor, rule.permission);
    if (denied) return deny('FORBIDDEN', denied);
    return true;
  }
}
