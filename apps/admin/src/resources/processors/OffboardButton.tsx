import { DateInput, required, SelectInput, useRecordContext, useTranslate } from 'react-admin';
import ExitToAppIcon from '@mui/icons-material/ExitToApp';
import { FormDialogButton } from '../../components/FormDialogButton';
import { todayIso } from '../../components/dates';
import { endOfServiceOutcomeChoices } from '../../components/choices';
import type { ProcessorRecord } from '../../graphql/types';
import { useTilsynDataProvider } from '../../providers/useTilsynDataProvider';
import { notBefore } from './processor-validation';

const endedOnValidators = [required(), notBefore('engagementStart')];

/** Ends the engagement (offboardProcessor): end date and what the processor confirmed, Art. 28(3)(g). */
export const OffboardButton = () => {
  const record = useRecordContext<ProcessorRecord & { engagementStart?: string | null }>();
  const translate = useTranslate();
  const dataProvider = useTilsynDataProvider();
  if (!record || record.lifecycle === 'OFFBOARDED') return null;
  return (
    <FormDialogButton
      resource="Processor"
      action="offboard"
      label="tilsyn.processors.offboard"
      icon={<ExitToAppIcon />}
      color="warning"
      title={translate('tilsyn.processors.offboard_title', { name: record.name })}
      intro={translate('tilsyn.processors.offboard_intro')}
      record={{ endedOn: todayIso(), engagementStart: record.engagementStart ?? null }}
      successMessage="tilsyn.processors.offboarded"
      testId="offboard"
      onSubmit={(values) =>
        dataProvider.offboardProcessor({
          id: record.id,
          version: record.version,
          endedOn: String(values.endedOn),
          endOfServiceOutcome: String(values.endOfServiceOutcome),
        })
      }
    >
      <DateInput source="endedOn" label="resources.Processor.fields.endedOn" validate={endedOnValidators} fullWidth />
      <SelectInput
        source="endOfServiceOutcome"
        label="resources.Processor.fields.endOfServiceOutcome"
        choices={endOfServiceOutcomeChoices}
        validate={required()}
        fullWidth
      />
    </FormDialogButton>
  );
};
