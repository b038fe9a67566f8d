import { useLocaleState, useRecordContext } from 'react-admin';
import { Typography } from '@mui/material';
import { countryName, isCountryCode } from '@tilsyn/domain';
import type { AdequacyDecisionRecord } from '../../graphql/types';
import { asLocale } from '../../providers/i18nProvider';

/** The country's name in the chosen language; an organisation (ORG:<KEY>) by the API's name. */
export const JurisdictionField = (_props: { label?: string; source?: string }) => {
  const record = useRecordContext<AdequacyDecisionRecord>();
  const [locale] = useLocaleState();
  if (!record) return null;
  const name = isCountryCode(record.jurisdiction) ? countryName(record.jurisdiction, asLocale(locale)) : record.jurisdictionName;
  return (
    <Typography component="span" variant="body2" title={record.jurisdiction}>
      {name}
    </Typography>
  );
};
