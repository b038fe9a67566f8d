import { MAX_PAGE_SIZE } from '../../common/list-args.js';
import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { ApiTokenStatus } from '@tilsyn/domain';
import type { RequestMeta } from '../../common/actor.js';
import { Allow } from '../../common/access.decorators.js';
import { Meta } from '../../common/current.decorators.js';
import { IdArgs } from '../../common/dto/id.args.js';
import { ListMetadata } from '../../common/list-metadata.model.js';
import type { ApiTokenEntity } from './api-token.entity.js';
import { ApiTokenCreatedModel, ApiTokenModel } from './api-token.model.js';
import { ApiTokensService } from './api-tokens.service.js';
import { ApiTokenListArgs, CreateApiTokenArgs } from './dto/api-token.args.js';

function toApiTokenModel(e: ApiTokenEntity, status: ApiTokenStatus): ApiTokenModel {
  return {
    id: e.id,
    name: e.name,
    scope: e.scope,
    status,
    createdAt: e.createdAt,
    createdById: e.createdById,
    expiresAt: e.expiresAt,
    lastUsedAt: e.lastUsedAt,
    revokedAt: e.revokedAt,
    tokenPrefix: e.tokenPrefix,
  };
}

@Resolver(() => ApiTokenModel)
export class ApiTokensResolver {
  constructor(private readonly tokens: ApiTokensService) {}

  @Allow('apiToken.read')
  @Query(() => ApiTokenModel, { name: 'ApiToken', nullable: true })
  async apiToken(@Meta() meta: RequestMeta, @Args() { id }: IdArgs) {
    const token = await this.tokens.get(meta, id);
    return toApiTokenModel(token, this.tokens.status(token));
  }

  @Allow('apiToken.read')
  @Query(() => [ApiTokenModel], { name: 'allApiTokens', complexity: ({ args, childComplexity }) => Math.min(args.perPage ?? 25, MAX_PAGE_SIZE) * childComplexity })
  async allApiTokens(@Meta() meta: RequestMeta, @Args() args: ApiTokenListArgs) {
    return (await this.tokens.list(meta, args)).map((t) => toApiTokenModel(t, this.tokens.status(t)));
  }

  @Allow('apiToken.read')
  @Query(() => ListMetadata, { name: '_allApiTokensMeta' })
  async allApiTokensMeta(@Meta() meta: RequestMeta, @Args() args: ApiTokenListArgs): Promise<ListMetadata> {
    return { count: await this.tokens.count(meta, args.filter) };
  }

  @Allow('apiToken.manage')
  @Mutation(() => ApiTokenCreatedModel, { description: 'Creates a token with a scope and an expiry; the secret is in this answer only. No token may call this.' })
  async createApiToken(@Meta() meta: RequestMeta, @Args() args: CreateApiTokenArgs): Promise<ApiTokenCreatedModel> {
    const { entity, token } = await this.tokens.create(meta, args);
    return { apiToken: toApiTokenModel(entity, this.tokens.status(entity)), token };
  }

  @Allow('apiToken.manage')
  @Mutation(() => ApiTokenModel, { description: 'Revokes a token for good.' })
  async revokeApiToken(@Meta() meta: RequestMeta, @Args() { id }: IdArgs) {
    const token = await this.tokens.revoke(meta, id);
    return toApiTokenModel(token, this.tokens.status(token));
  }
}
