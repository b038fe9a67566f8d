import { Injectable, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { GqlExecutionContext, type GqlContextType } from '@nestjs/graphql';
import { can } from '@tilsyn/domain';
import type { GraphQLResolveInfo } from 'graphql';
import { AuditService } from '../modules/audit/audit.service.js';
import { ACCESS_KEY, type AccessRule } from './access.decorators.js';
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
      operation = `${req.method} ${req.path}`;
    }
    const actor = req.actor;
    const deny = async (code: 'UNAUTHENTICATED' | 'FORBIDDEN', reason: string): Promise<never> => {
      await this.audit.recordStandalone(
        { actor, requestId: req.requestId },
        { action: 'access.denied', entityType: 'Operation', entityId: operation, details: { reason, role: actor?.role ?? null } },
      );
      throw new DomainException(code);
    };

    if (!rule) return deny(actor ? 'FORBIDDEN' : 'UNAUTHENTICATED', 'no_access_rule');
    if (!actor) return deny('UNAUTHENTICATED', 'not_signed_in');
    if (actor.mustChangePassword && !rule.duringPasswordChange) return deny('FORBIDDEN', 'password_change_required');
    if (!can(actor.role, rule.permission)) return deny('FORBIDDEN', `missing_permission:${rule.permission}`);
    return true;
  }
}
