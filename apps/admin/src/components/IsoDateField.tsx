import { useFieldValue, useLocaleState, type FieldProps } from 'react-admin';
import { Typography } from '@mui/material';
import { asLocale } from '../providers/i18nProvider';
import { formatIsoDate } from './dates';

/** A legal date (YYYY-MM-DD) in the reader's language; `emptyText` when there is none. */
export const IsoDateField = (props: FieldProps & { emptyText?: string }) => {
  const value = useFieldValue(props);
  const [locale] = useLocaleState();
  const text = formatIsoDate(value, asLocale(locale));
  return (
    <Typography component="span" variant="body2" title={typeof value === 'string' ? value : undefined}>
      {text || props.emptyText || ''}
    </Typography>
  );
};

/** The same as a hook, for tables built by hand. */
export function useFormatIsoDate(): (value: unknown) => string {
  const [locale] = useLocaleState();
  return (value) => formatIsoDate(value, asLocale(locale));
}
