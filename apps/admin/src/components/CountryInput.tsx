import { useMemo } from 'react';
import { AutocompleteInput, useLocaleState, type AutocompleteInputProps } from 'react-admin';
import { countryChoices } from '@tilsyn/domain';
import { asLocale } from '../providers/i18nProvider';

/** ISO 3166-1 country picker, names in the current language, stored as the alpha-2 code. */
export const CountryInput = (props: Omit<AutocompleteInputProps, 'choices'>) => {
  const [locale] = useLocaleState();
  const choices = useMemo(() => countryChoices(asLocale(locale)), [locale]);
  return <AutocompleteInput choices={choices} translateChoice={false} {...props} />;
};
