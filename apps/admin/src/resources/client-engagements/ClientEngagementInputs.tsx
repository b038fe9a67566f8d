import type { ReactElement } from 'react';
import { CheckboxGroupInput, DateInput, maxLength, required, SimpleForm, TextInput } from 'react-admin';
import { RECORD_LIMITS } from '@tilsyn/domain';
import { dataCategoryChoices, dataSubjectCategoryChoices } from '../../components/choices';
import { notBefore, notBlank } from '../processors/processor-validation';
import { ProcessorsInput } from '../processing-activities/ProcessorsInput';
import { FormCell, FormHeading, FormRow } from '../../components/FormGrid';

const validate = {
  clientName: [required(), notBlank, maxLength(RECORD_LIMITS.clientName)],
  clientRegistrationNumber: [maxLength(RECORD_LIMITS.clientRegistrationNumber)],
  clientContact: [maxLength(RECORD_LIMITS.clientContact)],
  clientDpoContact: [maxLength(RECORD_LIMITS.clientDpoContact)],
  processingCategories: [required(), notBlank, maxLength(RECORD_LIMITS.processingCategories)],
  transfersNote: [maxLength(RECORD_LIMITS.transfersNote)],
  securityMeasures: [maxLength(RECORD_LIMITS.securityMeasures)],
  agreementReference: [maxLength(RECORD_LIMITS.agreementReference)],
  endedOn: [notBefore('startedOn')],
};

export const ENGAGEMENT_DEFAULTS = { dataCategories: [], dataSubjectCategories: [], processorIds: [] };

/**
 * One entry of the Art. 30(2) record, in the order of its letters: (a) the controller we act for,
 * (b) the categories of processing, (c) transfers (through our sub-processors), (d) security.
 */
export const ClientEngagementForm = ({ toolbar, defaultValues }: { toolbar?: ReactElement; defaultValues?: Record<string, unknown> }) => (
  <SimpleForm toolbar={toolbar} defaultValues={defaultValues}>
    <FormRow>
      <FormHeading text="tilsyn.records.sections.client" />
      <FormCell md={8}>
        <TextInput source="clientName" validate={validate.clientName} fullWidth />
      </FormCell>
      <FormCell md={4}>
        <TextInput source="clientRegistrationNumber" validate={validate.clientRegistrationNumber} fullWidth />
      </FormCell>
      <FormCell md={6}>
        <TextInput source="clientContact" validate={validate.clientContact} helperText="tilsyn.records.client_contact_help" multiline fullWidth />
      </FormCell>
      <FormCell md={6}>
        <TextInput source="clientDpoContact" validate={validate.clientDpoContact} helperText="tilsyn.records.client_dpo_help" multiline fullWidth />
      </FormCell>
      <FormCell md={6}>
        <TextInput source="agreementReference" validate={validate.agreementReference} helperText="tilsyn.records.agreement_reference_help" fullWidth />
      </FormCell>
      <FormCell md={3}>
        <DateInput source="startedOn" fullWidth />
      </FormCell>
      <FormCell md={3}>
        <DateInput source="endedOn" validate={validate.endedOn} fullWidth />
      </FormCell>
      <FormHeading text="tilsyn.records.sections.processing" />
      <FormCell>
        <TextInput source="processingCategories" validate={validate.processingCategories} multiline minRows={2} fullWidth />
      </FormCell>
      <FormCell>
        <CheckboxGroupInput source="dataSubjectCategories" choices={dataSubjectCategoryChoices} />
      </FormCell>
      <FormCell>
        <CheckboxGroupInput source="dataCategories" choices={dataCategoryChoices} />
      </FormCell>
      <FormHeading text="tilsyn.records.sections.subprocessors" help="tilsyn.records.subprocessors_help" />
      <FormCell>
        <ProcessorsInput label="resources.ClientEngagement.fields.processorIds" />
      </FormCell>
      <FormCell>
        <TextInput source="transfersNote" validate={validate.transfersNote} helperText="tilsyn.records.transfers_note_help" multiline fullWidth />
      </FormCell>
      <FormHeading text="tilsyn.records.sections.client_security" />
      <FormCell>
        <TextInput source="securityMeasures" validate={validate.securityMeasures} helperText="tilsyn.records.security_help" multiline minRows={2} fullWidth />
      </FormCell>
    </FormRow>
  </SimpleForm>
);
