import type { Locale } from '../reference/countries';
import type { ProcessorFindingCode } from '../vocabulary/agreements';
import type { TransferFindingCode } from '../vocabulary/transfers';
import { TRANSFER_FINDING_ARTICLES } from '../transfers/assess-transfer';
import type { FindingSeverity } from '../vocabulary/transfers';
import type { ProcessorStatus } from '../vocabulary/processors';

export type FindingCode = ProcessorFindingCode | TransferFindingCode;
export type Severity = FindingSeverity;

export interface FindingDefinition {
  /** The provision the finding rests on. */
  article: string;
  message: Record<Locale, string>;
  /** What would put it right. */
  remedy?: Record<Locale, string>;
}

/** What each processor-level finding means, for the UI, reports and API clients. */
export const PROCESSOR_FINDING_DEFINITIONS: Record<ProcessorFindingCode | 'CPR_DISCLOSURE_BASIS_MISSING', FindingDefinition> = {
  DPA_MISSING: {
    article: 'Art. 28(3), 28(9)',
    message: { da: 'Databehandleren behandler data for os, men der er ingen gældende databehandleraftale.', en: 'The processor processes data for us, but no data processing agreement is in force.' },
  },
  DPA_EXPIRED: {
    article: 'Art. 28(3)',
    message: { da: 'Databehandleraftalen er udløbet.', en: 'The data processing agreement has expired.' },
  },
  DPA_INCOMPLETE: {
    article: 'Art. 28(3)',
    message: { da: 'Databehandleraftalen mangler punkter, som art. 28, stk. 3, kræver.', en: 'The data processing agreement lacks items Art. 28(3) requires.' },
  },
  DPA_REVIEW_OVERDUE: {
    article: 'Art. 28(1), Art. 24',
    message: { da: 'Den periodiske gennemgang af databehandleraftalen er overskredet.', en: 'The periodic review of the data processing agreement is overdue.' },
  },
  UNAUTHORISED_SUBPROCESSOR: {
    article: 'Art. 28(2)',
    message: { da: 'En underdatabehandler bruges uden vores forudgående godkendelse.', en: 'A sub-processor is used without our prior authorisation.' },
  },
  SUBPROCESSOR_ENGAGED_BEFORE_OBJECTION_WINDOW: {
    article: 'Art. 28(2)',
    message: { da: 'En underdatabehandler blev taget i brug, før fristen for indsigelse udløb.', en: 'A sub-processor was used before the period to object had ended.' },
  },
  SUBPROCESSOR_REJECTED: {
    article: 'Art. 28(2)',
    message: { da: 'Vi har gjort indsigelse mod underdatabehandleren; den er ikke godkendt.', en: 'We objected to the sub-processor; it is not authorised.' },
  },
  CHAIN_IDENTITY_INCOMPLETE: {
    article: 'Art. 28(1); EDPB Opinion 22/2024',
    message: { da: 'Navn, adresse eller kontaktperson mangler for en databehandler i kæden.', en: 'Name, address or contact person is missing for a processor in the chain.' },
  },
  SUPERVISION_OVERDUE: {
    article: 'Art. 28(1), Art. 24; Datatilsynet, tilsyn med databehandlere (2021)',
    message: { da: 'Det risikobaserede tilsyn med databehandleren er overskredet.', en: 'The risk-based supervision of the processor is overdue.' },
  },
  CPR_DISCLOSURE_BASIS_MISSING: {
    article: 'Databeskyttelsesloven §11(2)',
    message: { da: 'CPR-numre videregives, men hjemlen efter databeskyttelseslovens § 11, stk. 2, er ikke angivet.', en: 'CPR numbers are disclosed, but no basis under databeskyttelsesloven §11(2) is recorded.' },
  },
};

/** What each transfer finding means and what would fix it (design.md §3 "Transfers"). */
export const TRANSFER_FINDING_DEFINITIONS: Record<TransferFindingCode, FindingDefinition> = {
  NO_TRANSFER_TOOL: {
    article: TRANSFER_FINDING_ARTICLES.NO_TRANSFER_TOOL,
    message: { da: 'Data går til et tredjeland uden et overførselsgrundlag.', en: 'Data goes to a third country without a transfer tool.' },
    remedy: { da: 'Registrér overførslen med et grundlag: tilstrækkelighed, standardkontraktbestemmelser, BCR eller en undtagelse efter art. 49.', en: 'Record the transfer with a tool: adequacy, standard contractual clauses, BCRs or an Art. 49 derogation.' },
  },
  ADEQUACY_SCOPE_NOT_MET: {
    article: TRANSFER_FINDING_ARTICLES.ADEQUACY_SCOPE_NOT_MET,
    message: { da: 'Modtageren falder uden for tilstrækkelighedsafgørelsens anvendelsesområde.', en: 'The recipient is outside the scope of the adequacy decision.' },
    remedy: { da: 'Brug et andet grundlag (fx standardkontraktbestemmelser med en TIA), eller ret modtagerens oplysninger, hvis de er forkerte.', en: "Use another tool (e.g. SCCs with a TIA), or correct the recipient's attributes if they are wrong." },
  },
  DPF_CERT_INACTIVE: {
    article: TRANSFER_FINDING_ARTICLES.DPF_CERT_INACTIVE,
    message: { da: 'Modtageren er ikke aktivt certificeret under EU-US Data Privacy Framework på datoen.', en: 'The recipient is not actively certified under the EU-US Data Privacy Framework on the date.' },
    remedy: { da: 'Kontrollér DPF-listen og registrér certificeringsdatoerne, eller indgå standardkontraktbestemmelser og lav en TIA.', en: 'Check the DPF list and record the certification dates, or sign SCCs and carry out a TIA.' },
  },
  ADEQUACY_EXPIRED: {
    article: TRANSFER_FINDING_ARTICLES.ADEQUACY_EXPIRED,
    message: { da: 'Tilstrækkelighedsafgørelsen er udløbet.', en: 'The adequacy decision has expired.' },
    remedy: { da: 'Registrér en fornyet afgørelse, eller skift til standardkontraktbestemmelser med en TIA.', en: 'Record a renewed decision, or switch to SCCs with a TIA.' },
  },
  ADEQUACY_REVOKED: {
    article: TRANSFER_FINDING_ARTICLES.ADEQUACY_REVOKED,
    message: { da: 'Kommissionen har ophævet tilstrækkelighedsafgørelsen.', en: 'The Commission has revoked the adequacy decision.' },
    remedy: { da: 'Stands overførslen, eller indgå standardkontraktbestemmelser og lav en TIA, før der overføres igen.', en: 'Suspend the transfer, or sign SCCs and carry out a TIA before transferring again.' },
  },
  SCC_MODULE_MISMATCH: {
    article: TRANSFER_FINDING_ARTICLES.SCC_MODULE_MISMATCH,
    message: { da: 'Standardkontraktens modul passer ikke til eksportørens og importørens roller.', en: "The SCC module does not match the exporter's and importer's roles." },
    remedy: { da: 'Indgå det modul, rollerne kræver (1: dataansvarlig→dataansvarlig, 2: dataansvarlig→databehandler, 3: databehandler→databehandler, 4: databehandler→dataansvarlig).', en: 'Sign the module the roles call for (1: C→C, 2: C→P, 3: P→P, 4: P→C).' },
  },
  SCC_NOT_SIGNED: {
    article: TRANSFER_FINDING_ARTICLES.SCC_NOT_SIGNED,
    message: { da: 'Standardkontraktbestemmelserne var ikke underskrevet på datoen.', en: 'The standard contractual clauses were not signed on the date.' },
    remedy: { da: 'Få bestemmelserne underskrevet og registrér datoen.', en: 'Have the clauses signed and record the date.' },
  },
  TIA_MISSING: {
    article: TRANSFER_FINDING_ARTICLES.TIA_MISSING,
    message: { da: 'Der er ingen vurdering af overførslens virkning (TIA).', en: 'There is no transfer impact assessment (TIA).' },
    remedy: { da: 'Udarbejd en TIA efter EDPB’s seks trin og få den godkendt af en anden.', en: "Write a TIA along EDPB's six steps and have someone else approve it." },
  },
  TIA_NOT_APPROVED: {
    article: TRANSFER_FINDING_ARTICLES.TIA_NOT_APPROVED,
    message: { da: 'TIA’en er ikke godkendt.', en: 'The TIA is not approved.' },
    remedy: { da: 'Indsend TIA’en, og lad en anden godkende den (fire øjne).', en: 'Submit the TIA and have another person approve it (four eyes).' },
  },
  TIA_CONCLUDES_NOT_EQUIVALENT: {
    article: TRANSFER_FINDING_ARTICLES.TIA_CONCLUDES_NOT_EQUIVALENT,
    message: { da: 'TIA’en konkluderer, at beskyttelsen ikke er i det væsentlige tilsvarende: overførslen skal standses.', en: 'The TIA concludes that protection is not essentially equivalent: the transfer must be suspended.' },
    remedy: { da: 'Stands overførslen, eller indfør effektive supplerende foranstaltninger og vurdér igen.', en: 'Suspend the transfer, or put effective supplementary measures in place and assess again.' },
  },
  EEG_NOT_MET_WITHOUT_EFFECTIVE_MEASURES: {
    article: TRANSFER_FINDING_ARTICLES.EEG_NOT_MET_WITHOUT_EFFECTIVE_MEASURES,
    message: { da: 'En væsentlig europæisk garanti er ikke opfyldt, og ingen supplerende foranstaltning er effektiv.', en: 'A European Essential Guarantee is not met and no supplementary measure is effective.' },
    remedy: { da: 'Tilføj en effektiv supplerende foranstaltning (fx kryptering, hvor nøglen bliver i EØS), eller stands overførslen.', en: 'Add an effective supplementary measure (e.g. encryption with the key kept in the EEA), or suspend the transfer.' },
  },
  REVIEW_OVERDUE: {
    article: TRANSFER_FINDING_ARTICLES.REVIEW_OVERDUE,
    message: { da: 'TIA’en skal revurderes: fristen er overskredet, eller referencedata for landet er ændret.', en: "The TIA must be re-evaluated: its date has passed, or the country's reference data changed." },
    remedy: { da: 'Lav en ny version af TIA’en og få den godkendt.', en: 'Make a new version of the TIA and have it approved.' },
  },
  DEROGATION_USED_FOR_SYSTEMATIC_TRANSFER: {
    article: TRANSFER_FINDING_ARTICLES.DEROGATION_USED_FOR_SYSTEMATIC_TRANSFER,
    message: { da: 'En undtagelse efter art. 49 bruges til en systematisk overførsel.', en: 'An Art. 49 derogation is used for a systematic transfer.' },
    remedy: { da: 'Brug et grundlag efter art. 45 eller 46 til gentagne overførsler.', en: 'Use an Art. 45 or 46 tool for repeated transfers.' },
  },
  DEROGATION_JUSTIFICATION_MISSING: {
    article: TRANSFER_FINDING_ARTICLES.DEROGATION_JUSTIFICATION_MISSING,
    message: { da: 'Nødvendigheden af overførslen efter undtagelsen er ikke begrundet.', en: 'The necessity of the transfer under the derogation is not justified.' },
    remedy: { da: 'Skriv, hvorfor overførslen er nødvendig for netop dette formål.', en: 'Write why the transfer is necessary for this very purpose.' },
  },
  ONWARD_TRANSFER_NO_TOOL: {
    article: TRANSFER_FINDING_ARTICLES.ONWARD_TRANSFER_NO_TOOL,
    message: { da: 'Længere nede i kæden går data til et tredjeland uden et overførselsgrundlag.', en: 'Further down the chain, data goes to a third country without a transfer tool.' },
    remedy: { da: 'Bed databehandleren om grundlaget for den videre overførsel (typisk modul 3) og registrér det.', en: 'Ask the processor for the onward transfer tool (usually module 3) and record it.' },
  },
  CPR_DISCLOSURE_BASIS_MISSING: {
    article: TRANSFER_FINDING_ARTICLES.CPR_DISCLOSURE_BASIS_MISSING,
    message: { da: 'CPR-numre overføres, men hjemlen efter databeskyttelseslovens § 11, stk. 2, er ikke angivet.', en: 'CPR numbers are transferred, but no basis under databeskyttelsesloven §11(2) is recorded.' },
    remedy: { da: 'Angiv hjemlen efter § 11, stk. 2, eller lad være med at overføre CPR-numre.', en: 'Record the §11(2) basis, or stop transferring CPR numbers.' },
  },
  SPECIAL_CATEGORY_DATA: {
    article: TRANSFER_FINDING_ARTICLES.SPECIAL_CATEGORY_DATA,
    message: { da: 'Overførslen omfatter helbreds- eller straffeoplysninger: højere risiko.', en: 'The transfer includes health or criminal-offence data: higher risk.' },
    remedy: { da: 'Vurdér, om oplysningerne er nødvendige, og styrk de supplerende foranstaltninger.', en: 'Check whether the data is needed, and strengthen the supplementary measures.' },
  },
  PERIOD_WITHOUT_VALID_MECHANISM: {
    article: TRANSFER_FINDING_ARTICLES.PERIOD_WITHOUT_VALID_MECHANISM,
    message: { da: 'I en tidligere periode skete overførslen uden gyldigt grundlag.', en: 'In an earlier period the transfer took place without a valid tool.' },
    remedy: { da: 'Dokumentér perioden og vurdér, om den skal håndteres som et brud eller drøftes med Datatilsynet.', en: 'Document the period and consider whether to handle it as a breach or raise it with Datatilsynet.' },
  },
};

/** The definition of any finding code; `aboutTransfer` picks the transfer wording where a code is both. */
export function findingDefinition(code: FindingCode, aboutTransfer = false): FindingDefinition | undefined {
  const processor = (PROCESSOR_FINDING_DEFINITIONS as Record<string, FindingDefinition>)[code];
  const transfer = (TRANSFER_FINDING_DEFINITIONS as Record<string, FindingDefinition>)[code];
  return aboutTransfer ? (transfer ?? processor) : (processor ?? transfer);
}

const RANK: Record<Severity, number> = { INFO: 0, WARNING: 1, BLOCKER: 2 };

/** The status a set of findings gives: any blocker is NON_COMPLIANT, any warning AT_RISK. */
export function statusOf(severities: readonly Severity[]): ProcessorStatus {
  const worst = severities.reduce((max, s) => Math.max(max, RANK[s]), 0);
  return worst === 2 ? 'NON_COMPLIANT' : worst === 1 ? 'AT_RISK' : 'COMPLIANT';
}
