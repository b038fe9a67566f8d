import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { RequestMeta } from '../../common/actor.js';
import { Allow } from '../../common/access.decorators.js';
import { Meta } from '../../common/current.decorators.js';
import { IdArgs } from '../../common/dto/id.args.js';
import { MAX_PAGE_SIZE } from '../../common/list-args.js';
import { ListMetadata } from '../../common/list-metadata.model.js';
import { CreateRetentionRuleArgs, RetentionRuleListArgs, UpdateRetentionRuleArgs } from './dto/retention-rule.args.js';
import { toRetentionRuleModel } from './records.mapper.js';
import { RetentionRuleModel } from './records.model.js';
import { RetentionRulesService } from './retention-rules.service.js';

@Resolver(() => RetentionRuleModel)
export class RetentionRulesResolver {
  constructor(private readonly rules: RetentionRulesService) {}

  @Allow('records.read')
  @Query(() => RetentionRuleModel, { name: 'RetentionRule', nullable: true, description: 'One retention rule.' })
  async retentionRule(@Meta() meta: RequestMeta, @Args() { id }: IdArgs) {
    return toRetentionRuleModel(await this.rules.get(meta, id));
  }

  @Allow('records.read')
  @Query(() => [RetentionRuleModel], {
    name: 'allRetentionRules',
    description: 'Retention rules (filter by activityId); paginated, sortable (label, period, trigger, createdAt, updatedAt).',
    complexity: ({ args, childComplexity }) => Math.min(args.perPage ?? 25, MAX_PAGE_SIZE) * childComplexity,
  })
  async allRetentionRules(@Meta() meta: RequestMeta, @Args() args: RetentionRuleListArgs) {
    return (await this.rules.list(meta, args)).map(toRetentionRuleModel);
  }

  @Allow('records.read')
  @Query(() => ListMetadata, { name: '_allRetentionRulesMeta', description: 'Number of retention rules matching the filter.' })
  async allRetentionRulesMeta(@Meta() meta: RequestMeta, @Args() args: RetentionRuleListArgs): Promise<ListMetadata> {
    return { count: await this.rules.count(meta, args.filter) };
  }

  @Allow('records.write')
  @Mutation(() => RetentionRuleModel, { description: 'Adds a retention rule to a processing activity (Art. 30(1)(f)).' })
  async createRetentionRule(@Meta() meta: RequestMeta, @Args() args: CreateRetentionRuleArgs) {
    return toRetentionRuleModel(await this.rules.create(meta, args));
  }

  @Allow('records.write')
  @Mutation(() => RetentionRuleModel, { description: 'Changes a retention rule; CONFLICT when someone saved a newer version first.' })
  async updateRetentionRule(@Meta() meta: RequestMeta, @Args() args: UpdateRetentionRuleArgs) {
    return toRetentionRuleModel(await this.rules.update(meta, args));
  }

  @Allow('records.write')
  @Mutation(() => RetentionRuleModel, { description: 'Removes a retention rule.' })
  async deleteRetentionRule(@Meta() meta: RequestMeta, @Args() { id }: IdArgs) {
    return toRetentionRuleModel(await this.rules.remove(meta, id));
  }
}
