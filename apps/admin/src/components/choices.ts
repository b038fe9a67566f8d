import {
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
} from '@tilsyn/domain';

export interface Choice {
  id: string;
  name: string;
}

/** Choices from the domain's `as const` arrays; names are translation keys (SelectInput translates them). */
export function enumChoices(values: readonly string[], group: string): Choice[] {
  return values.map((id) => ({ id, name: `tilsyn.enums.${group}.${id}` }));
}

/** The finding codes of the processor filter: the domain's list plus the CPR basis (a transfer-level code the register also raises). */
export const FINDING_CODES = [...PROCESSOR_FINDING_CODES, 'CPR_DISCLOSURE_BASIS_MISSING'] as const;

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
