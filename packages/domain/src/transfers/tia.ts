import type { Locale } from '../reference/countries';
import { addMonths, type IsoDate } from '../time/dates';
import type { EssentialGuarantee, GuaranteeRating, MeasureKind, TiaConclusion, TiaStatus } from '../vocabulary/transfers';
import type { TiaFacts } from './assess-transfer';

type Text = Record<Locale, string>;

/** EDPB Recommendations 01/2020: the six steps a TIA walks through, in order. */
export const EDPB_STEPS: readonly { step: number; key: string; title: Text; guidance: Text }[] = [
  {
    step: 1,
    key: 'KNOW_YOUR_TRANSFERS',
    title: { da: 'Kend dine overførsler', en: 'Know your transfers' },
    guidance: {
      da: 'Beskriv omstændighederne: hvem eksporterer og importerer, hvilke data, hvor ofte, til hvilket formål, og om der er videreoverførsler.',
      en: 'Describe the circumstances: who exports and imports, which data, how often, for what purpose, and any onward transfers.',
    },
  },
  {
    step: 2,
    key: 'IDENTIFY_TOOL',
    title: { da: 'Identificér overførselsgrundlaget', en: 'Identify the transfer tool' },
    guidance: { da: 'Hvilket grundlag efter art. 46 bygger overførslen på (fx standardkontraktbestemmelser, BCR)?', en: 'Which Art. 46 tool does the transfer rely on (e.g. SCCs, BCRs)?' },
  },
  {
    step: 3,
    key: 'ASSESS_LAW_AND_PRACTICE',
    title: { da: 'Vurdér tredjelandets lovgivning og praksis', en: "Assess the third country's law and practice" },
    guidance: {
      da: 'Kan myndighederne få adgang til data ud over, hvad der er nødvendigt og forholdsmæssigt? Vurdér de fire væsentlige europæiske garantier.',
      en: 'Can public authorities access the data beyond what is necessary and proportionate? Rate the four European Essential Guarantees.',
    },
  },
  {
    step: 4,
    key: 'SUPPLEMENTARY_MEASURES',
    title: { da: 'Supplerende foranstaltninger', en: 'Supplementary measures' },
    guidance: {
      da: 'Hvilke tekniske, kontraktlige og organisatoriske foranstaltninger lukker de huller, trin 3 fandt? Er hver enkelt effektiv mod den konkrete risiko?',
      en: 'Which technical, contractual and organisational measures close the gaps step 3 found? Is each one effective against the identified risk?',
    },
  },
  {
    step: 5,
    key: 'PROCEDURAL_STEPS',
    title: { da: 'Formelle skridt', en: 'Procedural steps' },
    guidance: { da: 'Kræver foranstaltningerne ændringer i kontrakten eller tilladelse fra Datatilsynet?', en: 'Do the measures need changes to the contract or an authorisation from Datatilsynet?' },
  },
  {
    step: 6,
    key: 'REEVALUATE',
    title: { da: 'Konklusion og revurdering', en: 'Conclusion and re-evaluation' },
    guidance: {
      da: 'Er beskyttelsen i det væsentlige tilsvarende? Hvis ikke, skal overførslen standses. Fastsæt, hvornår vurderingen skal tages op igen.',
      en: 'Is protection essentially equivalent? If not, the transfer must be suspended. Set when the assessment is to be looked at again.',
    },
  },
];

/** EDPB Recommendations 02/2020: the four European Essential Guarantees, explained. */
export const ESSENTIAL_GUARANTEE_TEXTS: Record<EssentialGuarantee, { title: Text; explanation: Text }> = {
  EEG_A: {
    title: { da: 'A. Klare, præcise og tilgængelige regler', en: 'A. Clear, precise and accessible rules' },
    explanation: {
      da: 'Myndighedernes adgang til data skal bygge på klare, præcise og offentligt tilgængelige regler.',
      en: "Public authorities' access to data must rest on clear, precise and accessible rules.",
    },
  },
  EEG_B: {
    title: { da: 'B. Nødvendighed og proportionalitet', en: 'B. Necessity and proportionality' },
    explanation: {
      da: 'Adgangen skal være nødvendig og forholdsmæssig i forhold til et legitimt formål; ingen generel masseindsamling.',
      en: 'Access must be necessary and proportionate to a legitimate aim; no generalised mass collection.',
    },
  },
  EEG_C: {
    title: { da: 'C. Uafhængigt tilsyn', en: 'C. Independent oversight' },
    explanation: {
      da: 'Et uafhængigt, effektivt og upartisk organ skal føre tilsyn med myndighedernes adgang.',
      en: "An independent, effective and impartial body must oversee the authorities' access.",
    },
  },
  EEG_D: {
    title: { da: 'D. Effektive retsmidler', en: 'D. Effective remedies' },
    explanation: {
      da: 'Den registrerede skal have effektive retsmidler ved et uafhængigt organ.',
      en: 'The data subject must have effective remedies before an independent body.',
    },
  },
};

export interface TiaContent {
  circumstances: string | null;
  toolRelied: string | null;
  lawsAndPractices: string | null;
  guarantees: readonly { guarantee: EssentialGuarantee; rating: GuaranteeRating; rationale: string | null; sources: string | null }[];
  measures: readonly { kind: MeasureKind; description: string; effective: boolean }[];
  conclusion: TiaConclusion | null;
  conclusionRationale: string | null;
  reevaluationMonths: number | null;
}

/**
 * What must be written before a TIA can go to review, as the fields to fill in order of EDPB's
 * steps: the circumstances, the tool, the law and practice, each of the four guarantees with a
 * rationale, the conclusion and when to look again.
 */
export function tiaSubmissionGaps(t: TiaContent): string[] {
  const gaps: string[] = [];
  const blank = (s: string | null | undefined) => !s || !s.trim();
  if (blank(t.circumstances)) gaps.push('circumstances');
  if (blank(t.toolRelied)) gaps.push('toolRelied');
  if (blank(t.lawsAndPractices)) gaps.push('lawsAndPractices');
  for (const g of ['EEG_A', 'EEG_B', 'EEG_C', 'EEG_D'] as const) {
    const rated = t.guarantees.find((x) => x.guarantee === g);
    if (!rated || blank(rated.rationale)) gaps.push(`guarantees.${g}`);
  }
  // A guarantee still UNKNOWN cannot support a conclusion of essential equivalence (EDPB Rec. 01/2020 step 3).
  if (t.conclusion === 'EQUIVALENT') {
    for (const g of t.guarantees) if (g.rating === 'UNKNOWN' && !gaps.includes(`guarantees.${g.guarantee}`)) gaps.push(`guarantees.${g.guarantee}`);
  }
  if (t.measures.some((m) => blank(m.description))) gaps.push('measures');
  if (!t.conclusion) gaps.push('conclusion');
  if (blank(t.conclusionRationale)) gaps.push('conclusionRationale');
  if (!t.reevaluationMonths) gaps.push('reevaluationMonths');
  return gaps;
}

export type TiaAction = 'EDIT' | 'SUBMIT' | 'APPROVE' | 'SEND_BACK' | 'NEW_VERSION';

/** Where each action may start from; an approved TIA is frozen and changes only by a new version. */
const FROM: Record<TiaAction, readonly TiaStatus[]> = {
  EDIT: ['DRAFT', 'SENT_BACK'],
  SUBMIT: ['DRAFT', 'SENT_BACK'],
  APPROVE: ['SUBMITTED'],
  SEND_BACK: ['SUBMITTED'],
  NEW_VERSION: ['APPROVED'],
};

/**
 * Why an action is refused, or null. Four eyes (design.md §1): whoever wrote the TIA — its
 * author or anyone who edited it — cannot approve it.
 */
export function tiaActionRefusal(action: TiaAction, status: TiaStatus, actorId: string, writerIds: readonly string[]): 'INVALID_STATE' | 'FOUR_EYES' | null {
  if (!FROM[action].includes(status)) return 'INVALID_STATE';
  if (action === 'APPROVE' && writerIds.includes(actorId)) return 'FOUR_EYES';
  return null;
}

/** The rule engine's view of a stored TIA version. */
export function tiaFacts(t: Pick<TiaContent, 'guarantees' | 'measures' | 'conclusion'> & { status: TiaStatus; approvedOn: IsoDate | null; reevaluationMonths: number | null; reevaluationRequested: boolean }): TiaFacts {
  const approved = t.status === 'APPROVED' || (t.status === 'SUPERSEDED' && !!t.approvedOn);
  return {
    approved,
    approvedOn: approved ? t.approvedOn : null,
    conclusion: t.conclusion,
    guarantees: Object.fromEntries(t.guarantees.map((g) => [g.guarantee, g.rating])),
    effectiveMeasures: t.measures.some((m) => m.effective),
    reevaluateOn: approved && t.approvedOn && t.reevaluationMonths ? addMonths(t.approvedOn, t.reevaluationMonths) : null,
    reevaluationRequested: t.status === 'APPROVED' && t.reevaluationRequested,
  };
}
