import { MAX_PAGE_SIZE } from '../../common/list-args.js';
import { Args, Context, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { RequestMeta } from '../../common/actor.js';
import { Allow } from '../../common/access.decorators.js';
import { Meta } from '../../common/current.decorators.js';
import { IdArgs } from '../../common/dto/id.args.js';
import { ListMetadata } from '../../common/list-metadata.model.js';
import type { GqlContext } from '../../graphql/context.js';
import { AuditEventModel } from '../audit/audit-event.model.js';
import { CreateProcessorArgs, ProcessorListArgs, UpdateProcessorArgs } from './dto/processor.args.js';
import { toProcessorModel } from './processor.mapper.js';
import { ProcessorModel } from './processor.model.js';
import { ProcessorsService } from './processors.service.js';

@Resolver(() => ProcessorModel)
export class ProcessorsResolver {
  constructor(private readonly processors: ProcessorsService) {}

  @Allow('processor.read')
  @Query(() => ProcessorModel, { name: 'Processor', nullable: true, description: 'One processor.' })
  async processor(@Meta() meta: RequestMeta, @Args() { id }: IdArgs) {
    return toProcessorModel(await this.processors.get(meta, id));
  }

  @Allow('processor.read')
  @Query(() => [ProcessorModel], {
    name: 'allProcessors',
    description: 'The processor register: paginated, sortable, filterable.',
    complexity: ({ args, childComplexity }) => Math.min(args.perPage ?? 25, MAX_PAGE_SIZE) * childComplexity,
  })
  async allProcessors(@Meta() meta: RequestMeta, @Args() args: ProcessorListArgs) {
    return (await this.processors.list(meta, args)).map(toProcessorModel);
  }

  @Allow('processor.read')
  @Query(() => ListMetadata, { name: '_allProcessorsMeta', description: 'Number of processors matching the filter.' })
  async allProcessorsMeta(@Meta() meta: RequestMeta, @Args() args: ProcessorListArgs): Promise<ListMetadata> {
    return { count: await this.processors.count(meta, args.filter) };
  }

  @Allow('processor.write')
  @Mutation(() => ProcessorModel, { description: 'Records a new processor.' })
  async createProcessor(@Meta() meta: RequestMeta, @Args() args: CreateProcessorArgs) {
    return toProcessorModel(await this.processors.create(meta, args));
  }

  @Allow('processor.write')
  @Mutation(() => ProcessorModel, { description: 'Changes a processor; CONFLICT when someone saved a newer version first.' })
  async updateProcessor(@Meta() meta: RequestMeta, @Args() args: UpdateProcessorArgs) {
    return toProcessorModel(await this.processors.update(meta, args));
  }

  @Allow('processor.delete')
  @Mutation(() => ProcessorModel, { description: 'Removes a processor recorded by mistake (offboard real ones instead).' })
  async deleteProcessor(@Meta() meta: RequestMeta, @Args() { id }: IdArgs) {
    return toProcessorModel(await this.processors.remove(meta, id));
  }

  @ResolveField(() => [AuditEventModel], {
    description: 'Every recorded change to this processor, oldest first.',
    complexity: ({ childComplexity }) => 5 * childComplexity,
  })
  history(@Parent() processor: ProcessorModel, @Context() ctx: GqlContext) {
    return ctx.loaders.processorHistory.load(processor.id);
  }
}
