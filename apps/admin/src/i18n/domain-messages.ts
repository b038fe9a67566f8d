import {
  CLAUSE_CATALOGUE,
  ERROR_MESSAGES,
  INPUT_REASON_MESSAGES,
  PROCESSOR_FINDING_DEFINITIONS,
  type DpaGapCode,
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

export type FindingDefinitionCode = keyof typeof PROCESSOR_FINDING_DEFINITIONS;

/** What each processor-level finding means (the sentence the API also answers with): `tilsyn.findings.<CODE>`. */
export const findingMessages = (locale: Locale): Record<FindingDefinitionCode, string> => {
  const out = {} as Record<FindingDefinitionCode, string>;
  for (const code of Object.keys(PROCESSOR_FINDING_DEFINITIONS) as FindingDefinitionCode[]) {
    out[code] = PROCESSOR_FINDING_DEFINITIONS[code].message[locale];
  }
  return out;
};

/** The article each finding rests on: `tilsyn.finding_articles.<CODE>` (the same in both languages). */
export const findingArticles = (): Record<FindingDefinitionCode, string> => {
  const out = {} as Record<FindingDefinitionCode, string>;
  for (const code of Object.keys(PROCESSOR_FINDING_DEFINITIONS) as FindingDefinitionCode[]) {
    out[code] = PROCESSOR_FINDING_DEFINITIONS[code].article;
  }
  return out;
};

/** The DPA checklist in the reader's language: `tilsyn.clauses.<CODE>.title` and `.explanation`. */
export const clauseMessages = (locale: Locale): Record<DpaGapCode, { title: string; explanation: string }> => {
  const out = {} as Record<DpaGapCode, { title: string; explanation: string }>;
  for (const item of CLAUSE_CATALOGUE) out[item.code] = { title: item.title[locale], explanation: item.explanation[locale] };
  return out;
};
