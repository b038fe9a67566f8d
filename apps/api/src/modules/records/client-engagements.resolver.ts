import { Args, Info, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { GraphQLResolveInfo } from 'graphql';
import type { RequestMeta } from '../../common/actor.js';
import { Allow } from '../../common/access.decorators.js';
import { Meta } from '../../common/current.decorators.js';
import { IdArgs } from '../../common/dto/id.args.js';
import { MAX_PAGE_SIZE } from '../../common/list-args.js';
import { ListMetadata } from '../../common/list-metadata.model.js';
import { selects } from '../../graphql/selection.js';
import { ClientEngagementsService } from './client-engagements.service.js';
import { ClientEngagementListArgs, CreateClientEngagementArgs, UpdateClientEngagementArgs } from './dto/client-engagement.args.js';
import { toClientEngagementModel } from './records.mapper.js';
import { ClientEngagementModel } from './records.model.js';

@Resolver(() => ClientEngagementModel)
export class ClientEngagementsResolver {
  constructor(private readonly engagements: ClientEngagementsService) {}

  @Allow('records.read')
  @Query(() => ClientEngagementModel, { name: 'ClientEngagement', nullable: true, description: 'One client engagement of the Art. 30(2) record.' })
  async clientEngagement(@Meta() meta: RequestMeta, @Args() { id }: IdArgs, @Info() info: GraphQLResolveInfo) {
    const [model] = await this.withProcessors([toClientEngagementModel(await this.engagements.get(meta, id))], info);
    return model;
  }

  @Allow('records.read')
  @Query(() => [ClientEngagementModel], {
    name: 'allClientEngagements',
    description: 'The Art. 30(2) record: the clients we act for as processor; paginated, sortable (clientName, startedOn, endedOn, createdAt, updatedAt), filterable.',
    complexity: ({ args, childComplexity }) => Math.min(args.perPage ?? 25, MAX_PAGE_SIZE) * childComplexity,
  })
  async allClientEngagements(@Meta() meta: RequestMeta, @Args() args: ClientEngagementListArgs, @Info() info: GraphQLResolveInfo) {
    return this.withProcessors((await this.engagements.list(meta, args)).map(toClientEngagementModel), info);
  }

  @Allow('records.read')
  @Query(() => ListMetadata, { name: '_allClientEngagementsMeta', description: 'Number of client engagements matching the filter.' })
  async allClientEngagementsMeta(@Meta() meta: RequestMeta, @Args() args: ClientEngagementListArgs): Promise<ListMetadata> {
    return { count: await this.engagements.count(meta, args.filter) };
  }

  @Allow('records.write')
  @Mutation(() => ClientEngagementModel, { description: 'Records a client we act for as processor; every sub-processor must exist.' })
  async createClientEngagement(@Meta() meta: RequestMeta, @Args() args: CreateClientEngagementArgs, @Info() info: GraphQLResolveInfo) {
    const [model] = await this.withProcessors([toClientEngagementModel(await this.engagements.create(meta, args))], info);
    return model;
  }

  @Allow('records.write')
  @Mutation(() => ClientEngagementModel, { description: 'Changes a client engagement (end it with endedOn); CONFLICT when someone saved a newer version first.' })
  async updateClientEngagement(@Meta() meta: RequestMeta, @Args() args: UpdateClientEngagementArgs, @Info() info: GraphQLResolveInfo) {
    const [model] = await this.withProcessors([toClientEngagementModel(await this.engagements.update(meta, args))], info);
    return model;
  }

  @Allow('records.write')
  @Mutation(() => ClientEngagementModel, { description: 'Removes an engagement recorded by mistake (end real ones with endedOn instead).' })
  async deleteClientEngagement(@Meta() meta: RequestMeta, @Args() { id }: IdArgs, @Info() info: GraphQLResolveInfo) {
    const [model] = await this.withProcessors([toClientEngagementModel(await this.engagements.remove(meta, id))], info);
    return model;
  }

  /** `processors` for the whole page in one query, only when asked for (as ProcessingActivitiesResolver). */
  private async withProcessors(models: ClientEngagementModel[], info: GraphQLResolveInfo): Promise<ClientEngagementModel[]> {
    if (models.length === 0 || !selects(info, 'processors')) return models;
    const processors = await this.engagements.processorsOf(models);
    return models.map((m, i) => ({ ...m, processors: processors[i] }));
  }
}
