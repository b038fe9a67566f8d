import type { DpaGapCode } from '../vocabulary/agreements';

export interface ClauseCatalogueItem {
  code: DpaGapCode;
  /** The provision the clause implements. */
  article: string;
  group: 'PREAMBLE' | 'STIPULATION' | 'FORM';
  title: { da: string; en: string };
  /** What a reviewer looks for in the document. */
  explanation: { da: string; en: string };
}

/**
 * What a DPA must contain: the seven preamble items and points (a)–(h) of Art. 28(3), the duty to
 * flag infringing instructions (Art. 28(3) final sub-paragraph) and written form (Art. 28(9)).
 * Source: GDPR Art. 28; EDPB Guidelines 07/2020 §§112–116 (shared/reference/legal-facts.md §2.1).
 */
export const CLAUSE_CATALOGUE: readonly ClauseCatalogueItem[] = [
  {
    code: 'PREAMBLE_SUBJECT_MATTER', article: 'Art. 28(3)', group: 'PREAMBLE',
    title: { da: 'Behandlingens genstand', en: 'Subject-matter of the processing' },
    explanation: { da: 'Aftalen skal beskrive, hvad behandlingen angår (fx inddrivelse af fordringer).', en: 'The contract must state what the processing is about (e.g. collection of claims).' },
  },
  {
    code: 'PREAMBLE_DURATION', article: 'Art. 28(3)', group: 'PREAMBLE',
    title: { da: 'Behandlingens varighed', en: 'Duration of the processing' },
    explanation: { da: 'Hvor længe behandlingen varer: en periode eller til aftalens ophør.', en: 'How long the processing lasts: a period, or until the contract ends.' },
  },
  {
    code: 'PREAMBLE_NATURE', article: 'Art. 28(3)', group: 'PREAMBLE',
    title: { da: 'Behandlingens karakter', en: 'Nature of the processing' },
    explanation: { da: 'Hvilke behandlinger databehandleren udfører (opbevaring, print, fjernsupport …).', en: 'Which operations the processor performs (storage, printing, remote support …).' },
  },
  {
    code: 'PREAMBLE_PURPOSE', article: 'Art. 28(3)', group: 'PREAMBLE',
    title: { da: 'Formålet med behandlingen', en: 'Purpose of the processing' },
    explanation: { da: 'Hvorfor data behandles; databehandleren må ikke bruge dem til egne formål.', en: 'Why the data is processed; the processor may not use it for its own purposes.' },
  },
  {
    code: 'PREAMBLE_PERSONAL_DATA_TYPES', article: 'Art. 28(3)', group: 'PREAMBLE',
    title: { da: 'Typer af personoplysninger', en: 'Types of personal data' },
    explanation: { da: 'Hvilke oplysninger (navn, adresse, CPR-nr., gæld, evt. helbred) – så præcist som muligt.', en: 'Which data (name, address, CPR number, debt, perhaps health) – as precisely as possible.' },
  },
  {
    code: 'PREAMBLE_DATA_SUBJECT_CATEGORIES', article: 'Art. 28(3)', group: 'PREAMBLE',
    title: { da: 'Kategorier af registrerede', en: 'Categories of data subjects' },
    explanation: { da: 'Hvem oplysningerne handler om (skyldnere, kautionister, kundekontakter …).', en: 'Whom the data concerns (debtors, guarantors, client contacts …).' },
  },
  {
    code: 'PREAMBLE_CONTROLLER_OBLIGATIONS_RIGHTS', article: 'Art. 28(3)', group: 'PREAMBLE',
    title: { da: 'Den dataansvarliges forpligtelser og rettigheder', en: 'Obligations and rights of the controller' },
    explanation: { da: 'Den dataansvarliges ret til at instruere, føre tilsyn og få oplysninger.', en: "The controller's right to instruct, supervise and be informed." },
  },
  {
    code: 'ART28_3_A', article: 'Art. 28(3)(a)', group: 'STIPULATION',
    title: { da: '(a) Kun efter dokumenteret instruks', en: '(a) Documented instructions only' },
    explanation: { da: 'Behandling kun efter dokumenteret instruks, også om overførsel til tredjelande, medmindre EU-/national ret kræver andet (og så med forudgående underretning).', en: 'Processing only on documented instructions, including on third-country transfers, unless EU/Member-State law requires otherwise (then with prior notice).' },
  },
  {
    code: 'ART28_3_B', article: 'Art. 28(3)(b)', group: 'STIPULATION',
    title: { da: '(b) Fortrolighed', en: '(b) Confidentiality' },
    explanation: { da: 'Alle med adgang har tavshedspligt ved aftale eller lov.', en: 'Everyone with access is bound by confidentiality by contract or statute.' },
  },
  {
    code: 'ART28_3_C', article: 'Art. 28(3)(c)', group: 'STIPULATION',
    title: { da: '(c) Sikkerhed efter art. 32', en: '(c) Security under Art. 32' },
    explanation: { da: 'Databehandleren træffer alle foranstaltninger efter art. 32 (typisk i et bilag om sikkerhed).', en: 'The processor takes all measures required by Art. 32 (usually an annex on security).' },
  },
  {
    code: 'ART28_3_D', article: 'Art. 28(3)(d), 28(2), 28(4)', group: 'STIPULATION',
    title: { da: '(d) Underdatabehandlere', en: '(d) Sub-processors' },
    explanation: { da: 'Forudgående specifik eller generel skriftlig godkendelse; ved generel: varsel og ret til indsigelse; samme forpligtelser videreført; databehandleren hæfter fuldt ud.', en: 'Prior specific or general written authorisation; under general: notice and a right to object; the same obligations passed down; the processor stays fully liable.' },
  },
  {
    code: 'ART28_3_E', article: 'Art. 28(3)(e)', group: 'STIPULATION',
    title: { da: '(e) Bistand med registreredes rettigheder', en: "(e) Assistance with data subjects' rights" },
    explanation: { da: 'Hjælp med passende foranstaltninger til at besvare anmodninger (indsigt, sletning …).', en: 'Help, through appropriate measures, to answer requests (access, erasure …).' },
  },
  {
    code: 'ART28_3_F', article: 'Art. 28(3)(f)', group: 'STIPULATION',
    title: { da: '(f) Bistand med art. 32–36', en: '(f) Assistance with Arts. 32–36' },
    explanation: { da: 'Bistand med sikkerhed, brud på persondatasikkerheden (anmeldelse og underretning), konsekvensanalyse og forudgående høring.', en: 'Help with security, personal-data breaches (notification and communication), DPIAs and prior consultation.' },
  },
  {
    code: 'ART28_3_G', article: 'Art. 28(3)(g)', group: 'STIPULATION',
    title: { da: '(g) Sletning eller tilbagelevering ved ophør', en: '(g) Deletion or return at the end' },
    explanation: { da: 'Efter den dataansvarliges valg slettes eller tilbageleveres alle data ved ophør, og kopier slettes, medmindre lovgivning kræver opbevaring.', en: "At the controller's choice, all data is deleted or returned at the end, and copies deleted, unless law requires storage." },
  },
  {
    code: 'ART28_3_H', article: 'Art. 28(3)(h)', group: 'STIPULATION',
    title: { da: '(h) Oplysninger og revision', en: '(h) Information and audits' },
    explanation: { da: 'Alle oplysninger, der viser overholdelse, stilles til rådighed, og databehandleren medvirker til revision og inspektion.', en: 'All information needed to show compliance is made available, and the processor allows and contributes to audits and inspections.' },
  },
  {
    code: 'ART28_3_H2_INFRINGING_INSTRUCTION', article: 'Art. 28(3), final sub-paragraph', group: 'STIPULATION',
    title: { da: 'Underretning om ulovlig instruks', en: 'Notice of an infringing instruction' },
    explanation: { da: 'Databehandleren underretter straks, hvis en instruks efter dennes opfattelse strider mod databeskyttelsesreglerne.', en: 'The processor tells the controller at once if, in its opinion, an instruction infringes data-protection law.' },
  },
  {
    code: 'ART28_9_WRITTEN_FORM', article: 'Art. 28(9)', group: 'FORM',
    title: { da: 'Skriftlighed', en: 'Written form' },
    explanation: { da: 'Aftalen foreligger skriftligt, herunder elektronisk.', en: 'The contract is in writing, including in electronic form.' },
  },
];

export function clauseOf(code: DpaGapCode): ClauseCatalogueItem {
  const item = CLAUSE_CATALOGUE.find((c) => c.code === code);
  if (!item) throw new Error(`unknown clause ${code}`);
  return item;
}
