import { Args, Context, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { RequestMeta } from '../../common/actor.js';
import { Allow } from '../../common/access.decorators.js';
import { Meta } from '../../common/current.decorators.js';
import { IdArgs } from '../../common/dto/id.args.js';
import { ListMetadata } from '../../common/list-metadata.model.js';
import { MAX_PAGE_SIZE } from '../../common/list-args.js';
import type { GqlContext } from '../../graphql/context.js';
import { AgreementClauseModel, AgreementDocumentModel, AgreementModel } from './agreement.model.js';
import { AgreementsService } from './agreements.service.js';
import { AgreementDateArgs, AgreementListArgs, AssessClauseArgs, CreateAgreementArgs, TerminateAgreementArgs, UpdateAgreementArgs } from './dto/agreement.args.js';

@Resolver(() => AgreementModel)
export class AgreementsResolver {
  constructor(private readonly agreements: AgreementsService) {}

  @Allow('agreement.read')
  @Query(() => AgreementModel, { name: 'Agreement', nullable: true })
  agreement(@Meta() meta: RequestMeta, @Args() { id }: IdArgs) {
    return this.agreements.get(meta, id);
  }

  @Allow('agreement.read')
  @Query(() => [AgreementModel], { name: 'allAgreements', complexity: ({ args, childComplexity }) => Math.min(args.perPage ?? 25, MAX_PAGE_SIZE) * childComplexity })
  allAgreements(@Meta() meta: RequestMeta, @Args() args: AgreementListArgs) {
    return this.agreements.list(meta, args);
  }

  @Allow('agreement.read')
  @Query(() => ListMetadata, { name: '_allAgreementsMeta' })
  async allAgreementsMeta(@Meta() meta: RequestMeta, @Args() args: AgreementListArgs): Promise<ListMetadata> {
    return { count: await this.agreements.count(meta, args.filter) };
  }

  @Allow('agreement.write')
  @Mutation(() => AgreementModel, { description: 'Records a new DPA version (a draft until signed).' })
  createAgreement(@Meta() meta: RequestMeta, @Args() args: CreateAgreementArgs) {
    return this.agreements.create(meta, args);
  }

  @Allow('agreement.write')
  @Mutation(() => AgreementModel, { description: 'Changes a draft; a signed version changes only through sign, review and terminate.' })
  updateAgreement(@Meta() meta: RequestMeta, @Args() args: UpdateAgreementArgs) {
    return this.agreements.update(meta, args);
  }

  @Allow('agreement.write')
  @Mutation(() => AgreementModel, { description: 'Removes a draft (never a signed version).' })
  deleteAgreement(@Meta() meta: RequestMeta, @Args() { id }: IdArgs) {
    return this.agreements.remove(meta, id);
  }

  @Allow('agreement.write')
  @Mutation(() => AgreementModel, { description: 'Records the signature date (`on`).' })
  signAgreement(@Meta() meta: RequestMeta, @Args() args: AgreementDateArgs) {
    return this.agreements.sign(meta, args);
  }

  @Allow('agreement.write')
  @Mutation(() => AgreementModel, { description: 'Ends the agreement on `on`, with the reason.' })
  terminateAgreement(@Meta() meta: RequestMeta, @Args() args: TerminateAgreementArgs) {
    return this.agreements.terminate(meta, args);
  }

  @Allow('agreement.write')
  @Mutation(() => AgreementModel, { description: 'Records the periodic review done on `on`.' })
  recordAgreementReview(@Meta() meta: RequestMeta, @Args() args: AgreementDateArgs) {
    return this.agreements.recordReview(meta, args);
  }

  @Allow('agreement.assess')
  @Mutation(() => AgreementModel, { description: 'Assesses one checklist item: present, partial or missing, and where.' })
  assessAgreementClause(@Meta() meta: RequestMeta, @Args() args: AssessClauseArgs) {
    return this.agreements.assessClause(meta, args);
  }

  @ResolveField(() => [AgreementClauseModel], { description: 'The checklist, in catalogue order, with the article and what to look for.' })
  async clauses(@Parent() agreement: AgreementModel, @Context() ctx: GqlContext) {
    const rows = (await ctx.loaders.agreementClauses.load(agreement.id)).map(AgreementsService.clauseModel);
    const names = await ctx.loaders.actorNames.loadMany(rows.map((r) => r.assessedById).filter((id): id is string => !!id));
    const byId = new Map(rows.filter((r) => r.assessedById).map((r, i) => [r.assessedById!, names[i]]));
    return rows.map((r) => ({ ...r, assessedByName: r.assessedById ? ((byId.get(r.assessedById) as string | null) ?? null) : null }));
  }

  @ResolveField(() => AgreementDocumentModel, { nullable: true, description: 'The signed document, when uploaded.' })
  document(@Parent() agreement: AgreementModel, @Context() ctx: GqlContext) {
    return ctx.loaders.agreementDocuments.load(agreement.id);
  }
}
