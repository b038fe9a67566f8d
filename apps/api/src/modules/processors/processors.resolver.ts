import { MAX_PAGE_SIZE } from '../../common/list-args.js';
import { Args, Context, Info, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { GraphQLResolveInfo } from 'graphql';
import type { RequestMeta } from '../../common/actor.js';
import { Allow } from '../../common/access.decorators.js';
import { Meta } from '../../common/current.decorators.js';
import { IdArgs } from '../../common/dto/id.args.js';
import { ListMetadata } from '../../common/list-metadata.model.js';
import type { GqlContext } from '../../graphql/context.js';
import { selects } from '../../graphql/selection.js';
import { CreateProcessorArgs, ProcessorListArgs, UpdateProcessorArgs } from './dto/processor.args.js';
import { toProcessorModel } from './processor.mapper.js';
import { ProcessorModel } from './processor.model.js';
import { ProcessorsService } from './processors.service.js';

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
    return withHistory((await this.processors.list(meta, args)).map(toProcessorModel), info, ctx);
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
