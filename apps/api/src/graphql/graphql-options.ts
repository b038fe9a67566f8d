import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import type { ApolloDriverConfig } from '@nestjs/apollo';
import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import type { GraphQLSchema, ValidationContext, GraphQLError } from 'graphql';
import { denialReason } from '../common/access.js';
import type { AppConfig } from '../config/config.js';
import { complexityPlugin } from './complexity.plugin.js';
import { errorLocalePlugin } from './error-locale.plugin.js';
import { inputGuardPlugin } from './input-guard.plugin.js';
import { retryAfterPlugin } from './retry-after.plugin.js';
import type { GqlContext } from './context.js';
import { formatGraphqlError } from './errors.js';
import { createLoaders, type LoaderServices } from './loaders.js';

/** graphql-armor rules must report, not throw, or Apollo answers "Internal server error" (stack.md §6). */
const report = [(ctx: ValidationContext | null, error: GraphQLError) => ctx?.reportError(error)];

export function graphqlOptions(config: AppConfig, services: LoaderServices): ApolloDriverConfig {
  let schemaRef: GraphQLSchema | undefined;
  return {
    autoSchemaFile: true,
    sortSchema: true,
    path: '/graphql',
    playground: false,
    graphiql: false,
    introspection: config.mode !== 'production',
    csrfPrevention: true,
    hideSchemaDetailsFromClientErrors: true,
    includeStacktraceInErrorResponses: false,
    // No automatic persisted queries: a request with extensions.persistedQuery answers 400 PERSISTED_QUERY_NOT_SUPPORTED (issue 15, item 7).
    persistedQueries: false,
    // Nest would reset every answer with a `data` key to 200; a BUSY, SERVICE_UNAVAILABLE or
    // TOO_MANY_REQUESTS answer keeps its 503/429 and Retry-After (retry-after.plugin.ts).
    preserveHttpStatusForExecutionErrors: false,
    transformSchema: (schema: GraphQLSchema) => {
      schemaRef = schema;
      return schema;
    },
    context: ({ req, res }: Pick<GqlContext, 'req' | 'res'>): GqlContext => ({
      req,
      res,
      loaders: createLoaders(services, req.locale, { mayReadAudit: req.actor !== undefined && denialReason(req.actor, 'audit.read') === null }),
    }),
    formatError: formatGraphqlError,
    validationRules: [
      maxDepthRule({ n: config.graphql.maxDepth, propagateOnRejection: false, onReject: report }),
      maxAliasesRule({ n: config.graphql.maxAliases, propagateOnRejection: false, onReject: report }),
    ],
    // No HTTP cache hints: its per-field hook wraps every resolver and costs ~10 % on lists.
    plugins: [ApolloServerPluginLandingPageDisabled(), ApolloServerPluginCacheControlDisabled(), complexityPlugin(() => schemaRef!, config.graphql.maxComplexity), inputGuardPlugin(), errorLocalePlugin(), retryAfterPlugin()],
  } as ApolloDriverConfig;
}
