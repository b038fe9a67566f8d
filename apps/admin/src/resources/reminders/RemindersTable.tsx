import { useTranslate } from 'react-admin';
import { Box, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { useFormatIsoDate } from '../../components/IsoDateField';
import { useFormatDateTime } from '../../components/useFormatDateTime';
import type { ReminderRecord } from '../../graphql/types';
import { DeliveryProblemText, RecipientsText, ReminderStatus, RetryReminderButton, ThresholdText } from './ReminderFields';

/**
 * The reminders sent (or due to be sent) about one subject, with their delivery record: threshold,
 * day, recipients, status, attempts, the mail server's last answer and when it went out.
 */
export const RemindersTable = ({ reminders, testId, onChanged }: { reminders: readonly ReminderRecord[]; testId?: string; onChanged?: () => void }) => {
  const translate = useTranslate();
  const formatDate = useFormatIsoDate();
  const formatDateTime = useFormatDateTime();
  if (reminders.length === 0) {
    return (
      <Typography variant="body2" color="text.secondary" data-testid={testId} data-count={0}>
        {translate('tilsyn.reminders.none')}
      </Typography>
    );
  }
  return (
    <Box sx={{ overflowX: 'auto' }}>
      <Table size="small" aria-label={translate('resources.Reminder.name', { smart_count: 2 })} data-testid={testId} data-count={reminders.length}>
        <TableHead>
          <TableRow>
            <TableCell>{translate('resources.Reminder.fields.thresholdKey')}</TableCell>
            <TableCell>{translate('resources.Reminder.fields.thresholdOn')}</TableCell>
            <TableCell>{translate('resources.Reminder.fields.recipients')}</TableCell>
            <TableCell>{translate('resources.Reminder.fields.status')}</TableCell>
            <TableCell align="right">{translate('resources.Reminder.fields.attempts')}</TableCell>
            <TableCell>{translate('resources.Reminder.fields.lastError')}</TableCell>
            <TableCell>{translate('resources.Reminder.fields.sentAt')}</TableCell>
            <TableCell />
          </TableRow>
        </TableHead>
        <TableBody>
          {reminders.map((r) => (
            <TableRow key={r.id} data-testid={`reminder-row-${r.id}`} data-status={r.status}>
              <TableCell>
                <ThresholdText reminder={r} />
              </TableCell>
              <TableCell sx={{ whiteSpace: 'nowrap' }}>{formatDate(r.thresholdOn)}</TableCell>
              <TableCell>
                <RecipientsText reminder={r} />
              </TableCell>
              <TableCell>
                <ReminderStatus reminder={r} />
              </TableCell>
              <TableCell align="right">{r.attempts}</TableCell>
              <TableCell>
                <DeliveryProblemText reminder={r} />
              </TableCell>
              <TableCell sx={{ whiteSpace: 'nowrap' }}>{formatDateTime(r.sentAt)}</TableCell>
              <TableCell>
                <RetryReminderButton reminder={r} onDone={onChanged} />
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </Box>
  );
};
