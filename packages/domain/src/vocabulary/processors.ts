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
} as const;
