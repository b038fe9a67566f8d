import { parse } from 'graphql';

/**
 * Hand-written documents for everything outside the CRUD grammar: sign-in, the current user and
 * the domain actions called as custom dataProvider methods. operations.spec.ts validates each
 * against the static schema, so a renamed field fails a unit test instead of a user.
 */

const CURRENT_USER_FIELDS = 'id email name role mustChangePassword';
const USER_FIELDS = 'id email name role active lockedUntil lastSignInAt mustChangePassword createdAt version';
const API_TOKEN_FIELDS = 'id name role createdAt lastUsedAt revokedAt tokenPrefix';

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
  mutation CreateApiToken($name: String!, $role: Role!) {
    createApiToken(name: $name, role: $role) { token apiToken { ${API_TOKEN_FIELDS} } }
  }
`);
export const REVOKE_API_TOKEN = parse(`mutation RevokeApiToken($id: ID!) { revokeApiToken(id: $id) { ${API_TOKEN_FIELDS} } }`);

export const VERIFY_AUDIT_TRAIL = parse(`
  query VerifyAuditTrail { verifyAuditTrail { ok checkedEvents firstBrokenSeq firstBrokenId reason } }
`);

export const USER_CHOICES = parse(`query UserChoices { userChoices { id name } }`);

/** A finding as the compliance tab, the chain and the findings list show it. */
const FINDING_FIELDS = 'code severity article message messageDa messageEn path pathNames processorId processorName gaps agreementId linkId';
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
};
