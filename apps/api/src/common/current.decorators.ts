import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import type { GqlContext } from '../graphql/context.js';
import { metaOf, type RequestMeta } from './actor.js';

/** The caller (actor, request id, language) of a GraphQL operation. */
export const Meta = createParamDecorator((_: unknown, ctx: ExecutionContext): RequestMeta => {
  const gql = GqlExecutionContext.create(ctx).getContext<GqlContext>();
  return metaOf(gql.req);
});
