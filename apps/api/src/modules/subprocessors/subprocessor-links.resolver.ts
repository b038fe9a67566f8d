import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { RequestMeta } from '../../common/actor.js';
import { Allow } from '../../common/access.decorators.js';
import { Meta } from '../../common/current.decorators.js';
import { IdArgs } from '../../common/dto/id.args.js';
import { ListMetadata } from '../../common/list-metadata.model.js';
import { MAX_PAGE_SIZE } from '../../common/list-args.js';
import { CreateSubprocessorLinkArgs, DecideSubprocessorArgs, ObjectToSubprocessorArgs, SubprocessorLinkListArgs, UpdateSubprocessorLinkArgs } from './dto/subprocessor-link.args.js';
import { SubprocessorLinkModel } from './subprocessor-link.model.js';
import { SubprocessorLinksService } from './subprocessor-links.service.js';

@Resolver(() => SubprocessorLinkModel)
export class SubprocessorLinksResolver {
  constructor(private readonly links: SubprocessorLinksService) {}

  @Allow('processor.read')
  @Query(() => SubprocessorLinkModel, { name: 'SubprocessorLink', nullable: true })
  async subprocessorLink(@Meta() meta: RequestMeta, @Args() { id }: IdArgs) {
    return this.links.toModel(await this.links.get(meta, id));
  }

  @Allow('processor.read')
  @Query(() => [SubprocessorLinkModel], { name: 'allSubprocessorLinks', complexity: ({ args, childComplexity }) => Math.min(args.perPage ?? 25, MAX_PAGE_SIZE) * childComplexity })
  async allSubprocessorLinks(@Meta() meta: RequestMeta, @Args() args: SubprocessorLinkListArgs) {
    return (await this.links.list(meta, args)).map((l) => this.links.toModel(l));
  }

  @Allow('processor.read')
  @Query(() => ListMetadata, { name: '_allSubprocessorLinksMeta' })
  async allSubprocessorLinksMeta(@Meta() meta: RequestMeta, @Args() args: SubprocessorLinkListArgs): Promise<ListMetadata> {
    return { count: await this.links.count(meta, args.filter) };
  }

  @Allow('subprocessor.write')
  @Mutation(() => SubprocessorLinkModel, { description: 'Records that a processor engaged a sub-processor; a cycle is refused.' })
  async createSubprocessorLink(@Meta() meta: RequestMeta, @Args() args: CreateSubprocessorLinkArgs) {
    return this.links.toModel(await this.links.create(meta, args));
  }

  @Allow('subprocessor.write')
  @Mutation(() => SubprocessorLinkModel, { description: 'Changes the regime, notice, notification or first-use facts.' })
  async updateSubprocessorLink(@Meta() meta: RequestMeta, @Args() args: UpdateSubprocessorLinkArgs) {
    return this.links.toModel(await this.links.update(meta, args));
  }

  @Allow('subprocessor.write')
  @Mutation(() => SubprocessorLinkModel)
  async deleteSubprocessorLink(@Meta() meta: RequestMeta, @Args() { id }: IdArgs) {
    return this.links.toModel(await this.links.remove(meta, id));
  }

  @Allow('subprocessor.decide')
  @Mutation(() => SubprocessorLinkModel, { description: 'Records our objection to the sub-processor, with the reason.' })
  async objectToSubprocessor(@Meta() meta: RequestMeta, @Args() args: ObjectToSubprocessorArgs) {
    return this.links.toModel(await this.links.object(meta, args));
  }

  @Allow('subprocessor.decide')
  @Mutation(() => SubprocessorLinkModel, { description: 'Records our approval of the sub-processor.' })
  async approveSubprocessor(@Meta() meta: RequestMeta, @Args() args: DecideSubprocessorArgs) {
    return this.links.toModel(await this.links.approve(meta, args));
  }
}
