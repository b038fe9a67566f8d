import {
  AutocompleteInput,
  DateInput,
  FormDataConsumer,
  maxLength,
  maxValue,
  minValue,
  NumberInput,
  ReferenceInput,
  required,
  SelectInput,
  TextInput,
  useTranslate,
  type RaRecord,
} from 'react-admin';
import { Grid } from '@mui/material';
import { agreementTemplateChoices, subprocessorRegimeChoices } from '../../components/choices';
import { notBefore } from '../processors/processor-validation';
import { AgreementPreview } from './AgreementPreview';
import { PICKER_QUERY_OPTIONS } from '../../graphql/sparse-fields';

const validate = {
  title: [required(), maxLength(300)],
  template: [required()],
  endsOn: [notBefore('effectiveFrom')],
  reviewIntervalMonths: [minValue(1), maxValue(120)],
  subprocessorNoticeDays: [minValue(0), maxValue(365)],
};

/** New DPA versions start with a yearly review and Datatilsynet's standard template. */
export const AGREEMENT_DEFAULTS = { reviewIntervalMonths: 12, template: 'DATATILSYNET_STANDARD' };

export const ProcessorPicker = () => (
  <ReferenceInput source="processorId" reference="Processor" sort={{ field: 'name', order: 'ASC' }} queryOptions={PICKER_QUERY_OPTIONS} perPage={25}>
    <AutocompleteInput
      optionText="name"
      filterToQuery={(q: string) => ({ q })}
      validate={required()}
      label="resources.Agreement.fields.processorId"
      fullWidth
    />
  </ReferenceInput>
);

/** Only versions of the same processor can be copied from; every copied row must be re-confirmed. */
const CopyAssessmentInput = () => {
  const translate = useTranslate();
  return (
    <FormDataConsumer>
      {({ formData }) =>
        formData.processorId ? (
          <ReferenceInput
            source="copyAssessmentFrom"
            reference="Agreement"
            filter={{ processorId: formData.processorId }}
            sort={{ field: 'versionNo', order: 'DESC' }}
            perPage={50}
          >
            <SelectInput
              label="resources.Agreement.fields.copyAssessmentFrom"
              optionText={(r: RaRecord) => translate('tilsyn.agreements.version_label', { version: r.versionNo, title: r.title })}
              emptyText="tilsyn.agreements.copy_none"
              helperText="tilsyn.agreements.copy_help"
              fullWidth
            />
          </ReferenceInput>
        ) : null
      }
    </FormDataConsumer>
  );
};

/**
 * The terms of a DPA version: template, title, dates, review interval and the sub-processor option.
 * On creation also the processor and an earlier version to copy the checklist from.
 */
export const AgreementInputs = ({ creating = false }: { creating?: boolean }) => (
  <Grid container columnSpacing={2} sx={{ width: '100%', maxWidth: 960 }}>
    {creating && (
      <>
        <Grid size={{ xs: 12, md: 6 }}>
          <ProcessorPicker />
        </Grid>
        <Grid size={{ xs: 12, md: 6 }}>
          <CopyAssessmentInput />
        </Grid>
      </>
    )}
    <Grid size={{ xs: 12, md: 8 }}>
      <TextInput source="title" validate={validate.title} fullWidth />
    </Grid>
    <Grid size={{ xs: 12, md: 4 }}>
      <SelectInput source="template" choices={agreementTemplateChoices} validate={validate.template} fullWidth />
    </Grid>
    <Grid size={{ xs: 12, md: 4 }}>
      <DateInput source="effectiveFrom" fullWidth />
    </Grid>
    <Grid size={{ xs: 12, md: 4 }}>
      <DateInput source="endsOn" validate={validate.endsOn} fullWidth />
    </Grid>
    <Grid size={{ xs: 12, md: 4 }}>
      <NumberInput source="reviewIntervalMonths" validate={validate.reviewIntervalMonths} min={1} max={120} fullWidth />
    </Grid>
    <Grid size={{ xs: 12, md: 6 }}>
      <SelectInput source="subprocessorRegime" choices={subprocessorRegimeChoices} fullWidth />
    </Grid>
    <Grid size={{ xs: 12, md: 6 }}>
      <FormDataConsumer>
        {({ formData }) =>
          formData.subprocessorRegime === 'GENERAL' ? (
            <NumberInput source="subprocessorNoticeDays" validate={validate.subprocessorNoticeDays} min={0} max={365} fullWidth />
          ) : null
        }
      </FormDataConsumer>
    </Grid>
    {!creating && (
      <Grid size={12}>
        <FormDataConsumer>{({ formData }) => <AgreementPreview values={formData} />}</FormDataConsumer>
      </Grid>
    )}
  </Grid>
);
