import buildGraphQLProvider, { type BuildQueryFactory } from 'ra-data-graphql';
import { buildQuery as simpleBuildQuery } from 'ra-data-graphql-simple';
import { HttpError, type DataProvider, type Identifier, type RaRecord } from 'react-admin';
import type { DocumentNode } from 'graphql';
import { introspectionSchema } from '../graphql/schema';
import { sparseFieldsFor } from '../graphql/sparse-fields';
import { onlyDeclaredVariables, toProcessorMutationData } from '../graphql/variables';
import {
  APPROVE_SUBPROCESSOR,
  ASSESS_AGREEMENT_CLAUSE,
  CHANGE_OWN_PASSWORD,
  CREATE_API_TOKEN,
  CREATE_SUBPROCESSOR_LINK,
  DEACTIVATE_USER,
  DELETE_SUBPROCESSOR_LINK,
  OBJECT_TO_SUBPROCESSOR,
  OFFBOARD_PROCESSOR,
  PROCESSOR_CHAIN,
  PROCESSOR_COMPLIANCE,
  REACTIVATE_USER,
  RECORD_AGREEMENT_REVIEW,
  RESET_USER_PASSWORD,
  REVOKE_API_TOKEN,
  SIGN_AGREEMENT,
  TERMINATE_AGREEMENT,
  UPDATE_SUBPROCESSOR_LINK,
  USER_CHOICES,
  VERIFY_AUDIT_TRAIL,
} from '../graphql/operations';
import type {
  AgreementDocumentRecord,
  AgreementRecord,
  ChainNodeRecord,
  ComplianceRecord,
  SubprocessorLinkRecord,
  UserChoice,
} from '../graphql/types';
import { graphqlClient, runMutation, runQuery } from './graphqlClient';
import { describeApiError, parseApiError } from './api-errors';
import { putAgreementDocument } from './document-upload';
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

/** A versioned record's domain action on a date (YYYY-MM-DD). */
export interface DatedAction {
  id: Identifier;
  version: number;
  on: string;
}

export interface SubprocessorLinkInput {
  processorId: Identifier;
  subprocessorId: Identifier;
  regime: string;
  noticeDays?: number | null;
  notifiedOn?: string | null;
  firstUsedOn?: string | null;
}

export interface SubprocessorLinkUpdate {
  id: Identifier;
  version: number;
  regime?: string;
  noticeDays?: number | null;
  notifiedOn?: string | null;
  firstUsedOn?: string | null;
}

export interface ClauseAssessmentInput {
  agreementId: Identifier;
  code: string;
  assessment: string;
  location?: string | null;
  note?: string | null;
}

/** react-admin's dataProvider plus the domain actions (stack.md §1: custom methods, not generic updates). */
export interface TilsynDataProvider extends DataProvider {
  deactivateUser(id: Identifier): Promise<{ data: RaRecord }>;
  reactivateUser(id: Identifier): Promise<{ data: RaRecord }>;
  resetUserPassword(id: Identifier): Promise<{ data: { temporaryPassword: string } }>;
  revokeApiToken(id: Identifier): Promise<{ data: RaRecord }>;
  verifyAuditTrail(): Promise<{ data: AuditVerification }>;
  changeOwnPassword(params: { currentPassword: string; newPassword: string }): Promise<{ data: boolean }>;
  /** Active users as id and name (owner pickers; every role may ask, unlike the user list). */
  getUserChoices(): Promise<{ data: UserChoice[] }>;
  /** Status and findings of a processor and its chain on a date (today when asOf is empty). */
  getProcessorCompliance(id: Identifier, asOf?: string | null): Promise<{ data: ComplianceRecord }>;
  /** The chain below a processor, flat, each node with its status and findings. */
  getProcessorChain(id: Identifier, asOf?: string | null): Promise<{ data: ChainNodeRecord[] }>;
  offboardProcessor(params: { id: Identifier; version: number; endedOn: string; endOfServiceOutcome: string }): Promise<{ data: RaRecord }>;
  createSubprocessorLink(params: SubprocessorLinkInput): Promise<{ data: SubprocessorLinkRecord }>;
  updateSubprocessorLink(params: SubprocessorLinkUpdate): Promise<{ data: SubprocessorLinkRecord }>;
  approveSubprocessor(params: DatedAction): Promise<{ data: SubprocessorLinkRecord }>;
  objectToSubprocessor(params: DatedAction & { reason: string }): Promise<{ data: SubprocessorLinkRecord }>;
  deleteSubprocessorLink(id: Identifier): Promise<{ data: { id: Identifier } }>;
  assessAgreementClause(params: ClauseAssessmentInput): Promise<{ data: AgreementRecord }>;
  signAgreement(params: DatedAction): Promise<{ data: AgreementRecord }>;
  terminateAgreement(params: DatedAction & { reason: string }): Promise<{ data: AgreementRecord }>;
  recordAgreementReview(params: DatedAction): Promise<{ data: AgreementRecord }>;
  /** PUTs the signed document (PDF or DOCX, at most 20 MB) to /api/agreements/{id}/document. */
  uploadAgreementDocument(id: Identifier, file: File): Promise<{ data: AgreementDocumentRecord }>;
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

/** The processor form sends its processing locations as ProcessingLocationInput items only. */
const mutationData = (resource: string, data: Record<string, unknown>) => (resource === 'Processor' ? toProcessorMutationData(data) : data);

/** One custom mutation: its answer under `field`, errors translated with the resource's field labels. */
function mutate<T>(resource: string, document: DocumentNode, field: string, variables: Record<string, unknown>, withFieldErrors = true) {
  return translated(
    async () => ({ data: (await runMutation<Record<string, T>>(document, variables))[field] }),
    resource,
    withFieldErrors,
  );
}

/** An empty "as of" means today (the API decides today in Copenhagen). */
const asOfVariable = (asOf?: string | null) => (asOf ? { asOf } : {});

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
      () =>
        resource === 'ApiToken'
          ? (createApiToken(params.data) as never)
          : base.create(resource, { ...params, data: mutationData(resource, params.data) }),
      resource,
      true,
    ),
  update: (resource, params) => translated(() => base.update(resource, { ...params, data: mutationData(resource, params.data) }), resource, true),
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

  getUserChoices: () =>
    translated(async () => ({ data: (await runQuery<{ userChoices: UserChoice[] }>(USER_CHOICES)).userChoices }), 'User'),
  getProcessorCompliance: (id, asOf) =>
    translated(async () => {
      const answer = await runQuery<{ Processor: { compliance: ComplianceRecord } | null }>(PROCESSOR_COMPLIANCE, { id, ...asOfVariable(asOf) });
      if (!answer.Processor) throw { graphQLErrors: [{ extensions: { code: 'NOT_FOUND' } }] };
      return { data: answer.Processor.compliance };
    }, 'Processor'),
  getProcessorChain: (id, asOf) =>
    translated(
      async () => ({ data: (await runQuery<{ processorChain: ChainNodeRecord[] }>(PROCESSOR_CHAIN, { id, ...asOfVariable(asOf) })).processorChain }),
      'Processor',
    ),
  offboardProcessor: (params) => mutate<RaRecord>('Processor', OFFBOARD_PROCESSOR, 'offboardProcessor', { ...params }),
  createSubprocessorLink: (params) => mutate<SubprocessorLinkRecord>('SubprocessorLink', CREATE_SUBPROCESSOR_LINK, 'createSubprocessorLink', { ...params }),
  updateSubprocessorLink: (params) => mutate<SubprocessorLinkRecord>('SubprocessorLink', UPDATE_SUBPROCESSOR_LINK, 'updateSubprocessorLink', { ...params }),
  approveSubprocessor: ({ id, version, on }) =>
    mutate<SubprocessorLinkRecord>('SubprocessorLink', APPROVE_SUBPROCESSOR, 'approveSubprocessor', { id, version, on }),
  objectToSubprocessor: ({ id, version, on, reason }) =>
    mutate<SubprocessorLinkRecord>('SubprocessorLink', OBJECT_TO_SUBPROCESSOR, 'objectToSubprocessor', { id, version, on, reason }),
  deleteSubprocessorLink: (id) => mutate<{ id: Identifier }>('SubprocessorLink', DELETE_SUBPROCESSOR_LINK, 'deleteSubprocessorLink', { id }, false),
  assessAgreementClause: (params) => mutate<AgreementRecord>('Agreement', ASSESS_AGREEMENT_CLAUSE, 'assessAgreementClause', { ...params }),
  signAgreement: ({ id, version, on }) => mutate<AgreementRecord>('Agreement', SIGN_AGREEMENT, 'signAgreement', { id, version, on }),
  terminateAgreement: ({ id, version, on, reason }) =>
    mutate<AgreementRecord>('Agreement', TERMINATE_AGREEMENT, 'terminateAgreement', { id, version, on, reason }),
  recordAgreementReview: ({ id, version, on }) => mutate<AgreementRecord>('Agreement', RECORD_AGREEMENT_REVIEW, 'recordAgreementReview', { id, version, on }),
  uploadAgreementDocument: (id, file) => translated(async () => ({ data: await putAgreementDocument(String(id), file) }), 'Agreement', true),
};
