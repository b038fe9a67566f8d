import { useFieldValue, useLocaleState, type FieldProps } from 'react-admin';
import { Typography } from '@mui/material';
import { countryName } from '@tilsyn/domain';
import { asLocale } from '../providers/i18nProvider';

/** Shows a country code by its name in the current language ("Tyskland", "Germany"). */
export const CountryField = (props: FieldProps) => {
  const value = useFieldValue(props);
  const [locale] = useLocaleState();
  if (typeof value !== 'string' || value === '') return null;
  return (
    <Typography component="span" variant="body2" title={value}>
      {countryName(value, asLocale(locale))}
    </Typography>
  );
};
