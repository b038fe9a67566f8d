import type React from 'react';
import { useCallback, useState, type ReactNode } from 'react';
import { Link as RouterLink } from 'react-router';
import { ListButton, Show, TopToolbar, useCreatePath, useRecordContext, useTranslate } from 'react-admin';
import { Alert, Box, Grid, Link, Paper, Stack, Typography } from '@mui/material';
import LockIcon from '@mui/icons-material/Lock';
import { DueStateChip, ReviewStatusChip } from '../../components/StatusChips';
import { useFormatIsoDate } from '../../components/IsoDateField';
import type { ReviewRecord } from '../../graphql/types';
import { RemindersTable } from '../reminders/RemindersTable';
import { ReviewDocuments } from './ReviewDocuments';
import { ReviewEditor, ReviewView, Section } from './ReviewContent';
import { ReviewWorkflow } from './ReviewWorkflow';
import { reviewSubjectPath } from './review-rules';
import { useReviewActions } from './useReviewActions';

const ShowActions = () => (
  <TopToolbar>
    <ListButton />
  </TopToolbar>
);

const Fact = ({ label, children, testId }: { label: string; children: ReactNode; testId?: string }) => {
  const translate = useTranslate();
  return (
    <Grid size={{ xs: 12, sm: 6, md: 3 }}>
      <Typography variant="caption" color="text.secondary" component="div">
        {translate(label)}
      </Typography>
      <Box data-testid={testId}>{children}</Box>
    </Grid>
  );
};

const stop = (e: React.MouseEvent) => e.stopPropagation();

/** Kind and subject, status and due state, and the facts a reader looks for first. */
const Header = ({ record }: { record: ReviewRecord }) => {
  const translate = useTranslate();
  const createPath = useCreatePath();
  const formatDate = useFormatIsoDate();
  const subjectPath = reviewSubjectPath(record.subjectType, record.subjectId);
  const completed = !record.dueState;
  return (
    <Box sx={{ mb: 2 }}>
      <Stack direction="row" spacing={1.5} useFlexGap sx={{ alignItems: 'center', flexWrap: 'wrap', mb: 1 }}>
        {completed && <LockIcon color="action" titleAccess={translate('tilsyn.reviews.frozen')} />}
        <Typography variant="h5" component="h1">
          {translate(`tilsyn.enums.reviewKind.${record.kind}`, { _: record.kind })}: {record.subjectLabel}
        </Typography>
        <ReviewStatusChip status={record.status} testId="review-status" size="medium" />
      </Stack>
      <Grid container spacing={1}>
        <Fact label="resources.Review.fields.subjectLabel">
          <Typography variant="body2">
            {translate(`tilsyn.enums.reviewSubjectType.${record.subjectType}`, { _: record.subjectType })}:{' '}
            {subjectPath ? (
              <Link component={RouterLink} to={subjectPath} onClick={stop} data-testid="review-subject-link">
                {record.subjectLabel}
              </Link>
            ) : (
              record.subjectLabel
            )}
          </Typography>
        </Fact>
        <Fact label="resources.Review.fields.processorId">
          <Link component={RouterLink} variant="body2" to={createPath({ resource: 'Processor', id: record.processorId, type: 'show' })} onClick={stop} data-testid="review-processor-link">
            {record.processorName}
          </Link>
        </Fact>
        <Fact label="resources.Review.fields.dueOn">
          <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
            <Typography variant="body2">{formatDate(record.dueOn)}</Typography>
            <Box component="span" data-testid="review-due-state" data-value={record.dueState ?? ''}>
              {record.dueState ? (
                <DueStateChip state={record.dueState} />
              ) : (
                <Typography component="span" variant="body2" color="text.secondary">
                  {translate('tilsyn.reviews.completed_on', { date: formatDate(record.completedOn) })}
                </Typography>
              )}
            </Box>
          </Stack>
        </Fact>
        <Fact label="resources.Review.fields.assigneeId" testId="review-assignee">
          <Typography variant="body2">{record.assigneeName ?? translate('tilsyn.reviews.no_assignee')}</Typography>
        </Fact>
        {record.kind === 'SUPERVISION' && (
          <Fact label="resources.Review.fields.method" testId="review-method-value">
            <Typography variant="body2">{record.method ? translate(`tilsyn.enums.supervisionMethod.${record.method}`) : translate('tilsyn.reviews.no_method')}</Typography>
          </Fact>
        )}
        <Fact label="resources.Review.fields.intervalMonths">
          <Typography variant="body2">{record.intervalMonths ? translate('tilsyn.reviews.months', { smart_count: record.intervalMonths }) : '—'}</Typography>
        </Fact>
        <Fact label="resources.Review.fields.createdOn">
          <Typography variant="body2">{formatDate(record.createdOn) || '—'}</Typography>
        </Fact>
        {completed && (
          <Fact label="resources.Review.fields.nextDueOn" testId="review-next-due">
            <Typography variant="body2">{formatDate(record.nextDueOn) || '—'}</Typography>
          </Fact>
        )}
      </Grid>
    </Box>
  );
};

/** The scheduling rule in words: completion-anchored, so a late review does not shorten the next period. */
const Rule = ({ record }: { record: ReviewRecord }) => {
  const translate = useTranslate();
  return (
    <Alert severity="info" variant="outlined" sx={{ mb: 2 }} data-testid="review-rule" data-interval={record.intervalMonths ?? ''}>
      {!record.intervalMonths
        ? translate('tilsyn.reviews.rule_none')
        : record.completedOn
          ? translate('tilsyn.reviews.rule_done', { smart_count: record.intervalMonths, on: record.completedOn })
          : translate('tilsyn.reviews.rule', { smart_count: record.intervalMonths })}
    </Alert>
  );
};

/** Frozen once completed; the reviewer's comment (why it was sent back, or a note on approval). */
const Notes = ({ record, completed }: { record: ReviewRecord; completed: boolean }) => {
  const translate = useTranslate();
  return (
    <Stack spacing={1} sx={{ mb: 2 }}>
      {completed && (
        <Alert severity="info" icon={<LockIcon />} data-testid="review-frozen">
          {translate('tilsyn.reviews.frozen')}
        </Alert>
      )}
      {record.reviewComment && (
        <Alert severity={record.status === 'SENT_BACK' ? 'warning' : 'info'} data-testid="review-comment">
          <Typography variant="subtitle2" component="h2">
            {translate('resources.Review.fields.reviewComment')}
          </Typography>
          <Typography variant="body2" sx={{ whiteSpace: 'pre-wrap' }}>
            {record.reviewComment}
          </Typography>
        </Alert>
      )}
    </Stack>
  );
};

/** Who wrote it (everyone who changed it: none of them may approve) and who approved it. */
const People = ({ record }: { record: ReviewRecord }) => {
  const translate = useTranslate();
  const formatDate = useFormatIsoDate();
  return (
    <Section title="tilsyn.reviews.people">
      <Grid container spacing={1}>
        <Fact label="resources.Review.fields.authorNames" testId="review-authors">
          <Typography variant="body2">{record.authorNames?.length ? record.authorNames.join(', ') : translate('tilsyn.reviews.no_authors')}</Typography>
        </Fact>
        <Fact label="resources.Review.fields.approvedByName" testId="review-approver">
          <Typography variant="body2">{record.approvedByName ?? '—'}</Typography>
        </Fact>
        <Fact label="resources.Review.fields.completedOn">
          <Typography variant="body2">{formatDate(record.completedOn) || '—'}</Typography>
        </Fact>
      </Grid>
    </Section>
  );
};

/** The review before this one of the same kind and subject, and the one its approval scheduled. */
const Sequence = ({ record, completed }: { record: ReviewRecord; completed: boolean }) => {
  const translate = useTranslate();
  const createPath = useCreatePath();
  const formatDate = useFormatIsoDate();
  if (!record.previousReviewId && !completed) return null;
  return (
    <Section title="tilsyn.reviews.sequence">
      <Stack spacing={1}>
        {record.previousReviewId && (
          <Link component={RouterLink} to={createPath({ resource: 'Review', id: record.previousReviewId, type: 'show' })} data-testid="review-previous-link">
            {translate('tilsyn.reviews.previous_review')}
          </Link>
        )}
        {completed &&
          (record.nextReviewId ? (
            <Link component={RouterLink} to={createPath({ resource: 'Review', id: record.nextReviewId, type: 'show' })} data-testid="review-next-link" data-due={record.nextDueOn ?? ''}>
              {translate('tilsyn.reviews.next_review', { date: formatDate(record.nextDueOn) })}
            </Link>
          ) : (
            <Typography variant="body2" color="text.secondary" data-testid="review-next-none">
              {record.nextDueOn ? translate('tilsyn.reviews.next_review', { date: formatDate(record.nextDueOn) }) : translate('tilsyn.reviews.no_next_review')}
            </Typography>
          ))}
      </Stack>
    </Section>
  );
};

const ReviewPage = () => {
  const record = useRecordContext<ReviewRecord>();
  const translate = useTranslate();
  const actions = useReviewActions(record);
  const [dirty, setDirty] = useState(false);
  const onDirtyChange = useCallback((value: boolean) => setDirty(value), []);
  if (!record || !actions) return null;
  return (
    <Box sx={{ p: 2, maxWidth: 1100 }}>
      <Header record={record} />
      <Rule record={record} />
      <Notes record={record} completed={actions.completed} />
      <ReviewWorkflow record={record} actions={actions} dirty={actions.edit && dirty} />
      {actions.edit ? <ReviewEditor record={record} onDirtyChange={onDirtyChange} /> : <ReviewView record={record} />}
      <Paper variant="outlined" sx={{ p: 2, mb: 2 }}>
        <ReviewDocuments record={record} editable={actions.edit} dirty={actions.edit && dirty} />
      </Paper>
      <People record={record} />
      <Section title="tilsyn.reviews.reminders_title">
        <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
          {translate('tilsyn.reviews.reminders_help')}
        </Typography>
        <RemindersTable reminders={record.reminders ?? []} testId="review-reminders" />
      </Section>
      <Sequence record={record} completed={actions.completed} />
    </Box>
  );
};

/**
 * One review: what is reviewed and by when, the scheduling rule in words, its workflow (start,
 * submit, approve by another reviewer, send back), the checklist, findings, follow-up actions and
 * outcome — filled in here while open, frozen once completed — its evidence and its reminders.
 */
export const ReviewShow = () => (
  <Show actions={<ShowActions />}>
    <ReviewPage />
  </Show>
);
