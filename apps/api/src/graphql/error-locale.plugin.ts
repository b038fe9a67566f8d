import type { ApolloServerPlugin, GraphQLRequestListener } from '@apollo/server';
import { ERROR_MESSAGES, INPUT_REASONS, errorMessage, inputErrorMessage, isErrorCode, type ErrorCode, type InputReason, type Locale } from '@tilsyn/domain';
import type { GraphQLFormattedError } from 'graphql';
import type { GqlContext } from './context.js';

/** Apollo's own request-level codes that we pass through (graphql/errors.ts), in both languages. */
const REQUEST_MESSAGES: Record<string, Record<Locale, string>> = {
  PERSISTED_QUERY_NOT_SUPPORTED: {
    en: 'Persisted queries are not supported: send the query text.',
    da: 'Gemte forespørgsler (persisted queries) understøttes ikke: send forespørgslens tekst.',
  },
  OPERATION_RESOLUTION_FAILURE: { en: 'The operation to run could not be determined.', da: 'Det kunne ikke afgøres, hvilken operation der skal køres.' },
};

/**
 * Codes whose Apollo text describes the caller's own document or request (a syntax error, an
 * unknown field, batching or CSRF refused); it stays available as `extensions.detail` (English).
 */
const DETAIL_CODES = new Set<string>(['GRAPHQL_PARSE_FAILED', 'GRAPHQL_VALIDATION_FAILED', 'QUERY_TOO_COMPLEX', 'BAD_REQUEST']);

const isInputReason = (value: unknown): value is InputReason => typeof value === 'string' && (INPUT_REASONS as readonly string[]).includes(value);

function paramsOf(value: unknown): Record<string, string | number> {
  const params: Record<string, string | number> = {};
  if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) if (typeof v === 'string' || typeof v === 'number') params[k] = v;
  return params;
}

const isGeneric = (code: ErrorCode, message: string) => message === ERROR_MESSAGES[code].da || message === ERROR_MESSAGES[code].en;

/**
 * One formatted error with its message in the caller's language: a field problem as the domain's
 * sentence naming the field, anything else as the code's message. Apollo's English texts (parse,
 * validation, variable coercion) are replaced; variable coercion texts quote the value sent, which
 * may be a personal identifier, so they are dropped, while a parse, validation or bad-request text
 * (about the query document or the request itself) stays as `extensions.detail`. Idempotent.
 */
export function localizeError(error: GraphQLFormattedError, locale: Locale): GraphQLFormattedError {
  const extensions = error.extensions ?? {};
  const code = extensions.code;
  if (typeof code !== 'string') return error;
  if (code === 'BAD_USER_INPUT' && typeof extensions.field === 'string' && isInputReason(extensions.reason)) {
    return { ...error, message: inputErrorMessage(extensions.reason, extensions.field, locale, paramsOf(extensions.params)) };
  }
  const request = REQUEST_MESSAGES[code];
  if (request) return { ...error, message: request[locale] };
  if (!isErrorCode(code)) return error;
  if (isGeneric(code, error.message)) return { ...error, message: errorMessage(code, locale) };
  if (DETAIL_CODES.has(code)) return { ...error, message: errorMessage(code, locale), extensions: { ...extensions, detail: extensions.detail ?? error.message } };
  if (code === 'BAD_USER_INPUT' || code === 'INTERNAL_SERVER_ERROR') return { ...error, message: errorMessage(code, locale) };
  return error;
}

/**
 * Every error of a GraphQL answer in the language of the request (Accept-Language, Danish by
 * default; `req.locale`): formatError has no request, so the last step before sending does it.
 * A persisted-query request (turned off: `persistedQueries: false`) is the client's mistake, so it
 * answers 400 rather than Apollo's 200.
 */
export function errorLocalePlugin(): ApolloServerPlugin<GqlContext> {
  return {
    async requestDidStart(): Promise<GraphQLRequestListener<GqlContext>> {
      return {
        async willSendResponse({ response, contextValue }) {
          if (response.body.kind !== 'single') return;
          const errors = response.body.singleResult.errors;
          if (!errors?.length) return;
          const locale = contextValue.req?.locale ?? 'da';
          response.body.singleResult.errors = errors.map((e) => localizeError(e, locale));
          if (errors.some((e) => e.extensions?.code === 'PERSISTED_QUERY_NOT_SUPPORTED')) response.http.status = 400;
        },
      };
    },
  };
}
