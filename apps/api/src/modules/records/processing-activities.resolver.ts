import { Args, Info, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { GraphQLResolveInfo } from 'graphql';
import type { RequestMeta } from '../../common/actor.js';
import { Allow } from '../../common/access.decorators.js';
import { Meta } from '../../common/current.decorators.js';
import { IdArgs } from '../../common/dto/id.args.js';
import { MAX_PAGE_SIZE } from '../../common/list-args.js';
import { ListMetadata } from '../../common/list-metadata.model.js';
import { selects } from '../../graphql/selection.js';
import { CreateProcessingActivityArgs, ProcessingActivityListArgs, UpdateProcessingActivityArgs } from './dto/processing-activity.args.js';
import { ProcessingActivitiesService } from './processing-activities.service.js';
import { toProcessingActivityModel } from './records.mapper.js';
import { ProcessingActivityModel } from './records.model.js';

@Resolver(() => ProcessingActivityModel)
export class ProcessingActivitiesResolver {
  constructor(private readonly activities: ProcessingActivitiesService) {}

  @Allow('records.read')
  @Query(() => ProcessingActivityModel, { name: 'ProcessingActivity', nullable: true, description: 'One processing activity of the Art. 30(1) record.' })
  async processingActivity(@Meta() meta: RequestMeta, @Args() { id }: IdArgs, @Info() info: GraphQLResolveInfo) {
    const [model] = await this.withRelations([toProcessingActivityModel(await this.activities.get(meta, id))], info);
    return model;
  }

  @Allow('records.read')
  @Query(() => [ProcessingActivityModel], {
    name: 'allProcessingActivities',
    description: 'The Art. 30(1) record: our processing activities as controller; paginated, sortable (name, updatedAt, createdAt, endedOn), filterable.',
    complexity: ({ args, childComplexity }) => Math.min(args.perPage ?? 25, MAX_PAGE_SIZE) * childComplexity,
  })
  async allProcessingActivities(@Meta() meta: RequestMeta, @Args() args: ProcessingActivityListArgs, @Info() info: GraphQLResolveInfo) {
    return this.withRelations((await this.activities.list(meta, args)).map(toProcessingActivityModel), info);
  }

  @Allow('records.read')
  @Query(() => ListMetadata, { name: '_allProcessingActivitiesMeta', description: 'Number of processing activities matching the filter.' })
  async allProcessingActivitiesMeta(@Meta() meta: RequestMeta, @Args() args: ProcessingActivityListArgs): Promise<ListMetadata> {
    return { count: await this.activities.count(meta, args.filter) };
  }

  @Allow('records.write')
  @Mutation(() => ProcessingActivityModel, { description: 'Records a processing activity; the name must be free and every processor must exist.' })
  async createProcessingActivity(@Meta() meta: RequestMeta, @Args() args: CreateProcessingActivityArgs, @Info() info: GraphQLResolveInfo) {
    const [model] = await this.withRelations([toProcessingActivityModel(await this.activities.create(meta, args))], info);
    return model;
  }

  @Allow('records.write')
  @Mutation(() => ProcessingActivityModel, { description: 'Changes a processing activity (end it with endedOn); CONFLICT when someone saved a newer version first.' })
  async updateProcessingActivity(@Meta() meta: RequestMeta, @Args() args: UpdateProcessingActivityArgs, @Info() info: GraphQLResolveInfo) {
    const [model] = await this.withRelations([toProcessingActivityModel(await this.activities.update(meta, args))], info);
    return model;
  }

  @Allow('records.write')
  @Mutation(() => ProcessingActivityModel, { description: 'Removes an activity recorded by mistake, with its retention rules (end real ones with endedOn instead).' })
  async deleteProcessingActivity(@Meta() meta: RequestMeta, @Args() { id }: IdArgs, @Info() info: GraphQLResolveInfo) {
    const [model] = await this.withRelations([toProcessingActivityModel(await this.activities.remove(meta, id))], info);
    return model;
  }

  /**
   * Fills the to-many fields (retention rules, processors) for the whole page in one query each,
   * and only when the query asks for them; in the root resolver, as the processor history is
   * (a per-row @ResolveField costs more than the list, bench P1).
   */
  private async withRelations(models: ProcessingActivityModel[], info: GraphQLResolveInfo): Promise<ProcessingActivityModel[]> {
    if (models.length === 0) return models;
    const [rules, processors] = await Promise.all([
      selects(info, 'retentionRules') ? this.activities.rulesByActivityIds(models.map((m) => m.id)) : null,
      selects(info, 'processors') ? this.activities.processorsOf(models) : null,
    ]);
    return models.map((m, i) => ({ ...m, ...(rules ? { retentionRules: rules.get(m.id) ?? [] } : {}), ...(processors ? { processors: processors[i] } : {}) }));
  }
}
