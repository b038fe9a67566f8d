/**
 * Vocabulary of processors and their engagements (design.md §3 "Parties and chains").
 * Stored as text with a CHECK constraint, exposed as GraphQL enums, offered as admin choices.
 */
export const SERVICE_KINDS = [
  'IT_HOSTING',
  'SAAS',
  'PRINT_AND_MAIL',
  'CREDIT_BUREAU',
  'SUB_COLLECTION_AGENCY',
  'LEGAL',
  'PAYMENT',
  'TELEPHONY',
  'OTHER',
] as const;
export type ServiceKind = (typeof SERVICE_KINDS)[number];

export const PROCESSOR_LIFECYCLES = ['ONBOARDING', 'ACTIVE', 'SUSPENDED', 'OFFBOARDED'] as const;
export type ProcessorLifecycle = (typeof PROCESSOR_LIFECYCLES)[number];

export const ERASURE_CHANNELS = ['EMAIL', 'WEBHOOK', 'MANUAL'] as const;
export type ErasureChannel = (typeof ERASURE_CHANNELS)[number];

/** Art. 28 vs Art. 26: the role is per relationship, not per company. */
export const ENGAGEMENT_ROLES = ['PROCESSOR', 'INDEPENDENT_CONTROLLER', 'JOINT_CONTROLLER'] as const;
export type EngagementRole = (typeof ENGAGEMENT_ROLES)[number];

/** HEALTH is Art. 9 data, CRIMINAL is Art. 10 data; CPR is governed by databeskyttelsesloven §11. */
export const DATA_CATEGORIES = [
  'IDENTITY',
  'CONTACT',
  'CPR',
  'FINANCIAL',
  'DEBT',
  'EMPLOYMENT',
  'SOCIAL',
  'HEALTH',
  'CRIMINAL',
  'CALL_RECORDINGS',
  'ONLINE_IDENTIFIERS',
] as const;
export type DataCategory = (typeof DATA_CATEGORIES)[number];

export const DATA_SUBJECT_CATEGORIES = [
  'DEBTORS',
  'GUARANTORS',
  'DEBTOR_REPRESENTATIVES',
  'CLIENT_CONTACTS',
  'EMPLOYEES',
  'WEBSITE_VISITORS',
] as const;
export type DataSubjectCategory = (typeof DATA_SUBJECT_CATEGORIES)[number];

/** Field bounds shared by the API's validation and the admin's inputs. */
export const PROCESSOR_LIMITS = {
  name: 200,
  registrationNumber: 50,
  privacyContactName: 200,
  privacyContactEmail: 254,
  website: 500,
  notes: 5000,
  address: 500,
  fallbackContactName: 200,
  fallbackContactEmail: 254,
  erasureAddress: 500,
  engagementPurpose: 2000,
  cprDisclosureJustification: 2000,
} as const;

/** databeskyttelsesloven §11(2) points 1–4: the bases on which a private party may disclose CPR numbers. */
export const CPR_DISCLOSURE_BASES = ['LEGISLATION', 'CONSENT', 'NORMAL_OPERATIONS_IDENTIFICATION', 'SECTION_7_CONDITIONS'] as const;
export type CprDisclosureBasis = (typeof CPR_DISCLOSURE_BASES)[number];

/** Status of a US recipient under the EU-US Data Privacy Framework, as last checked. */
export const DPF_STATUSES = ['NOT_APPLICABLE', 'ACTIVE', 'INACTIVE', 'NOT_CHECKED'] as const;
export type DpfStatus = (typeof DPF_STATUSES)[number];

/** Where data sits or is reached from: remote access from a country is processing there too. */
export const LOCATION_KINDS = ['STORAGE', 'REMOTE_ACCESS'] as const;
export type LocationKind = (typeof LOCATION_KINDS)[number];

/** What the processor confirmed at the end of the service (Art. 28(3)(g)). */
export const END_OF_SERVICE_OUTCOMES = ['DELETED', 'RETURNED', 'NOT_CONFIRMED'] as const;
export type EndOfServiceOutcome = (typeof END_OF_SERVICE_OUTCOMES)[number];

/** The overall status of a processor: the worst finding of itself and its whole chain. */
export const PROCESSOR_STATUSES = ['COMPLIANT', 'AT_RISK', 'NON_COMPLIANT'] as const;
export type ProcessorStatus = (typeof PROCESSOR_STATUSES)[number];
