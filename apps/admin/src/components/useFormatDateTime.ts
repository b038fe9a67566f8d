import { useCallback } from 'react';
import { useLocaleState } from 'react-admin';

/** Formats an ISO instant as date and time in the current language. */
export function useFormatDateTime(): (value: string | null | undefined) => string {
  const [locale] = useLocaleState();
  return useCallback(
    (value) => {
      if (!value) return '';
      const date = new Date(value);
      if (Number.isNaN(date.getTime())) return value;
      return new Intl.DateTimeFormat(locale === 'en' ? 'en-GB' : 'da-DK', { dateStyle: 'medium', timeStyle: 'short' }).format(date);
    },
    [locale],
  );
}
