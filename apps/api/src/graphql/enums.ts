import { registerEnumType } from '@nestjs/graphql';
import {
  AGREEMENT_STATUSES,
  AGREEMENT_TEMPLATES,
  CLAUSE_ASSESSMENTS,
  CPR_DISCLOSURE_BASES,
  DATA_CATEGORIES,
  DATA_SUBJECT_CATEGORIES,
  DPA_GAP_CODES,
  DPF_STATUSES,
  END_OF_SERVICE_OUTCOMES,
  ENGAGEMENT_ROLES,
  ERASURE_CHANNELS,
  FINDING_SEVERITIES,
  LOCATION_KINDS,
  PROCESSOR_FINDING_CODES,
  PROCESSOR_LIFECYCLES,
  PROCESSOR_STATUSES,
  ROLES,
  SERVICE_KINDS,
  SUBPROCESSOR_AUTHORISATIONS,
} from '@tilsyn/domain';

/** GraphQL enums are made from the same `as const` arrays as the CHECK constraints and the admin's choices. */
function enumOf<T extends string>(values: readonly T[]): Record<T, T> {
  return Object.fromEntries(values.map((v) => [v, v])) as Record<T, T>;
}

export const RoleEnum = enumOf(ROLES);
export const ServiceKindEnum = enumOf(SERVICE_KINDS);
export const ProcessorLifecycleEnum = enumOf(PROCESSOR_LIFECYCLES);

registerEnumType(RoleEnum, { name: 'Role', description: 'What a user or API token may do.' });
registerEnumType(ServiceKindEnum, { name: 'ServiceKind', description: 'What the processor does for us.' });
registerEnumType(ProcessorLifecycleEnum, { name: 'ProcessorLifecycle', description: 'Where the processor is in its life with us.' });


export const DataCategoryEnum = enumOf(DATA_CATEGORIES);
export const DataSubjectCategoryEnum = enumOf(DATA_SUBJECT_CATEGORIES);
export const DpfStatusEnum = enumOf(DPF_STATUSES);
export const ErasureChannelEnum = enumOf(ERASURE_CHANNELS);
export const EngagementRoleEnum = enumOf(ENGAGEMENT_ROLES);
export const CprDisclosureBasisEnum = enumOf(CPR_DISCLOSURE_BASES);
export const EndOfServiceOutcomeEnum = enumOf(END_OF_SERVICE_OUTCOMES);
export const LocationKindEnum = enumOf(LOCATION_KINDS);
export const AgreementTemplateEnum = enumOf(AGREEMENT_TEMPLATES);
export const AgreementStatusEnum = enumOf(AGREEMENT_STATUSES);
export const ClauseAssessmentEnum = enumOf(CLAUSE_ASSESSMENTS);
export const ClauseCodeEnum = enumOf(DPA_GAP_CODES);
export const SubprocessorAuthorisationEnum = enumOf(SUBPROCESSOR_AUTHORISATIONS);
export const ProcessorStatusEnum = enumOf(PROCESSOR_STATUSES);
export const FindingSeverityEnum = enumOf(FINDING_SEVERITIES);
export const ProcessorFindingCodeEnum = enumOf([...PROCESSOR_FINDING_CODES, 'CPR_DISCLOSURE_BASIS_MISSING'] as const);

registerEnumType(DataCategoryEnum, { name: 'DataCategory', description: 'Kinds of personal data (HEALTH: Art. 9, CRIMINAL: Art. 10, CPR: databeskyttelsesloven §11).' });
registerEnumType(DataSubjectCategoryEnum, { name: 'DataSubjectCategory' });
registerEnumType(DpfStatusEnum, { name: 'DpfStatus', description: 'EU-US Data Privacy Framework certification, as last checked.' });
registerEnumType(ErasureChannelEnum, { name: 'ErasureChannel', description: 'How erasure notices reach the processor.' });
registerEnumType(EngagementRoleEnum, { name: 'EngagementRole', description: 'What the company is towards us in this engagement.' });
registerEnumType(CprDisclosureBasisEnum, { name: 'CprDisclosureBasis', description: 'databeskyttelsesloven §11(2) points 1–4.' });
registerEnumType(EndOfServiceOutcomeEnum, { name: 'EndOfServiceOutcome', description: 'Art. 28(3)(g): what the processor confirmed at the end of the service.' });
registerEnumType(LocationKindEnum, { name: 'LocationKind', description: 'Storage, or access from the country (remote access).' });
registerEnumType(AgreementTemplateEnum, { name: 'AgreementTemplate' });
registerEnumType(AgreementStatusEnum, { name: 'AgreementStatus', description: 'Derived from dates and the checklist, never typed in.' });
registerEnumType(ClauseAssessmentEnum, { name: 'ClauseAssessment' });
registerEnumType(ClauseCodeEnum, { name: 'ClauseCode', description: 'Catalogue items of Art. 28(3) and 28(9).' });
registerEnumType(SubprocessorAuthorisationEnum, { name: 'SubprocessorAuthorisation', description: 'SPECIFIC prior authorisation, or GENERAL with a notice period.' });
registerEnumType(ProcessorStatusEnum, { name: 'ProcessorStatus', description: 'The worst finding of the processor and its whole chain.' });
registerEnumType(FindingSeverityEnum, { name: 'FindingSeverity' });
registerEnumType(ProcessorFindingCodeEnum, { name: 'ProcessorFindingCode' });
