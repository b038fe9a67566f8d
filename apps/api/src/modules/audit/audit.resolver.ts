import { MAX_PAGE_SIZE } from '../../common/list-args.js';
import { Args, Context, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { auditDetailsPermission } from '@tilsyn/domain';
import { denialReason } from '../../common/access.js';
import { Inject } from '@nestjs/common';
import { Allow } from '../../common/access.decorators.js';
import { HEAVY_WORK } from '../../common/clock.js';
import { SharedResults, type HeavyWorkLimiter } from '../../common/heavy-work.js';
import { IdArgs } from '../../common/dto/id.args.js';
import { ListMetadata } from '../../common/list-metadata.model.js';
import type { GqlContext } from '../../graphql/context.js';
import { AuditService } from './audit.service.js';
import { AuditEventModel, AuditVerificationModel } from './audit-event.model.js';
import { AuditEventListArgs } from './dto/audit-events.args.js';

@Resolver(() => AuditEventModel)
export class AuditResolver {
  constructor(
    private readonly audit: AuditService,
    @Inject(HEAVY_WORK) private readonly heavy: HeavyWorkLimiter,
  ) {}

  /** Concurrent verifications share one walk of the chain, bounded with the other heavy work. */
  private readonly verifications = new SharedResults<Awaited<ReturnType<AuditService['verify']>>>();

  @Allow('audit.read')
  @Query(() => AuditEventModel, { name: 'AuditEvent', nullable: true, description: 'One audit event.' })
  auditEvent(@Args() { id }: IdArgs) {
    return this.audit.findOne(id);
  }

  @Allow('audit.read')
  @Query(() => [AuditEventModel], {
    name: 'allAuditEvents',
    description: 'The audit log, newest first by default.',
    complexity: ({ args, childComplexity }) => Math.min(args.perPage ?? 25, MAX_PAGE_SIZE) * childComplexity,
  })
  allAuditEvents(@Args() args: AuditEventListArgs) {
    return this.audit.list(args);
  }

  @Allow('audit.read')
  @Query(() => ListMetadata, { name: '_allAuditEventsMeta', description: 'Number of audit events matching the filter.' })
  async allAuditEventsMeta(@Args() args: AuditEventListArgs): Promise<ListMetadata> {
    return { count: await this.audit.count(args.filter) };
  }

  @Allow('audit.read')
  @Query(() => AuditVerificationModel, { complexity: 1000, description: 'Walks the whole chain and reports the first broken link.' })
  async verifyAuditTrail(): Promise<AuditVerificationModel> {
    const result = await this.verifications.run('chain', () => this.heavy.run(() => this.audit.verify()));
    return {
      ok: result.ok,
      checkedEvents: result.checkedEvents,
      firstBrokenSeq: result.firstBroken?.seq ?? null,
      firstBrokenId: result.firstBroken?.id ?? null,
      reason: result.firstBroken?.reason ?? null,
    };
  }

  @ResolveField(() => String, { nullable: true, description: 'Name of the user or token that acted (not part of the chain).' })
  actorName(@Parent() event: AuditEventModel, @Context() ctx: GqlContext) {
    return event.actorId ? ctx.loaders.actorNames.load(event.actorId) : null;
  }

  @ResolveField(() => String, { nullable: true, description: 'The details as JSON: changed fields {before, after} and context; null once erased.' })
  async changes(@Parent() event: AuditEventModel, @Context() ctx: GqlContext) {
    // Field-level access: details of user and token events only for roles that may read those.
    const needed = auditDetailsPermission(event.entityType);
    const actor = ctx.req.actor;
    if (needed && (!actor || denialReason(actor, needed) !== null)) return JSON.stringify({ hidden: needed });
    const details = event.details !== undefined ? event.details : await ctx.loaders.auditDetails.load(event.id);
    return details ? JSON.stringify(details) : null;
  }
}
