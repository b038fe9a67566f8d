import type { ReactNode } from 'react';
import { useTranslate } from 'react-admin';
import { isSettledNotice } from '@tilsyn/domain';
import { Box, Stack, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { ErasureNoticeStatusChip } from '../../components/StatusChips';
import { useFormatIsoDate } from '../../components/IsoDateField';
import { useFormatDateTime } from '../../components/useFormatDateTime';
import type { ErasureNoticeRecord } from '../../graphql/types';
import { ErasureNoticeActions } from './ErasureNoticeActions';
import { LegalBasisText, ProcessorLink } from './ErasureRequestFields';

const Small = ({ children, mono = false, title }: { children: ReactNode; mono?: boolean; title?: string }) => (
  <Typography component="div" variant="caption" color="text.secondary" title={title} sx={{ overflowWrap: 'anywhere', ...(mono ? { fontFamily: 'monospace' } : {}) }}>
    {children}
  </Typography>
);

/** What happens next while the notice waits for an answer: a reminder to the recipient or the reviewers told, and when. */
export const NextActionText = ({
  notice,
  details = true,
}: {
  notice: Pick<ErasureNoticeRecord, 'nextAction' | 'nextActionOn' | 'escalatedAt' | 'remindersSent'>;
  /** Also the reminders sent and the escalation (the notice list has columns of its own for them). */
  details?: boolean;
}) => {
  const translate = useTranslate();
  const formatDate = useFormatIsoDate();
  const formatDateTime = useFormatDateTime();
  return (
    <Stack spacing={0}>
      {notice.nextAction ? (
        <Typography component="span" variant="body2" data-testid="erasure-next-action" data-value={notice.nextAction}>
          {translate(`tilsyn.enums.erasureNextAction.${notice.nextAction}`, { _: notice.nextAction })} {formatDate(notice.nextActionOn)}
        </Typography>
      ) : (
        <Typography component="span" variant="body2" color="text.secondary">
          —
        </Typography>
      )}
      {details && <Small>{translate('tilsyn.erasure.notices.reminders_sent', { smart_count: notice.remindersSent })}</Small>}
      {details && notice.escalatedAt && (
        <Typography component="span" variant="caption" color="error" data-testid="erasure-escalated">
          {translate('tilsyn.erasure.notices.escalated_at', { at: formatDateTime(notice.escalatedAt) })}
        </Typography>
      )}
    </Stack>
  );
};

/**
 * One row per recipient told of the request, with what came back: channel and status, the
 * deadline it was given, when it was sent and answered and from where (page, webhook, staff), the
 * erasure day, the evidence it uploaded (name and SHA-256), and what happens next. The actions are
 * those the notice's state and the reader's role allow.
 */
export const ErasureNoticesTable = ({ notices }: { notices: readonly ErasureNoticeRecord[] }) => {
  const translate = useTranslate();
  const formatDate = useFormatIsoDate();
  const formatDateTime = useFormatDateTime();
  if (notices.length === 0) {
    return (
      <Typography variant="body2" color="text.secondary" data-testid="erasure-notices" data-count={0}>
        {translate('tilsyn.erasure.notices.none')}
      </Typography>
    );
  }
  return (
    <Box sx={{ overflowX: 'auto' }}>
      <Table size="small" aria-label={translate('resources.ErasureNotice.name', { smart_count: 2 })} data-testid="erasure-notices" data-count={notices.length}>
        <TableHead>
          <TableRow>
            <TableCell>{translate('resources.ErasureNotice.fields.processorName')}</TableCell>
            <TableCell>{translate('resources.ErasureNotice.fields.channel')}</TableCell>
            <TableCell>{translate('resources.ErasureNotice.fields.status')}</TableCell>
            <TableCell>{translate('resources.ErasureNotice.fields.deadlineOn')}</TableCell>
            <TableCell>{translate('resources.ErasureNotice.fields.sentAt')}</TableCell>
            <TableCell>{translate('resources.ErasureNotice.fields.answeredAt')}</TableCell>
            <TableCell>{translate('resources.ErasureNotice.fields.erasedOn')}</TableCell>
            <TableCell>{translate('resources.ErasureNotice.fields.evidence')}</TableCell>
            <TableCell>{translate('resources.ErasureNotice.fields.nextAction')}</TableCell>
            <TableCell />
          </TableRow>
        </TableHead>
        <TableBody>
          {notices.map((n) => (
            <TableRow key={n.id} data-testid={`erasure-notice-${n.id}`} data-status={n.status} sx={{ verticalAlign: 'top' }}>
              <TableCell>
                <ProcessorLink processorId={n.processorId} name={n.processorName} />
                <Small>
                  <LegalBasisText legalBasis={n.legalBasis} />
                </Small>
                {n.recipientReference && <Small>{translate('tilsyn.erasure.notices.their_reference', { reference: n.recipientReference })}</Small>}
              </TableCell>
              <TableCell>
                {translate(`tilsyn.enums.erasureChannel.${n.channel}`, { _: n.channel })}
                {n.attempts > 0 && <Small>{translate('tilsyn.erasure.notices.attempts', { smart_count: n.attempts })}</Small>}
              </TableCell>
              <TableCell>
                <ErasureNoticeStatusChip status={n.status} testId={`erasure-notice-status-${n.id}`} />
                {n.exceptionReason && <Small title={translate('resources.ErasureNotice.fields.exceptionReason')}>{n.exceptionReason}</Small>}
                {n.lastError && !isSettledNotice(n.status) && <Small mono title={translate('resources.ErasureNotice.fields.lastError')}>{n.lastError}</Small>}
              </TableCell>
              <TableCell sx={{ whiteSpace: 'nowrap' }}>{formatDate(n.deadlineOn)}</TableCell>
              <TableCell sx={{ whiteSpace: 'nowrap' }}>{formatDateTime(n.sentAt) || '—'}</TableCell>
              <TableCell>
                <Box sx={{ whiteSpace: 'nowrap' }}>{formatDateTime(n.answeredAt) || '—'}</Box>
                {n.answerSource && <Small>{translate(`tilsyn.enums.erasureAnswerSource.${n.answerSource}`, { _: n.answerSource })}</Small>}
                {n.answerNote && <Small title={translate('resources.ErasureNotice.fields.answerNote')}>{n.answerNote}</Small>}
              </TableCell>
              <TableCell>
                <Box sx={{ whiteSpace: 'nowrap' }}>{formatDate(n.erasedOn) || '—'}</Box>
                {n.passedToSubprocessors !== null && n.passedToSubprocessors !== undefined && (
                  <Small>{translate(n.passedToSubprocessors ? 'tilsyn.erasure.notices.passed_yes' : 'tilsyn.erasure.notices.passed_no')}</Small>
                )}
              </TableCell>
              <TableCell sx={{ maxWidth: 220 }}>
                {n.evidenceFileName ? (
                  <>
                    <Typography variant="body2" sx={{ overflowWrap: 'anywhere' }} data-testid={`erasure-evidence-${n.id}`}>
                      {n.evidenceFileName}
                    </Typography>
                    {n.evidenceSha256 && (
                      <Small mono title={n.evidenceSha256}>
                        SHA-256 {n.evidenceSha256}
                      </Small>
                    )}
                  </>
                ) : (
                  '—'
                )}
              </TableCell>
              <TableCell>
                <NextActionText notice={n} />
              </TableCell>
              <TableCell align="right">
                <ErasureNoticeActions notice={n} />
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </Box>
  );
};
