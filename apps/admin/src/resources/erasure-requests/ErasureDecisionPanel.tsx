import { useCallback, useState } from 'react';
import {
  CheckboxGroupInput,
  Form,
  maxLength,
  RadioButtonGroupInput,
  required,
  SaveButton,
  TextInput,
  useCanAccess,
  useNotify,
  useRefresh,
  useTranslate,
} from 'react-admin';
import { useWatch } from 'react-hook-form';
import { Alert, Box, Button, LinearProgress, Stack, Table, TableBody, TableCell, TableHead, TableRow, Tooltip, Typography } from '@mui/material';
import BlockIcon from '@mui/icons-material/Block';
import UndoIcon from '@mui/icons-material/Undo';
import WarningAmberIcon from '@mui/icons-material/WarningAmber';
import { FormDialogButton } from '../../components/FormDialogButton';
import { NativeSelectInput } from '../../components/NativeSelectInput';
import { fieldErrorsOf } from '../../components/server-errors';
import { dataCategoryChoices, erasureDecisionChoices, erasureRefusalBasisChoices } from '../../components/choices';
import { useLoaded } from '../../components/useLoaded';
import type { ErasureExclusionRecord, ErasureRecipientPreviewRecord, ErasureRequestRecord } from '../../graphql/types';
import { useTilsynDataProvider } from '../../providers/useTilsynDataProvider';
import { Section } from '../reviews/ReviewContent';
import { EnumChips, LegalBasisText, ProcessorLink } from './ErasureRequestFields';
import { decisionFormErrors, toDecisionInput, withExclusion, withoutExclusion, type DecisionFormValues } from './erasure-rules';

const reasonValidators = [required(), maxLength(2000)];
const DECISION_DEFAULTS = { decision: 'APPROVE', categories: [], refusalBasis: null, reasoning: '' };
const reasoningValidators = [maxLength(5000)];

/** Takes one recipient off the list, with the reason (Art. 19: impossible or disproportionate); nothing is saved until the decision. */
const ExcludeButton = ({ name, onExclude }: { name: string; onExclude: (reason: string) => void }) => {
  const translate = useTranslate();
  return (
    <FormDialogButton
      resource="ErasureRequest"
      action="decide"
      label="tilsyn.erasure.decision.exclude"
      icon={<BlockIcon />}
      color="warning"
      title={translate('tilsyn.erasure.decision.exclude_title', { name })}
      intro={translate('tilsyn.erasure.decision.exclude_intro')}
      testId="erasure-exclude"
      onSubmit={async (values) => onExclude(String(values.reason ?? ''))}
      onDone={() => undefined}
    >
      <TextInput source="reason" label="tilsyn.erasure.decision.exclusion_reason" validate={reasonValidators} multiline minRows={2} fullWidth autoFocus />
    </FormDialogButton>
  );
};

/** Who would be told and why, each with its channel and legal basis; a reviewer may leave one out, with a reason. */
const RecipientsTable = ({ preview, canDecide, onExclude }: { preview: ErasureRecipientPreviewRecord; canDecide: boolean; onExclude: (processorId: string, reason: string) => void }) => {
  const translate = useTranslate();
  if (preview.recipients.length === 0) {
    return (
      <Alert severity="warning" data-testid="erasure-preview-recipients" data-count={0}>
        {translate('tilsyn.erasure.decision.no_recipients')}
      </Alert>
    );
  }
  return (
    <Box sx={{ overflowX: 'auto' }}>
      <Table size="small" aria-label={translate('tilsyn.erasure.decision.recipients')} data-testid="erasure-preview-recipients" data-count={preview.recipients.length}>
        <TableHead>
          <TableRow>
            <TableCell>{translate('resources.ErasureNotice.fields.processorName')}</TableCell>
            <TableCell>{translate('resources.ErasureNotice.fields.reasons')}</TableCell>
            <TableCell>{translate('resources.ErasureNotice.fields.channel')}</TableCell>
            <TableCell>{translate('resources.ErasureNotice.fields.legalBasis')}</TableCell>
            <TableCell>{translate('resources.ErasureNotice.fields.recipientReference')}</TableCell>
            <TableCell />
          </TableRow>
        </TableHead>
        <TableBody>
          {preview.recipients.map((r) => (
            <TableRow key={r.processorId} data-testid={`erasure-preview-recipient-${r.processorId}`}>
              <TableCell>
                <Stack direction="row" spacing={0.5} sx={{ alignItems: 'center' }}>
                  <ProcessorLink processorId={r.processorId} name={r.name} />
                  {r.categoryNotRecorded && (
                    <Tooltip title={translate('tilsyn.erasure.decision.category_not_recorded')}>
                      <WarningAmberIcon color="warning" fontSize="small" aria-label={translate('tilsyn.erasure.decision.category_not_recorded')} data-testid="erasure-category-not-recorded" />
                    </Tooltip>
                  )}
                </Stack>
              </TableCell>
              <TableCell>
                <EnumChips group="erasureRecipientReason" values={r.reasons} />
              </TableCell>
              <TableCell>{translate(`tilsyn.enums.erasureChannel.${r.channel}`, { _: r.channel })}</TableCell>
              <TableCell>
                <LegalBasisText legalBasis={r.legalBasis} />
              </TableCell>
              <TableCell>{r.recipientReference ?? '—'}</TableCell>
              <TableCell align="right">{canDecide && <ExcludeButton name={r.name} onExclude={(reason) => onExclude(r.processorId, reason)} />}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </Box>
  );
};

/** The parties of the register not told directly, and why (a reviewer's exclusion can be undone before deciding). */
const SkippedTable = ({ preview, exclusions, canDecide, onUndo }: { preview: ErasureRecipientPreviewRecord; exclusions: readonly ErasureExclusionRecord[]; canDecide: boolean; onUndo: (processorId: string) => void }) => {
  const translate = useTranslate();
  if (preview.skipped.length === 0) return null;
  return (
    <Box sx={{ mt: 2 }}>
      <Typography variant="subtitle2" component="h3" gutterBottom>
        {translate('tilsyn.erasure.decision.skipped')}
      </Typography>
      <Box sx={{ overflowX: 'auto' }}>
        <Table size="small" aria-label={translate('tilsyn.erasure.decision.skipped')} data-testid="erasure-preview-skipped" data-count={preview.skipped.length}>
          <TableHead>
            <TableRow>
              <TableCell>{translate('resources.ErasureNotice.fields.processorName')}</TableCell>
              <TableCell>{translate('tilsyn.erasure.decision.skip_reason')}</TableCell>
              <TableCell>{translate('tilsyn.erasure.decision.exclusion_reason')}</TableCell>
              <TableCell />
            </TableRow>
          </TableHead>
          <TableBody>
            {preview.skipped.map((s) => {
              const ours = s.reason === 'EXCLUDED_BY_REVIEWER' && exclusions.some((e) => e.processorId === s.processorId);
              return (
                <TableRow key={s.processorId} data-testid={`erasure-preview-skipped-${s.processorId}`} data-reason={s.reason}>
                  <TableCell>
                    <ProcessorLink processorId={s.processorId} name={s.name} />
                  </TableCell>
                  <TableCell>{translate(`tilsyn.enums.erasureSkipReason.${s.reason}`, { _: s.reason })}</TableCell>
                  <TableCell sx={{ whiteSpace: 'pre-wrap' }}>{s.note ?? ''}</TableCell>
                  <TableCell align="right">
                    {ours && canDecide && (
                      <Button size="small" startIcon={<UndoIcon />} onClick={() => onUndo(s.processorId)} data-testid="erasure-undo-exclusion">
                        {translate('tilsyn.erasure.decision.undo_exclusion')}
                      </Button>
                    )}
                  </TableCell>
                </TableRow>
              );
            })}
          </TableBody>
        </Table>
      </Box>
    </Box>
  );
};

/** The inputs a decision needs: categories for a partial approval, the Art. 17(3) basis and reasoning for any refusal. */
const DecisionInputs = ({ recipients, excluded }: { recipients: number; excluded: number }) => {
  const translate = useTranslate();
  const decision = useWatch({ name: 'decision' }) as DecisionFormValues['decision'];
  const refusing = decision === 'APPROVE_PARTLY' || decision === 'REFUSE';
  const summary =
    decision === 'REFUSE'
      ? translate('tilsyn.erasure.decision.summary_refuse')
      : translate(decision === 'APPROVE_PARTLY' ? 'tilsyn.erasure.decision.summary_partly' : 'tilsyn.erasure.decision.summary_approve', { smart_count: recipients, excluded });
  return (
    <>
      <RadioButtonGroupInput source="decision" choices={erasureDecisionChoices} row={false} />
      {decision === 'APPROVE_PARTLY' && (
        <CheckboxGroupInput source="categories" choices={dataCategoryChoices} helperText="tilsyn.erasure.decision.categories_help" />
      )}
      {refusing && (
        <NativeSelectInput
          source="refusalBasis"
          label="resources.ErasureRequest.fields.refusalBasis"
          choices={erasureRefusalBasisChoices}
          emptyText="tilsyn.erasure.decision.choose_basis"
          helperText={translate('tilsyn.erasure.decision.refusal_basis_help')}
          testId="erasure-refusal-basis"
        />
      )}
      <TextInput
        source="reasoning"
        validate={reasoningValidators}
        helperText={refusing ? 'tilsyn.erasure.decision.reasoning_help_refusal' : 'tilsyn.erasure.decision.reasoning_help'}
        multiline
        minRows={3}
        fullWidth
      />
      <Alert severity={decision === 'REFUSE' ? 'warning' : 'info'} sx={{ mb: 1 }} data-testid="erasure-decision-summary">
        {summary}
      </Alert>
      <SaveButton
        label={decision === 'REFUSE' ? 'tilsyn.erasure.decision.submit_refuse' : 'tilsyn.erasure.decision.submit_approve'}
        icon={<></>}
        alwaysEnable
        data-testid="erasure-decide"
      />
    </>
  );
};

const DecisionForm = ({ record, exclusions, recipients }: { record: ErasureRequestRecord; exclusions: ErasureExclusionRecord[]; recipients: number }) => {
  const translate = useTranslate();
  const dataProvider = useTilsynDataProvider();
  const notify = useNotify();
  const refresh = useRefresh();
  const validate = useCallback((values: Record<string, unknown>) => decisionFormErrors(values as DecisionFormValues, exclusions, translate), [exclusions, translate]);
  const submit = async (values: Record<string, unknown>) => {
    const input = toDecisionInput(values as DecisionFormValues, exclusions);
    if (!input) return undefined;
    try {
      await dataProvider.decideErasureRequest({ id: record.id, version: record.version, ...input });
      notify(input.decision === 'REFUSE' ? 'tilsyn.erasure.decision.refused' : 'tilsyn.erasure.decision.approved', { type: 'success' });
      refresh();
      return undefined;
    } catch (error) {
      notify(error instanceof Error ? error.message : 'ra.notification.http_error', { type: 'error' });
      return fieldErrorsOf(error);
    }
  };
  return (
    <Box sx={{ mt: 3, maxWidth: 800 }} data-testid="erasure-decision-form">
      <Typography variant="subtitle1" component="h3" sx={{ fontWeight: 600 }} gutterBottom>
        {translate('tilsyn.erasure.decision.form_title')}
      </Typography>
      <Form record={DECISION_DEFAULTS} onSubmit={submit} validate={validate} noValidate>
        <DecisionInputs recipients={recipients} excluded={exclusions.length} />
      </Form>
    </Box>
  );
};

/**
 * The decision of a received request: first who would be told and why (and who not and why), with
 * the reviewer's exclusions applied live; then approve, approve partly (which categories) or refuse
 * (the Art. 17(3) basis and the reasoning), sent with the version read. Approval writes one notice
 * per recipient in the same transaction; they go out at once. Other roles see the preview only.
 */
export const ErasureDecisionPanel = ({ record }: { record: ErasureRequestRecord }) => (record.status === 'RECEIVED' ? <DecisionPanel record={record} /> : null);

const DecisionPanel = ({ record }: { record: ErasureRequestRecord }) => {
  const translate = useTranslate();
  const dataProvider = useTilsynDataProvider();
  const { canAccess: canDecide, isPending } = useCanAccess({ resource: 'ErasureRequest', action: 'decide' });
  const [exclusions, setExclusions] = useState<ErasureExclusionRecord[]>([]);
  const key = JSON.stringify(exclusions);
  const preview = useLoaded<ErasureRecipientPreviewRecord>(() => dataProvider.getErasureRecipientPreview(record.id, exclusions).then((a) => a.data), [record.id, record.version, key]);
  const data = preview.data;
  return (
    <Section title="tilsyn.erasure.sections.decision" testId="erasure-decision">
      <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
        {translate('tilsyn.erasure.decision.intro')}
      </Typography>
      {preview.loading && <LinearProgress sx={{ mb: 1 }} />}
      {preview.error && (
        <Alert severity="error" sx={{ mb: 1 }}>
          {preview.error.message}
        </Alert>
      )}
      {data && (
        <>
          <Typography variant="subtitle2" component="h3" gutterBottom>
            {translate('tilsyn.erasure.decision.recipients')}
          </Typography>
          <RecipientsTable preview={data} canDecide={!!canDecide} onExclude={(processorId, reason) => setExclusions((list) => withExclusion(list, processorId, reason))} />
          <SkippedTable preview={data} exclusions={exclusions} canDecide={!!canDecide} onUndo={(processorId) => setExclusions((list) => withoutExclusion(list, processorId))} />
          {!isPending && canDecide && <DecisionForm record={record} exclusions={exclusions} recipients={data.recipients.length} />}
          {!isPending && !canDecide && (
            <Alert severity="info" sx={{ mt: 2 }} data-testid="erasure-awaiting-decision">
              {translate('tilsyn.erasure.decision.awaiting')}
            </Alert>
          )}
        </>
      )}
    </Section>
  );
};
