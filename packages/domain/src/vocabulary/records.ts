/**
 * Vocabulary of the records of processing (Art. 30) and the reports built from the register
 * (issue 7). Retention rules are editable records, not constants (legal-facts §3.3).
 */

/** What starts a retention period running (Art. 30(1)(f): "envisaged time limits for erasure"). */
export const RETENTION_TRIGGERS = [
  /** The collection case is closed (paid, withdrawn, written off). */
  'CASE_CLOSED',
  /** The end of the financial year the material belongs to (bogføringsloven: 5 years). */
  'FINANCIAL_YEAR_END',
  /** The moment the data was recorded (e.g. a call recording). */
  'RECORDED',
  /** The end of the client or supplier relationship. */
  'RELATIONSHIP_ENDED',
  /** The claim becomes time-barred (forældelsesloven §§3, 5). */
  'CLAIM_TIME_BARRED',
  /** The visit (web site, cookies). */
  'LAST_VISIT',
] as const;
export type RetentionTrigger = (typeof RETENTION_TRIGGERS)[number];

export const RETENTION_UNITS = ['DAYS', 'MONTHS', 'YEARS'] as const;
export type RetentionUnit = (typeof RETENTION_UNITS)[number];

/**
 * Field bounds of the records (processing activities, retention rules, client engagements) and of
 * the organisation's Art. 30(1)(a) details, shared by the API's validation and the admin's inputs.
 * Where a column has a length, the bound is the column's.
 */
export const RECORD_LIMITS = {
  name: 200,
  purposes: 4000,
  legalBasis: 2000,
  otherRecipients: 2000,
  securityMeasures: 5000,
  notes: 5000,
  label: 200,
  legalReference: 500,
  retentionPeriod: { min: 1, max: 1200 },
  clientName: 200,
  clientRegistrationNumber: 50,
  clientContact: 1000,
  clientDpoContact: 1000,
  processingCategories: 4000,
  transfersNote: 2000,
  agreementReference: 300,
  processorIds: 200,
} as const;

/** The organisation's Art. 30(1)(a) details: the bounds are the organisation_settings columns'. */
export const ORGANISATION_DETAILS_LIMITS = {
  organisationName: 200,
  organisationRegistrationNumber: 50,
  organisationAddress: 300,
  organisationEmail: 254,
  organisationPhone: 50,
  dpoName: 200,
  dpoEmail: 254,
  dpoPhone: 50,
  jointControllers: 5000,
  securityMeasures: 10000,
} as const;

/** The reports a DPO hands to Datatilsynet. */
export const REPORT_KINDS = [
  /** Art. 30(1): the controller's record of processing activities. */
  'ART30_CONTROLLER',
  /** Art. 30(2): the record of processing done for clients as their processor. */
  'ART30_PROCESSOR',
  /** Every third-country transfer with its tool, assessment and findings (Chapter V). */
  'TRANSFER_REGISTER',
  /** Every processor with its DPA status and the missing Art. 28(3) clauses. */
  'DPA_GAPS',
  /** Supervision of processors in a period (Art. 28(1), 28(3)(h); Datatilsynet's guidance of 2021). */
  'SUPERVISION',
  /** Erasure requests and notices in a period (Art. 17, 19), without any data subject's identity. */
  'ERASURE',
] as const;
export type ReportKind = (typeof REPORT_KINDS)[number];

/** Reports with a period (from–to) rather than only an as-of date. */
export const PERIOD_REPORT_KINDS: readonly ReportKind[] = ['SUPERVISION', 'ERASURE'];

export const REPORT_FORMATS = ['PDF', 'CSV', 'ZIP'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

export const CSV_SEPARATORS = [';', ','] as const;
export type CsvSeparator = (typeof CSV_SEPARATORS)[number];

/** What a stored report run can be: a report, or the inspection pack that bundles them. */
export const REPORT_RUN_KINDS = [...REPORT_KINDS, 'INSPECTION_PACK'] as const;
export type ReportRunKind = (typeof REPORT_RUN_KINDS)[number];

/** The URL name of each report: GET /api/reports/<slug> (the admin builds its links from these). */
export const REPORT_SLUGS: Record<ReportKind, string> = {
  ART30_CONTROLLER: 'art30-controller',
  ART30_PROCESSOR: 'art30-processor',
  TRANSFER_REGISTER: 'transfers',
  DPA_GAPS: 'dpa-gaps',
  SUPERVISION: 'supervision',
  ERASURE: 'erasure',
};
