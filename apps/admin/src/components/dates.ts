import { copenhagenDate, isIsoDate, type Locale } from '@tilsyn/domain';

/** Today in Copenhagen (the agencies' legal day) as YYYY-MM-DD, the default of every date in a dialog. */
export function todayIso(now: Date = new Date()): string {
  return copenhagenDate(now);
}

/**
 * A calendar date (YYYY-MM-DD, as the API stores legal dates) in the reader's language, without
 * a time-zone shift: "1. mar. 2026" / "1 Mar 2026". Anything else is shown as it is.
 */
export function formatIsoDate(value: unknown, locale: Locale): string {
  if (typeof value !== 'string') return '';
  if (!isIsoDate(value)) return value;
  return new Intl.DateTimeFormat(locale === 'en' ? 'en-GB' : 'da-DK', { dateStyle: 'medium', timeZone: 'UTC' }).format(new Date(`${value}T00:00:00Z`));
}

/** Bytes as "1.2 MB" / "1,2 MB". */
export function formatBytes(bytes: number, locale: Locale): string {
  const format = (n: number, digits: number) =>
    new Intl.NumberFormat(locale === 'en' ? 'en-GB' : 'da-DK', { maximumFractionDigits: digits }).format(n);
  if (bytes < 1024) return `${format(bytes, 0)} B`;
  if (bytes < 1024 * 1024) return `${format(bytes / 1024, 1)} kB`;
  return `${format(bytes / (1024 * 1024), 1)} MB`;
}
