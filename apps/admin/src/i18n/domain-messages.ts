import {
  CLAUSE_CATALOGUE,
  EDPB_STEPS,
  ERROR_MESSAGES,
  ESSENTIAL_GUARANTEE_TEXTS,
  INPUT_REASON_MESSAGES,
  PROCESSOR_FINDING_DEFINITIONS,
  TRANSFER_FINDING_DEFINITIONS,
  type DpaGapCode,
  type EssentialGuarantee,
  type FindingDefinition,
  type TransferFindingCode,
  type ErrorCode,
  type InputReason,
  type Locale,
} from '@tilsyn/domain';

/** The domain writes placeholders as `{field}`; polyglot reads `%{field}`. */
export function toPolyglot(template: string): string {
  return template.replace(/\{(\w+)\}/g, '%{$1}');
}

function pick<K extends string>(table: Record<K, Record<Locale, string>>, locale: Locale): Record<K, string> {
  const out = {} as Record<K, string>;
  for (const key of Object.keys(table) as K[]) out[key] = toPolyglot(table[key][locale]);
  return out;
}

/** Error sentences are owned by @tilsyn/domain (the API answers with the same ones). */
export const errorMessages = (locale: Locale): Record<ErrorCode, string> => pick(ERROR_MESSAGES, locale);
export const inputReasonMessages = (locale: Locale): Record<InputReason, string> => pick(INPUT_REASON_MESSAGES, locale);

export type FindingDefinitionCode = keyof typeof PROCESSOR_FINDING_DEFINITIONS | TransferFindingCode;

/** Every finding's definition; the processor wording where a code is both (CPR basis). */
const FINDING_DEFINITIONS: Record<FindingDefinitionCode, FindingDefinition> = { ...TRANSFER_FINDING_DEFINITIONS, ...PROCESSOR_FINDING_DEFINITIONS };

/** What each finding means (the sentence the API also answers with): `tilsyn.findings.<CODE>`. */
export const findingMessages = (locale: Locale): Record<FindingDefinitionCode, string> => {
  const out = {} as Record<FindingDefinitionCode, string>;
  for (const code of Object.keys(FINDING_DEFINITIONS) as FindingDefinitionCode[]) out[code] = FINDING_DEFINITIONS[code].message[locale];
  return out;
};

/** The article each finding rests on: `tilsyn.finding_articles.<CODE>` (the same in both languages). */
export const findingArticles = (): Record<FindingDefinitionCode, string> => {
  const out = {} as Record<FindingDefinitionCode, string>;
  for (const code of Object.keys(FINDING_DEFINITIONS) as FindingDefinitionCode[]) out[code] = FINDING_DEFINITIONS[code].article;
  return out;
};

/** What would put each transfer finding right: `tilsyn.remedies.<CODE>`. */
export const remedyMessages = (locale: Locale): Record<TransferFindingCode, string> => {
  const out = {} as Record<TransferFindingCode, string>;
  for (const code of Object.keys(TRANSFER_FINDING_DEFINITIONS) as TransferFindingCode[]) out[code] = TRANSFER_FINDING_DEFINITIONS[code].remedy?.[locale] ?? '—';
  return out;
};

/** EDPB Rec. 01/2020's six steps: `tilsyn.edpb_steps.step_<n>.title` and `.guidance`. */
export const edpbStepMessages = (locale: Locale): Record<string, { title: string; guidance: string }> => {
  const out: Record<string, { title: string; guidance: string }> = {};
  for (const step of EDPB_STEPS) out[`step_${step.step}`] = { title: step.title[locale], guidance: step.guidance[locale] };
  return out;
};

/** The four European Essential Guarantees: `tilsyn.guarantees.<EEG>.title` and `.explanation`. */
export const guaranteeMessages = (locale: Locale): Record<EssentialGuarantee, { title: string; explanation: string }> => {
  const out = {} as Record<EssentialGuarantee, { title: string; explanation: string }>;
  for (const g of Object.keys(ESSENTIAL_GUARANTEE_TEXTS) as EssentialGuarantee[]) {
    out[g] = { title: ESSENTIAL_GUARANTEE_TEXTS[g].title[locale], explanation: ESSENTIAL_GUARANTEE_TEXTS[g].explanation[locale] };
  }
  return out;
};

/** The DPA checklist in the reader's language: `tilsyn.clauses.<CODE>.title` and `.explanation`. */
export const clauseMessages = (locale: Locale): Record<DpaGapCode, { title: string; explanation: string }> => {
  const out = {} as Record<DpaGapCode, { title: string; explanation: string }>;
  for (const item of CLAUSE_CATALOGUE) out[item.code] = { title: item.title[locale], explanation: item.explanation[locale] };
  return out;
};
