import { useRecordContext, useTranslate } from 'react-admin';
import { Chip } from '@mui/material';

/**
 * Direct or sub-processor only: a processor we engage has an engagement role (processor, or
 * independent or joint controller); without one it is only a sub-processor of another processor.
 */
export const EngagementField = (_props: { label?: string; source?: string }) => {
  const record = useRecordContext<{ engagementRole?: string | null }>();
  const translate = useTranslate();
  if (!record) return null;
  const direct = !!record.engagementRole;
  return (
    <Chip
      size="small"
      variant="outlined"
      color={direct ? 'primary' : 'default'}
      data-testid="processor-engagement"
      data-value={direct ? 'DIRECT' : 'SUB_ONLY'}
      label={direct ? translate('tilsyn.processors.direct') : translate('tilsyn.processors.sub_only')}
      title={direct ? translate(`tilsyn.enums.engagementRole.${record.engagementRole}`, { _: record.engagementRole ?? '' }) : undefined}
    />
  );
};
