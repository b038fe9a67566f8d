import { useTranslate } from 'react-admin';
import { Chip, Stack } from '@mui/material';
import type { AdequacyDecisionRecord } from '../../graphql/types';

/** "Skal verificeres" (a research date not yet confirmed against the official text). */
export const ToVerifyChip = ({ record }: { record: Pick<AdequacyDecisionRecord, 'toVerify'> }) => {
  const translate = useTranslate();
  if (!record.toVerify) return null;
  return <Chip size="small" color="warning" label={translate('tilsyn.adequacy.to_verify')} title={translate('tilsyn.adequacy.to_verify_help')} data-testid="adequacy-to-verify" />;
};

/** In force today, not in force, or revoked. */
export const InForceChip = ({ record }: { record: Pick<AdequacyDecisionRecord, 'inForceToday' | 'revokedOn'> }) => {
  const translate = useTranslate();
  const label = record.revokedOn ? 'tilsyn.adequacy.revoked' : record.inForceToday ? 'tilsyn.adequacy.in_force' : 'tilsyn.adequacy.not_in_force';
  return (
    <Chip
      size="small"
      variant={record.inForceToday ? 'filled' : 'outlined'}
      color={record.inForceToday ? 'success' : record.revokedOn ? 'error' : 'default'}
      label={translate(label)}
      data-testid="adequacy-in-force"
      data-value={record.inForceToday ? 'true' : 'false'}
    />
  );
};

export const DecisionChips = ({ record }: { record: AdequacyDecisionRecord }) => (
  <Stack direction="row" spacing={0.5} useFlexGap sx={{ flexWrap: 'wrap' }}>
    <InForceChip record={record} />
    <ToVerifyChip record={record} />
  </Stack>
);
