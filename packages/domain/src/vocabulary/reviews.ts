/** Vocabulary of reviews and reminders (design.md §3 "Reviews and reminders"). */
export const REVIEW_KINDS = ['ANNUAL_DPA_REVIEW', 'TIA_REEVALUATION', 'SUPERVISION', 'ONBOARDING', 'ADEQUACY_CHANGE'] as const;
export type ReviewKind = (typeof REVIEW_KINDS)[number];

export const DUE_STATES = ['SCHEDULED', 'DUE_SOON', 'OVERDUE'] as const;
export type DueState = (typeof DUE_STATES)[number];

export const RISK_LEVELS = ['LOW', 'MEDIUM', 'HIGH', 'CRITICAL'] as const;
export type RiskLevel = (typeof RISK_LEVELS)[number];

/** How a processor is supervised (Datatilsynet's guidance of 29 Oct 2021, "tilsyn med databehandlere"). */
export const SUPERVISION_METHODS = ['AUDIT_REPORT', 'QUESTIONNAIRE', 'INSPECTION', 'SELF_ASSESSMENT'] as const;
export type SupervisionMethod = (typeof SUPERVISION_METHODS)[number];

export const REVIEW_STATUSES = ['OPEN', 'IN_PROGRESS', 'SUBMITTED', 'APPROVED', 'APPROVED_WITH_ACTIONS', 'REJECTED', 'SENT_BACK'] as const;
export type ReviewStatus = (typeof REVIEW_STATUSES)[number];

export const REVIEW_OUTCOMES = ['APPROVED', 'APPROVED_WITH_ACTIONS', 'REJECTED'] as const;
export type ReviewOutcome = (typeof REVIEW_OUTCOMES)[number];
