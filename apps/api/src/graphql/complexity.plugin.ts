import type { ApolloServerPlugin, GraphQLRequestListener } from '@apollo/server';
import { GraphQLError, type DocumentNode, type FieldNode, type GraphQLSchema, type OperationDefinitionNode, type SelectionSetNode } from 'graphql';
import type { GqlContext } from './context.js';
import { fieldExtensionsEstimator, getComplexity, simpleEstimator } from 'graphql-query-complexity';

/**
 * Cost limit as an Apollo plugin, not a validation rule: validation runs without variables, so
 * the rule would refuse every operation with required variables (stack.md §6). Introspection-only
 * operations are not counted (react-admin's introspection alone costs ~300).
 */
export function complexityPlugin(schema: () => GraphQLSchema, maxComplexity: number): ApolloServerPlugin<GqlContext> {
  return {
    async requestDidStart(): Promise<GraphQLRequestListener<GqlContext>> {
      return {
        async didResolveOperation({ request, document, operation, contextValue }) {
          const op = operation as OperationDefinitionNode | undefined;
          // Introspection (the admin ships the schema at build time and never asks): only for a
          // signed-in caller, and one __schema per operation — fifteen aliases of it cost seconds
          // of CPU and megabytes of answer, and neither the depth nor the cost limit counts them.
          const roots = op ? rootFields(op.selectionSet, document) : [];
          const introspective = roots.filter((s) => s.name.value === '__schema' || s.name.value === '__type');
          if (introspective.length > 0 && !contextValue.req?.actor) {
            throw new GraphQLError('Introspection needs a signed-in caller.', { extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } } });
          }
          if (roots.filter((s) => s.name.value === '__schema').length > 1) {
            throw new GraphQLError('One __schema per operation.', { extensions: { code: 'QUERY_TOO_COMPLEX', http: { status: 400 } } });
          }
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

/** The operation's root fields, through inline fragments and fragment spreads (each fragment once). */
function rootFields(selectionSet: SelectionSetNode, document: DocumentNode, seen = new Set<string>()): FieldNode[] {
  const fields: FieldNode[] = [];
  for (const selection of selectionSet.selections) {
    if (selection.kind === 'Field') fields.push(selection);
    else if (selection.kind === 'InlineFragment') fields.push(...rootFields(selection.selectionSet, document, seen));
    else if (!seen.has(selection.name.value)) {
      seen.add(selection.name.value);
      const fragment = document.definitions.find((d) => d.kind === 'FragmentDefinition' && d.name.value === selection.name.value);
      if (fragment?.kind === 'FragmentDefinition') fields.push(...rootFields(fragment.selectionSet, document, seen));
    }
  }
  return fields;
}
