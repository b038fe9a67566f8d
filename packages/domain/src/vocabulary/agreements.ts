/** Vocabulary of DPAs (design.md §3 "Agreements"); rules come with the processor-register issue. */
export const AGREEMENT_TEMPLATES = ['DATATILSYNET_STANDARD', 'EU_SCC_2021_915', 'PROCESSOR_TEMPLATE', 'OWN_TEMPLATE'] as const;
export type AgreementTemplate = (typeof AGREEMENT_TEMPLATES)[number];

export const AGREEMENT_STATUSES = ['DRAFT', 'COMPLETE', 'INCOMPLETE', 'EXPIRED', 'TERMINATED'] as const;
export type AgreementStatus = (typeof AGREEMENT_STATUSES)[number];

export const CLAUSE_ASSESSMENTS = ['PRESENT', 'PARTIAL', 'MISSING', 'NOT_ASSESSED'] as const;
export type ClauseAssessment = (typeof CLAUSE_ASSESSMENTS)[number];

/** Art. 28(3) preamble, points (a)–(h), the infringing-instruction notice and Art. 28(9) written form. */
export const DPA_GAP_CODES = [
  'PREAMBLE_SUBJECT_MATTER',
  'PREAMBLE_DURATION',
  'PREAMBLE_NATURE',
  'PREAMBLE_PURPOSE',
  'PREAMBLE_PERSONAL_DATA_TYPES',
  'PREAMBLE_DATA_SUBJECT_CATEGORIES',
  'PREAMBLE_CONTROLLER_OBLIGATIONS_RIGHTS',
  'ART28_3_A',
  'ART28_3_B',
  'ART28_3_C',
  'ART28_3_D',
  'ART28_3_E',
  'ART28_3_F',
  'ART28_3_G',
  'ART28_3_H',
  'ART28_3_H2_INFRINGING_INSTRUCTION',
  'ART28_9_WRITTEN_FORM',
] as const;
export type DpaGapCode = (typeof DPA_GAP_CODES)[number];

export const SUBPROCESSOR_AUTHORISATIONS = ['SPECIFIC', 'GENERAL'] as const;
export type SubprocessorAuthorisation = (typeof SUBPROCESSOR_AUTHORISATIONS)[number];

export const PROCESSOR_FINDING_CODES = [
  'DPA_MISSING',
  'DPA_EXPIRED',
  'DPA_INCOMPLETE',
  'DPA_REVIEW_OVERDUE',
  'UNAUTHORISED_SUBPROCESSOR',
  'SUBPROCESSOR_ENGAGED_BEFORE_OBJECTION_WINDOW',
  'SUBPROCESSOR_REJECTED',
  'CHAIN_IDENTITY_INCOMPLETE',
  /** The risk-based supervision is overdue (Datatilsynet, "tilsyn med databehandlere", 2021). */
  'SUPERVISION_OVERDUE',
] as const;
export type ProcessorFindingCode = (typeof PROCESSOR_FINDING_CODES)[number];
