import type React from 'react';
import { useState } from 'react';
import { Link as RouterLink } from 'react-router';
import { Button, useCanAccess, useNotify, useRefresh, useTranslate } from 'react-admin';
import { Box, Link, Stack, Tooltip, Typography } from '@mui/material';
import ReplayIcon from '@mui/icons-material/Replay';
import { ReminderStatusChip } from '../../components/StatusChips';
import type { ReminderRecord } from '../../graphql/types';
import { useTilsynDataProvider } from '../../providers/useTilsynDataProvider';
import { deliveryProblem, reminderSubjectPath, thresholdWords } from './reminder-words';

/** "30 dage før", "På dagen", "14 dage over fristen", "Eskalering efter 14 dage" (the key as tooltip). */
export const ThresholdText = ({ reminder }: { reminder: Pick<ReminderRecord, 'thresholdKey' | 'escalation'> }) => {
  const translate = useTranslate();
  const { key, options } = thresholdWords(reminder.thresholdKey);
  return (
    <Typography component="span" variant="body2" title={reminder.thresholdKey} data-threshold={reminder.thresholdKey} sx={reminder.escalation ? { fontWeight: 600 } : undefined}>
      {translate(key, options)}
    </Typography>
  );
};

/** The staff members it went to (never a data subject), one per line. */
export const RecipientsText = ({ reminder }: { reminder: Pick<ReminderRecord, 'recipients'> }) => {
  const translate = useTranslate();
  const recipients = reminder.recipients ?? [];
  if (recipients.length === 0) {
    return (
      <Typography component="span" variant="body2" color="text.secondary">
        {translate('tilsyn.reminders.no_recipients')}
      </Typography>
    );
  }
  return (
    <Stack spacing={0}>
      {recipients.map((r) => (
        <Typography key={r.userId} component="span" variant="body2" sx={{ overflowWrap: 'anywhere' }}>
          {r.email}
        </Typography>
      ))}
    </Stack>
  );
};

/** The delivery status as a chip, `reminder-status-<id>` with the code in data-value. */
export const ReminderStatus = ({ reminder }: { reminder: Pick<ReminderRecord, 'id' | 'status'> }) => (
  <ReminderStatusChip status={reminder.status} testId={`reminder-status-${reminder.id}`} />
);

/** The last SMTP error and reply code, monospaced (what the mail server said). */
export const DeliveryProblemText = ({ reminder }: { reminder: Pick<ReminderRecord, 'lastError' | 'lastResponseCode'> }) => {
  const problem = deliveryProblem(reminder);
  if (!problem) return null;
  return (
    <Typography component="span" variant="body2" sx={{ fontFamily: 'monospace', fontSize: 12, wordBreak: 'break-word' }}>
      {problem}
    </Typography>
  );
};

/** The review, or the DPA reaching its end date, that the reminder is about. */
export const ReminderSubjectLink = ({ reminder }: { reminder: Pick<ReminderRecord, 'subjectType' | 'subjectId'> }) => {
  const translate = useTranslate();
  const path = reminderSubjectPath(reminder);
  const label = translate(`tilsyn.enums.reminderSubjectType.${reminder.subjectType}`, { _: reminder.subjectType });
  if (!path) return <Typography variant="body2">{label}</Typography>;
  return (
    <Link component={RouterLink} to={path} variant="body2" onClick={(e: React.MouseEvent) => e.stopPropagation()} data-testid="reminder-subject-link">
      {label}
    </Link>
  );
};

/**
 * Sends a FAILED reminder again once the cause is fixed (retryReminder): the administrator's call,
 * audited. Shown only on failed rows and only to roles allowed to.
 */
export const RetryReminderButton = ({ reminder, onDone }: { reminder: Pick<ReminderRecord, 'id' | 'status'>; onDone?: () => void }) => {
  const { canAccess } = useCanAccess({ resource: 'Reminder', action: 'retry' });
  const dataProvider = useTilsynDataProvider();
  const notify = useNotify();
  const refresh = useRefresh();
  const translate = useTranslate();
  const [busy, setBusy] = useState(false);
  if (!canAccess || reminder.status !== 'FAILED') return null;
  const retry = async (event: React.MouseEvent) => {
    event.stopPropagation();
    setBusy(true);
    try {
      await dataProvider.retryReminder(reminder.id);
      notify('tilsyn.reminders.retried', { type: 'success' });
      if (onDone) onDone();
      else refresh();
    } catch (error) {
      notify(error instanceof Error ? error.message : 'ra.notification.http_error', { type: 'error' });
    } finally {
      setBusy(false);
    }
  };
  return (
    <Tooltip title={translate('tilsyn.reminders.retry_help')}>
      <Box component="span">
        <Button label="tilsyn.reminders.retry" size="small" onClick={retry} disabled={busy} data-testid={`reminder-retry-${reminder.id}`}>
          <ReplayIcon />
        </Button>
      </Box>
    </Tooltip>
  );
};
