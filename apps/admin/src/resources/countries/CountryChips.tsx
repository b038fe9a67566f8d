import { useTranslate } from 'react-admin';
import { Chip, Stack } from '@mui/material';
import type { CountryRecord } from '../../graphql/types';

/** EEA member or third country; adequacy in force today. */
export const CountryChips = ({ record }: { record: Pick<CountryRecord, 'eeaMember' | 'adequacyToday'> }) => {
  const translate = useTranslate();
  return (
    <Stack direction="row" spacing={0.5} useFlexGap sx={{ flexWrap: 'wrap' }}>
      <Chip
        size="small"
        color={record.eeaMember ? 'primary' : 'default'}
        variant={record.eeaMember ? 'filled' : 'outlined'}
        label={translate(record.eeaMember ? 'tilsyn.countries.eea' : 'tilsyn.countries.third_country')}
        title={translate(record.eeaMember ? 'tilsyn.countries.eea_member_yes' : 'tilsyn.countries.eea_member_no')}
        data-testid="country-eea"
        data-value={record.eeaMember ? 'true' : 'false'}
      />
      {!record.eeaMember && record.adequacyToday && (
        <Chip size="small" color="success" variant="outlined" label={translate('tilsyn.countries.adequacy_today_yes')} data-testid="country-adequacy" />
      )}
    </Stack>
  );
};
