import { addDays, addMonths, daysBetween, type IsoDate } from '../time/dates';
import type { DueState, RiskLevel, SupervisionMethod } from '../vocabulary/reviews';

/** DPA reviews are yearly for every processor, whatever its risk (design.md §3). */
export const DPA_REVIEW_INTERVAL_MONTHS = 12;

export interface SupervisionCadence {
  /** The methods that satisfy the supervision, the first being the usual one. */
  methods: SupervisionMethod[];
  intervalMonths: number;
  /** A follow-up on the audit report's exceptions is part of the supervision. */
  followUp: boolean;
}

/**
 * Default cadence by risk level, after Datatilsynet's 2021 guidance (deeper and more frequent as
 * risk rises); an administrator edits it as a settings table.
 */
export const DEFAULT_SUPERVISION_CADENCE: Record<RiskLevel, SupervisionCadence> = {
  CRITICAL: { methods: ['AUDIT_REPORT', 'INSPECTION'], intervalMonths: 12, followUp: true },
  HIGH: { methods: ['AUDIT_REPORT', 'QUESTIONNAIRE'], intervalMonths: 12, followUp: false },
  MEDIUM: { methods: ['QUESTIONNAIRE'], intervalMonths: 24, followUp: false },
  LOW: { methods: ['SELF_ASSESSMENT'], intervalMonths: 36, followUp: false },
};

export const DUE_SOON_DAYS = 7;

/** SCHEDULED, DUE_SOON (7 days or less to go, the due day included), or OVERDUE (after the due day). */
export function dueState(dueOn: IsoDate, asOf: IsoDate, dueSoonDays = DUE_SOON_DAYS): DueState {
  if (asOf > dueOn) return 'OVERDUE';
  return addDays(asOf, dueSoonDays) >= dueOn ? 'DUE_SOON' : 'SCHEDULED';
}

/**
 * Completion-anchored: the next review is due the interval after the day this one was completed,
 * not after its due date — a late review does not shorten the next period. 29 February plus a
 * year is 28 February.
 */
export function nextDueOn(completedOn: IsoDate, intervalMonths: number): IsoDate {
  return addMonths(completedOn, intervalMonths);
}

/** How long a processor whose supervision is (re)planned into the past gets: no earlier than this. */
export const SUPERVISION_LEAD_DAYS = 30;

/**
 * The due day of an open, not yet started supervision when the interval its risk calls for changes
 * (a risk override, a new risk, or the cadence setting), counted from the anchor (the last
 * completed supervision, else the start of the engagement). A tighter cadence only ever brings the
 * day forward, to no earlier than SUPERVISION_LEAD_DAYS from today (the processor must be able to
 * answer); a looser one only ever puts it back. Without an anchor, or when the review's interval
 * was never set from a cadence (planned by hand), the day stays.
 */
export function replannedSupervisionDueOn(p: { currentDueOn: IsoDate; anchorOn: IsoDate | null; previousIntervalMonths: number | null; intervalMonths: number; today: IsoDate }): IsoDate {
  if (!p.anchorOn || p.previousIntervalMonths === null || p.previousIntervalMonths === p.intervalMonths) return p.currentDueOn;
  const candidate = nextDueOn(p.anchorOn, p.intervalMonths);
  if (p.intervalMonths > p.previousIntervalMonths) return candidate > p.currentDueOn ? candidate : p.currentDueOn;
  const earliest = addDays(p.today, SUPERVISION_LEAD_DAYS);
  const tightened = candidate >= earliest ? candidate : earliest;
  return tightened < p.currentDueOn ? tightened : p.currentDueOn;
}

export interface ReminderThresholds {
  /** Days before the due day, e.g. [30, 7]. */
  beforeDays: number[];
  /** Remind on the due day itself. */
  onDueDay: boolean;
  /** While overdue, every this many days after the due day. */
  overdueEveryDays: number;
  /** Escalate to the reviewers and the administrator this many days after the due day. */
  escalateAfterDays: number;
}

export const DEFAULT_REMINDER_THRESHOLDS: ReminderThresholds = { beforeDays: [30, 7], onDueDay: true, overdueEveryDays: 7, escalateAfterDays: 14 };

export interface ReminderThreshold {
  /** Stable key per (subject, threshold): the reminder row's identity, so it is sent at most once. */
  key: string;
  on: IsoDate;
  escalation: boolean;
}

/**
 * The reminders a review due on `dueOn` has reached by `asOf`, from the day it was created (a
 * threshold that passed before the review existed is not sent). Missed days are caught up: each
 * threshold is its own row, sent once whenever the scan first sees it.
 *
 * A review that is already late on the day it is created (planned for a DPA nobody has reviewed
 * for years, say) is reminded that day (`OVERDUE_<days late>`), and an escalation whose day fell
 * before it existed is sent that day too: the DPO must hear of it (Art. 28(1) supervision is the
 * controller's duty), not wait for a weekly mark or never be told.
 */

export function remindersReached(dueOn: IsoDate, createdOn: IsoDate, asOf: IsoDate, t: ReminderThresholds = DEFAULT_REMINDER_THRESHOLDS): ReminderThreshold[] {
  const out: ReminderThreshold[] = [];
  const add = (key: string, on: IsoDate, escalation = false) => {
    if (on >= createdOn && on <= asOf) out.push({ key, on, escalation });
  };
  for (const days of [...t.beforeDays].sort((a, b) => b - a)) add(`BEFORE_${days}`, addDays(dueOn, -days));
  if (t.onDueDay) add('DUE', dueOn);
  if (t.overdueEveryDays > 0) {
    for (let n = t.overdueEveryDays; addDays(dueOn, n) <= asOf; n += t.overdueEveryDays) add(`OVERDUE_${n}`, addDays(dueOn, n));
  }
  const lateOnCreation = daysBetween(dueOn, createdOn);
  if (lateOnCreation > 0 && !(t.overdueEveryDays > 0 && lateOnCreation % t.overdueEveryDays === 0)) add(`OVERDUE_${lateOnCreation}`, createdOn);
  if (t.escalateAfterDays > 0) {
    const escalateOn = addDays(dueOn, t.escalateAfterDays);
    add(`ESCALATE_${t.escalateAfterDays}`, escalateOn < createdOn ? createdOn : escalateOn, true);
  }
  return out.sort((a, b) => a.on.localeCompare(b.on) || a.key.localeCompare(b.key));
}
