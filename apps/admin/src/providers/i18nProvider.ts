import polyglotI18nProvider from 'ra-i18n-polyglot';
import type { Locale } from '@tilsyn/domain';
import { da } from '../i18n/da';
import { en } from '../i18n/en';

/** Danish is the default; react-admin's store remembers the user's choice (key "locale"). */
export const DEFAULT_LOCALE: Locale = 'da';

export const LOCALES = [
  { locale: 'da', name: 'Dansk' },
  { locale: 'en', name: 'English' },
];

export function asLocale(value: string | undefined | null): Locale {
  return value === 'en' ? 'en' : 'da';
}

export const i18nProvider = polyglotI18nProvider(
  (locale) => (asLocale(locale) === 'en' ? en : da),
  DEFAULT_LOCALE,
  LOCALES,
  { allowMissing: true },
);
