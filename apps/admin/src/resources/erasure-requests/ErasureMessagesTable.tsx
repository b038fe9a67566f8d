import { useTranslate } from 'react-admin';
import { Box, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { ErasureDispatchStatusChip } from '../../components/StatusChips';
import { useFormatIsoDate } from '../../components/IsoDateField';
import { useFormatDateTime } from '../../components/useFormatDateTime';
import type { ErasureDispatchRecord } from '../../graphql/types';
import { dispatchProblem } from './erasure-rules';

/**
 * The evidence of who was told when: every message that carried this request's notices (the
 * first notice in a day's digest, reminders, the reviewers' escalation), to whom (the primary
 * contact, the fallback after a permanent failure, or the reviewers), its delivery state and
 * attempts, when it left, its Message-ID (the same on every attempt), how long its confirmation
 * link works, and what the mail server or webhook said last.
 */
export const ErasureMessagesTable = ({ messages }: { messages: readonly ErasureDispatchRecord[] }) => {
  const translate = useTranslate();
  const formatDate = useFormatIsoDate();
  const formatDateTime = useFormatDateTime();
  if (messages.length === 0) {
    return (
      <Typography variant="body2" color="text.secondary" data-testid="erasure-messages" data-count={0}>
        {translate('tilsyn.erasure.messages.none')}
      </Typography>
    );
  }
  return (
    <Box sx={{ overflowX: 'auto' }}>
      <Table size="small" aria-label={translate('tilsyn.erasure.sections.messages')} data-testid="erasure-messages" data-count={messages.length}>
        <TableHead>
          <TableRow>
            <TableCell>{translate('tilsyn.erasure.messages.kind')}</TableCell>
            <TableCell>{translate('tilsyn.erasure.messages.processor')}</TableCell>
            <TableCell>{translate('tilsyn.erasure.messages.channel')}</TableCell>
            <TableCell>{translate('tilsyn.erasure.messages.recipient_kind')}</TableCell>
            <TableCell>{translate('tilsyn.erasure.messages.status')}</TableCell>
            <TableCell align="right">{translate('tilsyn.erasure.messages.attempts')}</TableCell>
            <TableCell>{translate('tilsyn.erasure.messages.sent_at')}</TableCell>
            <TableCell>{translate('tilsyn.erasure.messages.message_id')}</TableCell>
            <TableCell>{translate('tilsyn.erasure.messages.expires_on')}</TableCell>
            <TableCell>{translate('tilsyn.erasure.messages.last_error')}</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {messages.map((m) => (
            <TableRow key={m.id} data-testid={`erasure-message-${m.id}`} data-kind={m.kind} data-status={m.status} sx={{ verticalAlign: 'top' }}>
              <TableCell>
                {translate(`tilsyn.enums.erasureDispatchKind.${m.kind}`, { _: m.kind })}
                {m.noticeCount > 1 && (
                  <Typography component="div" variant="caption" color="text.secondary">
                    {translate('tilsyn.erasure.messages.digest', { smart_count: m.noticeCount })}
                  </Typography>
                )}
              </TableCell>
              <TableCell>{m.processorName}</TableCell>
              <TableCell>{translate(`tilsyn.enums.erasureChannel.${m.channel}`, { _: m.channel })}</TableCell>
              <TableCell>{translate(`tilsyn.enums.erasureRecipientKind.${m.recipientKind}`, { _: m.recipientKind })}</TableCell>
              <TableCell>
                <ErasureDispatchStatusChip status={m.status} />
              </TableCell>
              <TableCell align="right">{m.attempts}</TableCell>
              <TableCell sx={{ whiteSpace: 'nowrap' }}>{formatDateTime(m.sentAt) || '—'}</TableCell>
              <TableCell sx={{ fontFamily: 'monospace', fontSize: 12, overflowWrap: 'anywhere', maxWidth: 260 }}>{m.messageId}</TableCell>
              <TableCell sx={{ whiteSpace: 'nowrap' }}>{formatDate(m.expiresOn) || '—'}</TableCell>
              <TableCell sx={{ fontFamily: 'monospace', fontSize: 12, wordBreak: 'break-word', maxWidth: 260 }}>{dispatchProblem(m)}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </Box>
  );
};
