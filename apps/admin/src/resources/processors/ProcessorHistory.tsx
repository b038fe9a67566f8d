import { useRecordContext, useTranslate } from 'react-admin';
import { Box, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { ChangeList } from '../../components/ChangeList';
import { useFormatDateTime } from '../../components/useFormatDateTime';
import { actionLabel } from '../audit-events/changes';

interface HistoryEntry {
  id: string;
  seq?: number;
  occurredAt?: string;
  actorName?: string | null;
  actorType?: string;
  action?: string;
  changes?: string | null;
}

/** The processor's change log (who, when, what, each field before → after), newest first. */
export const ProcessorHistory = (_props: { label?: string }) => {
  const record = useRecordContext<{ history?: HistoryEntry[] }>();
  const translate = useTranslate();
  const formatDateTime = useFormatDateTime();
  const history = [...(record?.history ?? [])].sort((a, b) => (b.seq ?? 0) - (a.seq ?? 0));
  if (history.length === 0) {
    return (
      <Typography variant="body2" color="text.secondary">
        {translate('tilsyn.processors.history_empty')}
      </Typography>
    );
  }
  const label = (field: string) => translate(`resources.AuditEvent.fields.${field}`);
  return (
    <Box sx={{ overflowX: 'auto', contain: 'inline-size' }}>
      <Table size="small" aria-label={translate('resources.Processor.fields.history')} data-testid="processor-history">
        <TableHead>
          <TableRow>
            <TableCell>{label('occurredAt')}</TableCell>
            <TableCell>{label('actorName')}</TableCell>
            <TableCell>{label('action')}</TableCell>
            <TableCell>{label('changes')}</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {history.map((entry) => (
            <TableRow key={entry.id}>
              <TableCell sx={{ whiteSpace: 'nowrap', verticalAlign: 'top' }}>{formatDateTime(entry.occurredAt)}</TableCell>
              <TableCell sx={{ verticalAlign: 'top' }}>
                {entry.actorName ??
                  (entry.actorType ? translate(`tilsyn.enums.actorType.${entry.actorType}`, { _: entry.actorType }) : '')}
              </TableCell>
              <TableCell sx={{ verticalAlign: 'top' }}>{actionLabel(translate, entry.action)}</TableCell>
              <TableCell sx={{ verticalAlign: 'top' }}>
                <ChangeList changes={entry.changes} resource="Processor" />
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </Box>
  );
};
