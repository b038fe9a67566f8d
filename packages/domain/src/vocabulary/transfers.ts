/** Vocabulary of Chapter V transfers (design.md §3 "Transfers"); rules come with the transfers issue. */
export const TRANSFER_MECHANISMS = [
  'ADEQUACY',
  'SCC',
  'BCR',
  'CODE_OF_CONDUCT',
  'CERTIFICATION',
  'AD_HOC_CLAUSES',
  'DEROGATION',
] as const;
export type TransferMechanism = (typeof TRANSFER_MECHANISMS)[number];

export const TRANSFER_FREQUENCIES = ['SYSTEMATIC', 'OCCASIONAL'] as const;
export type TransferFrequency = (typeof TRANSFER_FREQUENCIES)[number];

export const TRANSFER_STATUSES = ['NOT_A_TRANSFER', 'COMPLIANT', 'AT_RISK', 'NON_COMPLIANT'] as const;
export type TransferStatus = (typeof TRANSFER_STATUSES)[number];

/** The four European Essential Guarantees (EDPB Recommendations 02/2020). */
export const ESSENTIAL_GUARANTEES = ['EEG_A', 'EEG_B', 'EEG_C', 'EEG_D'] as const;
export type EssentialGuarantee = (typeof ESSENTIAL_GUARANTEES)[number];

export const GUARANTEE_RATINGS = ['MET', 'PARTIALLY_MET', 'NOT_MET', 'UNKNOWN'] as const;
export type GuaranteeRating = (typeof GUARANTEE_RATINGS)[number];

export const FINDING_SEVERITIES = ['BLOCKER', 'WARNING', 'INFO'] as const;
export type FindingSeverity = (typeof FINDING_SEVERITIES)[number];

export const TRANSFER_FINDING_CODES = [
  'NO_TRANSFER_TOOL',
  'ADEQUACY_SCOPE_NOT_MET',
  'DPF_CERT_INACTIVE',
  'ADEQUACY_EXPIRED',
  'ADEQUACY_REVOKED',
  'SCC_MODULE_MISMATCH',
  'SCC_NOT_SIGNED',
  'TIA_MISSING',
  'TIA_NOT_APPROVED',
  'TIA_CONCLUDES_NOT_EQUIVALENT',
  'EEG_NOT_MET_WITHOUT_EFFECTIVE_MEASURES',
  'REVIEW_OVERDUE',
  'DEROGATION_USED_FOR_SYSTEMATIC_TRANSFER',
  'DEROGATION_JUSTIFICATION_MISSING',
  'ONWARD_TRANSFER_NO_TOOL',
  'CPR_DISCLOSURE_BASIS_MISSING',
  'SPECIAL_CATEGORY_DATA',
  'PERIOD_WITHOUT_VALID_MECHANISM',
] as const;
export type TransferFindingCode = (typeof TRANSFER_FINDING_CODES)[number];

/** A TIA's life: written, submitted for review, approved (frozen) or sent back; a newer version supersedes it. */
export const TIA_STATUSES = ['DRAFT', 'SUBMITTED', 'APPROVED', 'SENT_BACK', 'SUPERSEDED'] as const;
export type TiaStatus = (typeof TIA_STATUSES)[number];

export const TIA_CONCLUSIONS = ['EQUIVALENT', 'NOT_EQUIVALENT'] as const;
export type TiaConclusion = (typeof TIA_CONCLUSIONS)[number];

/** EDPB Rec. 01/2020 step 4: supplementary measures are technical, contractual or organisational. */
export const MEASURE_KINDS = ['TECHNICAL', 'CONTRACTUAL', 'ORGANISATIONAL'] as const;
export type MeasureKind = (typeof MEASURE_KINDS)[number];

/** Storage in the country, or remote access from it (EDPB Guidelines 05/2021: access is a transfer). */
export const TRANSFER_ACCESS_KINDS = ['STORAGE', 'REMOTE_ACCESS'] as const;
export type TransferAccessKind = (typeof TRANSFER_ACCESS_KINDS)[number];
