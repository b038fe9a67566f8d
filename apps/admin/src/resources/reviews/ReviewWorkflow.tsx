import { useState } from 'react';
import { Button, maxLength, required, TextInput, useNotify, useRefresh, useTranslate } from 'react-admin';
import { Alert, Box, Stack, Typography } from '@mui/material';
import PlayArrowIcon from '@mui/icons-material/PlayArrow';
import SendIcon from '@mui/icons-material/Send';
import TaskAltIcon from '@mui/icons-material/TaskAlt';
import UndoIcon from '@mui/icons-material/Undo';
import CheckBoxOutlineBlankIcon from '@mui/icons-material/CheckBoxOutlineBlank';
import { FormDialogButton } from '../../components/FormDialogButton';
import type { ReviewRecord } from '../../graphql/types';
import { useTilsynDataProvider } from '../../providers/useTilsynDataProvider';
import { describeGap, firstGapText, type ReviewActionSet } from './review-rules';

const commentValidators = [required(), maxLength(5000)];
const optionalComment = [maxLength(5000)];

/** Start marks an open review as being worked on; no dialog, nothing is decided by it. */
const StartButton = ({ record }: { record: ReviewRecord }) => {
  const dataProvider = useTilsynDataProvider();
  const notify = useNotify();
  const refresh = useRefresh();
  const [busy, setBusy] = useState(false);
  const start = async () => {
    setBusy(true);
    try {
      await dataProvider.startReview({ id: record.id, version: record.version });
      notify('tilsyn.reviews.started', { type: 'success' });
      refresh();
    } catch (error) {
      notify(error instanceof Error ? error.message : 'ra.notification.http_error', { type: 'error' });
    } finally {
      setBusy(false);
    }
  };
  return (
    <Button label="tilsyn.reviews.start" variant="outlined" onClick={start} disabled={busy} data-testid="review-start">
      <PlayArrowIcon />
    </Button>
  );
};

/**
 * The review's transitions, each one explicit mutation with the version read: start, submit
 * (greyed out, naming the first thing missing, while the checklist, outcome or evidence is
 * incomplete or changes are unsaved), approve and send back (review.approve; never by an author:
 * four eyes, said in words where it applies).
 */
export const ReviewWorkflow = ({ record, actions, dirty }: { record: ReviewRecord; actions: ReviewActionSet; dirty: boolean }) => {
  const translate = useTranslate();
  const dataProvider = useTilsynDataProvider();
  const at = { id: record.id, version: record.version };
  const gaps = record.submissionGaps ?? [];
  const firstGap = firstGapText(gaps, record.checklist, translate);
  const submitBlockedBy = dirty ? translate('tilsyn.reviews.save_first') : firstGap ? translate('tilsyn.reviews.submit_missing', { missing: firstGap }) : null;
  const outcome = record.outcome ? translate(`tilsyn.enums.reviewOutcome.${record.outcome}`) : '—';
  const anything = actions.start || actions.submit || actions.approve || actions.approveBlocked || actions.sendBack;
  if (!anything) return null;
  return (
    <Box component="section" aria-label={translate('tilsyn.reviews.workflow')} sx={{ mb: 2 }}>
      <Stack direction="row" spacing={1} useFlexGap sx={{ alignItems: 'center', flexWrap: 'wrap' }}>
        {actions.start && <StartButton record={record} />}
        {actions.submit && (
          <FormDialogButton
            resource="Review"
            action="submit"
            label="tilsyn.reviews.submit"
            icon={<SendIcon />}
            variant="contained"
            title={translate('tilsyn.reviews.submit_title')}
            intro={translate('tilsyn.reviews.submit_content')}
            successMessage="tilsyn.reviews.submitted"
            testId="review-submit"
            disabled={submitBlockedBy !== null}
            onSubmit={() => dataProvider.submitReview(at)}
          >
            {null}
          </FormDialogButton>
        )}
        {actions.submit && submitBlockedBy && (
          <Typography variant="body2" color="text.secondary" data-testid="review-submit-gap" data-gap={dirty ? '' : gaps[0]}>
            {submitBlockedBy}
          </Typography>
        )}
        {(actions.approve || actions.approveBlocked) && (
          <FormDialogButton
            resource="Review"
            action="approve"
            label="tilsyn.reviews.approve"
            icon={<TaskAltIcon />}
            variant="contained"
            color="primary"
            title={translate('tilsyn.reviews.approve_title')}
            intro={translate(record.intervalMonths ? 'tilsyn.reviews.approve_content' : 'tilsyn.reviews.approve_content_once', {
              outcome,
              smart_count: record.intervalMonths ?? 0,
            })}
            successMessage="tilsyn.reviews.approved"
            testId="review-approve"
            disabled={!actions.approve}
            onSubmit={(values) => dataProvider.approveReview({ ...at, comment: typeof values.comment === 'string' ? values.comment : null })}
          >
            <TextInput source="comment" label="tilsyn.reviews.approve_comment" validate={optionalComment} multiline minRows={2} fullWidth />
          </FormDialogButton>
        )}
        {actions.sendBack && (
          <FormDialogButton
            resource="Review"
            action="sendBack"
            label="tilsyn.reviews.send_back"
            icon={<UndoIcon />}
            color="warning"
            variant="outlined"
            title={translate('tilsyn.reviews.send_back_title')}
            intro={translate('tilsyn.reviews.send_back_intro')}
            successMessage="tilsyn.reviews.sent_back"
            testId="review-send-back"
            onSubmit={(values) => dataProvider.sendBackReview({ ...at, comment: String(values.comment ?? '') })}
          >
            <TextInput source="comment" label="resources.Review.fields.comment" validate={commentValidators} multiline minRows={3} fullWidth autoFocus />
          </FormDialogButton>
        )}
      </Stack>
      {actions.approveBlocked && (
        <Alert severity="warning" sx={{ mt: 1 }} data-testid="review-four-eyes-note">
          {translate('tilsyn.reviews.four_eyes')}
        </Alert>
      )}
      {actions.submit && gaps.length > 0 && (
        <Alert severity="info" sx={{ mt: 1 }} data-testid="review-gaps">
          <Typography variant="subtitle2" component="h2">
            {translate('tilsyn.reviews.gaps_title')}
          </Typography>
          <Box component="ul" sx={{ listStyle: 'none', m: 0, p: 0 }}>
            {gaps.map((gap) => {
              const { key, options } = describeGap(gap, record.checklist);
              return (
                <Box component="li" key={gap} data-gap={gap} sx={{ display: 'flex', alignItems: 'center', gap: 1 }}>
                  <CheckBoxOutlineBlankIcon fontSize="small" aria-hidden />
                  <Typography variant="body2">{translate(key, options)}</Typography>
                </Box>
              );
            })}
          </Box>
        </Alert>
      )}
    </Box>
  );
};
