import { useRecordContext, useTranslate } from 'react-admin';
import { Chip } from '@mui/material';
import { todayIso } from '../../components/dates';
import { useFormatIsoDate } from '../../components/IsoDateField';
import { recordStatus } from './record-status';

/** The record's status today as a chip (record-status.ts). */
export const RecordStatusChip = (_props: { label?: string; source?: string; sortable?: boolean }) => {
  const record = useRecordContext<{ startedOn?: string | null; endedOn?: string | null }>();
  const translate = useTranslate();
  const formatDate = useFormatIsoDate();
  if (!record) return null;
  const status = recordStatus(record, todayIso());
  const label =
    status === 'ENDED'
      ? translate('tilsyn.records.status.ENDED', { date: formatDate(record.endedOn) })
      : status === 'NOT_STARTED'
        ? translate('tilsyn.records.status.NOT_STARTED', { date: formatDate(record.startedOn) })
        : translate('tilsyn.records.status.IN_FORCE');
  return <Chip size="small" color={status === 'IN_FORCE' ? 'success' : 'default'} variant={status === 'IN_FORCE' ? 'filled' : 'outlined'} label={label} data-testid="record-status" data-value={status} />;
};
