import type { Locale } from '../reference/countries';
import type { ReviewKind, ReviewStatus } from '../vocabulary/reviews';

type Text = Record<Locale, string>;

/**
 * The questions a review of each kind answers, in order (design.md §3; Datatilsynet 2021), each a
 * yes/no question. `explainIf` is the answer that signals a problem and must be explained in the
 * note: "no" for "is it still as described?", "yes" for "have there been incidents?".
 */
export interface ChecklistQuestion {
  key: string;
  text: Text;
  explainIf: 'YES' | 'NO';
}

const q = (key: string, da: string, en: string, explainIf: 'YES' | 'NO' = 'NO'): ChecklistQuestion => ({ key, text: { da, en }, explainIf });

export const REVIEW_CHECKLISTS: Record<ReviewKind, readonly ChecklistQuestion[]> = {
  ANNUAL_DPA_REVIEW: [
    q('PARTIES_UNCHANGED', 'Er parterne stadig som beskrevet i aftalen?', 'Are the parties still as described in the agreement?'),
    q('PROCESSING_UNCHANGED', 'Er behandlingen (formål, data, registrerede) stadig som beskrevet?', 'Is the processing (purpose, data, data subjects) still as described?'),
    q('SUBPROCESSORS_UNCHANGED', 'Er underdatabehandlerne stadig som beskrevet, og er ændringer godkendt?', 'Are the sub-processors still as described, and were changes authorised?'),
    q('CHAIN_CHANGES', 'Er der ændringer i kæden eller i lande og overførsler?', 'Has anything changed in the chain, or in countries and transfers?', 'YES'),
    q('INCIDENTS', 'Har der været sikkerhedshændelser eller brud på persondatasikkerheden?', 'Have there been security incidents or personal data breaches?', 'YES'),
  ],
  SUPERVISION: [
    q('REPORT_RECEIVED', 'Er revisorerklæringen eller besvarelsen modtaget?', 'Has the audit report or the answer been received?'),
    q('PERIOD_COVERED', 'Dækker den hele perioden siden sidste tilsyn?', 'Does it cover the whole period since the last supervision?'),
    q('AUDITOR_OPINION', 'Er konklusionen – revisors, eller jeres vurdering af besvarelsen – uden forbehold?', "Is the conclusion – the auditor's, or yours on the answers – without qualification?"),
    q('EXCEPTIONS_NOTED', 'Er der noteret afvigelser?', 'Were exceptions noted?', 'YES'),
    q('FOLLOW_UP', 'Kræves der opfølgende handlinger?', 'Are follow-up actions needed?', 'YES'),
  ],
  TIA_REEVALUATION: [
    q('LAW_CHANGED', 'Er lovgivning eller praksis i modtagerlandet ændret?', "Has the destination's law or practice changed?", 'YES'),
    q('MEASURES_EFFECTIVE', 'Er de supplerende foranstaltninger stadig effektive?', 'Are the supplementary measures still effective?'),
    q('TRANSFER_UNCHANGED', 'Er overførslen stadig som beskrevet?', 'Is the transfer still as described?'),
  ],
  ONBOARDING: [
    q('DPA_SIGNED', 'Er databehandleraftalen underskrevet og vurderet?', 'Is the DPA signed and assessed?'),
    q('GUARANTEES', 'Har databehandleren givet tilstrækkelige garantier (art. 28, stk. 1)?', 'Has the processor given sufficient guarantees (Art. 28(1))?'),
    q('CHAIN_KNOWN', 'Kendes hele kæden af underdatabehandlere med navn og adresse?', 'Is the whole sub-processor chain known by name and address?'),
    q('TRANSFERS_RECORDED', 'Er overførsler til tredjelande registreret med grundlag?', 'Are third-country transfers recorded with a tool?'),
  ],
  ADEQUACY_CHANGE: [
    q('IMPACT_UNDERSTOOD', 'Er det opgjort, hvilke overførsler ændringen berører?', 'Has it been established which transfers the change affects?'),
    q('NEW_TOOL', 'Er et nyt overførselsgrundlag på plads, eller er overførslen standset?', 'Is a new transfer tool in place, or has the transfer been suspended?'),
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
 * in the error): every checklist question answered, the answer that signals a problem explained, the proposed outcome, a
 * follow-up action with owner and due date when the outcome calls for actions, and for a
 * supervision its method and at least one piece of evidence (the report or the answers) —
 * Datatilsynet expects the controller to be able to document the supervision (Art. 5(2), 24).
 */
export function reviewSubmissionGaps(f: ReviewSubmissionFacts): string[] {
  const gaps: string[] = [];
  const answers = new Map(f.checklist.map((c) => [c.key, c]));
  for (const question of REVIEW_CHECKLISTS[f.kind]) {
    const a = answers.get(question.key);
    if (!a?.answer) gaps.push(`checklist.${question.key}`);
    else if (a.answer === question.explainIf && !a.note?.trim()) gaps.push(`checklist.${question.key}.note`);
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
