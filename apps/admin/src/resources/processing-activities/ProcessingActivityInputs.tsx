import type { ReactElement, ReactNode } from 'react';
import { CheckboxGroupInput, DateInput, maxLength, required, SimpleForm, TextInput, useTranslate } from 'react-admin';
import { Grid, Typography } from '@mui/material';
import { RECORD_LIMITS } from '@tilsyn/domain';
import { dataCategoryChoices, dataSubjectCategoryChoices } from '../../components/choices';
import { notBlank } from '../processors/processor-validation';
import { ProcessorsInput } from './ProcessorsInput';

const validate = {
  name: [required(), notBlank, maxLength(RECORD_LIMITS.name)],
  purposes: [required(), notBlank, maxLength(RECORD_LIMITS.purposes)],
  legalBasis: [maxLength(RECORD_LIMITS.legalBasis)],
  otherRecipients: [maxLength(RECORD_LIMITS.otherRecipients)],
  securityMeasures: [maxLength(RECORD_LIMITS.securityMeasures)],
  notes: [maxLength(RECORD_LIMITS.notes)],
};

export const ACTIVITY_DEFAULTS = { dataCategories: [], dataSubjectCategories: [], processorIds: [] };

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
 * One entry of the Art. 30(1) record, in the order of its letters: (b) purposes, (c) data
 * subjects and data, (d) recipients, (g) security measures. The retention rules (f) are kept on
 * the activity's page. Labels come from resources.ProcessingActivity.fields.*.
 */
export const ProcessingActivityForm = ({ toolbar, defaultValues }: { toolbar?: ReactElement; defaultValues?: Record<string, unknown> }) => (
  <SimpleForm toolbar={toolbar} defaultValues={defaultValues}>
    <Row>
      <Cell md={8}>
        <TextInput source="name" validate={validate.name} fullWidth />
      </Cell>
      <Cell md={4}>
        <DateInput source="endedOn" helperText="tilsyn.records.ended_on_help" fullWidth />
      </Cell>
      <Heading text="tilsyn.records.sections.purposes" />
      <Cell>
        <TextInput source="purposes" validate={validate.purposes} multiline minRows={2} fullWidth />
      </Cell>
      <Cell>
        <TextInput source="legalBasis" validate={validate.legalBasis} helperText="tilsyn.records.legal_basis_help" multiline fullWidth />
      </Cell>
      <Heading text="tilsyn.records.sections.data" />
      <Cell>
        <CheckboxGroupInput source="dataSubjectCategories" choices={dataSubjectCategoryChoices} />
      </Cell>
      <Cell>
        <CheckboxGroupInput source="dataCategories" choices={dataCategoryChoices} />
      </Cell>
      <Heading text="tilsyn.records.sections.recipients" help="tilsyn.records.recipients_help" />
      <Cell>
        <ProcessorsInput label="resources.ProcessingActivity.fields.processorIds" />
      </Cell>
      <Cell>
        <TextInput source="otherRecipients" validate={validate.otherRecipients} helperText="tilsyn.records.other_recipients_help" multiline fullWidth />
      </Cell>
      <Heading text="tilsyn.records.sections.security" />
      <Cell>
        <TextInput source="securityMeasures" validate={validate.securityMeasures} helperText="tilsyn.records.security_help" multiline minRows={2} fullWidth />
      </Cell>
      <Cell>
        <TextInput source="notes" validate={validate.notes} multiline fullWidth />
      </Cell>
    </Row>
  </SimpleForm>
);
