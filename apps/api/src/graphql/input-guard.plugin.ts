import type { ApolloServerPlugin, GraphQLRequestListener } from '@apollo/server';
import { inputErrorMessage, type InputReason, type Locale } from '@tilsyn/domain';
import { createRequire } from 'node:module';
import type * as GraphQL from 'graphql';
import type {
  DocumentNode,
  FragmentDefinitionNode,
  GraphQLError as GraphQLErrorType,
  GraphQLInputType,
  GraphQLNamedType,
  GraphQLSchema,
  OperationDefinitionNode,
  SelectionSetNode,
} from 'graphql';
import { hasUnstorableCharacter } from '../common/database-input-error.js';
import type { GqlContext } from './context.js';

/**
 * graphql as Nest loads it (require): the schema comes from graphql's CommonJS build, and under
 * vitest an ESM `import` resolves to its .mjs build instead — a second copy whose instanceof checks
 * refuse the first one's types ("from another module or realm"). In production both are one file.
 */
const {
  GraphQLError,
  Kind,
  getArgumentValues,
  getNamedType,
  getNullableType,
  getVariableValues,
  isInputObjectType,
  isInterfaceType,
  isListType,
  isObjectType,
  isScalarType,
} = createRequire(import.meta.url)('graphql') as typeof GraphQL;

/** A UUID in its canonical 8-4-4-4-12 form, any version (PostgreSQL's uuid type does not check it). */
export const UUID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * `ID` arguments and input fields that do not name a UUID-keyed row, as schema coordinates. Every
 * other `ID` names a uuid primary key (see the entities); a country is keyed by its ISO 3166-1
 * alpha-2 code (country_pkey, char(2)).
 */
export const NON_UUID_IDS: ReadonlySet<string> = new Set(['Query.Country.id', 'Mutation.updateCountry.id', 'CountryFilter.ids']);

export interface InputProblem {
  /** The argument, or its path for input objects (`filter.q`, `caseRecipients.processorId`); list positions are left out. */
  field: string;
  reason: Extract<InputReason, 'INVALID_CHARACTER' | 'INVALID_ID'>;
}

/** Any JSON (a JSONObject argument): every string and every key. */
function checkJson(value: unknown, field: string, depth = 0): InputProblem | undefined {
  if (typeof value === 'string') return hasUnstorableCharacter(value) ? { field, reason: 'INVALID_CHARACTER' } : undefined;
  // Bounded so a deeply nested JSON value cannot exhaust the stack (no input takes JSON today).
  if (value === null || typeof value !== 'object' || depth > 100) return undefined;
  for (const [key, item] of Object.entries(value)) {
    if (hasUnstorableCharacter(key)) return { field, reason: 'INVALID_CHARACTER' };
    const problem = checkJson(item, field, depth + 1);
    if (problem) return problem;
  }
  return undefined;
}

/** One coerced argument value against its input type. `coordinate` is the schema coordinate of the argument or input field. */
function checkValue(value: unknown, type: GraphQLInputType, field: string, coordinate: string): InputProblem | undefined {
  if (value === null || value === undefined) return undefined;
  const nullable = getNullableType(type);
  if (isListType(nullable)) {
    if (!Array.isArray(value)) return checkValue(value, nullable.ofType, field, coordinate);
    for (const item of value) {
      const problem = checkValue(item, nullable.ofType, field, coordinate);
      if (problem) return problem;
    }
    return undefined;
  }
  if (isInputObjectType(nullable)) {
    const fields = nullable.getFields();
    for (const [key, item] of Object.entries(value as Record<string, unknown>)) {
      const def = fields[key];
      if (!def) continue;
      const problem = checkValue(item, def.type, `${field}.${key}`, `${nullable.name}.${key}`);
      if (problem) return problem;
    }
    return undefined;
  }
  if (typeof value === 'string') {
    if (hasUnstorableCharacter(value)) return { field, reason: 'INVALID_CHARACTER' };
    if (isScalarType(nullable) && nullable.name === 'ID' && !NON_UUID_IDS.has(coordinate) && !UUID_PATTERN.test(value)) return { field, reason: 'INVALID_ID' };
    return undefined;
  }
  // Custom scalars (JSONObject) carry free JSON.
  return checkJson(value, field);
}

/**
 * Walks the operation about to run — its fields, inline fragments and named fragments, at every
 * depth — and checks every argument value after coercion, so a variable and an inline literal are
 * judged alike. Returns the first problem, or undefined. Variables that do not coerce are left to
 * execution, which reports them (BAD_USER_INPUT naming the variable).
 */
export function findInputProblem(schema: GraphQLSchema, document: DocumentNode, operation: OperationDefinitionNode, rawVariables: Record<string, unknown>): InputProblem | undefined {
  const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], rawVariables, { maxErrors: 1 });
  if (coerced.errors) return undefined;
  const variables = coerced.coerced;
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const def of document.definitions) if (def.kind === Kind.FRAGMENT_DEFINITION) fragments.set(def.name.value, def);
  // A fragment's arguments depend only on the variables, so each is checked once, wherever it is spread.
  const seenFragments = new Set<string>();

  const walk = (selectionSet: SelectionSetNode, parentType: GraphQLNamedType | undefined | null): InputProblem | undefined => {
    if (!parentType) return undefined;
    for (const selection of selectionSet.selections) {
      let problem: InputProblem | undefined;
      if (selection.kind === Kind.FIELD) {
        if (!isObjectType(parentType) && !isInterfaceType(parentType)) continue;
        // Meta fields (__typename, __schema, __type) are not in getFields(): nothing of ours to guard.
        const def = parentType.getFields()[selection.name.value];
        if (!def) continue;
        if (def.args.length > 0) {
          let args: Record<string, unknown>;
          try {
            args = getArgumentValues(def, selection, variables);
          } catch {
            continue; // execution reports it
          }
          for (const arg of def.args) {
            problem = checkValue(args[arg.name], arg.type, arg.name, `${parentType.name}.${def.name}.${arg.name}`);
            if (problem) return problem;
          }
        }
        if (selection.selectionSet) problem = walk(selection.selectionSet, getNamedType(def.type));
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        problem = walk(selection.selectionSet, selection.typeCondition ? schema.getType(selection.typeCondition.name.value) : parentType);
      } else {
        const name = selection.name.value;
        const fragment = fragments.get(name);
        if (!fragment || seenFragments.has(name)) continue;
        seenFragments.add(name);
        problem = walk(fragment.selectionSet, schema.getType(fragment.typeCondition.name.value));
      }
      if (problem) return problem;
    }
    return undefined;
  };
  return walk(operation.selectionSet, schema.getRootType(operation.operation));
}

export function inputProblemError(problem: InputProblem, locale: Locale): GraphQLErrorType {
  return new GraphQLError(inputErrorMessage(problem.reason, problem.field, locale), {
    extensions: { code: 'BAD_USER_INPUT', field: problem.field, reason: problem.reason, http: { status: 400 } },
  });
}

/**
 * Refuses, before any resolver runs (so nothing is read or written), an operation whose argument
 * values PostgreSQL could not take as they are: a string with U+0000 or a lone UTF-16 surrogate
 * anywhere (text and jsonb refuse NUL; a lone surrogate has no UTF-8 form), and an `ID` that is not
 * a UUID where the row is keyed by one (uuid columns refuse it with 22P02). Either answers
 * BAD_USER_INPUT naming the field in the caller's language, instead of a database error surfacing as
 * INTERNAL_SERVER_ERROR (issue 15, item 7).
 */
export function inputGuardPlugin(): ApolloServerPlugin<GqlContext> {
  return {
    async requestDidStart(): Promise<GraphQLRequestListener<GqlContext>> {
      return {
        async didResolveOperation({ schema, request, document, operation, contextValue }) {
          if (!operation) return;
          const problem = findInputProblem(schema, document, operation, request.variables ?? {});
          if (problem) throw inputProblemError(problem, contextValue.req?.locale ?? 'da');
        },
      };
    },
  };
}
