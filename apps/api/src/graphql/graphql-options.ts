import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import type { ApolloDriverConfig } from '@nestjs/apollo';
import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import type { GraphQLSchema, ValidationContext, GraphQLError } from 'graphql';
import type { AppConfig } from '../config/config.js';
import { complexityPlugin } from './complexity.plugin.js';
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
    transformSchema: (schema: GraphQLSchema) => {
      schemaRef = schema;
      return schema;
    },
    context: ({ req, res }: Pick<GqlContext, 'req' | 'res'>): GqlContext => ({ req, res, loaders: createLoaders(services, req.locale) }),
    formatError: formatGraphqlError,
    validationRules: [
      maxDepthRule({ n: config.graphql.maxDepth, propagateOnRejection: false, onReject: report }),
      maxAliasesRule({ n: config.graphql.maxAliases, propagateOnRejection: false, onReject: report }),
    ],
    // No HTTP cache hints: its per-field hook wraps every resolver and costs ~10 % on lists.
    plugins: [ApolloServerPluginLandingPageDisabled(), ApolloServerPluginCacheControlDisabled(), complexityPlugin(() => schemaRef!, config.graphql.maxComplexity)],
  } as ApolloDriverConfig;
}
