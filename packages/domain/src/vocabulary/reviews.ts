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

export const REVIEW_SUBJECT_TYPES = ['PROCESSOR', 'AGREEMENT', 'TRANSFER', 'TIA'] as const;
export type ReviewSubjectType = (typeof REVIEW_SUBJECT_TYPES)[number];

/** An answer to a checklist question. */
export const CHECKLIST_ANSWERS = ['YES', 'NO', 'NOT_APPLICABLE'] as const;
export type ChecklistAnswer = (typeof CHECKLIST_ANSWERS)[number];

export const REVIEW_FINDING_SEVERITIES = ['LOW', 'MEDIUM', 'HIGH'] as const;
export type ReviewFindingSeverity = (typeof REVIEW_FINDING_SEVERITIES)[number];

/** What a reminder is about: a review coming due, or a DPA reaching its end date (renewal). */
export const REMINDER_SUBJECT_TYPES = ['REVIEW', 'AGREEMENT_END'] as const;
export type ReminderSubjectType = (typeof REMINDER_SUBJECT_TYPES)[number];

/**
 * A reminder's delivery: PENDING (stored, job queued), SENDING (an SMTP attempt started; a crash
 * here resends with the same Message-ID so a duplicate is detectable), SENT, RETRYING (4xx or
 * time-out; backoff), FAILED (5xx, or the attempts ran out: needs attention), CANCELLED (the
 * review was completed before it went out).
 */
export const REMINDER_STATUSES = ['PENDING', 'SENDING', 'SENT', 'RETRYING', 'FAILED', 'CANCELLED'] as const;
export type ReminderStatus = (typeof REMINDER_STATUSES)[number];
