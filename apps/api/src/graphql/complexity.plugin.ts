import type { ApolloServerPlugin, GraphQLRequestListener } from '@apollo/server';
import { GraphQLError, type GraphQLSchema, type OperationDefinitionNode } from 'graphql';
import { fieldExtensionsEstimator, getComplexity, simpleEstimator } from 'graphql-query-complexity';

/**
 * Cost limit as an Apollo plugin, not a validation rule: validation runs without variables, so
 * the rule would refuse every operation with required variables (stack.md §6). Introspection-only
 * operations are not counted (react-admin's introspection alone costs ~300).
 */
export function complexityPlugin(schema: () => GraphQLSchema, maxComplexity: number): ApolloServerPlugin {
  return {
    async requestDidStart(): Promise<GraphQLRequestListener<object>> {
      return {
        async didResolveOperation({ request, document, operation }) {
          const op = operation as OperationDefinitionNode | undefined;
          const onlyIntrospection = op?.selectionSet.selections.every((s) => s.kind === 'Field' && s.name.value.startsWith('__'));
          if (onlyIntrospection) return;
          let complexity: number;
          try {
            complexity = getComplexity({
              schema: schema(),
              operationName: request.operationName,
              query: document,
              variables: request.variables,
              estimators: [fieldExtensionsEstimator(), simpleEstimator({ defaultComplexity: 1 })],
            });
          } catch (error) {
            // Variables that do not fit their types (an unknown enum value, a string for an Int):
            // the client's mistake, reported as such rather than as a server error.
            throw new GraphQLError(error instanceof Error ? error.message : 'Invalid variables', {
              extensions: { code: 'BAD_USER_INPUT', http: { status: 400 } },
            });
          }
          if (complexity > maxComplexity) {
            throw new GraphQLError(`The query costs ${complexity}, more than the limit of ${maxComplexity}.`, {
              extensions: { code: 'QUERY_TOO_COMPLEX', http: { status: 400 } },
            });
          }
        },
      };
    },
  };
}
