import {
  DateInput,
  DeleteButton,
  EditButton,
  FormDataConsumer,
  maxLength,
  required,
  TextInput,
  TopToolbar,
  useRecordContext,
  useTranslate,
} from 'react-admin';
import DrawIcon from '@mui/icons-material/Draw';
import EventBusyIcon from '@mui/icons-material/EventBusy';
import FactCheckIcon from '@mui/icons-material/FactCheck';
import { isIsoDate } from '@tilsyn/domain';
import { FormDialogButton } from '../../components/FormDialogButton';
import { todayIso } from '../../components/dates';
import { useFormatIsoDate } from '../../components/IsoDateField';
import type { AgreementRecord } from '../../graphql/types';
import { useTilsynDataProvider } from '../../providers/useTilsynDataProvider';
import { AgreementPreview } from './AgreementPreview';

const dateValidators = [required()];
const reasonValidators = [required(), maxLength(2000)];

const SignButton = ({ record }: { record: AgreementRecord }) => {
  const translate = useTranslate();
  const formatDate = useFormatIsoDate();
  const dataProvider = useTilsynDataProvider();
  return (
    <FormDialogButton
      resource="Agreement"
      action="sign"
      label="tilsyn.agreements.sign"
      icon={<DrawIcon />}
      title={translate('tilsyn.agreements.sign_title')}
      intro={translate('tilsyn.agreements.sign_intro')}
      record={{ on: todayIso() }}
      successMessage="tilsyn.agreements.signed"
      testId="agreement-sign"
      onSubmit={(values) => dataProvider.signAgreement({ id: record.id, version: record.version, on: String(values.on) })}
    >
      <DateInput source="on" label="tilsyn.agreements.signed_on_label" validate={dateValidators} fullWidth />
      <FormDataConsumer>
        {({ formData }) =>
          typeof formData.on === 'string' && isIsoDate(formData.on) ? (
            <AgreementPreview
              values={record}
              signedOn={formData.on}
              title={translate('tilsyn.agreements.preview_if_signed', { date: formatDate(formData.on) })}
            />
          ) : null
        }
      </FormDataConsumer>
    </FormDialogButton>
  );
};

const TerminateButton = ({ record }: { record: AgreementRecord }) => {
  const translate = useTranslate();
  const dataProvider = useTilsynDataProvider();
  return (
    <FormDialogButton
      resource="Agreement"
      action="terminate"
      label="tilsyn.agreements.terminate"
      icon={<EventBusyIcon />}
      color="warning"
      title={translate('tilsyn.agreements.terminate_title')}
      record={{ on: todayIso() }}
      successMessage="tilsyn.agreements.terminated"
      testId="agreement-terminate"
      onSubmit={(values) =>
        dataProvider.terminateAgreement({ id: record.id, version: record.version, on: String(values.on), reason: String(values.reason ?? '') })
      }
    >
      <DateInput source="on" label="tilsyn.agreements.terminated_on_label" validate={dateValidators} fullWidth />
      <TextInput source="reason" label="resources.Agreement.fields.terminationReason" validate={reasonValidators} multiline minRows={2} fullWidth />
    </FormDialogButton>
  );
};

const ReviewButton = ({ record }: { record: AgreementRecord }) => {
  const translate = useTranslate();
  const dataProvider = useTilsynDataProvider();
  return (
    <FormDialogButton
      resource="Agreement"
      action="review"
      label="tilsyn.agreements.review"
      icon={<FactCheckIcon />}
      title={translate('tilsyn.agreements.review_title')}
      intro={translate('tilsyn.agreements.review_intro')}
      record={{ on: todayIso() }}
      successMessage="tilsyn.agreements.reviewed"
      testId="agreement-review"
      onSubmit={(values) => dataProvider.recordAgreementReview({ id: record.id, version: record.version, on: String(values.on) })}
    >
      <DateInput source="on" label="tilsyn.agreements.reviewed_on_label" validate={dateValidators} fullWidth />
    </FormDialogButton>
  );
};

/**
 * What can be done to a DPA version in its state, each for the roles allowed (agreement.write):
 * a draft is edited, signed or deleted; a signed one is reviewed or terminated.
 */
export const AgreementActions = () => {
  const record = useRecordContext<AgreementRecord>();
  if (!record) return <TopToolbar />;
  const signed = !!record.signedOn;
  const terminated = !!record.terminatedOn;
  return (
    <TopToolbar>
      {!signed && <EditButton />}
      {!signed && <SignButton record={record} />}
      {signed && !terminated && <ReviewButton record={record} />}
      {signed && !terminated && <TerminateButton record={record} />}
      {!signed && <DeleteButton mutationMode="pessimistic" redirect={`/Processor/${record.processorId}/show/agreements`} />}
    </TopToolbar>
  );
};
