import { useRecordContext, useTranslate } from 'react-admin';
import { Typography } from '@mui/material';
import { actionLabel } from './changes';

/** The action in words ("Databehandler ændret"), with its stable code as a tooltip. */
export const ActionField = (_props: { label?: string; source?: string }) => {
  const record = useRecordContext<{ id: string; action?: string }>();
  const translate = useTranslate();
  if (!record?.action) return null;
  return (
    <Typography component="span" variant="body2" title={record.action}>
      {actionLabel(translate, record.action)}
    </Typography>
  );
};
