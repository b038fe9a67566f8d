import type { ReactElement } from 'react';
import { CheckboxGroupInput, DateInput, maxLength, required, SimpleForm, TextInput } from 'react-admin';
import { RECORD_LIMITS } from '@tilsyn/domain';
import { dataCategoryChoices, dataSubjectCategoryChoices } from '../../components/choices';
import { notBlank } from '../processors/processor-validation';
import { ProcessorsInput } from './ProcessorsInput';
import { FormCell, FormHeading, FormRow } from '../../components/FormGrid';

const validate = {
  name: [required(), notBlank, maxLength(RECORD_LIMITS.name)],
  purposes: [required(), notBlank, maxLength(RECORD_LIMITS.purposes)],
  legalBasis: [maxLength(RECORD_LIMITS.legalBasis)],
  otherRecipients: [maxLength(RECORD_LIMITS.otherRecipients)],
  securityMeasures: [maxLength(RECORD_LIMITS.securityMeasures)],
  notes: [maxLength(RECORD_LIMITS.notes)],
};

export const ACTIVITY_DEFAULTS = { dataCategories: [], dataSubjectCategories: [], processorIds: [] };

/**
 * One entry of the Art. 30(1) record, in the order of its letters: (b) purposes, (c) data
 * subjects and data, (d) recipients, (g) security measures. The retention rules (f) are kept on
 * the activity's page. Labels come from resources.ProcessingActivity.fields.*.
 */
export const ProcessingActivityForm = ({ toolbar, defaultValues }: { toolbar?: ReactElement; defaultValues?: Record<string, unknown> }) => (
  <SimpleForm toolbar={toolbar} defaultValues={defaultValues}>
    <FormRow>
      <FormCell md={8}>
        <TextInput source="name" validate={validate.name} fullWidth />
      </FormCell>
      <FormCell md={4}>
        <DateInput source="endedOn" helperText="tilsyn.records.ended_on_help" fullWidth />
      </FormCell>
      <FormHeading text="tilsyn.records.sections.purposes" />
      <FormCell>
        <TextInput source="purposes" validate={validate.purposes} multiline minRows={2} fullWidth />
      </FormCell>
      <FormCell>
        <TextInput source="legalBasis" validate={validate.legalBasis} helperText="tilsyn.records.legal_basis_help" multiline fullWidth />
      </FormCell>
      <FormHeading text="tilsyn.records.sections.data" />
      <FormCell>
        <CheckboxGroupInput source="dataSubjectCategories" choices={dataSubjectCategoryChoices} />
      </FormCell>
      <FormCell>
        <CheckboxGroupInput source="dataCategories" choices={dataCategoryChoices} />
      </FormCell>
      <FormHeading text="tilsyn.records.sections.recipients" help="tilsyn.records.recipients_help" />
      <FormCell>
        <ProcessorsInput label="resources.ProcessingActivity.fields.processorIds" />
      </FormCell>
      <FormCell>
        <TextInput source="otherRecipients" validate={validate.otherRecipients} helperText="tilsyn.records.other_recipients_help" multiline fullWidth />
      </FormCell>
      <FormHeading text="tilsyn.records.sections.security" />
      <FormCell>
        <TextInput source="securityMeasures" validate={validate.securityMeasures} helperText="tilsyn.records.security_help" multiline minRows={2} fullWidth />
      </FormCell>
      <FormCell>
        <TextInput source="notes" validate={validate.notes} multiline fullWidth />
      </FormCell>
    </FormRow>
  </SimpleForm>
);
