import { isErrorCode, INPUT_REASONS, type ErrorCode, type InputReason } from '@tilsyn/domain';

/**
 * Turns whatever the GraphQL client threw into one error react-admin can show in the current
 * language. Pure: no react-admin or Apollo import, so it is unit-tested in Node.
 */

export type Translate = (key: string, options?: Record<string, unknown>) => string;

export interface FieldProblem {
  field: string;
  reason: InputReason | null;
  params: Record<string, string | number>;
}

export interface ApiError {
  /** `extensions.code`, NETWORK when the server could not be reached, UNKNOWN otherwise. */
  code: ErrorCode | 'NETWORK' | 'UNKNOWN';
  /** HTTP status when the transport failed (no GraphQL error body). */
  httpStatus: number | null;
  /** BAD_USER_INPUT details, one per GraphQL error that names a field. */
  fields: FieldProblem[];
}

export interface DescribedError {
  message: string;
  status: number;
  /** react-admin 5 server-side validation shape: `{ [field]: message, root: { serverError } }`. */
  fieldErrors: Record<string, string> | null;
}

interface GraphQLErrorLike {
  message?: unknown;
  extensions?: Record<string, unknown> | null;
}

const STATUS: Record<ApiError['code'], number> = {
  BAD_USER_INPUT: 400,
  GRAPHQL_PARSE_FAILED: 400,
  GRAPHQL_VALIDATION_FAILED: 400,
  BAD_REQUEST: 400,
  QUERY_TOO_COMPLEX: 400,
  UNAUTHENTICATED: 401,
  INVALID_CREDENTIALS: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  PAYLOAD_TOO_LARGE: 413,
  TOO_MANY_REQUESTS: 429,
  BUSY: 503,
  SERVICE_UNAVAILABLE: 503,
  INTERNAL_SERVER_ERROR: 500,
  NETWORK: 0,
  UNKNOWN: 500,
};

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;

function graphQLErrorsOf(error: Record<string, unknown>): GraphQLErrorLike[] {
  const found: GraphQLErrorLike[] = [];
  const take = (list: unknown) => {
    if (Array.isArray(list)) for (const item of list) if (isObject(item)) found.push(item as GraphQLErrorLike);
  };
  // ApolloError (Apollo Client 3) and plain `{ errors }` bodies.
  take(error.graphQLErrors);
  take(error.errors);
  const network = error.networkError;
  if (isObject(network) && isObject(network.result)) take(network.result.errors);
  if (isObject(error.result)) take(error.result.errors);
  return found;
}

function statusOf(error: Record<string, unknown>): number | null {
  const network = isObject(error.networkError) ? error.networkError : null;
  const candidates = [network?.statusCode, network?.status, error.statusCode, error.status];
  for (const c of candidates) if (typeof c === 'number' && c > 0 && c !== 200) return c;
  return null;
}

function toParams(value: unknown): Record<string, string | number> {
  const params: Record<string, string | number> = {};
  if (!isObject(value)) return params;
  for (const [k, v] of Object.entries(value)) if (typeof v === 'string' || typeof v === 'number') params[k] = v;
  return params;
}

const isInputReason = (value: unknown): value is InputReason =>
  typeof value === 'string' && (INPUT_REASONS as readonly string[]).includes(value);

const CODE_BY_STATUS: Record<number, ErrorCode> = {
  400: 'BAD_REQUEST',
  401: 'UNAUTHENTICATED',
  403: 'FORBIDDEN',
  404: 'NOT_FOUND',
  409: 'CONFLICT',
  413: 'PAYLOAD_TOO_LARGE',
  429: 'TOO_MANY_REQUESTS',
  503: 'SERVICE_UNAVAILABLE',
};

/** Reads the code, field and reason out of an ApolloError, a react-admin HttpError wrapping one, or a fetch failure. */
export function parseApiError(error: unknown): ApiError {
  if (!isObject(error)) return { code: 'UNKNOWN', httpStatus: null, fields: [] };
  // ra-data-graphql wraps the ApolloError as HttpError.body; our own HttpError carries `body.code`.
  if (isObject(error.body) && isErrorCode(error.body.code)) {
    const fields = Array.isArray(error.body.fields) ? (error.body.fields as FieldProblem[]) : [];
    return { code: error.body.code, httpStatus: null, fields };
  }
  const source = isObject(error.body) && (error.body.graphQLErrors || error.body.networkError) ? error.body : error;
  const gqlErrors = graphQLErrorsOf(source);
  const status = statusOf(source) ?? statusOf(error);

  let code: ApiError['code'] | null = null;
  const fields: FieldProblem[] = [];
  for (const e of gqlErrors) {
    const ext = e.extensions ?? {};
    if (code === null && isErrorCode(ext.code)) code = ext.code;
    if (ext.code === 'BAD_USER_INPUT' && typeof ext.field === 'string' && ext.field) {
      fields.push({ field: ext.field, reason: isInputReason(ext.reason) ? ext.reason : null, params: toParams(ext.params) });
    }
  }
  if (code === null && gqlErrors.length > 0) code = 'UNKNOWN';
  if (code === null && status !== null) code = CODE_BY_STATUS[status] ?? (status >= 500 ? 'INTERNAL_SERVER_ERROR' : 'UNKNOWN');
  if (code === null) {
    const network = isObject(source.networkError) ? source.networkError : null;
    const message = String(network?.message ?? source.message ?? '');
    const isFetchFailure =
      network !== null || error instanceof TypeError || /failed to fetch|networkerror|load failed|network request failed/i.test(message);
    code = isFetchFailure ? 'NETWORK' : 'UNKNOWN';
  }
  return { code, httpStatus: status, fields };
}

/**
 * "Navn" for resources.Processor.fields.name, falling back to shared labels, then the raw name.
 * An item of a list input (`processingLocations.1.country`) reads "Behandlingssteder 2: Land".
 */
export function fieldLabel(translate: Translate, resource: string | undefined, field: string): string {
  const item = /^(\w+)\.(\d+)\.(\w+)$/.exec(field);
  if (item) return `${fieldLabel(translate, resource, item[1])} ${Number(item[2]) + 1}: ${fieldLabel(translate, resource, item[3])}`;
  const shared = translate(`tilsyn.fields.${field}`, { _: field });
  return resource ? translate(`resources.${resource}.fields.${field}`, { _: shared }) : shared;
}

export function describeApiError(error: ApiError, translate: Translate, resource?: string): DescribedError {
  const status = error.httpStatus ?? STATUS[error.code];
  if (error.code === 'NETWORK') return { message: translate('tilsyn.client_errors.network'), status, fieldErrors: null };
  if (error.code === 'UNKNOWN') {
    const message = error.httpStatus
      ? translate('tilsyn.client_errors.http_status', { status: error.httpStatus })
      : translate('tilsyn.client_errors.unexpected');
    return { message, status, fieldErrors: null };
  }
  const generic = translate(`tilsyn.errors.${error.code}`);
  if (error.code !== 'BAD_USER_INPUT' || error.fields.length === 0) return { message: generic, status, fieldErrors: null };

  const fieldErrors: Record<string, string> = {};
  const sentences: string[] = [];
  for (const problem of error.fields) {
    const label = fieldLabel(translate, resource, problem.field);
    const sentence = problem.reason
      ? translate(`tilsyn.input_reasons.${problem.reason}`, { ...problem.params, field: label, _: generic })
      : `${label}: ${generic}`;
    if (!(problem.field in fieldErrors)) fieldErrors[problem.field] = sentence;
    if (!sentences.includes(sentence)) sentences.push(sentence);
  }
  return { message: sentences.join(' '), status, fieldErrors };
}
