import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Allow } from '../../common/access.decorators.js';
import type { RequestMeta } from '../../common/actor.js';
import { Meta } from '../../common/current.decorators.js';
import { ListMetadata } from '../../common/list-metadata.model.js';
import {
  DecideErasureRequestArgs,
  ErasureExclusionInput,
  ErasureIdentifiersModel,
  ErasureRecipientPreviewModel,
  ErasureRequestListArgs,
  ErasureRequestModel,
  FileErasureRequestArgs,
} from './erasure.model.js';
import { ErasureService } from './erasure.service.js';

@Resolver(() => ErasureRequestModel)
export class ErasureResolver {
  constructor(private readonly erasure: ErasureService) {}

  @Allow('erasure.read')
  @Query(() => [ErasureRequestModel], { name: 'allErasureRequests' })
  allErasureRequests(@Meta() meta: RequestMeta, @Args() args: ErasureRequestListArgs) {
    return this.erasure.list(meta, args);
  }

  @Allow('erasure.read')
  @Query(() => ListMetadata, { name: '_allErasureRequestsMeta' })
  async allErasureRequestsMeta(@Meta() meta: RequestMeta, @Args() args: ErasureRequestListArgs): Promise<ListMetadata> {
    return { count: await this.erasure.count(meta, args.filter) };
  }

  @Allow('erasure.read')
  @Query(() => ErasureRequestModel, { name: 'ErasureRequest' })
  erasureRequest(@Meta() meta: RequestMeta, @Args('id', { type: () => ID }) id: string) {
    return this.erasure.get(meta, id);
  }

  @Allow('erasure.read')
  @Query(() => ErasureRecipientPreviewModel, { description: 'Who would be told of the erasure and why, and who not and why. Writes nothing.' })
  erasureRecipientPreview(
    @Meta() meta: RequestMeta,
    @Args('id', { type: () => ID }) id: string,
    @Args('exclusions', { type: () => [ErasureExclusionInput], nullable: true }) exclusions?: ErasureExclusionInput[] | null,
  ) {
    return this.erasure.preview(meta, id, exclusions ?? []);
  }

  @Allow('erasure.file')
  @Mutation(() => ErasureRequestModel, { description: 'Files an erasure request (staff, or the case system with an API token). An idempotency key makes a repeated call create nothing new.' })
  fileErasureRequest(@Meta() meta: RequestMeta, @Args() args: FileErasureRequestArgs) {
    return this.erasure.file(meta, args);
  }

  @Allow('erasure.decide')
  @Mutation(() => ErasureRequestModel, { description: 'Approves (wholly or partly) or refuses a request; an approval writes one notice per recipient at once.' })
  decideErasureRequest(@Meta() meta: RequestMeta, @Args() args: DecideErasureRequestArgs) {
    return this.erasure.decide(meta, args);
  }

  @Allow('erasure.identifiers')
  @Mutation(() => ErasureIdentifiersModel, { description: "Shows the person's identifiers in clear. A mutation because every viewing is recorded in the audit trail." })
  revealErasureIdentifiers(@Meta() meta: RequestMeta, @Args('id', { type: () => ID }) id: string) {
    return this.erasure.reveal(meta, id);
  }
}

