import { parse } from 'graphql';

/**
 * Hand-written documents for everything outside the CRUD grammar: sign-in, the current user and
 * the domain actions called as custom dataProvider methods. operations.spec.ts validates each
 * against the static schema, so a renamed field fails a unit test instead of a user.
 */

const CURRENT_USER_FIELDS = 'id email name role mustChangePassword';
const USER_FIELDS = 'id email name role active lockedUntil lastSignInAt mustChangePassword createdAt version';
const API_TOKEN_FIELDS = 'id name scope status createdAt createdById expiresAt lastUsedAt revokedAt tokenPrefix';

export const ME = parse(`query Me { me { ${CURRENT_USER_FIELDS} } }`);

export const LOGIN = parse(`
  mutation Login($email: String!, $password: String!) {
    login(email: $email, password: $password) { ${CURRENT_USER_FIELDS} }
  }
`);

export const LOGOUT = parse(`mutation Logout { logout }`);

export const SETUP_REQUIRED = parse(`query SetupRequired { setupRequired }`);

export const COMPLETE_SETUP = parse(`
  mutation CompleteSetup($token: String!, $email: String!, $name: String!, $password: String!) {
    completeSetup(token: $token, email: $email, name: $name, password: $password) { ${CURRENT_USER_FIELDS} }
  }
`);

export const CHANGE_OWN_PASSWORD = parse(`
  mutation ChangeOwnPassword($currentPassword: String!, $newPassword: String!) {
    changeOwnPassword(currentPassword: $currentPassword, newPassword: $newPassword)
  }
`);

export const DEACTIVATE_USER = parse(`mutation DeactivateUser($id: ID!) { deactivateUser(id: $id) { ${USER_FIELDS} } }`);
export const REACTIVATE_USER = parse(`mutation ReactivateUser($id: ID!) { reactivateUser(id: $id) { ${USER_FIELDS} } }`);
export const RESET_USER_PASSWORD = parse(`mutation ResetUserPassword($id: ID!) { resetUserPassword(id: $id) { temporaryPassword } }`);

export const CREATE_API_TOKEN = parse(`
  mutation CreateApiToken($name: String!, $scope: TokenScope!, $expiresAt: String!) {
    createApiToken(name: $name, scope: $scope, expiresAt: $expiresAt) { token apiToken { ${API_TOKEN_FIELDS} } }
  }
`);
export const REVOKE_API_TOKEN = parse(`mutation RevokeApiToken($id: ID!) { revokeApiToken(id: $id) { ${API_TOKEN_FIELDS} } }`);

export const VERIFY_AUDIT_TRAIL = parse(`
  query VerifyAuditTrail { verifyAuditTrail { ok checkedEvents firstBrokenSeq firstBrokenId reason } }
`);

export const USER_CHOICES = parse(`query UserChoices { userChoices { id name } }`);

/** A finding as the compliance tab, the chain and the findings list show it. */
const FINDING_FIELDS =
  'code severity article message messageDa messageEn path pathNames processorId processorName gaps agreementId linkId transferId country remedy';
const COMPLIANCE_FIELDS = `asOf status own { ${FINDING_FIELDS} } below { ${FINDING_FIELDS} }`;
const PROCESSOR_STATE_FIELDS = 'id version lifecycle engagementEnd endOfServiceOutcome updatedAt';
const LINK_FIELDS =
  'id processorId subprocessorId regime noticeDays notifiedOn firstUsedOn approvedOn objectedOn objectionReason authorised authorisedFrom objectionDeadline version findings { code severity }';
const CLAUSE_FIELDS = 'code article titleDa titleEn explanationDa explanationEn assessment location note assessedAt assessedById needsReconfirmation';
const AGREEMENT_FIELDS = `id processorId versionNo previousVersionId title template status gaps inForce signedOn effectiveFrom endsOn terminatedOn terminationReason reviewIntervalMonths lastReviewedOn reviewDueOn reviewOverdue subprocessorRegime subprocessorNoticeDays createdAt updatedAt version clauses { ${CLAUSE_FIELDS} } document { fileName contentType sizeBytes sha256 uploadedAt }`;

/** Status and findings of a processor and its chain on a date (the Compliance tab's "as of"). */
export const PROCESSOR_COMPLIANCE = parse(`
  query ProcessorCompliance($id: ID!, $asOf: String) {
    Processor(id: $id) { id compliance(asOf: $asOf) { ${COMPLIANCE_FIELDS} } }
  }
`);

export const PROCESSOR_CHAIN = parse(`
  query ProcessorChain($id: String!, $asOf: String) {
    processorChain(id: $id, asOf: $asOf) {
      processorId name establishmentCountry parentProcessorId linkId depth path pathNames status findings { ${FINDING_FIELDS} }
    }
  }
`);

export const OFFBOARD_PROCESSOR = parse(`
  mutation OffboardProcessor($id: ID!, $version: Int!, $endedOn: String!, $endOfServiceOutcome: EndOfServiceOutcome!) {
    offboardProcessor(id: $id, version: $version, endedOn: $endedOn, endOfServiceOutcome: $endOfServiceOutcome) { ${PROCESSOR_STATE_FIELDS} }
  }
`);

export const CREATE_SUBPROCESSOR_LINK = parse(`
  mutation CreateSubprocessorLink(
    $processorId: ID!, $subprocessorId: ID!, $regime: SubprocessorAuthorisation!, $noticeDays: Int, $notifiedOn: String, $firstUsedOn: String
  ) {
    createSubprocessorLink(
      processorId: $processorId, subprocessorId: $subprocessorId, regime: $regime, noticeDays: $noticeDays, notifiedOn: $notifiedOn, firstUsedOn: $firstUsedOn
    ) { ${LINK_FIELDS} }
  }
`);

export const UPDATE_SUBPROCESSOR_LINK = parse(`
  mutation UpdateSubprocessorLink(
    $id: ID!, $version: Int!, $regime: SubprocessorAuthorisation, $noticeDays: Int, $notifiedOn: String, $firstUsedOn: String
  ) {
    updateSubprocessorLink(id: $id, version: $version, regime: $regime, noticeDays: $noticeDays, notifiedOn: $notifiedOn, firstUsedOn: $firstUsedOn) {
      ${LINK_FIELDS}
    }
  }
`);

export const APPROVE_SUBPROCESSOR = parse(`
  mutation ApproveSubprocessor($id: ID!, $version: Int!, $on: String!) {
    approveSubprocessor(id: $id, version: $version, on: $on) { ${LINK_FIELDS} }
  }
`);

export const OBJECT_TO_SUBPROCESSOR = parse(`
  mutation ObjectToSubprocessor($id: ID!, $version: Int!, $on: String!, $reason: String!) {
    objectToSubprocessor(id: $id, version: $version, on: $on, reason: $reason) { ${LINK_FIELDS} }
  }
`);

export const DELETE_SUBPROCESSOR_LINK = parse(`mutation DeleteSubprocessorLink($id: ID!) { deleteSubprocessorLink(id: $id) { id } }`);

export const ASSESS_AGREEMENT_CLAUSE = parse(`
  mutation AssessAgreementClause($agreementId: ID!, $code: ClauseCode!, $assessment: ClauseAssessment!, $location: String, $note: String) {
    assessAgreementClause(agreementId: $agreementId, code: $code, assessment: $assessment, location: $location, note: $note) {
      ${AGREEMENT_FIELDS}
    }
  }
`);

export const SIGN_AGREEMENT = parse(`
  mutation SignAgreement($id: ID!, $version: Int!, $on: String!) {
    signAgreement(id: $id, version: $version, on: $on) { ${AGREEMENT_FIELDS} }
  }
`);

export const TERMINATE_AGREEMENT = parse(`
  mutation TerminateAgreement($id: ID!, $version: Int!, $on: String!, $reason: String!) {
    terminateAgreement(id: $id, version: $version, on: $on, reason: $reason) { ${AGREEMENT_FIELDS} }
  }
`);

export const RECORD_AGREEMENT_REVIEW = parse(`
  mutation RecordAgreementReview($id: ID!, $version: Int!, $on: String!) {
    recordAgreementReview(id: $id, version: $version, on: $on) { ${AGREEMENT_FIELDS} }
  }
`);

/** Chapter V: transfers, TIAs, reference data, settings and notifications. */
const TRANSFER_FINDING_FIELDS = 'code severity article message messageDa messageEn remedy remedyDa remedyEn periods { from to }';
export const TRANSFER_ASSESSMENT_FIELDS = `asOf status expectedSccModule tiaRequired adequacyDecisionId adequacyInstrument findings { ${TRANSFER_FINDING_FIELDS} } periodsWithoutValidMechanism { from to }`;
const STATUS_CHANGE_FIELDS = 'transferId importerName destinationCountry before after findingsBefore findingsAfter effectiveOn';
const TIA_FIELDS = `id seriesId versionNo title status destinationCountry importerProcessorId importerName transferIds authorId authorName approvedById approvedByName
  approvedOn submittedAt reviewComment writerIds submissionGaps reevaluationMonths reevaluateOn reevaluationRequested reevaluationReason circumstances toolRelied
  lawsAndPractices proceduralSteps conclusion conclusionRationale guarantees { guarantee rating rationale sources } measures { kind description effective } createdAt updatedAt version`;
const DECISION_FIELDS =
  'id jurisdiction jurisdictionName instrument adoptedOn validFrom validUntil revokedOn scope conditions source notes toVerify inForceToday createdAt updatedAt version';
const DECISION_CHANGE_FIELDS = `decision { ${DECISION_FIELDS} } changedTransfers { ${STATUS_CHANGE_FIELDS} } tiasMarkedForReevaluation`;
const COUNTRY_FIELDS = 'id code name nameDa nameEn eeaMember adequacyToday notes version';
const NOTIFICATION_FIELDS = 'id kind title titleDa titleEn subjectType subjectId createdAt readAt';

/** The same flat arguments as createTransfer, plus the date and the stored transfer (its TIAs). */
export const ASSESS_TRANSFER = parse(`
  query AssessTransfer(
    $asOf: String, $transferId: ID, $importerProcessorId: ID!, $exporterProcessorId: ID, $importerRole: EngagementRole, $destinationCountry: String!,
    $accessKind: TransferAccessKind, $dataCategories: [DataCategory!], $dataSubjectCategories: [DataSubjectCategory!], $dataSubjectCount: Int,
    $frequency: TransferFrequency, $purpose: String, $startedOn: String, $endedOn: String, $mechanism: TransferMechanism, $sccModule: Int,
    $sccSignedOn: String, $sccDocking: Boolean, $sccAnnexNotes: String, $bcrAuthority: String, $bcrApprovedOn: String, $toolReference: String,
    $derogationGround: DerogationGround, $derogationJustification: String, $cprDisclosureBasis: CprDisclosureBasis, $ownerId: ID, $notes: String
  ) {
    assessTransfer(
      asOf: $asOf, transferId: $transferId, importerProcessorId: $importerProcessorId, exporterProcessorId: $exporterProcessorId, importerRole: $importerRole,
      destinationCountry: $destinationCountry, accessKind: $accessKind, dataCategories: $dataCategories, dataSubjectCategories: $dataSubjectCategories,
      dataSubjectCount: $dataSubjectCount, frequency: $frequency, purpose: $purpose, startedOn: $startedOn, endedOn: $endedOn, mechanism: $mechanism,
      sccModule: $sccModule, sccSignedOn: $sccSignedOn, sccDocking: $sccDocking, sccAnnexNotes: $sccAnnexNotes, bcrAuthority: $bcrAuthority,
      bcrApprovedOn: $bcrApprovedOn, toolReference: $toolReference, derogationGround: $derogationGround, derogationJustification: $derogationJustification,
      cprDisclosureBasis: $cprDisclosureBasis, ownerId: $ownerId, notes: $notes
    ) { ${TRANSFER_ASSESSMENT_FIELDS} }
  }
`);

/** A stored transfer's status and findings on a date (the show page's "as of"). */
export const TRANSFER_ASSESSMENT = parse(`
  query TransferAssessment($id: ID!, $asOf: String) {
    Transfer(id: $id) { id assessment(asOf: $asOf) { ${TRANSFER_ASSESSMENT_FIELDS} } }
  }
`);

export const SUGGESTED_TRANSFERS = parse(`
  query SuggestedTransfers {
    suggestedTransfers { accessKind description destinationCountry exporterName exporterProcessorId findingCode importerName importerProcessorId }
  }
`);

export const TRANSFER_MAP = parse(`
  query TransferMap($asOf: String) { transferMap(asOf: $asOf) { country name transferCount unrecordedCount worstStatus } }
`);

export const DELETE_TRANSFER_DOCUMENT = parse(`mutation DeleteTransferDocument($id: ID!) { deleteTransferDocument(id: $id) { id transferId fileName } }`);

export const SUBMIT_TIA = parse(`mutation SubmitTia($id: ID!, $version: Int!) { submitTia(id: $id, version: $version) { ${TIA_FIELDS} } }`);
export const APPROVE_TIA = parse(`mutation ApproveTia($id: ID!, $version: Int!) { approveTia(id: $id, version: $version) { ${TIA_FIELDS} } }`);
export const SEND_BACK_TIA = parse(`
  mutation SendBackTia($id: ID!, $version: Int!, $comment: String!) { sendBackTia(id: $id, version: $version, comment: $comment) { ${TIA_FIELDS} } }
`);
export const NEW_TIA_VERSION = parse(`mutation NewTiaVersion($id: ID!, $version: Int!) { newTiaVersion(id: $id, version: $version) { ${TIA_FIELDS} } }`);

export const CREATE_ADEQUACY_DECISION = parse(`
  mutation CreateAdequacyDecision($input: AdequacyDecisionInput!) { createAdequacyDecision(input: $input) { ${DECISION_CHANGE_FIELDS} } }
`);
export const UPDATE_ADEQUACY_DECISION = parse(`
  mutation UpdateAdequacyDecision($id: ID!, $version: Int!, $input: AdequacyDecisionInput!) {
    updateAdequacyDecision(id: $id, version: $version, input: $input) { ${DECISION_CHANGE_FIELDS} }
  }
`);
export const REVOKE_ADEQUACY_DECISION = parse(`
  mutation RevokeAdequacyDecision($id: ID!, $version: Int!, $revokedOn: String!) {
    revokeAdequacyDecision(id: $id, version: $version, revokedOn: $revokedOn) { ${DECISION_CHANGE_FIELDS} }
  }
`);
export const PREVIEW_ADEQUACY_DECISION_CHANGE = parse(`
  query PreviewAdequacyDecisionChange($id: ID, $input: AdequacyDecisionInput!) {
    previewAdequacyDecisionChange(id: $id, input: $input) { ${STATUS_CHANGE_FIELDS} }
  }
`);

export const UPDATE_COUNTRY = parse(`
  mutation UpdateCountry($id: ID!, $version: Int!, $nameDa: String, $nameEn: String, $eeaMember: Boolean, $notes: String) {
    updateCountry(id: $id, version: $version, nameDa: $nameDa, nameEn: $nameEn, eeaMember: $eeaMember, notes: $notes) {
      country { ${COUNTRY_FIELDS} } changedTransfers { ${STATUS_CHANGE_FIELDS} } tiasMarkedForReevaluation
    }
  }
`);

export const ORGANISATION_SETTINGS = parse(`
  query OrganisationSettings { organisationSettings { id guaranteesForEveryTransfer version changedTransfers { ${STATUS_CHANGE_FIELDS} } } }
`);
export const UPDATE_ORGANISATION_SETTINGS = parse(`
  mutation UpdateOrganisationSettings($guaranteesForEveryTransfer: Boolean!, $version: Int!) {
    updateOrganisationSettings(guaranteesForEveryTransfer: $guaranteesForEveryTransfer, version: $version) {
      id guaranteesForEveryTransfer version changedTransfers { ${STATUS_CHANGE_FIELDS} }
    }
  }
`);

/** Issue 7: the organisation's Art. 30(1)(a) details, read and changed as one panel. */
const ORGANISATION_DETAILS_FIELDS =
  'organisationName organisationRegistrationNumber organisationAddress organisationEmail organisationPhone dpoName dpoEmail dpoPhone jointControllers securityMeasures version';
export const ORGANISATION_DETAILS = parse(`query OrganisationDetails { organisationSettings { ${ORGANISATION_DETAILS_FIELDS} } }`);
export const UPDATE_ORGANISATION_DETAILS = parse(`
  mutation UpdateOrganisationDetails(
    $version: Int!, $organisationName: String!, $organisationRegistrationNumber: String!, $organisationAddress: String!, $organisationEmail: String!,
    $organisationPhone: String!, $dpoName: String!, $dpoEmail: String!, $dpoPhone: String!, $jointControllers: String!, $securityMeasures: String!
  ) {
    updateOrganisationDetails(
      version: $version, organisationName: $organisationName, organisationRegistrationNumber: $organisationRegistrationNumber,
      organisationAddress: $organisationAddress, organisationEmail: $organisationEmail, organisationPhone: $organisationPhone, dpoName: $dpoName,
      dpoEmail: $dpoEmail, dpoPhone: $dpoPhone, jointControllers: $jointControllers, securityMeasures: $securityMeasures
    ) { ${ORGANISATION_DETAILS_FIELDS} }
  }
`);

export const MY_NOTIFICATIONS = parse(`
  query MyNotifications($limit: Int, $unreadOnly: Boolean) { myNotifications(limit: $limit, unreadOnly: $unreadOnly) { ${NOTIFICATION_FIELDS} } }
`);
export const MY_UNREAD_NOTIFICATION_COUNT = parse(`query MyUnreadNotificationCount { myUnreadNotificationCount }`);
export const MARK_NOTIFICATIONS_READ = parse(`mutation MarkNotificationsRead($ids: [ID!]) { markNotificationsRead(ids: $ids) }`);

/** Issue 5: reviews, risk-based supervision, reminders, renewals, the dashboard and the demo mail sink. */
const REMINDER_FIELDS =
  'id subjectType subjectId processorId processorName thresholdKey thresholdOn dueOn escalation status attempts lastAttemptAt lastError lastResponseCode sentAt messageId createdAt recipients { userId email locale }';
/** What a review's workflow changes; the page reads the whole review again afterwards. */
const REVIEW_STATE_FIELDS = 'id status version dueState submissionGaps authorIds reviewComment completedOn nextDueOn nextReviewId';
const CADENCE_FIELDS = 'riskLevel methods intervalMonths followUp version';
const RISK_FIELDS = `processorId processorName status computedLevel level score factors { factor value points } override overrideReason overrideByName overrideAt
  cadence { ${CADENCE_FIELDS} } supervisionDueOn supervisionReviewId version`;
const REMINDER_SETTINGS_FIELDS = 'beforeDays onDueDay overdueEveryDays escalateAfterDays mailFrom mailTransport renewalWindowDays version';

export const START_REVIEW = parse(`mutation StartReview($id: ID!, $version: Int!) { startReview(id: $id, version: $version) { ${REVIEW_STATE_FIELDS} } }`);
export const SUBMIT_REVIEW = parse(`mutation SubmitReview($id: ID!, $version: Int!) { submitReview(id: $id, version: $version) { ${REVIEW_STATE_FIELDS} } }`);
export const APPROVE_REVIEW = parse(`
  mutation ApproveReview($id: ID!, $version: Int!, $comment: String) { approveReview(id: $id, version: $version, comment: $comment) { ${REVIEW_STATE_FIELDS} } }
`);
export const SEND_BACK_REVIEW = parse(`
  mutation SendBackReview($id: ID!, $version: Int!, $comment: String!) { sendBackReview(id: $id, version: $version, comment: $comment) { ${REVIEW_STATE_FIELDS} } }
`);
export const DELETE_REVIEW_DOCUMENT = parse(`mutation DeleteReviewDocument($id: ID!) { deleteReviewDocument(id: $id) { id reviewId fileName } }`);
export const PLAN_REVIEWS = parse(`mutation PlanReviews { planReviews }`);

export const PROCESSOR_RISK = parse(`query ProcessorRisk($processorId: ID!) { processorRisk(processorId: $processorId) { ${RISK_FIELDS} } }`);
export const PROCESSOR_RISK_LEVELS = parse(`query ProcessorRiskLevels { processorRisks { processorId level } }`);
export const OVERRIDE_PROCESSOR_RISK = parse(`
  mutation OverrideProcessorRisk($processorId: ID!, $version: Int!, $level: RiskLevel, $reason: String) {
    overrideProcessorRisk(processorId: $processorId, version: $version, level: $level, reason: $reason) { ${RISK_FIELDS} }
  }
`);
export const SUPERVISION_CADENCES = parse(`query SupervisionCadences { supervisionCadences { ${CADENCE_FIELDS} } }`);
export const UPDATE_SUPERVISION_CADENCE = parse(`
  mutation UpdateSupervisionCadence($riskLevel: RiskLevel!, $version: Int!, $methods: [SupervisionMethod!]!, $intervalMonths: Int!, $followUp: Boolean!) {
    updateSupervisionCadence(riskLevel: $riskLevel, version: $version, methods: $methods, intervalMonths: $intervalMonths, followUp: $followUp) { ${CADENCE_FIELDS} }
  }
`);

export const RETRY_REMINDER = parse(`mutation RetryReminder($id: ID!) { retryReminder(id: $id) { ${REMINDER_FIELDS} } }`);
export const RUN_REMINDER_SCAN = parse(`mutation RunReminderScan { runReminderScan }`);
export const REMINDER_SETTINGS = parse(`query ReminderSettings { reminderSettings { ${REMINDER_SETTINGS_FIELDS} } }`);
export const UPDATE_REMINDER_SETTINGS = parse(`
  mutation UpdateReminderSettings(
    $beforeDays: [Int!]!, $onDueDay: Boolean!, $overdueEveryDays: Int!, $escalateAfterDays: Int!, $mailFrom: String!, $renewalWindowDays: Int!, $version: Int!
  ) {
    updateReminderSettings(
      beforeDays: $beforeDays, onDueDay: $onDueDay, overdueEveryDays: $overdueEveryDays, escalateAfterDays: $escalateAfterDays, mailFrom: $mailFrom,
      renewalWindowDays: $renewalWindowDays, version: $version
    ) { ${REMINDER_SETTINGS_FIELDS} }
  }
`);

export const RENEWALS = parse(`
  query Renewals {
    renewals {
      agreementId processorId processorName title versionNo endsOn reviewDueOn reason dueOn daysLeft dueState openReviewId reminders { ${REMINDER_FIELDS} }
    }
  }
`);

export const DASHBOARD = parse(`
  query Dashboard {
    dashboard {
      asOf reviewsDueSoon reviewsOverdue byAssignee { assigneeId name dueSoon overdue } dpasExpiring dpasExpiringWithinDays failedReminders
      processorsByRisk { key count } processorsByStatus { key count } reviewsCompletedLastYear
      erasureRequestsToDecide erasureNoticesFailed erasureNoticesEscalated
    }
  }
`);

/** The home page's charts (issue 7): today's counts by status, and twelve month ends of open findings. */
export const DASHBOARD_CHARTS = parse(`
  query DashboardCharts {
    dashboardCharts {
      asOf
      processors { riskLevel status count }
      transfers { mechanism status count }
      agreements { status count }
      findingsTrend { day blockers warnings processors }
    }
  }
`);

/** The sink's mail, newest first, optionally only what names `q` in a recipient or the subject. */
export const SINK_MAILS = parse(`
  query SinkMails($page: Int, $perPage: Int, $q: String) {
    allSinkMails(page: $page, perPage: $perPage, sortField: "receivedAt", sortOrder: "DESC", filter: { q: $q }) { id receivedAt mailFrom recipients subject body messageId }
    _allSinkMailsMeta(filter: { q: $q }) { count }
  }
`);

/** Issue 6: erasure requests — filing, the recipient preview, the decision, the notices' steps, the Art. 19 statement and the follow-up settings. */
const ERASURE_REQUEST_STATE_FIELDS = 'id status version outstanding';
const ERASURE_SETTINGS_FIELDS = 'organisationName reminderDays escalateAfterDays linkGraceDays minimumAnswerDays version';
const ERASURE_PREVIEW_FIELDS =
  'recipients { processorId name reasons channel legalBasis categoryNotRecorded recipientReference } skipped { processorId name reason note }';

export const FILE_ERASURE_REQUEST = parse(`
  mutation FileErasureRequest(
    $source: ErasureSource!, $grounds: [ErasureGround!], $dataSubjectCategory: DataSubjectCategory, $caseReference: String!, $receivedOn: String!,
    $cpr: String, $name: String, $email: String, $address: String, $caseRecipients: [ErasureCaseRecipientInput!], $idempotencyKey: String
  ) {
    fileErasureRequest(
      source: $source, grounds: $grounds, dataSubjectCategory: $dataSubjectCategory, caseReference: $caseReference, receivedOn: $receivedOn,
      cpr: $cpr, name: $name, email: $email, address: $address, caseRecipients: $caseRecipients, idempotencyKey: $idempotencyKey
    ) { id caseReference status version }
  }
`);
export const ERASURE_RECIPIENT_PREVIEW = parse(`
  query ErasureRecipientPreview($id: ID!, $exclusions: [ErasureExclusionInput!]) {
    erasureRecipientPreview(id: $id, exclusions: $exclusions) { ${ERASURE_PREVIEW_FIELDS} }
  }
`);
export const ERASURE_RECIPIENT_STATEMENT = parse(`
  query ErasureRecipientStatement($id: ID!, $locale: String!) { erasureRecipientStatement(id: $id, locale: $locale) }
`);
export const DECIDE_ERASURE_REQUEST = parse(`
  mutation DecideErasureRequest(
    $id: ID!, $version: Int!, $decision: ErasureDecision!, $refusalBasis: ErasureRefusalBasis, $reasoning: String, $categories: [DataCategory!],
    $exclusions: [ErasureExclusionInput!]
  ) {
    decideErasureRequest(
      id: $id, version: $version, decision: $decision, refusalBasis: $refusalBasis, reasoning: $reasoning, categories: $categories, exclusions: $exclusions
    ) { ${ERASURE_REQUEST_STATE_FIELDS} }
  }
`);
export const APPROVE_ERASURE_REQUESTS = parse(`
  mutation ApproveErasureRequests($ids: [ID!]!, $reasoning: String) { approveErasureRequests(ids: $ids, reasoning: $reasoning) { approved notices } }
`);
export const REVEAL_ERASURE_IDENTIFIERS = parse(`mutation RevealErasureIdentifiers($id: ID!) { revealErasureIdentifiers(id: $id) { cpr name email address } }`);
export const EXTEND_ERASURE_DEADLINE = parse(`
  mutation ExtendErasureDeadline($id: ID!, $version: Int!, $months: Int!, $reason: String!) { extendErasureDeadline(id: $id, version: $version, months: $months, reason: $reason) { ${ERASURE_REQUEST_STATE_FIELDS} deadlineOn extensionMonths extensionReason } }
`);
export const EXCEPT_ERASURE_NOTICE = parse(`
  mutation ExceptErasureNotice($id: ID!, $version: Int!, $reason: String!) { exceptErasureNotice(id: $id, version: $version, reason: $reason) { ${ERASURE_REQUEST_STATE_FIELDS} } }
`);
export const CANCEL_ERASURE_NOTICE = parse(`
  mutation CancelErasureNotice($id: ID!, $version: Int!, $reason: String!) { cancelErasureNotice(id: $id, version: $version, reason: $reason) { ${ERASURE_REQUEST_STATE_FIELDS} } }
`);
export const RECORD_ERASURE_NOTICE_ANSWER = parse(`
  mutation RecordErasureNoticeAnswer($id: ID!, $version: Int!, $answer: ErasureAnswer!, $erasedOn: String, $note: String, $passedToSubprocessors: Boolean) {
    recordErasureNoticeAnswer(id: $id, version: $version, answer: $answer, erasedOn: $erasedOn, note: $note, passedToSubprocessors: $passedToSubprocessors) {
      ${ERASURE_REQUEST_STATE_FIELDS}
    }
  }
`);
export const RECORD_ERASURE_NOTICE_SENT = parse(`
  mutation RecordErasureNoticeSent($id: ID!, $version: Int!) { recordErasureNoticeSent(id: $id, version: $version) { ${ERASURE_REQUEST_STATE_FIELDS} } }
`);
export const RETRY_ERASURE_NOTICE = parse(`
  mutation RetryErasureNotice($id: ID!, $version: Int!) { retryErasureNotice(id: $id, version: $version) { ${ERASURE_REQUEST_STATE_FIELDS} } }
`);
export const ROTATE_ERASURE_WEBHOOK_SECRET = parse(`mutation RotateErasureWebhookSecret($processorId: ID!) { rotateErasureWebhookSecret(processorId: $processorId) }`);
export const ERASURE_SETTINGS = parse(`query ErasureSettings { erasureSettings { ${ERASURE_SETTINGS_FIELDS} } }`);
export const UPDATE_ERASURE_SETTINGS = parse(`
  mutation UpdateErasureSettings(
    $organisationName: String!, $reminderDays: [Int!]!, $escalateAfterDays: Int!, $linkGraceDays: Int!, $minimumAnswerDays: Int!, $version: Int!
  ) {
    updateErasureSettings(
      organisationName: $organisationName, reminderDays: $reminderDays, escalateAfterDays: $escalateAfterDays, linkGraceDays: $linkGraceDays,
      minimumAnswerDays: $minimumAnswerDays, version: $version
    ) { ${ERASURE_SETTINGS_FIELDS} }
  }
`);
export const RUN_ERASURE_FOLLOW_UP = parse(`mutation RunErasureFollowUp { runErasureFollowUp }`);

export const ALL_OPERATIONS = {
  ME,
  LOGIN,
  LOGOUT,
  SETUP_REQUIRED,
  COMPLETE_SETUP,
  CHANGE_OWN_PASSWORD,
  DEACTIVATE_USER,
  REACTIVATE_USER,
  RESET_USER_PASSWORD,
  CREATE_API_TOKEN,
  REVOKE_API_TOKEN,
  VERIFY_AUDIT_TRAIL,
  USER_CHOICES,
  PROCESSOR_COMPLIANCE,
  PROCESSOR_CHAIN,
  OFFBOARD_PROCESSOR,
  CREATE_SUBPROCESSOR_LINK,
  UPDATE_SUBPROCESSOR_LINK,
  APPROVE_SUBPROCESSOR,
  OBJECT_TO_SUBPROCESSOR,
  DELETE_SUBPROCESSOR_LINK,
  ASSESS_AGREEMENT_CLAUSE,
  SIGN_AGREEMENT,
  TERMINATE_AGREEMENT,
  RECORD_AGREEMENT_REVIEW,
  ASSESS_TRANSFER,
  TRANSFER_ASSESSMENT,
  SUGGESTED_TRANSFERS,
  TRANSFER_MAP,
  DELETE_TRANSFER_DOCUMENT,
  SUBMIT_TIA,
  APPROVE_TIA,
  SEND_BACK_TIA,
  NEW_TIA_VERSION,
  CREATE_ADEQUACY_DECISION,
  UPDATE_ADEQUACY_DECISION,
  REVOKE_ADEQUACY_DECISION,
  PREVIEW_ADEQUACY_DECISION_CHANGE,
  UPDATE_COUNTRY,
  ORGANISATION_SETTINGS,
  UPDATE_ORGANISATION_SETTINGS,
  ORGANISATION_DETAILS,
  UPDATE_ORGANISATION_DETAILS,
  MY_NOTIFICATIONS,
  MY_UNREAD_NOTIFICATION_COUNT,
  MARK_NOTIFICATIONS_READ,
  START_REVIEW,
  SUBMIT_REVIEW,
  APPROVE_REVIEW,
  SEND_BACK_REVIEW,
  DELETE_REVIEW_DOCUMENT,
  PLAN_REVIEWS,
  PROCESSOR_RISK,
  PROCESSOR_RISK_LEVELS,
  OVERRIDE_PROCESSOR_RISK,
  SUPERVISION_CADENCES,
  UPDATE_SUPERVISION_CADENCE,
  RETRY_REMINDER,
  RUN_REMINDER_SCAN,
  REMINDER_SETTINGS,
  UPDATE_REMINDER_SETTINGS,
  RENEWALS,
  DASHBOARD,
  DASHBOARD_CHARTS,
  SINK_MAILS,
  FILE_ERASURE_REQUEST,
  ERASURE_RECIPIENT_PREVIEW,
  ERASURE_RECIPIENT_STATEMENT,
  DECIDE_ERASURE_REQUEST,
  APPROVE_ERASURE_REQUESTS,
  REVEAL_ERASURE_IDENTIFIERS,
  EXCEPT_ERASURE_NOTICE,
  EXTEND_ERASURE_DEADLINE,
  CANCEL_ERASURE_NOTICE,
  RECORD_ERASURE_NOTICE_ANSWER,
  RECORD_ERASURE_NOTICE_SENT,
  RETRY_ERASURE_NOTICE,
  ROTATE_ERASURE_WEBHOOK_SECRET,
  ERASURE_SETTINGS,
  UPDATE_ERASURE_SETTINGS,
  RUN_ERASURE_FOLLOW_UP,
};
