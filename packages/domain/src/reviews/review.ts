import type { Locale } from '../reference/countries';
import type { ReviewKind, ReviewStatus } from '../vocabulary/reviews';

type Text = Record<Locale, string>;

/** The questions a review of each kind answers, in order (design.md §3; Datatilsynet 2021). */
export const REVIEW_CHECKLISTS: Record<ReviewKind, readonly { key: string; text: Text }[]> = {
  ANNUAL_DPA_REVIEW: [
    { key: 'PARTIES_UNCHANGED', text: { da: 'Er parterne stadig som beskrevet i aftalen?', en: 'Are the parties still as described in the agreement?' } },
    { key: 'PROCESSING_UNCHANGED', text: { da: 'Er behandlingen (formål, data, registrerede) stadig som beskrevet?', en: 'Is the processing (purpose, data, data subjects) still as described?' } },
    { key: 'SUBPROCESSORS_UNCHANGED', text: { da: 'Er underdatabehandlerne stadig som beskrevet, og er ændringer godkendt?', en: 'Are the sub-processors still as described, and were changes authorised?' } },
    { key: 'CHAIN_CHANGES', text: { da: 'Er der ændringer i kæden eller i lande og overførsler?', en: 'Has anything changed in the chain, or in countries and transfers?' } },
    { key: 'INCIDENTS', text: { da: 'Har der været sikkerhedshændelser eller brud på persondatasikkerheden?', en: 'Have there been security incidents or personal data breaches?' } },
  ],
  SUPERVISION: [
    { key: 'REPORT_RECEIVED', text: { da: 'Er revisorerklæringen eller besvarelsen modtaget?', en: 'Has the audit report or the answer been received?' } },
    { key: 'PERIOD_COVERED', text: { da: 'Hvilken periode dækker den?', en: 'Which period does it cover?' } },
    { key: 'AUDITOR_OPINION', text: { da: 'Hvad er revisors konklusion?', en: "What is the auditor's opinion?" } },
    { key: 'EXCEPTIONS_NOTED', text: { da: 'Hvilke afvigelser er noteret?', en: 'Which exceptions are noted?' } },
    { key: 'FOLLOW_UP', text: { da: 'Hvilke opfølgende handlinger kræves?', en: 'Which follow-up actions are needed?' } },
  ],
  TIA_REEVALUATION: [
    { key: 'LAW_CHANGED', text: { da: 'Er lovgivning eller praksis i modtagerlandet ændret?', en: "Has the destination's law or practice changed?" } },
    { key: 'MEASURES_EFFECTIVE', text: { da: 'Er de supplerende foranstaltninger stadig effektive?', en: 'Are the supplementary measures still effective?' } },
    { key: 'TRANSFER_UNCHANGED', text: { da: 'Er overførslen stadig som beskrevet?', en: 'Is the transfer still as described?' } },
  ],
  ONBOARDING: [
    { key: 'DPA_SIGNED', text: { da: 'Er databehandleraftalen underskrevet og vurderet?', en: 'Is the DPA signed and assessed?' } },
    { key: 'GUARANTEES', text: { da: 'Har databehandleren givet tilstrækkelige garantier (art. 28, stk. 1)?', en: 'Has the processor given sufficient guarantees (Art. 28(1))?' } },
    { key: 'CHAIN_KNOWN', text: { da: 'Kendes hele kæden af underdatabehandlere med navn og adresse?', en: 'Is the whole sub-processor chain known by name and address?' } },
    { key: 'TRANSFERS_RECORDED', text: { da: 'Er overførsler til tredjelande registreret med grundlag?', en: 'Are third-country transfers recorded with a tool?' } },
  ],
  ADEQUACY_CHANGE: [
    { key: 'IMPACT_UNDERSTOOD', text: { da: 'Hvilke overførsler berøres af ændringen?', en: 'Which transfers does the change affect?' } },
    { key: 'NEW_TOOL', text: { da: 'Er et nyt overførselsgrundlag på plads, eller er overførslen standset?', en: 'Is a new transfer tool in place, or has the transfer been suspended?' } },
  ],
};

export type ReviewAction = 'START' | 'EDIT' | 'SUBMIT' | 'APPROVE' | 'SEND_BACK';

/** Completed reviews (an outcome recorded) are frozen: evidence of supervision (Art. 28(1), Art. 24). */
export const COMPLETED_REVIEW_STATUSES: readonly ReviewStatus[] = ['APPROVED', 'APPROVED_WITH_ACTIONS', 'REJECTED'];

const FROM: Record<ReviewAction, readonly ReviewStatus[]> = {
  START: ['OPEN'],
  EDIT: ['OPEN', 'IN_PROGRESS', 'SENT_BACK'],
  SUBMIT: ['OPEN', 'IN_PROGRESS', 'SENT_BACK'],
  APPROVE: ['SUBMITTED'],
  SEND_BACK: ['SUBMITTED'],
};

/** Why an action is refused, or null; whoever wrote the review may not approve it (four eyes). */
export function reviewActionRefusal(action: ReviewAction, status: ReviewStatus, actorId: string, authorIds: readonly string[]): 'INVALID_STATE' | 'FOUR_EYES' | null {
  if (!FROM[action].includes(status)) return 'INVALID_STATE';
  if (action === 'APPROVE' && authorIds.includes(actorId)) return 'FOUR_EYES';
  return null;
}

export interface ChecklistItemFacts {
  key: string;
  answer: 'YES' | 'NO' | 'NOT_APPLICABLE' | null;
  note?: string | null;
}

export interface ReviewSubmissionFacts {
  kind: ReviewKind;
  checklist: readonly ChecklistItemFacts[];
  outcome: 'APPROVED' | 'APPROVED_WITH_ACTIONS' | 'REJECTED' | null;
  actions: readonly { description: string; ownerId: string | null; dueOn: string | null }[];
  evidenceCount: number;
  method?: string | null;
}

/**
 * What must be filled in before a review can be submitted, first missing first (the field to name
 * in the error): every checklist question answered, a "no" explained, the proposed outcome, a
 * follow-up action with owner and due date when the outcome calls for actions, and for a
 * supervision its method and at least one piece of evidence (the report or the answers) —
 * Datatilsynet expects the controller to be able to document the supervision (Art. 5(2), 24).
 */
export function reviewSubmissionGaps(f: ReviewSubmissionFacts): string[] {
  const gaps: string[] = [];
  const answers = new Map(f.checklist.map((c) => [c.key, c]));
  for (const q of REVIEW_CHECKLISTS[f.kind]) {
    const a = answers.get(q.key);
    if (!a?.answer) gaps.push(`checklist.${q.key}`);
    else if (a.answer === 'NO' && !a.note?.trim()) gaps.push(`checklist.${q.key}.note`);
  }
  if (f.kind === 'SUPERVISION' && !f.method) gaps.push('method');
  if (f.kind === 'SUPERVISION' && f.evidenceCount === 0) gaps.push('evidence');
  if (!f.outcome) gaps.push('outcome');
  if (f.outcome === 'APPROVED_WITH_ACTIONS' && f.actions.length === 0) gaps.push('actions');
  f.actions.forEach((a, i) => {
    if (!a.ownerId) gaps.push(`actions.${i}.ownerId`);
    if (!a.dueOn) gaps.push(`actions.${i}.dueOn`);
  });
  return gaps;
}
