import { useEffect, useMemo, useState, type ReactNode } from 'react';
import {
  ArrayInput,
  DateInput,
  Form,
  HttpError,
  maxLength,
  maxValue,
  minValue,
  NumberInput,
  required,
  SaveButton,
  SelectInput,
  SimpleFormIterator,
  TextInput,
  useFormIsDirty,
  useNotify,
  useRefresh,
  useTranslate,
} from 'react-admin';
import { useWatch } from 'react-hook-form';
import { Alert, Box, Button, Grid, Paper, Stack, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { EnumChip, REVIEW_FINDING_SEVERITY_COLOR, ReviewOutcomeChip } from '../../components/StatusChips';
import { NativeSelectInput } from '../../components/NativeSelectInput';
import { UserChoiceInput } from '../../components/UserChoiceInput';
import { useFormatIsoDate } from '../../components/IsoDateField';
import { fieldErrorsOf } from '../../components/server-errors';
import { checklistAnswerChoices, reviewFindingSeverityChoices, reviewOutcomeChoices, supervisionMethodChoices } from '../../components/choices';
import type { ReviewRecord } from '../../graphql/types';
import { useTilsynDataProvider } from '../../providers/useTilsynDataProvider';
import { changedReviewValues } from './review-rules';

const ANSWER_COLOR = { YES: 'success', NO: 'error', NOT_APPLICABLE: 'default' } as const;

const validate = {
  dueOn: [required()],
  intervalMonths: [minValue(1), maxValue(120)],
  note: [maxLength(5000)],
  text: [maxLength(20000)],
  findingSeverity: [required()],
  findingDescription: [required(), maxLength(5000)],
  actionDescription: [required(), maxLength(5000)],
};

/** A titled part of the review page. */
export const Section = ({ title, children, testId }: { title: string; children: ReactNode; testId?: string }) => {
  const translate = useTranslate();
  return (
    <Paper variant="outlined" component="section" sx={{ p: 2, mb: 2 }} data-testid={testId}>
      <Typography variant="h6" component="h2" gutterBottom>
        {translate(title)}
      </Typography>
      {children}
    </Paper>
  );
};

const Empty = ({ text }: { text: string }) => {
  const translate = useTranslate();
  return (
    <Typography variant="body2" color="text.secondary" sx={{ fontStyle: 'italic' }}>
      {translate(text)}
    </Typography>
  );
};

/** The values the form starts from: the record's, with the checklist in the API's order. */
function formValues(record: ReviewRecord): Record<string, unknown> {
  return {
    assigneeId: record.assigneeId ?? null,
    dueOn: record.dueOn,
    method: record.method ?? null,
    intervalMonths: record.intervalMonths ?? null,
    checklist: (record.checklist ?? []).map((c) => ({ key: c.key, question: c.question, answer: c.answer ?? null, note: c.note ?? null })),
    findings: (record.findings ?? []).map((f) => ({ severity: f.severity, description: f.description })),
    actions: (record.actions ?? []).map((a) => ({ description: a.description, ownerId: a.ownerId ?? null, dueOn: a.dueOn ?? null, doneOn: a.doneOn ?? null })),
    summary: record.summary ?? null,
    outcome: record.outcome ?? null,
  };
}

/** Tells the page whether the form holds unsaved changes (submit and upload wait for a save). */
const DirtyReporter = ({ onChange }: { onChange: (dirty: boolean) => void }) => {
  const dirty = useFormIsDirty();
  useEffect(() => onChange(dirty), [dirty, onChange]);
  return null;
};

/** "Et nej skal forklares": shown under the note while the answer is NO. */
/** The answer that signals a problem ("no" to "still as described?", "yes" to "incidents?") must be explained. */
const NoteHelp = ({ index, explainIf = 'NO' }: { index: number; explainIf?: string }) => {
  const translate = useTranslate();
  const answer = useWatch({ name: `checklist.${index}.answer` });
  if (answer !== explainIf) return null;
  return (
    <Typography variant="caption" color="warning.main">
      {translate(explainIf === 'YES' ? 'tilsyn.reviews.explain_yes' : 'tilsyn.reviews.explain_no')}
    </Typography>
  );
};

const ChecklistInputs = ({ record }: { record: ReviewRecord }) => {
  const translate = useTranslate();
  return (
    <Section title="resources.Review.fields.checklist" testId="review-checklist">
      {(record.checklist ?? []).map((item, i) => (
        <Box key={item.key} sx={{ borderLeft: 3, borderColor: 'divider', pl: 1.5, mb: 2 }} data-testid={`review-checklist-${item.key}`}>
          <Typography variant="subtitle2" component="h3">
            {translate('tilsyn.reviews.question_label', { n: i + 1, question: item.question })}
          </Typography>
          <Grid container columnSpacing={2}>
            <Grid size={{ xs: 12, md: 4 }}>
              <NativeSelectInput
                source={`checklist.${i}.answer`}
                label="resources.Review.fields.answer"
                choices={checklistAnswerChoices}
                emptyText="tilsyn.reviews.not_answered"
                testId={`review-checklist-${item.key}-answer`}
              />
            </Grid>
            <Grid size={{ xs: 12, md: 8 }}>
              <TextInput
                source={`checklist.${i}.note`}
                label="resources.Review.fields.note"
                validate={validate.note}
                multiline
                fullWidth
                helperText={false}
                slotProps={{ htmlInput: { 'data-testid': `review-checklist-${item.key}-note` } }}
              />
              <NoteHelp index={i} explainIf={item.explainIf} />
            </Grid>
          </Grid>
        </Box>
      ))}
    </Section>
  );
};

const ChecklistView = ({ record }: { record: ReviewRecord }) => {
  const translate = useTranslate();
  return (
    <Section title="resources.Review.fields.checklist" testId="review-checklist">
      <Table size="small" aria-label={translate('resources.Review.fields.checklist')}>
        <TableHead>
          <TableRow>
            <TableCell>{translate('tilsyn.reviews.question')}</TableCell>
            <TableCell>{translate('resources.Review.fields.answer')}</TableCell>
            <TableCell>{translate('resources.Review.fields.note')}</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {(record.checklist ?? []).map((item, i) => (
            <TableRow key={item.key} data-testid={`review-checklist-${item.key}`}>
              <TableCell>{translate('tilsyn.reviews.question_label', { n: i + 1, question: item.question })}</TableCell>
              <TableCell data-testid={`review-checklist-${item.key}-answer`} data-value={item.answer ?? ''}>
                {item.answer ? <EnumChip group="checklistAnswer" value={item.answer} colors={ANSWER_COLOR} /> : <Empty text="tilsyn.reviews.not_answered" />}
              </TableCell>
              <TableCell sx={{ whiteSpace: 'pre-wrap' }} data-testid={`review-checklist-${item.key}-note`}>
                {item.note ?? ''}
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </Section>
  );
};

const FindingsView = ({ record }: { record: ReviewRecord }) => {
  const translate = useTranslate();
  const findings = record.findings ?? [];
  return (
    <Section title="resources.Review.fields.findings" testId="review-findings">
      {findings.length === 0 ? (
        <Empty text="tilsyn.reviews.no_findings" />
      ) : (
        <Table size="small" aria-label={translate('resources.Review.fields.findings')}>
          <TableHead>
            <TableRow>
              <TableCell>{translate('resources.Review.fields.severity')}</TableCell>
              <TableCell>{translate('resources.Review.fields.description')}</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {findings.map((f, i) => (
              <TableRow key={i}>
                <TableCell>
                  <EnumChip group="reviewFindingSeverity" value={f.severity} colors={REVIEW_FINDING_SEVERITY_COLOR} />
                </TableCell>
                <TableCell sx={{ whiteSpace: 'pre-wrap' }}>{f.description}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
    </Section>
  );
};

const ActionsView = ({ record }: { record: ReviewRecord }) => {
  const translate = useTranslate();
  const formatDate = useFormatIsoDate();
  const actions = record.actions ?? [];
  return (
    <Section title="resources.Review.fields.actions" testId="review-actions">
      {actions.length === 0 ? (
        <Empty text="tilsyn.reviews.no_actions" />
      ) : (
        <Table size="small" aria-label={translate('resources.Review.fields.actions')}>
          <TableHead>
            <TableRow>
              <TableCell>{translate('resources.Review.fields.description')}</TableCell>
              <TableCell>{translate('resources.Review.fields.ownerId')}</TableCell>
              <TableCell>{translate('resources.Review.fields.actionDueOn')}</TableCell>
              <TableCell>{translate('resources.Review.fields.doneOn')}</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {actions.map((a, i) => (
              <TableRow key={i}>
                <TableCell sx={{ whiteSpace: 'pre-wrap' }}>{a.description}</TableCell>
                <TableCell>{a.ownerName ?? '—'}</TableCell>
                <TableCell sx={{ whiteSpace: 'nowrap' }}>{formatDate(a.dueOn) || '—'}</TableCell>
                <TableCell sx={{ whiteSpace: 'nowrap' }}>{formatDate(a.doneOn) || '—'}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
    </Section>
  );
};

const ConclusionView = ({ record }: { record: ReviewRecord }) => {
  const translate = useTranslate();
  return (
    <Section title="tilsyn.reviews.conclusion">
      <Typography variant="caption" color="text.secondary" component="div">
        {translate('resources.Review.fields.summary')}
      </Typography>
      {record.summary ? (
        <Typography variant="body2" sx={{ whiteSpace: 'pre-wrap', mb: 1.5 }} data-testid="review-summary">
          {record.summary}
        </Typography>
      ) : (
        <Box sx={{ mb: 1.5 }}>
          <Empty text="tilsyn.reviews.not_written" />
        </Box>
      )}
      <Typography variant="caption" color="text.secondary" component="div">
        {translate(record.status === 'APPROVED' || record.status === 'APPROVED_WITH_ACTIONS' || record.status === 'REJECTED' ? 'tilsyn.reviews.outcome_final' : 'tilsyn.reviews.outcome_proposed')}
      </Typography>
      <Box data-testid="review-outcome" data-value={record.outcome ?? ''}>
        {record.outcome ? <ReviewOutcomeChip outcome={record.outcome} size="medium" /> : <Empty text="tilsyn.reviews.no_outcome" />}
      </Box>
    </Section>
  );
};

/** The read-only review: checklist, findings, follow-up actions, summary and outcome. */
export const ReviewView = ({ record }: { record: ReviewRecord }) => (
  <>
    <ChecklistView record={record} />
    <FindingsView record={record} />
    <ActionsView record={record} />
    <ConclusionView record={record} />
  </>
);

/**
 * The open review, filled in on its page: planning (assignee, due date, method, interval), the
 * checklist, findings, follow-up actions with owner and due date, summary and proposed outcome.
 * Saving sends only what changed (updateReview with the version read): a CONFLICT says someone
 * else saved first, with a way to read their version.
 */
export const ReviewEditor = ({ record, onDirtyChange }: { record: ReviewRecord; onDirtyChange: (dirty: boolean) => void }) => {
  const translate = useTranslate();
  const notify = useNotify();
  const refresh = useRefresh();
  const dataProvider = useTilsynDataProvider();
  const defaults = useMemo(() => formValues(record), [record]);
  const [problem, setProblem] = useState<{ message: string; conflict: boolean } | null>(null);

  const save = async (values: Record<string, unknown>) => {
    const changed = changedReviewValues(values, defaults);
    if (Object.keys(changed).length === 0) {
      notify('tilsyn.reviews.nothing_changed', { type: 'info' });
      return undefined;
    }
    try {
      await dataProvider.update('Review', { id: record.id, data: { ...changed, version: record.version }, previousData: record });
      setProblem(null);
      notify('tilsyn.reviews.saved', { type: 'success' });
      refresh();
      return undefined;
    } catch (error) {
      const conflict = error instanceof HttpError && (error.body as { code?: string } | undefined)?.code === 'CONFLICT';
      setProblem({ message: error instanceof Error ? error.message : translate('tilsyn.client_errors.unexpected'), conflict });
      return fieldErrorsOf(error);
    }
  };

  return (
    <Form record={defaults} onSubmit={save} noValidate>
      <DirtyReporter onChange={onDirtyChange} />
      <Section title="tilsyn.reviews.planning">
        <Grid container columnSpacing={2}>
          <Grid size={{ xs: 12, md: 6 }}>
            <UserChoiceInput source="assigneeId" label="resources.Review.fields.assigneeId" emptyText="tilsyn.reviews.no_assignee" helperText="tilsyn.reviews.assignee_help" fullWidth />
          </Grid>
          <Grid size={{ xs: 12, md: 3 }}>
            <DateInput source="dueOn" label="resources.Review.fields.dueOn" validate={validate.dueOn} fullWidth />
          </Grid>
          <Grid size={{ xs: 12, md: 3 }}>
            <NumberInput source="intervalMonths" label="resources.Review.fields.intervalMonths" validate={validate.intervalMonths} min={1} max={120} helperText="tilsyn.reviews.interval_help" fullWidth />
          </Grid>
          {record.kind === 'SUPERVISION' && (
            <Grid size={{ xs: 12, md: 6 }}>
              <NativeSelectInput source="method" label="resources.Review.fields.method" choices={supervisionMethodChoices} emptyText="tilsyn.reviews.choose_method" testId="review-method" />
            </Grid>
          )}
        </Grid>
      </Section>
      <ChecklistInputs record={record} />
      <Section title="resources.Review.fields.findings" testId="review-findings">
        <ArrayInput source="findings" label={false}>
          <SimpleFormIterator inline disableReordering>
            <SelectInput source="severity" label="resources.Review.fields.severity" choices={reviewFindingSeverityChoices} validate={validate.findingSeverity} />
            <TextInput source="description" label="resources.Review.fields.description" validate={validate.findingDescription} multiline sx={{ minWidth: 420 }} />
          </SimpleFormIterator>
        </ArrayInput>
      </Section>
      <Section title="resources.Review.fields.actions" testId="review-actions">
        <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
          {translate('tilsyn.reviews.actions_help')}
        </Typography>
        <ArrayInput source="actions" label={false}>
          <SimpleFormIterator inline disableReordering>
            <TextInput source="description" label="resources.Review.fields.description" validate={validate.actionDescription} multiline sx={{ minWidth: 320 }} />
            <UserChoiceInput source="ownerId" label="resources.Review.fields.ownerId" emptyText="tilsyn.reviews.no_owner" sx={{ minWidth: 200 }} />
            <DateInput source="dueOn" label="resources.Review.fields.actionDueOn" />
            <DateInput source="doneOn" label="resources.Review.fields.doneOn" />
          </SimpleFormIterator>
        </ArrayInput>
      </Section>
      <Section title="tilsyn.reviews.conclusion">
        <TextInput source="summary" label="resources.Review.fields.summary" validate={validate.text} multiline minRows={3} fullWidth slotProps={{ htmlInput: { 'data-testid': 'review-summary' } }} />
        <Box sx={{ maxWidth: 420 }}>
          <NativeSelectInput
            source="outcome"
            label="tilsyn.reviews.outcome_proposed"
            choices={reviewOutcomeChoices}
            emptyText="tilsyn.reviews.no_outcome"
            helperText={translate('tilsyn.reviews.outcome_help')}
            testId="review-outcome"
          />
        </Box>
      </Section>
      <Stack direction="row" spacing={2} useFlexGap sx={{ alignItems: 'center', flexWrap: 'wrap', mb: 2 }}>
        <SaveButton label="tilsyn.reviews.save" data-testid="review-save" />
        <Typography variant="caption" color="text.secondary">
          {translate('tilsyn.reviews.save_help')}
        </Typography>
      </Stack>
      {problem && (
        <Alert
          severity="error"
          role="alert"
          sx={{ mb: 2 }}
          data-testid={problem.conflict ? 'review-conflict' : 'review-save-error'}
          action={
            problem.conflict ? (
              <Button color="inherit" size="small" onClick={() => { setProblem(null); refresh(); }} data-testid="review-reload">
                {translate('tilsyn.reviews.reload')}
              </Button>
            ) : undefined
          }
        >
          {problem.message}
        </Alert>
      )}
    </Form>
  );
};
