import {
  ADEQUACY_CONDITIONS,
  ADEQUACY_SCOPES,
  DEROGATION_GROUNDS,
  ESSENTIAL_GUARANTEES,
  GUARANTEE_RATINGS,
  MEASURE_KINDS,
  TIA_CONCLUSIONS,
  TIA_STATUSES,
  TRANSFER_ACCESS_KINDS,
  TRANSFER_FINDING_CODES,
  TRANSFER_FREQUENCIES,
  TRANSFER_MECHANISMS,
  TRANSFER_STATUSES,
  AGREEMENT_STATUSES,
  AGREEMENT_TEMPLATES,
  CLAUSE_ASSESSMENTS,
  CPR_DISCLOSURE_BASES,
  DATA_CATEGORIES,
  DATA_SUBJECT_CATEGORIES,
  DPF_STATUSES,
  END_OF_SERVICE_OUTCOMES,
  ENGAGEMENT_ROLES,
  ERASURE_CHANNELS,
  LOCATION_KINDS,
  PROCESSOR_FINDING_CODES,
  PROCESSOR_LIFECYCLES,
  PROCESSOR_STATUSES,
  ROLES,
  SERVICE_KINDS,
  SUBPROCESSOR_AUTHORISATIONS,
  CHECKLIST_ANSWERS,
  DUE_STATES,
  REMINDER_STATUSES,
  REMINDER_SUBJECT_TYPES,
  REVIEW_FINDING_SEVERITIES,
  REVIEW_KINDS,
  REVIEW_OUTCOMES,
  REVIEW_STATUSES,
  REVIEW_SUBJECT_TYPES,
  RISK_LEVELS,
  SUPERVISION_METHODS,
  ERASURE_ANSWERS,
  ERASURE_DECISIONS,
  ERASURE_GROUNDS,
  ERASURE_NOTICE_STATUSES,
  ERASURE_REFUSAL_BASES,
  ERASURE_REQUEST_STATUSES,
  ERASURE_SOURCES,
  RETENTION_TRIGGERS,
  RETENTION_UNITS,
} from '@tilsyn/domain';

export interface Choice {
  id: string;
  name: string;
}

/** Choices from the domain's `as const` arrays; names are translation keys (SelectInput translates them). */
export function enumChoices(values: readonly string[], group: string): Choice[] {
  return values.map((id) => ({ id, name: `tilsyn.enums.${group}.${id}` }));
}

/** Every finding code a processor can carry: its own, and those of transfers rolled up from its chain (Finding.code). */
export const FINDING_CODES = [...PROCESSOR_FINDING_CODES, ...TRANSFER_FINDING_CODES] as const;

export const roleChoices = enumChoices(ROLES, 'role');
export const serviceKindChoices = enumChoices(SERVICE_KINDS, 'serviceKind');
export const lifecycleChoices = enumChoices(PROCESSOR_LIFECYCLES, 'lifecycle');
export const dataCategoryChoices = enumChoices(DATA_CATEGORIES, 'dataCategory');
export const dataSubjectCategoryChoices = enumChoices(DATA_SUBJECT_CATEGORIES, 'dataSubjectCategory');
export const locationKindChoices = enumChoices(LOCATION_KINDS, 'locationKind');
export const dpfStatusChoices = enumChoices(DPF_STATUSES, 'dpfStatus');
export const erasureChannelChoices = enumChoices(ERASURE_CHANNELS, 'erasureChannel');
export const engagementRoleChoices = enumChoices(ENGAGEMENT_ROLES, 'engagementRole');
export const cprDisclosureBasisChoices = enumChoices(CPR_DISCLOSURE_BASES, 'cprDisclosureBasis');
export const endOfServiceOutcomeChoices = enumChoices(END_OF_SERVICE_OUTCOMES, 'endOfServiceOutcome');
export const processorStatusChoices = enumChoices(PROCESSOR_STATUSES, 'processorStatus');
export const findingCodeChoices = enumChoices(FINDING_CODES, 'findingCode');
export const agreementTemplateChoices = enumChoices(AGREEMENT_TEMPLATES, 'agreementTemplate');
export const agreementStatusChoices = enumChoices(AGREEMENT_STATUSES, 'agreementStatus');
export const clauseAssessmentChoices = enumChoices(CLAUSE_ASSESSMENTS, 'clauseAssessment');
export const subprocessorRegimeChoices = enumChoices(SUBPROCESSOR_AUTHORISATIONS, 'subprocessorRegime');

export const transferStatusChoices = enumChoices(TRANSFER_STATUSES, 'transferStatus');
export const transferFindingCodeChoices = enumChoices(TRANSFER_FINDING_CODES, 'findingCode');
export const transferMechanismChoices = enumChoices(TRANSFER_MECHANISMS, 'transferMechanism');
export const transferFrequencyChoices = enumChoices(TRANSFER_FREQUENCIES, 'transferFrequency');
export const accessKindChoices = enumChoices(TRANSFER_ACCESS_KINDS, 'accessKind');
export const derogationGroundChoices = enumChoices(DEROGATION_GROUNDS, 'derogationGround');
export const tiaStatusChoices = enumChoices(TIA_STATUSES, 'tiaStatus');
export const tiaConclusionChoices = enumChoices(TIA_CONCLUSIONS, 'tiaConclusion');
export const guaranteeRatingChoices = enumChoices(GUARANTEE_RATINGS, 'guaranteeRating');
export const measureKindChoices = enumChoices(MEASURE_KINDS, 'measureKind');
export const adequacyScopeChoices = enumChoices(ADEQUACY_SCOPES, 'adequacyScope');
export const adequacyConditionChoices = enumChoices(ADEQUACY_CONDITIONS, 'adequacyCondition');
export const essentialGuaranteeChoices = ESSENTIAL_GUARANTEES.map((id) => ({ id, name: `tilsyn.guarantees.${id}.title` }));
/** SCC 2021/914 modules 1–4 by the roles of exporter and importer. */
export const sccModuleChoices = [1, 2, 3, 4].map((id) => ({ id, name: `tilsyn.enums.sccModule.${id}` }));

export const reviewKindChoices = enumChoices(REVIEW_KINDS, 'reviewKind');
export const reviewStatusChoices = enumChoices(REVIEW_STATUSES, 'reviewStatus');
export const reviewOutcomeChoices = enumChoices(REVIEW_OUTCOMES, 'reviewOutcome');
export const reviewSubjectTypeChoices = enumChoices(REVIEW_SUBJECT_TYPES, 'reviewSubjectType');
export const supervisionMethodChoices = enumChoices(SUPERVISION_METHODS, 'supervisionMethod');
export const riskLevelChoices = enumChoices(RISK_LEVELS, 'riskLevel');
export const dueStateChoices = enumChoices(DUE_STATES, 'dueState');
export const checklistAnswerChoices = enumChoices(CHECKLIST_ANSWERS, 'checklistAnswer');
export const reviewFindingSeverityChoices = enumChoices(REVIEW_FINDING_SEVERITIES, 'reviewFindingSeverity');
export const reminderStatusChoices = enumChoices(REMINDER_STATUSES, 'reminderStatus');
export const reminderSubjectTypeChoices = enumChoices(REMINDER_SUBJECT_TYPES, 'reminderSubjectType');
/** The languages Tilsyn writes e-mails in (User.locale). */
export const localeChoices = enumChoices(['da', 'en'], 'locale');

/** Issue 6: erasure requests and notices. */
export const erasureSourceChoices = enumChoices(ERASURE_SOURCES, 'erasureSource');
export const erasureGroundChoices = enumChoices(ERASURE_GROUNDS, 'erasureGround');
export const erasureRequestStatusChoices = enumChoices(ERASURE_REQUEST_STATUSES, 'erasureRequestStatus');
export const erasureDecisionChoices = enumChoices(ERASURE_DECISIONS, 'erasureDecision');
export const erasureRefusalBasisChoices = enumChoices(ERASURE_REFUSAL_BASES, 'erasureRefusalBasis');
export const erasureNoticeStatusChoices = enumChoices(ERASURE_NOTICE_STATUSES, 'erasureNoticeStatus');
export const erasureAnswerChoices = enumChoices(ERASURE_ANSWERS, 'erasureAnswer');

/** Issue 7: the records of processing (Art. 30(1)(f) retention rules). */
export const retentionTriggerChoices = enumChoices(RETENTION_TRIGGERS, 'retentionTrigger');
export const retentionUnitChoices = enumChoices(RETENTION_UNITS, 'retentionUnit');
