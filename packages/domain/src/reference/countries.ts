import countries from 'i18n-iso-countries';
import da from 'i18n-iso-countries/langs/da.json';
import en from 'i18n-iso-countries/langs/en.json';

countries.registerLocale(da);
countries.registerLocale(en);

export const LOCALES = ['da', 'en'] as const;
export type Locale = (typeof LOCALES)[number];

/** ISO 3166-1 alpha-2 codes, sorted. */
export const COUNTRY_CODES: readonly string[] = Object.keys(countries.getAlpha2Codes()).sort();
const KNOWN = new Set(COUNTRY_CODES);

export function isCountryCode(value: unknown): value is string {
  return typeof value === 'string' && KNOWN.has(value);
}

export function countryName(code: string, locale: Locale): string {
  return countries.getName(code, locale, { select: 'official' }) ?? code;
}

/** Choices for a country picker, sorted by name in the given language. */
export function countryChoices(locale: Locale): { id: string; name: string }[] {
  return COUNTRY_CODES.map((id) => ({ id, name: countryName(id, locale) })).sort((a, b) =>
    a.name.localeCompare(b.name, locale),
  );
}

/**
 * EU-27 plus Iceland, Liechtenstein and Norway (EEA Agreement, Decision 154/2018 incorporating the
 * GDPR): no Chapter V tool is needed inside. Greenland and the Faroe Islands are outside (legal-facts §1.4).
 * The dated, editable reference table arrives with the transfers issue; this is the static default.
 */
export const EU_MEMBER_CODES = [
  'AT', 'BE', 'BG', 'HR', 'CY', 'CZ', 'DK', 'EE', 'FI', 'FR', 'DE', 'GR', 'HU', 'IE', 'IT',
  'LV', 'LT', 'LU', 'MT', 'NL', 'PL', 'PT', 'RO', 'SK', 'SI', 'ES', 'SE',
] as const;
export const EEA_MEMBER_CODES = [...EU_MEMBER_CODES, 'IS', 'LI', 'NO'] as const;

export function isEeaCountry(code: string): boolean {
  return (EEA_MEMBER_CODES as readonly string[]).includes(code);
}
