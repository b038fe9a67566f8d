import buildGraphQLProvider, { type BuildQueryFactory } from 'ra-data-graphql';
import { buildQuery as simpleBuildQuery } from 'ra-data-graphql-simple';
import { HttpError, type DataProvider, type Identifier, type RaRecord } from 'react-admin';
import type { DocumentNode } from 'graphql';
import { introspectionSchema } from '../graphql/schema';
import { sparseFieldsFor } from '../graphql/sparse-fields';
import { onlyDeclaredVariables } from '../graphql/variables';
import {
  CHANGE_OWN_PASSWORD,
  CREATE_API_TOKEN,
  DEACTIVATE_USER,
  REACTIVATE_USER,
  RESET_USER_PASSWORD,
  REVOKE_API_TOKEN,
  VERIFY_AUDIT_TRAIL,
} from '../graphql/operations';
import { graphqlClient, runMutation, runQuery } from './graphqlClient';
import { describeApiError, parseApiError } from './api-errors';
import { i18nProvider } from './i18nProvider';

export interface AuditVerification {
  ok: boolean;
  checkedEvents: number;
  firstBrokenSeq?: number | null;
  firstBrokenId?: string | null;
  reason?: string | null;
}

export interface ApiTokenCreatedRecord extends RaRecord {
  /** The secret, present only in the createApiToken answer. */
  token: string;
}

/** react-admin's dataProvider plus the domain actions (stack.md §1: custom methods, not generic updates). */
export interface TilsynDataProvider extends DataProvider {
  deactivateUser(id: Identifier): Promise<{ data: RaRecord }>;
  reactivateUser(id: Identifier): Promise<{ data: RaRecord }>;
  resetUserPassword(id: Identifier): Promise<{ data: { temporaryPassword: string } }>;
  revokeApiToken(id: Identifier): Promise<{ data: RaRecord }>;
  verifyAuditTrail(): Promise<{ data: AuditVerification }>;
  changeOwnPassword(params: { currentPassword: string; newPassword: string }): Promise<{ data: boolean }>;
}

/**
 * Any failure → an HttpError whose message is already a sentence in the current language
 * (react-admin shows `error.message`). For create/update, BAD_USER_INPUT also carries react-admin
 * 5's server-side validation shape so the input is highlighted.
 */
export function toHttpError(error: unknown, resource?: string, withFieldErrors = false): HttpError {
  const parsed = parseApiError(error);
  const described = describeApiError(parsed, i18nProvider.translate, resource);
  const errors =
    withFieldErrors && described.fieldErrors ? { ...described.fieldErrors, root: { serverError: described.message } } : undefined;
  return new HttpError(described.message, described.status, { code: parsed.code, fields: parsed.fields, ...(errors ? { errors } : {}) });
}

async function translated<T>(run: () => Promise<T>, resource?: string, withFieldErrors = false): Promise<T> {
  try {
    return await run();
  } catch (error) {
    throw toHttpError(error, resource, withFieldErrors);
  }
}

/** The simple provider's query builder, with our field selection and only declared variables sent. */
const buildQuery: BuildQueryFactory = (introspectionResults) => {
  const inner = simpleBuildQuery(introspectionResults);
  return (fetchType, resource, params) => {
    const sparseFields = params?.meta?.sparseFields ?? sparseFieldsFor(introspectionResults.types, resource, fetchType);
    const withFields = sparseFields ? { ...params, meta: { ...params?.meta, sparseFields } } : params;
    const built = inner(fetchType, resource, withFields);
    return { ...built, variables: onlyDeclaredVariables(built.query as DocumentNode, built.variables) };
  };
};

const base = buildGraphQLProvider({
  client: graphqlClient,
  buildQuery,
  introspection: { schema: introspectionSchema },
  // ra-data-graphql asks for 'network-only'; nothing should be written to Apollo's cache at all.
  query: () => ({ fetchPolicy: 'no-cache' }),
  mutation: () => ({ fetchPolicy: 'no-cache' }),
});

async function createApiToken(data: Record<string, unknown>): Promise<{ data: ApiTokenCreatedRecord }> {
  const answer = await runMutation<{ createApiToken: { token: string; apiToken: RaRecord } }>(CREATE_API_TOKEN, {
    name: data.name,
    role: data.role,
  });
  return { data: { ...answer.createApiToken.apiToken, token: answer.createApiToken.token } };
}

export const dataProvider: TilsynDataProvider = {
  getList: (resource, params) => translated(() => base.getList(resource, params), resource),
  getOne: (resource, params) => translated(() => base.getOne(resource, params), resource),
  getMany: (resource, params) => translated(() => base.getMany(resource, params), resource),
  getManyReference: (resource, params) => translated(() => base.getManyReference(resource, params), resource),
  create: (resource, params) =>
    translated(
      // createApiToken answers ApiTokenCreated { apiToken, token }, not an ApiToken: not the generic grammar.
      () => (resource === 'ApiToken' ? (createApiToken(params.data) as never) : base.create(resource, params)),
      resource,
      true,
    ),
  update: (resource, params) => translated(() => base.update(resource, params), resource, true),
  delete: (resource, params) => translated(() => base.delete(resource, params), resource),
  deleteMany: (resource, params) =>
    translated(async () => {
      const results = await Promise.all(params.ids.map((id) => base.delete(resource, { id, previousData: undefined })));
      return { data: results.map((r) => r.data.id) };
    }, resource),
  updateMany: (resource) => Promise.reject(toHttpError({ status: 400 }, resource)),

  deactivateUser: (id) =>
    translated(async () => ({ data: (await runMutation<{ deactivateUser: RaRecord }>(DEACTIVATE_USER, { id })).deactivateUser }), 'User'),
  reactivateUser: (id) =>
    translated(async () => ({ data: (await runMutation<{ reactivateUser: RaRecord }>(REACTIVATE_USER, { id })).reactivateUser }), 'User'),
  resetUserPassword: (id) =>
    translated(
      async () => ({
        data: (await runMutation<{ resetUserPassword: { temporaryPassword: string } }>(RESET_USER_PASSWORD, { id })).resetUserPassword,
      }),
      'User',
    ),
  revokeApiToken: (id) =>
    translated(async () => ({ data: (await runMutation<{ revokeApiToken: RaRecord }>(REVOKE_API_TOKEN, { id })).revokeApiToken }), 'ApiToken'),
  verifyAuditTrail: () =>
    translated(async () => ({ data: (await runQuery<{ verifyAuditTrail: AuditVerification }>(VERIFY_AUDIT_TRAIL)).verifyAuditTrail }), 'AuditEvent'),
  changeOwnPassword: (params) =>
    translated(
      async () => ({
        data: (await runMutation<{ changeOwnPassword: boolean }>(CHANGE_OWN_PASSWORD, params)).changeOwnPassword,
      }),
      undefined,
      true,
    ),
};
