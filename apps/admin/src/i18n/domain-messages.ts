import { ERROR_MESSAGES, INPUT_REASON_MESSAGES, type ErrorCode, type InputReason, type Locale } from '@tilsyn/domain';

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
