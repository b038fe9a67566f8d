import { unwrapResolverError } from '@apollo/server/errors';
import { Catch, type ArgumentsHost, type ExceptionFilter } from '@nestjs/common';
import { GqlArgumentsHost, type GqlContextType } from '@nestjs/graphql';
import { ERROR_CODES, errorMessage, inputErrorMessage, localeFromAcceptLanguage, type ErrorCode, type Locale } from '@tilsyn/domain';
import type { Response } from 'express';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import type { Logger } from 'pino';
import type { TilsynRequest } from '../common/actor.js';
import { isDatabaseUnavailable } from '../common/database-unavailable.js';
import { databaseInputError } from '../common/database-input-error.js';
import { currentLocale } from '../common/request-locale.js';
import { DomainException } from '../common/domain-exception.js';
import { TRY_AGAIN } from './retry-after.plugin.js';
import { localizeError } from './error-locale.plugin.js';

/** Codes a client may see as they are (ours, plus Apollo's request-level ones); anything else is INTERNAL_SERVER_ERROR. */
const PASS_THROUGH = new Set<string>([...ERROR_CODES.filter((c) => c !== 'INTERNAL_SERVER_ERROR'), 'PERSISTED_QUERY_NOT_SUPPORTED', 'OPERATION_RESOLUTION_FAILURE']);

const HTTP_STATUS: Partial<Record<ErrorCode, number>> = {
  BAD_USER_INPUT: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  PAYLOAD_TOO_LARGE: 413,
  TOO_MANY_REQUESTS: 429,
  BUSY: 503,
  SERVICE_UNAVAILABLE: 503,
  INTERNAL_SERVER_ERROR: 500,
};

export function toGraphQLError(error: DomainException, locale: Locale): GraphQLError {
  const { field, reason, params } = error.detail;
  const message = error.code === 'BAD_USER_INPUT' && field && reason ? inputErrorMessage(reason, field, locale, params) : errorMessage(error.code, locale);
  return new GraphQLError(message, {
    extensions: { code: error.code, ...(field ? { field } : {}), ...(reason ? { reason } : {}), ...(params && Object.keys(params).length ? { params } : {}) },
  });
}

/**
 * Turns every exception from a resolver into a GraphQL error with a stable code and a message in
 * the caller's language. Unknown errors are logged with the request id and answered generically:
 * no stack, SQL or path ever reaches the client.
 */
@Catch()
export class ApiExceptionFilter implements ExceptionFilter {
  constructor(private readonly logger: Logger) {}

  catch(exception: unknown, host: ArgumentsHost) {
    if (host.getType<GqlContextType>() === 'graphql') {
      const req = GqlArgumentsHost.create(host).getContext<{ req: TilsynRequest }>().req;
      const locale = req?.locale ?? 'da';
      if (exception instanceof DomainException) return toGraphQLError(exception, locale);
      if (exception instanceof GraphQLError) return exception;
      if (isDatabaseUnavailable(exception)) {
        this.logger.warn({ requestId: req?.requestId, code: (exception as { code?: unknown }).code }, 'database unavailable');
        return toGraphQLError(new DomainException('SERVICE_UNAVAILABLE'), locale);
      }
      const badValue = databaseInputError(exception, GqlArgumentsHost.create(host).getArgs());
      if (badValue) {
        // The client's value reached PostgreSQL unchecked: its mistake, but worth fixing where the argument is read.
        this.logger.warn({ requestId: req?.requestId, sqlState: (exception as { code?: unknown }).code, field: badValue.detail.field }, 'database refused a client value');
        return toGraphQLError(badValue, locale);
      }
      this.logger.error({ err: exception, requestId: req?.requestId }, 'unexpected error in a resolver');
      return toGraphQLError(new DomainException('INTERNAL_SERVER_ERROR'), locale);
    }
    // Plain HTTP routes (health, documents, static files).
    const res = host.switchToHttp().getResponse<Response>();
    const req = host.switchToHttp().getRequest<TilsynRequest>();
    if (isDatabaseUnavailable(exception)) exception = new DomainException('SERVICE_UNAVAILABLE');
    exception = databaseInputError(exception, { ...req?.params, ...req?.query }) ?? exception;
    if (exception instanceof DomainException) {
      const error = toGraphQLError(exception, req?.locale ?? localeFromAcceptLanguage(req?.headers?.['accept-language']));
      const tryAgain = TRY_AGAIN[exception.code];
      if (tryAgain) res.setHeader('Retry-After', String(tryAgain.retryAfter));
      res.status(HTTP_STATUS[exception.code] ?? 400).json({ errors: [{ message: error.message, extensions: error.extensions }] });
      return;
    }
    const status = (exception as { status?: number; statusCode?: number }).status ?? (exception as { statusCode?: number }).statusCode;
    const locale = req?.locale ?? localeFromAcceptLanguage(req?.headers?.['accept-language']);
    const code: ErrorCode =
      status === 413 ? 'PAYLOAD_TOO_LARGE' : status === 404 ? 'NOT_FOUND' : typeof status === 'number' && status >= 400 && status < 500 ? 'BAD_REQUEST' : 'INTERNAL_SERVER_ERROR';
    if (code === 'INTERNAL_SERVER_ERROR') this.logger.error({ err: exception, requestId: req?.requestId }, 'unexpected error in an HTTP route');
    // Same shape as a GraphQL error, so clients read one format.
    res.status(code === 'INTERNAL_SERVER_ERROR' ? 500 : status!).json({ errors: [{ message: errorMessage(code, locale), extensions: { code } }] });
  }
}

/**
 * Last line of defence for errors that did not pass the filter (parse and validation errors,
 * field resolvers): keep known codes, add the field for bad variables, hide everything else.
 */
export function formatGraphqlError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const original = unwrapResolverError(error);
  if (original instanceof DomainException) return toGraphQLError(original, 'en').toJSON();
  const code = String(formatted.extensions?.code ?? 'INTERNAL_SERVER_ERROR');
  if (!PASS_THROUGH.has(code)) {
    return { message: errorMessage('INTERNAL_SERVER_ERROR', 'en'), path: formatted.path, extensions: { code: 'INTERNAL_SERVER_ERROR' } };
  }
  const extensions: Record<string, unknown> = { code };
  for (const key of ['field', 'reason', 'params']) if (formatted.extensions?.[key] !== undefined) extensions[key] = formatted.extensions[key];
  if (code === 'BAD_USER_INPUT' && !extensions.field) {
    const variable = /Variable "\$(\w+)"/.exec(formatted.message) ?? /Argument "(\w+)"/.exec(formatted.message);
    if (variable) {
      extensions.field = variable[1];
      extensions.reason = 'INVALID_VALUE';
    }
  }
  const result: GraphQLFormattedError = { message: formatted.message, locations: formatted.locations, path: formatted.path, extensions };
  // Errors Apollo answers before any plugin runs (batching, CSRF, a malformed body) only pass here:
  // in the caller's language when the request's locale is known (common/request-locale.ts).
  const locale = currentLocale();
  return locale ? localizeError(result, locale) : result;
}
