import type { ReactElement, ReactNode } from 'react';
import { CheckboxGroupInput, DateInput, maxLength, required, SimpleForm, TextInput, useTranslate } from 'react-admin';
import { Grid, Typography } from '@mui/material';
import { RECORD_LIMITS } from '@tilsyn/domain';
import { dataCategoryChoices, dataSubjectCategoryChoices } from '../../components/choices';
import { notBefore, notBlank } from '../processors/processor-validation';
import { ProcessorsInput } from '../processing-activities/ProcessorsInput';

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

const Heading = ({ text, help }: { text: string; help?: string }) => {
  const translate = useTranslate();
  return (
    <Grid size={12} sx={{ mt: 1 }}>
      <Typography variant="h6" component="h2">
        {translate(text)}
      </Typography>
      {help && (
        <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
          {translate(help)}
        </Typography>
      )}
    </Grid>
  );
};

const Row = ({ children }: { children: ReactNode }) => (
  <Grid container columnSpacing={2} sx={{ width: '100%', maxWidth: 960 }}>
    {children}
  </Grid>
);

const Cell = ({ children, md = 12 }: { children: ReactElement; md?: number }) => <Grid size={{ xs: 12, md }}>{children}</Grid>;

/**
 * One entry of the Art. 30(2) record, in the order of its letters: (a) the controller we act for,
 * (b) the categories of processing, (c) transfers (through our sub-processors), (d) security.
 */
export const ClientEngagementForm = ({ toolbar, defaultValues }: { toolbar?: ReactElement; defaultValues?: Record<string, unknown> }) => (
  <SimpleForm toolbar={toolbar} defaultValues={defaultValues}>
    <Row>
      <Heading text="tilsyn.records.sections.client" />
      <Cell md={8}>
        <TextInput source="clientName" validate={validate.clientName} fullWidth />
      </Cell>
      <Cell md={4}>
        <TextInput source="clientRegistrationNumber" validate={validate.clientRegistrationNumber} fullWidth />
      </Cell>
      <Cell md={6}>
        <TextInput source="clientContact" validate={validate.clientContact} helperText="tilsyn.records.client_contact_help" multiline fullWidth />
      </Cell>
      <Cell md={6}>
        <TextInput source="clientDpoContact" validate={validate.clientDpoContact} helperText="tilsyn.records.client_dpo_help" multiline fullWidth />
      </Cell>
      <Cell md={6}>
        <TextInput source="agreementReference" validate={validate.agreementReference} helperText="tilsyn.records.agreement_reference_help" fullWidth />
      </Cell>
      <Cell md={3}>
        <DateInput source="startedOn" fullWidth />
      </Cell>
      <Cell md={3}>
        <DateInput source="endedOn" validate={validate.endedOn} fullWidth />
      </Cell>
      <Heading text="tilsyn.records.sections.processing" />
      <Cell>
        <TextInput source="processingCategories" validate={validate.processingCategories} multiline minRows={2} fullWidth />
      </Cell>
      <Cell>
        <CheckboxGroupInput source="dataSubjectCategories" choices={dataSubjectCategoryChoices} />
      </Cell>
      <Cell>
        <CheckboxGroupInput source="dataCategories" choices={dataCategoryChoices} />
      </Cell>
      <Heading text="tilsyn.records.sections.subprocessors" help="tilsyn.records.subprocessors_help" />
      <Cell>
        <ProcessorsInput label="resources.ClientEngagement.fields.processorIds" />
      </Cell>
      <Cell>
        <TextInput source="transfersNote" validate={validate.transfersNote} helperText="tilsyn.records.transfers_note_help" multiline fullWidth />
      </Cell>
      <Heading text="tilsyn.records.sections.client_security" />
      <Cell>
        <TextInput source="securityMeasures" validate={validate.securityMeasures} helperText="tilsyn.records.security_help" multiline minRows={2} fullWidth />
      </Cell>
    </Row>
  </SimpleForm>
);
