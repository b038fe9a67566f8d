import { useCallback } from 'react';
import { BooleanInput, DateInput, maxLength, RadioButtonGroupInput, required, TextInput, useCanAccess, useTranslate } from 'react-admin';
import { useWatch } from 'react-hook-form';
import { Stack } from '@mui/material';
import BlockIcon from '@mui/icons-material/Block';
import CancelIcon from '@mui/icons-material/Cancel';
import ContactPhoneIcon from '@mui/icons-material/ContactPhone';
import QuestionAnswerIcon from '@mui/icons-material/QuestionAnswer';
import ReplayIcon from '@mui/icons-material/Replay';
import { FormDialogButton } from '../../components/FormDialogButton';
import { todayIso } from '../../components/dates';
import { erasureAnswerChoices } from '../../components/choices';
import type { ErasureNoticeRecord } from '../../graphql/types';
import { useTilsynDataProvider } from '../../providers/useTilsynDataProvider';
import { answerFormErrors, erasureNoticeActions, toAnswerInput } from './erasure-rules';

const reasonValidators = [required(), maxLength(2000)];
const noteValidators = [maxLength(2000)];

/** Which actions the role allows on notices at all (providers/canAccess.ts); null while that is being found out. */
function useNoticePermissions(): { decide: boolean; file: boolean } | null {
  const { canAccess: decide, isPending: p1 } = useCanAccess({ resource: 'ErasureNotice', action: 'except' });
  const { canAccess: file, isPending: p2 } = useCanAccess({ resource: 'ErasureNotice', action: 'answer' });
  if (p1 || p2) return null;
  return { decide: !!decide, file: !!file };
}

/** The erasure day is asked for with a confirmation only. */
const AnswerInputs = () => {
  const answer = useWatch({ name: 'answer' }) as string | undefined;
  return (
    <>
      <RadioButtonGroupInput source="answer" label="resources.ErasureNotice.fields.answer" choices={erasureAnswerChoices} validate={required()} row={false} />
      {answer === 'CONFIRMED' && <DateInput source="erasedOn" label="resources.ErasureNotice.fields.erasedOn" helperText="tilsyn.erasure.notices.erased_on_help" fullWidth />}
      <TextInput
        source="note"
        label="resources.ErasureNotice.fields.answerNote"
        validate={noteValidators}
        helperText={answer === 'REFUSED' ? 'tilsyn.erasure.notices.refusal_note_help' : 'tilsyn.erasure.notices.note_help'}
        multiline
        minRows={2}
        fullWidth
      />
      <BooleanInput source="passedToSubprocessors" label="resources.ErasureNotice.fields.passedToSubprocessors" helperText="tilsyn.erasure.notices.passed_help" />
    </>
  );
};

/**
 * The steps staff take on one notice, each one explicit mutation with the notice's version (a
 * change by someone else meanwhile is refused with the usual conflict message, shown in the
 * dialog): an Art. 19 exception or a cancellation with its reason (the DPO); an answer had by other
 * means; "contacted" for a MANUAL recipient; sending a FAILED notice again. Only what the notice's
 * state and the role allow is shown.
 */
export const ErasureNoticeActions = ({ notice }: { notice: ErasureNoticeRecord }) => {
  const translate = useTranslate();
  const dataProvider = useTilsynDataProvider();
  const permissions = useNoticePermissions();
  const validateAnswer = useCallback((values: Record<string, unknown>) => answerFormErrors(values, todayIso(), translate), [translate]);
  if (!permissions) return null;
  const can = erasureNoticeActions(notice, permissions);
  const at = { id: notice.id, version: notice.version };
  const name = notice.processorName;
  const testId = (action: string) => `erasure-notice-${action}-${notice.id}`;
  return (
    <Stack direction="row" spacing={0.5} useFlexGap sx={{ flexWrap: 'wrap', justifyContent: 'flex-end' }}>
      {can.markSent && (
        <FormDialogButton
          resource="ErasureNotice"
          action="markSent"
          label="tilsyn.erasure.notices.mark_sent"
          icon={<ContactPhoneIcon />}
          title={translate('tilsyn.erasure.notices.mark_sent_title', { name })}
          intro={translate('tilsyn.erasure.notices.mark_sent_intro')}
          successMessage="tilsyn.erasure.notices.marked_sent"
          testId={testId('mark-sent')}
          onSubmit={() => dataProvider.recordErasureNoticeSent(at)}
        >
          {null}
        </FormDialogButton>
      )}
      {can.answer && (
        <FormDialogButton
          resource="ErasureNotice"
          action="answer"
          label="tilsyn.erasure.notices.record_answer"
          icon={<QuestionAnswerIcon />}
          title={translate('tilsyn.erasure.notices.record_answer_title', { name })}
          intro={translate('tilsyn.erasure.notices.record_answer_intro')}
          record={{ answer: 'CONFIRMED', erasedOn: todayIso(), note: '', passedToSubprocessors: false }}
          successMessage="tilsyn.erasure.notices.answer_recorded"
          testId={testId('answer')}
          validate={validateAnswer}
          onSubmit={(values) => dataProvider.recordErasureNoticeAnswer({ ...at, ...toAnswerInput(values) })}
        >
          <AnswerInputs />
        </FormDialogButton>
      )}
      {can.retry && (
        <FormDialogButton
          resource="ErasureNotice"
          action="retry"
          label="tilsyn.erasure.notices.retry"
          icon={<ReplayIcon />}
          title={translate('tilsyn.erasure.notices.retry_title', { name })}
          intro={translate('tilsyn.erasure.notices.retry_intro')}
          successMessage="tilsyn.erasure.notices.retried"
          testId={testId('retry')}
          onSubmit={() => dataProvider.retryErasureNotice(at)}
        >
          {null}
        </FormDialogButton>
      )}
      {can.except && (
        <FormDialogButton
          resource="ErasureNotice"
          action="except"
          label="tilsyn.erasure.notices.except"
          icon={<BlockIcon />}
          color="warning"
          title={translate('tilsyn.erasure.notices.except_title', { name })}
          intro={translate('tilsyn.erasure.notices.except_intro')}
          successMessage="tilsyn.erasure.notices.excepted"
          testId={testId('except')}
          onSubmit={(values) => dataProvider.exceptErasureNotice({ ...at, reason: String(values.reason ?? '') })}
        >
          <TextInput source="reason" label="resources.ErasureNotice.fields.exceptionReason" validate={reasonValidators} multiline minRows={3} fullWidth autoFocus />
        </FormDialogButton>
      )}
      {can.cancel && (
        <FormDialogButton
          resource="ErasureNotice"
          action="cancel"
          label="tilsyn.erasure.notices.cancel"
          icon={<CancelIcon />}
          color="error"
          title={translate('tilsyn.erasure.notices.cancel_title', { name })}
          intro={translate('tilsyn.erasure.notices.cancel_intro')}
          successMessage="tilsyn.erasure.notices.cancelled"
          testId={testId('cancel')}
          onSubmit={(values) => dataProvider.cancelErasureNotice({ ...at, reason: String(values.reason ?? '') })}
        >
          <TextInput source="reason" label="tilsyn.erasure.notices.cancel_reason" validate={reasonValidators} multiline minRows={3} fullWidth autoFocus />
        </FormDialogButton>
      )}
    </Stack>
  );
};
