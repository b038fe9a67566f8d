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
  APPROVE_TIA,
  ASSESS_TRANSFER,
  CREATE_ADEQUACY_DECISION,
  DELETE_TRANSFER_DOCUMENT,
  MARK_NOTIFICATIONS_READ,
  MY_NOTIFICATIONS,
  MY_UNREAD_NOTIFICATION_COUNT,
  NEW_TIA_VERSION,
  ORGANISATION_SETTINGS,
  PREVIEW_ADEQUACY_DECISION_CHANGE,
  REVOKE_ADEQUACY_DECISION,
  SEND_BACK_TIA,
  SUBMIT_TIA,
  SUGGESTED_TRANSFERS,
  TRANSFER_ASSESSMENT,
  TRANSFER_MAP,
  UPDATE_ADEQUACY_DECISION,
  UPDATE_COUNTRY,
  UPDATE_ORGANISATION_SETTINGS,
  ORGANISATION_DETAILS,
  UPDATE_ORGANISATION_DETAILS,
  APPROVE_REVIEW,
  DASHBOARD,
  DASHBOARD_CHARTS,
  DELETE_REVIEW_DOCUMENT,
  OVERRIDE_PROCESSOR_RISK,
  PLAN_REVIEWS,
  PROCESSOR_RISK,
  PROCESSOR_RISK_LEVELS,
  REMINDER_SETTINGS,
  RENEWALS,
  RETRY_REMINDER,
  RUN_REMINDER_SCAN,
  SEND_BACK_REVIEW,
  SINK_MAILS,
  START_REVIEW,
  SUBMIT_REVIEW,
  SUPERVISION_CADENCES,
  UPDATE_REMINDER_SETTINGS,
  UPDATE_SUPERVISION_CADENCE,
  APPROVE_ERASURE_REQUESTS,
  CANCEL_ERASURE_NOTICE,
  DECIDE_ERASURE_REQUEST,
  ERASURE_RECIPIENT_PREVIEW,
  ERASURE_RECIPIENT_STATEMENT,
  ERASURE_SETTINGS,
  EXCEPT_ERASURE_NOTICE,
  EXTEND_ERASURE_DEADLINE,
  FILE_ERASURE_REQUEST,
  RECORD_ERASURE_NOTICE_ANSWER,
  RECORD_ERASURE_NOTICE_SENT,
  RETRY_ERASURE_NOTICE,
  REVEAL_ERASURE_IDENTIFIERS,
  ROTATE_ERASURE_WEBHOOK_SECRET,
  RUN_ERASURE_FOLLOW_UP,
  UPDATE_ERASURE_SETTINGS,
} from '../graphql/operations';
import type {
  AgreementDocumentRecord,
  AgreementRecord,
  ChainNodeRecord,
  ComplianceRecord,
  SubprocessorLinkRecord,
  UserChoice,
  AdequacyDecisionChangeRecord,
  CountryChangeRecord,
  NotificationRecord,
  OrganisationSettingsRecord,
  OrganisationDetailsRecord,
  SuggestedTransferRecord,
  TiaRecord,
  TransferAssessmentRecord,
  TransferDocumentRecord,
  TransferMapCountryRecord,
  TransferStatusChangeRecord,
  DashboardChartsRecord,
  DashboardRecord,
  ProcessorRiskLevelRecord,
  ProcessorRiskRecord,
  ReminderRecord,
  ReminderSettingsRecord,
  RenewalRecord,
  ReviewDocumentRecord,
  ReviewRecord,
  SinkMailRecord,
  SupervisionCadenceRecord,
  ErasureExclusionRecord,
  ErasureIdentifiersRecord,
  ErasureRecipientPreviewRecord,
  ErasureRequestRecord,
  ErasureSettingsRecord,
} from '../graphql/types';
import { toAdequacyInput, type AdequacyDecisionInput } from '../resources/adequacy-decisions/adequacy-input';
import { toTransferFilter } from '../resources/transfers/transfer-filter';
import { toTransferMutationData } from '../resources/transfers/transfer-form';
import { toTiaMutationData } from '../resources/tias/tia-rules';
import { hasRiskLevelFilter, toProcessorFilter } from '../resources/processors/processor-filter';
import { toReviewEditValues } from '../resources/reviews/review-rules';
import { toErasureNoticeFilter, toErasureRequestFilter, toFileErasureRequestData, type DecisionInput } from '../resources/erasure-requests/erasure-rules';
import { graphqlClient, runMutation, runQuery } from './graphqlClient';
import { describeApiError, parseApiError } from './api-errors';
import { putAgreementDocument, putReviewDocument, putTransferDocument } from './document-upload';
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

  /** The rule engine on a transfer as typed (createTransfer's arguments, plus asOf and transferId); writes nothing. */
  assessTransfer(args: Record<string, unknown>): Promise<{ data: TransferAssessmentRecord }>;
  /** A stored transfer's status and findings on a date (today when asOf is empty). */
  getTransferAssessment(id: Identifier, asOf?: string | null): Promise<{ data: TransferAssessmentRecord }>;
  getSuggestedTransfers(): Promise<{ data: SuggestedTransferRecord[] }>;
  getTransferMap(asOf?: string | null): Promise<{ data: TransferMapCountryRecord[] }>;
  /** PUTs one evidence document (PDF or DOCX, at most 20 MB) to /api/transfers/{id}/documents. */
  uploadTransferDocument(id: Identifier, file: File): Promise<{ data: TransferDocumentRecord }>;
  deleteTransferDocument(id: Identifier): Promise<{ data: { id: Identifier } }>;
  submitTia(params: { id: Identifier; version: number }): Promise<{ data: TiaRecord }>;
  approveTia(params: { id: Identifier; version: number }): Promise<{ data: TiaRecord }>;
  sendBackTia(params: { id: Identifier; version: number; comment: string }): Promise<{ data: TiaRecord }>;
  newTiaVersion(params: { id: Identifier; version: number }): Promise<{ data: TiaRecord }>;
  /** Before saving: the transfers whose status today would change. */
  previewAdequacyDecisionChange(id: Identifier | null, input: AdequacyDecisionInput): Promise<{ data: TransferStatusChangeRecord[] }>;
  createAdequacyDecision(input: AdequacyDecisionInput): Promise<{ data: AdequacyDecisionChangeRecord }>;
  updateAdequacyDecision(params: { id: Identifier; version: number; input: AdequacyDecisionInput }): Promise<{ data: AdequacyDecisionChangeRecord }>;
  revokeAdequacyDecision(params: { id: Identifier; version: number; revokedOn: string }): Promise<{ data: AdequacyDecisionChangeRecord }>;
  updateCountry(params: {
    id: Identifier;
    version: number;
    nameDa?: string;
    nameEn?: string;
    eeaMember?: boolean;
    notes?: string | null;
  }): Promise<{ data: CountryChangeRecord }>;
  getOrganisationSettings(): Promise<{ data: OrganisationSettingsRecord }>;
  updateOrganisationSettings(params: { guaranteesForEveryTransfer: boolean; version: number }): Promise<{ data: OrganisationSettingsRecord }>;
  /** Issue 7: the organisation's Art. 30(1)(a) details (controller, DPO, joint controllers, general security measures). */
  getOrganisationDetails(): Promise<{ data: OrganisationDetailsRecord }>;
  updateOrganisationDetails(params: OrganisationDetailsRecord): Promise<{ data: OrganisationDetailsRecord }>;
  getMyNotifications(params?: { limit?: number; unreadOnly?: boolean }): Promise<{ data: NotificationRecord[] }>;
  getMyUnreadNotificationCount(): Promise<{ data: number }>;
  /** Marks the given notifications read, or all of them when ids is left out. */
  markNotificationsRead(ids?: Identifier[]): Promise<{ data: number }>;

  /** Issue 5: the review workflow, each transition one mutation with the version read. */
  startReview(params: { id: Identifier; version: number }): Promise<{ data: Partial<ReviewRecord> }>;
  submitReview(params: { id: Identifier; version: number }): Promise<{ data: Partial<ReviewRecord> }>;
  approveReview(params: { id: Identifier; version: number; comment?: string | null }): Promise<{ data: Partial<ReviewRecord> }>;
  sendBackReview(params: { id: Identifier; version: number; comment: string }): Promise<{ data: Partial<ReviewRecord> }>;
  /** PUTs one evidence document (PDF or DOCX, at most 20 MB) to /api/reviews/{id}/documents. */
  uploadReviewDocument(id: Identifier, file: File): Promise<{ data: ReviewDocumentRecord }>;
  deleteReviewDocument(id: Identifier): Promise<{ data: { id: Identifier } }>;
  /** Runs the planning now: how many reviews it created. */
  planReviews(): Promise<{ data: number }>;
  getProcessorRisk(processorId: Identifier): Promise<{ data: ProcessorRiskRecord }>;
  /** A level with a reason, or null to remove the override; `version` is the processor's. */
  overrideProcessorRisk(params: { processorId: Identifier; version: number; level: string | null; reason?: string | null }): Promise<{ data: ProcessorRiskRecord }>;
  getSupervisionCadences(): Promise<{ data: SupervisionCadenceRecord[] }>;
  updateSupervisionCadence(params: SupervisionCadenceRecord): Promise<{ data: SupervisionCadenceRecord }>;
  retryReminder(id: Identifier): Promise<{ data: ReminderRecord }>;
  /** Runs the daily reminder scan now: how many reminders were new. */
  runReminderScan(): Promise<{ data: number }>;
  getReminderSettings(): Promise<{ data: ReminderSettingsRecord }>;
  updateReminderSettings(params: Omit<ReminderSettingsRecord, 'mailTransport'>): Promise<{ data: ReminderSettingsRecord }>;
  getRenewals(): Promise<{ data: RenewalRecord[] }>;
  getDashboard(): Promise<{ data: DashboardRecord }>;
  /** Issue 7: the home page's charts. */
  getDashboardCharts(): Promise<{ data: DashboardChartsRecord }>;
  /** What the demo SMTP sink received, newest first (page is 1-based, as react-admin counts). */
  getSinkMails(params: { page: number; perPage: number; q?: string }): Promise<{ data: SinkMailRecord[]; total: number }>;

  /** Issue 6: who would be told of an erasure and why, and who not and why, with the reviewer's exclusions; writes nothing. */
  getErasureRecipientPreview(id: Identifier, exclusions: readonly ErasureExclusionRecord[]): Promise<{ data: ErasureRecipientPreviewRecord }>;
  /** Art. 19, last sentence: the recipients told, as a text for the person (each retrieval audited). */
  getErasureRecipientStatement(id: Identifier, locale: string): Promise<{ data: string }>;
  /** Approves (wholly or partly) or refuses a RECEIVED request, with the version read. */
  decideErasureRequest(params: { id: Identifier; version: number } & DecisionInput): Promise<{ data: Partial<ErasureRequestRecord> }>;
  /** Approves many RECEIVED requests wholly at once (retention erasures): how many, and how many notices. */
  approveErasureRequests(params: { ids: Identifier[]; reasoning?: string | null }): Promise<{ data: { approved: number; notices: number } }>;
  /** The person's identifiers in clear; every call is recorded in the audit trail. */
  revealErasureIdentifiers(id: Identifier): Promise<{ data: ErasureIdentifiersRecord }>;
  /** Art. 12(3): the deadline to answer the person extended to one or two months more in all, with the reason. */
  extendErasureDeadline(params: { id: Identifier; version: number; months: number; reason: string }): Promise<{ data: Partial<ErasureRequestRecord> }>;
  exceptErasureNotice(params: { id: Identifier; version: number; reason: string }): Promise<{ data: Partial<ErasureRequestRecord> }>;
  cancelErasureNotice(params: { id: Identifier; version: number; reason: string }): Promise<{ data: Partial<ErasureRequestRecord> }>;
  recordErasureNoticeAnswer(params: {
    id: Identifier;
    version: number;
    answer: string;
    erasedOn?: string | null;
    note?: string | null;
    passedToSubprocessors?: boolean | null;
  }): Promise<{ data: Partial<ErasureRequestRecord> }>;
  recordErasureNoticeSent(params: { id: Identifier; version: number }): Promise<{ data: Partial<ErasureRequestRecord> }>;
  retryErasureNotice(params: { id: Identifier; version: number }): Promise<{ data: Partial<ErasureRequestRecord> }>;
  /** A new webhook secret for the processor, answered once; the old one stops working. */
  rotateErasureWebhookSecret(processorId: Identifier): Promise<{ data: string }>;
  getErasureSettings(): Promise<{ data: ErasureSettingsRecord }>;
  updateErasureSettings(params: ErasureSettingsRecord): Promise<{ data: ErasureSettingsRecord }>;
  /** Runs the erasure follow-up now (reminders and escalations due): how many messages it created. */
  runErasureFollowUp(): Promise<{ data: number }>;
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

/**
 * Form values → mutation arguments: processing locations as ProcessingLocationInput items, a
 * transfer without the fields of tools not chosen, a TIA's guarantees and measures as inputs.
 */
function mutationData(resource: string, data: Record<string, unknown>) {
  if (resource === 'Processor') return toProcessorMutationData(data);
  if (resource === 'Transfer') return toTransferMutationData(data);
  if (resource === 'Tia') return toTiaMutationData(data);
  if (resource === 'Review') return { ...data, ...toReviewEditValues(data) };
  return data;
}

/**
 * Filter form values → the resource's filter input: the transfer list has two choices with no
 * field of their own; the processor list's risk level becomes the ids of the processors at it.
 */
async function listParams<P extends { filter?: Record<string, unknown> }>(resource: string, params: P): Promise<P> {
  if (resource === 'Transfer') return { ...params, filter: toTransferFilter(params.filter) };
  if (resource === 'ErasureRequest') return { ...params, filter: toErasureRequestFilter(params.filter) };
  if (resource === 'ErasureNotice') return { ...params, filter: toErasureNoticeFilter(params.filter) };
  if (resource === 'Processor' && hasRiskLevelFilter(params.filter)) {
    const levels = (await runQuery<{ processorRisks: ProcessorRiskLevelRecord[] }>(PROCESSOR_RISK_LEVELS)).processorRisks;
    return { ...params, filter: toProcessorFilter(params.filter, levels) };
  }
  return params;
}

/** One custom query: its answer under `field`. */
function ask<T>(resource: string, document: DocumentNode, field: string, variables?: Record<string, unknown>) {
  return translated(async () => ({ data: (await runQuery<Record<string, T>>(document, variables))[field] }), resource);
}

/**
 * Resources whose create/update are not the generic grammar: an adequacy decision is saved from
 * one `input` and answers with the transfers it re-evaluated; a country answers the same way.
 * react-admin gets the record; the re-evaluation rides along as `lastChange`.
 */
async function saveReference(resource: string, params: { id?: Identifier; data: Record<string, unknown>; previousData?: RaRecord }): Promise<{ data: RaRecord }> {
  if (resource === 'AdequacyDecision') {
    const input = toAdequacyInput(params.data);
    const answer = params.id
      ? (await runMutation<{ updateAdequacyDecision: AdequacyDecisionChangeRecord }>(UPDATE_ADEQUACY_DECISION, {
          id: params.id,
          version: params.data.version ?? params.previousData?.version,
          input,
        })).updateAdequacyDecision
      : (await runMutation<{ createAdequacyDecision: AdequacyDecisionChangeRecord }>(CREATE_ADEQUACY_DECISION, { input })).createAdequacyDecision;
    return { data: { ...answer.decision, lastChange: { changedTransfers: answer.changedTransfers, tiasMarkedForReevaluation: answer.tiasMarkedForReevaluation } } };
  }
  const d = params.data;
  const answer = (
    await runMutation<{ updateCountry: CountryChangeRecord }>(UPDATE_COUNTRY, {
      id: params.id,
      version: d.version ?? params.previousData?.version,
      nameDa: d.nameDa,
      nameEn: d.nameEn,
      eeaMember: d.eeaMember,
      notes: typeof d.notes === 'string' && d.notes.trim() !== '' ? d.notes : null,
    })
  ).updateCountry;
  return { data: { ...answer.country, lastChange: { changedTransfers: answer.changedTransfers, tiasMarkedForReevaluation: answer.tiasMarkedForReevaluation } } };
}

const CUSTOM_SAVE = ['AdequacyDecision', 'Country'];

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
    scope: data.scope,
    // A date (YYYY-MM-DD): the API reads it as the start of that day, Danish time.
    expiresAt: data.expiresAt,
  });
  return { data: { ...answer.createApiToken.apiToken, token: answer.createApiToken.token } };
}

/** There is no createErasureRequest: a request is filed (fileErasureRequest), by staff or by the case system. */
async function fileErasureRequest(data: Record<string, unknown>): Promise<{ data: RaRecord }> {
  const answer = await runMutation<{ fileErasureRequest: RaRecord }>(FILE_ERASURE_REQUEST, toFileErasureRequestData(data));
  return { data: answer.fileErasureRequest };
}

export const dataProvider: TilsynDataProvider = {
  getList: (resource, params) => translated(async () => base.getList(resource, await listParams(resource, params)), resource),
  getOne: (resource, params) => translated(() => base.getOne(resource, params), resource),
  getMany: (resource, params) => translated(() => base.getMany(resource, params), resource),
  getManyReference: (resource, params) => translated(async () => base.getManyReference(resource, await listParams(resource, params)), resource),
  create: (resource, params) =>
    translated(
      // createApiToken answers ApiTokenCreated { apiToken, token }, not an ApiToken; an erasure request is filed: not the generic grammar.
      () =>
        resource === 'ApiToken'
          ? (createApiToken(params.data) as never)
          : resource === 'ErasureRequest'
            ? (fileErasureRequest(params.data) as never)
            : CUSTOM_SAVE.includes(resource)
              ? (saveReference(resource, { data: params.data }) as never)
              : base.create(resource, { ...params, data: mutationData(resource, params.data) }),
      resource,
      true,
    ),
  update: (resource, params) =>
    translated(
      () =>
        CUSTOM_SAVE.includes(resource)
          ? (saveReference(resource, { id: params.id, data: params.data, previousData: params.previousData }) as never)
          : base.update(resource, { ...params, data: mutationData(resource, params.data) }),
      resource,
      true,
    ),
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

  assessTransfer: (args) =>
    translated(async () => ({ data: (await runQuery<{ assessTransfer: TransferAssessmentRecord }>(ASSESS_TRANSFER, args)).assessTransfer }), 'Transfer', true),
  getTransferAssessment: (id, asOf) =>
    translated(async () => {
      const answer = await runQuery<{ Transfer: { assessment: TransferAssessmentRecord } | null }>(TRANSFER_ASSESSMENT, { id, ...asOfVariable(asOf) });
      if (!answer.Transfer) throw { graphQLErrors: [{ extensions: { code: 'NOT_FOUND' } }] };
      return { data: answer.Transfer.assessment };
    }, 'Transfer'),
  getSuggestedTransfers: () => ask<SuggestedTransferRecord[]>('Transfer', SUGGESTED_TRANSFERS, 'suggestedTransfers'),
  getTransferMap: (asOf) => ask<TransferMapCountryRecord[]>('Transfer', TRANSFER_MAP, 'transferMap', asOfVariable(asOf)),
  uploadTransferDocument: (id, file) => translated(async () => ({ data: await putTransferDocument(String(id), file) }), 'Transfer', true),
  deleteTransferDocument: (id) => mutate<{ id: Identifier }>('Transfer', DELETE_TRANSFER_DOCUMENT, 'deleteTransferDocument', { id }, false),
  submitTia: ({ id, version }) => mutate<TiaRecord>('Tia', SUBMIT_TIA, 'submitTia', { id, version }),
  approveTia: ({ id, version }) => mutate<TiaRecord>('Tia', APPROVE_TIA, 'approveTia', { id, version }),
  sendBackTia: ({ id, version, comment }) => mutate<TiaRecord>('Tia', SEND_BACK_TIA, 'sendBackTia', { id, version, comment }),
  newTiaVersion: ({ id, version }) => mutate<TiaRecord>('Tia', NEW_TIA_VERSION, 'newTiaVersion', { id, version }),
  previewAdequacyDecisionChange: (id, input) =>
    translated(
      async () => ({
        data: (
          await runQuery<{ previewAdequacyDecisionChange: TransferStatusChangeRecord[] }>(PREVIEW_ADEQUACY_DECISION_CHANGE, { ...(id ? { id } : {}), input })
        ).previewAdequacyDecisionChange,
      }),
      'AdequacyDecision',
      true,
    ),
  createAdequacyDecision: (input) => mutate<AdequacyDecisionChangeRecord>('AdequacyDecision', CREATE_ADEQUACY_DECISION, 'createAdequacyDecision', { input }),
  updateAdequacyDecision: ({ id, version, input }) =>
    mutate<AdequacyDecisionChangeRecord>('AdequacyDecision', UPDATE_ADEQUACY_DECISION, 'updateAdequacyDecision', { id, version, input }),
  revokeAdequacyDecision: ({ id, version, revokedOn }) =>
    mutate<AdequacyDecisionChangeRecord>('AdequacyDecision', REVOKE_ADEQUACY_DECISION, 'revokeAdequacyDecision', { id, version, revokedOn }),
  updateCountry: (params) => mutate<CountryChangeRecord>('Country', UPDATE_COUNTRY, 'updateCountry', { ...params }),
  getOrganisationSettings: () => ask<OrganisationSettingsRecord>('OrganisationSettings', ORGANISATION_SETTINGS, 'organisationSettings'),
  updateOrganisationSettings: (params) =>
    mutate<OrganisationSettingsRecord>('OrganisationSettings', UPDATE_ORGANISATION_SETTINGS, 'updateOrganisationSettings', { ...params }),
  getOrganisationDetails: () => ask<OrganisationDetailsRecord>('OrganisationDetails', ORGANISATION_DETAILS, 'organisationSettings'),
  updateOrganisationDetails: (params) =>
    mutate<OrganisationDetailsRecord>('OrganisationDetails', UPDATE_ORGANISATION_DETAILS, 'updateOrganisationDetails', {
      version: params.version,
      organisationName: params.organisationName,
      organisationRegistrationNumber: params.organisationRegistrationNumber,
      organisationAddress: params.organisationAddress,
      organisationEmail: params.organisationEmail,
      organisationPhone: params.organisationPhone,
      dpoName: params.dpoName,
      dpoEmail: params.dpoEmail,
      dpoPhone: params.dpoPhone,
      jointControllers: params.jointControllers,
      securityMeasures: params.securityMeasures,
    }),
  getMyNotifications: (params) => ask<NotificationRecord[]>('Notification', MY_NOTIFICATIONS, 'myNotifications', { ...(params ?? {}) }),
  getMyUnreadNotificationCount: () => ask<number>('Notification', MY_UNREAD_NOTIFICATION_COUNT, 'myUnreadNotificationCount'),
  markNotificationsRead: (ids) => mutate<number>('Notification', MARK_NOTIFICATIONS_READ, 'markNotificationsRead', ids ? { ids } : {}, false),

  startReview: ({ id, version }) => mutate<Partial<ReviewRecord>>('Review', START_REVIEW, 'startReview', { id, version }),
  submitReview: ({ id, version }) => mutate<Partial<ReviewRecord>>('Review', SUBMIT_REVIEW, 'submitReview', { id, version }),
  approveReview: ({ id, version, comment }) =>
    mutate<Partial<ReviewRecord>>('Review', APPROVE_REVIEW, 'approveReview', { id, version, ...(comment?.trim() ? { comment } : {}) }),
  sendBackReview: ({ id, version, comment }) => mutate<Partial<ReviewRecord>>('Review', SEND_BACK_REVIEW, 'sendBackReview', { id, version, comment }),
  uploadReviewDocument: (id, file) => translated(async () => ({ data: await putReviewDocument(String(id), file) }), 'Review', true),
  deleteReviewDocument: (id) => mutate<{ id: Identifier }>('Review', DELETE_REVIEW_DOCUMENT, 'deleteReviewDocument', { id }, false),
  planReviews: () => mutate<number>('Review', PLAN_REVIEWS, 'planReviews', {}, false),
  getProcessorRisk: (processorId) => ask<ProcessorRiskRecord>('ProcessorRisk', PROCESSOR_RISK, 'processorRisk', { processorId }),
  overrideProcessorRisk: ({ processorId, version, level, reason }) =>
    mutate<ProcessorRiskRecord>('ProcessorRisk', OVERRIDE_PROCESSOR_RISK, 'overrideProcessorRisk', { processorId, version, level, reason: level ? reason : null }),
  getSupervisionCadences: () => ask<SupervisionCadenceRecord[]>('SupervisionCadence', SUPERVISION_CADENCES, 'supervisionCadences'),
  updateSupervisionCadence: ({ riskLevel, version, methods, intervalMonths, followUp }) =>
    mutate<SupervisionCadenceRecord>('SupervisionCadence', UPDATE_SUPERVISION_CADENCE, 'updateSupervisionCadence', { riskLevel, version, methods, intervalMonths, followUp }),
  retryReminder: (id) => mutate<ReminderRecord>('Reminder', RETRY_REMINDER, 'retryReminder', { id }, false),
  runReminderScan: () => mutate<number>('Reminder', RUN_REMINDER_SCAN, 'runReminderScan', {}, false),
  getReminderSettings: () => ask<ReminderSettingsRecord>('ReminderSettings', REMINDER_SETTINGS, 'reminderSettings'),
  updateReminderSettings: ({ beforeDays, onDueDay, overdueEveryDays, escalateAfterDays, mailFrom, renewalWindowDays, version }) =>
    mutate<ReminderSettingsRecord>('ReminderSettings', UPDATE_REMINDER_SETTINGS, 'updateReminderSettings', {
      beforeDays,
      onDueDay,
      overdueEveryDays,
      escalateAfterDays,
      mailFrom,
      renewalWindowDays,
      version,
    }),
  getRenewals: () => ask<RenewalRecord[]>('Renewal', RENEWALS, 'renewals'),
  getDashboard: () => ask<DashboardRecord>('Dashboard', DASHBOARD, 'dashboard'),
  getDashboardCharts: () => ask<DashboardChartsRecord>('DashboardCharts', DASHBOARD_CHARTS, 'dashboardCharts'),
  getSinkMails: ({ page, perPage, q }) =>
    translated(async () => {
      const answer = await runQuery<{ allSinkMails: SinkMailRecord[]; _allSinkMailsMeta: { count: number } }>(SINK_MAILS, { page: Math.max(0, page - 1), perPage, q: q?.trim() || null });
      return { data: answer.allSinkMails, total: answer._allSinkMailsMeta.count };
    }, 'SinkMail'),

  getErasureRecipientPreview: (id, exclusions) =>
    ask<ErasureRecipientPreviewRecord>('ErasureRequest', ERASURE_RECIPIENT_PREVIEW, 'erasureRecipientPreview', {
      id,
      exclusions: exclusions.map((e) => ({ processorId: e.processorId, reason: e.reason })),
    }),
  getErasureRecipientStatement: (id, locale) => ask<string>('ErasureRequest', ERASURE_RECIPIENT_STATEMENT, 'erasureRecipientStatement', { id, locale }),
  decideErasureRequest: ({ id, version, decision, refusalBasis, reasoning, categories, exclusions }) =>
    mutate<Partial<ErasureRequestRecord>>('ErasureRequest', DECIDE_ERASURE_REQUEST, 'decideErasureRequest', {
      id,
      version,
      decision,
      refusalBasis,
      reasoning,
      categories,
      exclusions,
    }),
  approveErasureRequests: ({ ids, reasoning }) =>
    mutate<{ approved: number; notices: number }>('ErasureRequest', APPROVE_ERASURE_REQUESTS, 'approveErasureRequests', { ids, reasoning: reasoning?.trim() || null }, false),
  revealErasureIdentifiers: (id) => mutate<ErasureIdentifiersRecord>('ErasureRequest', REVEAL_ERASURE_IDENTIFIERS, 'revealErasureIdentifiers', { id }, false),
  extendErasureDeadline: ({ id, version, months, reason }) =>
    mutate<Partial<ErasureRequestRecord>>('ErasureRequest', EXTEND_ERASURE_DEADLINE, 'extendErasureDeadline', { id, version, months, reason }),
  exceptErasureNotice: ({ id, version, reason }) =>
    mutate<Partial<ErasureRequestRecord>>('ErasureNotice', EXCEPT_ERASURE_NOTICE, 'exceptErasureNotice', { id, version, reason }),
  cancelErasureNotice: ({ id, version, reason }) =>
    mutate<Partial<ErasureRequestRecord>>('ErasureNotice', CANCEL_ERASURE_NOTICE, 'cancelErasureNotice', { id, version, reason }),
  recordErasureNoticeAnswer: ({ id, version, answer, erasedOn, note, passedToSubprocessors }) =>
    mutate<Partial<ErasureRequestRecord>>('ErasureNotice', RECORD_ERASURE_NOTICE_ANSWER, 'recordErasureNoticeAnswer', {
      id,
      version,
      answer,
      erasedOn: erasedOn ?? null,
      note: note ?? null,
      passedToSubprocessors: passedToSubprocessors ?? null,
    }),
  recordErasureNoticeSent: ({ id, version }) =>
    mutate<Partial<ErasureRequestRecord>>('ErasureNotice', RECORD_ERASURE_NOTICE_SENT, 'recordErasureNoticeSent', { id, version }, false),
  retryErasureNotice: ({ id, version }) => mutate<Partial<ErasureRequestRecord>>('ErasureNotice', RETRY_ERASURE_NOTICE, 'retryErasureNotice', { id, version }, false),
  rotateErasureWebhookSecret: (processorId) => mutate<string>('Processor', ROTATE_ERASURE_WEBHOOK_SECRET, 'rotateErasureWebhookSecret', { processorId }, false),
  getErasureSettings: () => ask<ErasureSettingsRecord>('ErasureSettings', ERASURE_SETTINGS, 'erasureSettings'),
  updateErasureSettings: ({ organisationName, reminderDays, escalateAfterDays, linkGraceDays, minimumAnswerDays, version }) =>
    mutate<ErasureSettingsRecord>('ErasureSettings', UPDATE_ERASURE_SETTINGS, 'updateErasureSettings', {
      organisationName,
      reminderDays,
      escalateAfterDays,
      linkGraceDays,
      minimumAnswerDays,
      version,
    }),
  runErasureFollowUp: () => mutate<number>('ErasureSettings', RUN_ERASURE_FOLLOW_UP, 'runErasureFollowUp', {}, false),
};
