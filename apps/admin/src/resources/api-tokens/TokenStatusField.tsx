import { useRecordContext, useTranslate } from 'react-admin';
import { Chip } from '@mui/material';
import type { ApiTokenStatus } from '@tilsyn/domain';

const COLOURS: Record<ApiTokenStatus, 'success' | 'warning' | 'default'> = { ACTIVE: 'success', EXPIRED: 'warning', REVOKED: 'default' };

/** ACTIVE, EXPIRED or REVOKED as the API derived it (ApiToken.status). */
export const TokenStatusField = (_props: { label?: string; source?: string }) => {
  const record = useRecordContext<{ id: string; status?: ApiTokenStatus; revokedAt?: string | null }>();
  const translate = useTranslate();
  if (!record) return null;
  const status: ApiTokenStatus = record.status ?? (record.revokedAt != null ? 'REVOKED' : 'ACTIVE');
  return (
    <Chip
      size="small"
      color={COLOURS[status]}
      variant={status === 'ACTIVE' ? 'filled' : 'outlined'}
      label={translate(`tilsyn.api_tokens.status_${status.toLowerCase()}`)}
    />
  );
};
