import { maxLength, required, TextInput, useTranslate } from 'react-admin';
import EventRepeatIcon from '@mui/icons-material/EventRepeat';
import { FormDialogButton } from '../../components/FormDialogButton';
import { NativeSelectInput } from '../../components/NativeSelectInput';
import { todayIso } from '../../components/dates';
import { useFormatIsoDate } from '../../components/IsoDateField';
import type { ErasureRequestRecord } from '../../graphql/types';
import { useTilsynDataProvider } from '../../providers/useTilsynDataProvider';
import { extensionOpenUntil } from './erasure-rules';

const reasonValidators = [required(), maxLength(2000)];

/**
 * Art. 12(3): the DPO extends the deadline to answer the person by one or two months in all, with
 * the reason, while the first month runs (the person is to be told within it). Version-checked.
 */
export const ExtendDeadlineButton = ({ record }: { record: ErasureRequestRecord }) => {
  const translate = useTranslate();
  const formatDate = useFormatIsoDate();
  const dataProvider = useTilsynDataProvider();
  const until = extensionOpenUntil(record, todayIso());
  if (!until) return null;
  const choices = [
    { id: 1, name: translate('tilsyn.erasure.extend.one_month') },
    { id: 2, name: translate('tilsyn.erasure.extend.two_months') },
  ].filter((c) => c.id > record.extensionMonths);
  return (
    <FormDialogButton
      resource="ErasureRequest"
      action="extend"
      label="tilsyn.erasure.extend.button"
      icon={<EventRepeatIcon />}
      size="small"
      title={translate('tilsyn.erasure.extend.title', { reference: record.caseReference })}
      intro={translate('tilsyn.erasure.extend.intro', { deadline: formatDate(until) })}
      record={{ months: choices[choices.length - 1].id, reason: '' }}
      successMessage="tilsyn.erasure.extend.done"
      testId="erasure-extend"
      onSubmit={(values) => dataProvider.extendErasureDeadline({ id: record.id, version: record.version, months: Number(values.months), reason: String(values.reason ?? '') })}
    >
      <NativeSelectInput source="months" label="tilsyn.erasure.extend.months" choices={choices} numeric testId="erasure-extend-months" />
      <TextInput source="reason" label="tilsyn.erasure.extend.reason" helperText="tilsyn.erasure.extend.reason_help" validate={reasonValidators} multiline minRows={2} fullWidth autoFocus />
    </FormDialogButton>
  );
};
