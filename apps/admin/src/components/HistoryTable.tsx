import { useTranslate } from 'react-admin';
import { Box, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import type { HistoryEntryRecord } from '../graphql/types';
import { actionLabel } from '../resources/audit-events/changes';
import { ChangeList } from './ChangeList';
import { useFormatDateTime } from './useFormatDateTime';

interface HistoryTableProps {
  history: readonly HistoryEntryRecord[] | null | undefined;
  /** Resource whose field labels name the changed fields. */
  resource: string;
  testId: string;
  /** Translation key shown when nothing is recorded. */
  emptyText: string;
}

/** A record's change log (who, when, what, each field before → after), newest first. */
export const HistoryTable = ({ history, resource, testId, emptyText }: HistoryTableProps) => {
  const translate = useTranslate();
  const formatDateTime = useFormatDateTime();
  const rows = [...(history ?? [])].sort((a, b) => (b.seq ?? 0) - (a.seq ?? 0));
  if (rows.length === 0) {
    return (
      <Typography variant="body2" color="text.secondary">
        {translate(emptyText)}
      </Typography>
    );
  }
  const label = (field: string) => translate(`resources.AuditEvent.fields.${field}`);
  return (
    <Box sx={{ overflowX: 'auto', contain: 'inline-size' }}>
      <Table size="small" aria-label={translate(`resources.${resource}.fields.history`)} data-testid={testId}>
        <TableHead>
          <TableRow>
            <TableCell>{label('occurredAt')}</TableCell>
            <TableCell>{label('actorName')}</TableCell>
            <TableCell>{label('action')}</TableCell>
            <TableCell>{label('changes')}</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {rows.map((entry) => (
            <TableRow key={entry.id}>
              <TableCell sx={{ whiteSpace: 'nowrap', verticalAlign: 'top' }}>{formatDateTime(entry.occurredAt)}</TableCell>
              <TableCell sx={{ verticalAlign: 'top' }}>
                {entry.actorName ?? (entry.actorType ? translate(`tilsyn.enums.actorType.${entry.actorType}`, { _: entry.actorType }) : '')}
              </TableCell>
              <TableCell sx={{ verticalAlign: 'top' }}>{actionLabel(translate, entry.action)}</TableCell>
              <TableCell sx={{ verticalAlign: 'top' }}>
                <ChangeList changes={entry.changes} resource={resource} withContext={resource !== 'Processor'} />
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </Box>
  );
};
