import { registerEnumType } from '@nestjs/graphql';
import {
  REPORT_FORMATS,
  REPORT_KINDS,
  REPORT_RUN_KINDS,
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
  ERASURE_DECISIONS,
  ERASURE_GROUNDS,
  ERASURE_NOTICE_STATUSES,
  ERASURE_RECIPIENT_REASONS,
  ERASURE_REFUSAL_BASES,
  ERASURE_REQUEST_STATUSES,
  ERASURE_SKIP_REASONS,
  ERASURE_SOURCES,
  FINDING_SEVERITIES,
  LOCATION_KINDS,
  PROCESSOR_FINDING_CODES,
  PROCESSOR_LIFECYCLES,
  PROCESSOR_STATUSES,
  ROLES,
  SERVICE_KINDS,
  SUBPROCESSOR_AUTHORISATIONS,
  TRANSFER_FINDING_CODES,
  TRANSFER_MECHANISMS,
  TRANSFER_FREQUENCIES,
  TRANSFER_STATUSES,
  TRANSFER_ACCESS_KINDS,
  TIA_STATUSES,
  TIA_CONCLUSIONS,
  MEASURE_KINDS,
  ESSENTIAL_GUARANTEES,
  GUARANTEE_RATINGS,
  ADEQUACY_SCOPES,
  ADEQUACY_CONDITIONS,
  DEROGATION_GROUNDS,
  REVIEW_KINDS,
  REVIEW_STATUSES,
  REVIEW_OUTCOMES,
  REVIEW_SUBJECT_TYPES,
  SUPERVISION_METHODS,
  RISK_LEVELS,
  DUE_STATES,
  CHECKLIST_ANSWERS,
  REVIEW_FINDING_SEVERITIES,
  REMINDER_STATUSES,
  REMINDER_SUBJECT_TYPES,
  ERASURE_ANSWERS,
  ERASURE_ANSWER_SOURCES,
  ERASURE_DISPATCH_KINDS,
  ERASURE_DISPATCH_STATUSES,
  RETENTION_TRIGGERS,
  RETENTION_UNITS,
} from '@tilsyn/domain';

/** GraphQL enums are made from the same `as const` arrays as the CHECK constraints and the admin's choices. */
function enumOf<T extends string>(values: readonly T[]): Record<T, T> {
  return Object.fromEntries(values.map((v) => [v, v])) as Record<T, T>;
}

export const RoleEnum = enumOf(ROLES);
export const ServiceKindEnum = enumOf(SERVICE_KINDS);
export const ProcessorLifecycleEnum = enumOf(PROCESSOR_LIFECYCLES);

registerEnumType(RoleEnum, { name: 'Role', description: 'What a user may do.' });
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
export const ProcessorFindingCodeEnum = enumOf([...new Set([...PROCESSOR_FINDING_CODES, ...TRANSFER_FINDING_CODES])]);

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

export const TransferMechanismEnum = enumOf(TRANSFER_MECHANISMS);
export const TransferFrequencyEnum = enumOf(TRANSFER_FREQUENCIES);
export const TransferStatusEnum = enumOf(TRANSFER_STATUSES);
export const TransferAccessKindEnum = enumOf(TRANSFER_ACCESS_KINDS);
export const TransferFindingCodeEnum = enumOf(TRANSFER_FINDING_CODES);
export const TiaStatusEnum = enumOf(TIA_STATUSES);
export const TiaConclusionEnum = enumOf(TIA_CONCLUSIONS);
export const MeasureKindEnum = enumOf(MEASURE_KINDS);
export const EssentialGuaranteeEnum = enumOf(ESSENTIAL_GUARANTEES);
export const GuaranteeRatingEnum = enumOf(GUARANTEE_RATINGS);
export const AdequacyScopeEnum = enumOf(ADEQUACY_SCOPES);
export const AdequacyConditionEnum = enumOf(ADEQUACY_CONDITIONS);
export const DerogationGroundEnum = enumOf(DEROGATION_GROUNDS);

registerEnumType(TransferMechanismEnum, { name: 'TransferMechanism', description: 'Chapter V tool: Art. 45 adequacy, Art. 46 safeguards, or an Art. 49 derogation.' });
registerEnumType(TransferFrequencyEnum, { name: 'TransferFrequency' });
registerEnumType(TransferStatusEnum, { name: 'TransferStatus', description: 'NOT_A_TRANSFER inside the EEA; otherwise the worst severity of its findings.' });
registerEnumType(TransferAccessKindEnum, { name: 'TransferAccessKind', description: 'Stored in the country, or reached from it (remote access is a transfer too).' });
registerEnumType(TransferFindingCodeEnum, { name: 'TransferFindingCode' });
registerEnumType(TiaStatusEnum, { name: 'TiaStatus', description: 'DRAFT → SUBMITTED → APPROVED (frozen) or SENT_BACK; a newer approved version SUPERSEDES it.' });
registerEnumType(TiaConclusionEnum, { name: 'TiaConclusion' });
registerEnumType(MeasureKindEnum, { name: 'MeasureKind', description: 'Supplementary measures (EDPB Rec. 01/2020 step 4).' });
registerEnumType(EssentialGuaranteeEnum, { name: 'EssentialGuarantee', description: 'The four European Essential Guarantees (EDPB Rec. 02/2020).' });
registerEnumType(GuaranteeRatingEnum, { name: 'GuaranteeRating' });
registerEnumType(AdequacyScopeEnum, { name: 'AdequacyScope' });
registerEnumType(AdequacyConditionEnum, { name: 'AdequacyCondition', description: 'What a recipient must be for a partial decision to cover it.' });
registerEnumType(DerogationGroundEnum, { name: 'DerogationGround', description: 'Art. 49(1)(a)–(g), or the compelling-legitimate-interest paragraph.' });

export const ReviewKindEnum = enumOf(REVIEW_KINDS);
export const ReviewStatusEnum = enumOf(REVIEW_STATUSES);
export const ReviewOutcomeEnum = enumOf(REVIEW_OUTCOMES);
export const ReviewSubjectTypeEnum = enumOf(REVIEW_SUBJECT_TYPES);
export const SupervisionMethodEnum = enumOf(SUPERVISION_METHODS);
export const RiskLevelEnum = enumOf(RISK_LEVELS);
export const DueStateEnum = enumOf(DUE_STATES);
export const ChecklistAnswerEnum = enumOf(CHECKLIST_ANSWERS);
export const ReviewFindingSeverityEnum = enumOf(REVIEW_FINDING_SEVERITIES);
export const ReminderStatusEnum = enumOf(REMINDER_STATUSES);
export const ReminderSubjectTypeEnum = enumOf(REMINDER_SUBJECT_TYPES);

registerEnumType(ReviewKindEnum, { name: 'ReviewKind' });
registerEnumType(ReviewStatusEnum, { name: 'ReviewStatus', description: 'OPEN → IN_PROGRESS → SUBMITTED → an outcome (frozen) or SENT_BACK.' });
registerEnumType(ReviewOutcomeEnum, { name: 'ReviewOutcome' });
registerEnumType(ReviewSubjectTypeEnum, { name: 'ReviewSubjectType' });
registerEnumType(SupervisionMethodEnum, { name: 'SupervisionMethod', description: 'Audit report (ISAE 3000/3402), questionnaire, inspection or self-assessment.' });
registerEnumType(RiskLevelEnum, { name: 'RiskLevel' });
registerEnumType(DueStateEnum, { name: 'DueState', description: 'SCHEDULED, DUE_SOON (7 days or less) or OVERDUE.' });
registerEnumType(ChecklistAnswerEnum, { name: 'ChecklistAnswer' });
registerEnumType(ReviewFindingSeverityEnum, { name: 'ReviewFindingSeverity' });
registerEnumType(ReminderStatusEnum, { name: 'ReminderStatus' });
registerEnumType(ReminderSubjectTypeEnum, { name: 'ReminderSubjectType' });

export const ErasureSourceEnum = enumOf(ERASURE_SOURCES);
export const ErasureGroundEnum = enumOf(ERASURE_GROUNDS);
export const ErasureRequestStatusEnum = enumOf(ERASURE_REQUEST_STATUSES);
export const ErasureDecisionEnum = enumOf(ERASURE_DECISIONS);
export const ErasureRefusalBasisEnum = enumOf(ERASURE_REFUSAL_BASES);
export const ErasureNoticeStatusEnum = enumOf(ERASURE_NOTICE_STATUSES);
export const ErasureRecipientReasonEnum = enumOf(ERASURE_RECIPIENT_REASONS);
export const ErasureSkipReasonEnum = enumOf(ERASURE_SKIP_REASONS);

registerEnumType(ErasureSourceEnum, { name: 'ErasureSource', description: 'Why the erasure arose: the person asked, retention ran out, the client instructed, or an objection.' });
registerEnumType(ErasureGroundEnum, { name: 'ErasureGround', description: 'Art. 17(1)(a)–(f).' });
registerEnumType(ErasureRequestStatusEnum, { name: 'ErasureRequestStatus' });
registerEnumType(ErasureDecisionEnum, { name: 'ErasureDecision' });
registerEnumType(ErasureRefusalBasisEnum, { name: 'ErasureRefusalBasis', description: 'Art. 17(3)(a)–(e); (b) bookkeeping and (e) legal claims are usual in debt collection.' });
registerEnumType(ErasureNoticeStatusEnum, { name: 'ErasureNoticeStatus', description: 'QUEUED → SENDING → SENT → CONFIRMED / NO_DATA / REFUSED; BOUNCED → fallback → FAILED; EXCEPTION (Art. 19); CANCELLED.' });
registerEnumType(ErasureRecipientReasonEnum, { name: 'ErasureRecipientReason' });
registerEnumType(ErasureSkipReasonEnum, { name: 'ErasureSkipReason' });

export const ErasureAnswerEnum = enumOf(ERASURE_ANSWERS);
export const ErasureAnswerSourceEnum = enumOf(ERASURE_ANSWER_SOURCES);
export const ErasureDispatchKindEnum = enumOf(ERASURE_DISPATCH_KINDS);
export const ErasureDispatchStatusEnum = enumOf(ERASURE_DISPATCH_STATUSES);
registerEnumType(ErasureAnswerEnum, { name: 'ErasureAnswer', description: 'The recipient erased the data, held none, or refused with a reason.' });
registerEnumType(ErasureAnswerSourceEnum, { name: 'ErasureAnswerSource', description: 'The confirmation page, the webhook, or staff recording a manual contact.' });
registerEnumType(ErasureDispatchKindEnum, { name: 'ErasureDispatchKind', description: "The first notice (a digest of a day's cases), a reminder, or the reviewers' escalation." });
registerEnumType(ErasureDispatchStatusEnum, { name: 'ErasureDispatchStatus' });

// Records of processing (Art. 30, issue 7).
export const RetentionTriggerEnum = enumOf(RETENTION_TRIGGERS);
export const RetentionUnitEnum = enumOf(RETENTION_UNITS);
registerEnumType(RetentionTriggerEnum, { name: 'RetentionTrigger', description: 'What starts a retention period running (Art. 30(1)(f)).' });
registerEnumType(RetentionUnitEnum, { name: 'RetentionUnit' });

// Reports (issue 7).
export const ReportKindEnum = enumOf(REPORT_KINDS);
export const ReportRunKindEnum = enumOf(REPORT_RUN_KINDS);
export const ReportFormatEnum = enumOf(REPORT_FORMATS);
registerEnumType(ReportKindEnum, { name: 'ReportKind', description: 'Art. 30(1) and 30(2) records, the transfer register, the DPA gap report, supervision and erasure reports.' });
registerEnumType(ReportRunKindEnum, { name: 'ReportRunKind', description: 'A report, or the inspection pack that bundles them.' });
registerEnumType(ReportFormatEnum, { name: 'ReportFormat' });
