import { useRecordContext, useTranslate } from 'react-admin';
import { Chip } from '@mui/material';

export const TokenStatusField = (_props: { label?: string; source?: string }) => {
  const record = useRecordContext<{ id: string; revokedAt?: string | null }>();
  const translate = useTranslate();
  if (!record) return null;
  const revoked = record.revokedAt != null;
  return (
    <Chip
      size="small"
      color={revoked ? 'default' : 'success'}
      variant={revoked ? 'outlined' : 'filled'}
      label={translate(revoked ? 'tilsyn.api_tokens.status_revoked' : 'tilsyn.api_tokens.status_active')}
    />
  );
};
