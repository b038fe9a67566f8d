import { MAX_PAGE_SIZE } from '../../common/list-args.js';
import { Args, ArgsType, Context, Field, ID, Info, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { END_OF_SERVICE_OUTCOMES, type EndOfServiceOutcome } from '@tilsyn/domain';
import { IsIn, IsInt, IsOptional, IsString, IsUUID, MaxLength, Min } from 'class-validator';
import { EndOfServiceOutcomeEnum } from '../../graphql/enums.js';
import { AgreementModel } from '../agreements/agreement.model.js';
import { ProcessorComplianceModel } from '../compliance/compliance.model.js';
import { SubprocessorLinkModel } from '../subprocessors/subprocessor-link.model.js';
import { ProcessingLocationModel } from './processing-location.model.js';
import type { GraphQLResolveInfo } from 'graphql';
import type { RequestMeta } from '../../common/actor.js';
import { Allow } from '../../common/access.decorators.js';
import { Meta } from '../../common/current.decorators.js';
import { IdArgs } from '../../common/dto/id.args.js';
import { ListMetadata } from '../../common/list-metadata.model.js';
import type { GqlContext } from '../../graphql/context.js';
import { selectedFieldNames, selects } from '../../graphql/selection.js';
import { requireIsoDates } from '../../common/dates.js';
import { CreateProcessorArgs, ProcessorListArgs, UpdateProcessorArgs } from './dto/processor.args.js';
import { toProcessorModel } from './processor.mapper.js';
import { ProcessorModel } from './processor.model.js';
import { ProcessorsService } from './processors.service.js';

@ArgsType()
class OffboardProcessorArgs {
  @Field(() => ID) @IsUUID('all') id: string;
  @Field(() => Int) @IsInt() @Min(1) version: number;
  @Field({ description: 'The engagement ends on this day (YYYY-MM-DD).' }) @IsString() @MaxLength(10) endedOn: string;
  @Field(() => EndOfServiceOutcomeEnum, { description: 'Art. 28(3)(g): did it confirm deletion or return?' }) @IsIn(END_OF_SERVICE_OUTCOMES) endOfServiceOutcome: EndOfServiceOutcome;
}

@ArgsType()
class AsOfArgs {
  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD; today in Copenhagen when left out.' })
  @IsOptional()
  @MaxLength(10)
  asOf?: string | null;
}

@Resolver(() => ProcessorModel)
export class ProcessorsResolver {
  constructor(private readonly processors: ProcessorsService) {}

  @Allow('processor.read')
  @Query(() => ProcessorModel, { name: 'Processor', nullable: true, description: 'One processor.' })
  async processor(@Meta() meta: RequestMeta, @Args() { id }: IdArgs, @Info() info: GraphQLResolveInfo, @Context() ctx: GqlContext) {
    const [model] = await withHistory([toProcessorModel(await this.processors.get(meta, id))], info, ctx);
    return model;
  }

  @Allow('processor.read')
  @Query(() => [ProcessorModel], {
    name: 'allProcessors',
    description: 'The processor register: paginated, sortable, filterable.',
    complexity: ({ args, childComplexity }) => Math.min(args.perPage ?? 25, MAX_PAGE_SIZE) * childComplexity,
  })
  async allProcessors(@Meta() meta: RequestMeta, @Args() args: ProcessorListArgs, @Info() info: GraphQLResolveInfo, @Context() ctx: GqlContext) {
    return withHistory((await this.processors.list(meta, args, selectedFieldNames(info))).map(toProcessorModel), info, ctx);
  }

  @Allow('processor.read')
  @Query(() => ListMetadata, { name: '_allProcessorsMeta', description: 'Number of processors matching the filter.' })
  async allProcessorsMeta(@Meta() meta: RequestMeta, @Args() args: ProcessorListArgs): Promise<ListMetadata> {
    return { count: await this.processors.count(meta, args.filter) };
  }

  @Allow('processor.write')
  @Mutation(() => ProcessorModel, { description: 'Records a new processor.' })
  async createProcessor(@Meta() meta: RequestMeta, @Args() args: CreateProcessorArgs, @Info() info: GraphQLResolveInfo, @Context() ctx: GqlContext) {
    const [model] = await withHistory([toProcessorModel(await this.processors.create(meta, args))], info, ctx);
    return model;
  }

  @Allow('processor.write')
  @Mutation(() => ProcessorModel, { description: 'Changes a processor; CONFLICT when someone saved a newer version first.' })
  async updateProcessor(@Meta() meta: RequestMeta, @Args() args: UpdateProcessorArgs, @Info() info: GraphQLResolveInfo, @Context() ctx: GqlContext) {
    const [model] = await withHistory([toProcessorModel(await this.processors.update(meta, args))], info, ctx);
    return model;
  }

  @Allow('processor.write')
  @Mutation(() => ProcessorModel, { description: 'Ends the engagement: end date and what the processor confirmed about the data (Art. 28(3)(g)).' })
  async offboardProcessor(@Meta() meta: RequestMeta, @Args() args: OffboardProcessorArgs, @Info() info: GraphQLResolveInfo, @Context() ctx: GqlContext) {
    const [model] = await withHistory([toProcessorModel(await this.processors.offboard(meta, args))], info, ctx);
    return model;
  }

  @ResolveField(() => [ProcessingLocationModel], { description: 'Countries where it stores data or reaches it from.' })
  processingLocations(@Parent() p: ProcessorModel, @Context() ctx: GqlContext) {
    return ctx.loaders.processingLocations.load(p.id);
  }

  @ResolveField(() => ProcessorComplianceModel, { description: 'Status and findings, with the whole chain, on a date (today by default).' })
  async compliance(@Parent() p: ProcessorModel, @Args() { asOf }: AsOfArgs, @Context() ctx: GqlContext) {
    requireIsoDates({ asOf }, ['asOf']);
    return ctx.loaders.compliance.load(`${p.id}|${asOf ?? ''}`);
  }

  @ResolveField(() => [AgreementModel], { description: 'Every DPA version with it, newest first.' })
  agreements(@Parent() p: ProcessorModel, @Context() ctx: GqlContext) {
    return ctx.loaders.agreementsByProcessor.load(p.id);
  }

  @ResolveField(() => [SubprocessorLinkModel], { description: 'The sub-processors it engaged (one level; see processorChain for all).' })
  subprocessorLinks(@Parent() p: ProcessorModel, @Context() ctx: GqlContext) {
    return ctx.loaders.subprocessorLinksByProcessor.load(p.id);
  }

  @ResolveField(() => [SubprocessorLinkModel], { description: 'The processors that engaged it as a sub-processor.' })
  engagedBy(@Parent() p: ProcessorModel, @Context() ctx: GqlContext) {
    return ctx.loaders.engagingLinksBySubprocessor.load(p.id);
  }

  @Allow('processor.delete')
  @Mutation(() => ProcessorModel, { description: 'Removes a processor recorded by mistake (offboard real ones instead).' })
  async deleteProcessor(@Meta() meta: RequestMeta, @Args() { id }: IdArgs, @Info() info: GraphQLResolveInfo, @Context() ctx: GqlContext) {
    const [model] = await withHistory([toProcessorModel(await this.processors.remove(meta, id))], info, ctx);
    return model;
  }
}

/**
 * Fills `history` (a to-many field) through the request's DataLoader, once for the whole page,
 * and only when the query asks for it. Done in the root resolver rather than a per-row
 * @ResolveField: Nest's field-resolver wrapper cost 2.5× the whole list (bench P1).
 */
async function withHistory(models: ProcessorModel[], info: GraphQLResolveInfo, ctx: GqlContext): Promise<ProcessorModel[]> {
  if (!selects(info, 'history') || models.length === 0) return models;
  const histories = await ctx.loaders.processorHistory.loadMany(models.map((m) => m.id));
  return models.map((model, i) => {
    const history = histories[i];
    if (history instanceof Error) throw history;
    return { ...model, history };
  });
}
