import { useRecordContext, useTranslate } from 'react-admin';
import { Typography } from '@mui/material';

/** Who did it: the actor's name, or the translated actor type (system jobs, API tokens without a name). */
export const ActorField = (_props: { label?: string; source?: string }) => {
  const record = useRecordContext<{ actorName?: string | null; actorType?: string | null }>();
  const translate = useTranslate();
  if (!record) return null;
  const type = record.actorType ? translate(`tilsyn.enums.actorType.${record.actorType}`, { _: record.actorType }) : '';
  return (
    <Typography component="span" variant="body2">
      {record.actorName ?? type}
      {record.actorName && record.actorType && record.actorType !== 'USER' ? ` (${type})` : ''}
    </Typography>
  );
};
