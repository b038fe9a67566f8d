/** Vocabulary of reviews and reminders (design.md §3 "Reviews and reminders"). */
export const REVIEW_KINDS = ['ANNUAL_DPA_REVIEW', 'TIA_REEVALUATION', 'SUPERVISION', 'ONBOARDING', 'ADEQUACY_CHANGE'] as const;
export type ReviewKind = (typeof REVIEW_KINDS)[number];

export const DUE_STATES = ['SCHEDULED', 'DUE_SOON', 'OVERDUE'] as const;
export type DueState = (typeof DUE_STATES)[number];

export const RISK_LEVELS = ['LOW', 'MEDIUM', 'HIGH', 'CRITICAL'] as const;
export type RiskLevel = (typeof RISK_LEVELS)[number];
