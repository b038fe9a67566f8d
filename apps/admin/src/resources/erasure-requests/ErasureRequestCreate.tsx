import { useCallback, useState } from 'react';
import {
  ArrayInput,
  AutocompleteInput,
  CheckboxGroupInput,
  Create,
  DateInput,
  maxLength,
  ReferenceInput,
  required,
  SelectInput,
  SimpleForm,
  SimpleFormIterator,
  TextInput,
  useTranslate,
} from 'react-admin';
import { Alert, Grid, Typography } from '@mui/material';
import { todayIso } from '../../components/dates';
import { dataSubjectCategoryChoices, erasureGroundChoices, erasureSourceChoices } from '../../components/choices';
import { PICKER_QUERY_OPTIONS } from '../../graphql/sparse-fields';
import { erasureRequestFormErrors, newIdempotencyKey } from './erasure-rules';

/** The API's bounds (FileErasureRequestArgs), so a long paste is refused here first. */
const validate = {
  caseReference: [required(), maxLength(200)],
  receivedOn: [required()],
  cpr: [maxLength(20)],
  name: [maxLength(200)],
  email: [maxLength(320)],
  address: [maxLength(500)],
  reference: [maxLength(200)],
  processorId: [required()],
};

const Heading = ({ text }: { text: string }) => {
  const translate = useTranslate();
  return (
    <Typography variant="subtitle1" component="h2" sx={{ mt: 2, mb: 0.5, fontWeight: 600 }}>
      {translate(text)}
    </Typography>
  );
};

/**
 * Files one erasure request by hand (the case system files most of them through the API): where it
 * came from and on which Art. 17(1) ground, whose data (sealed at once; only the DPO and the
 * administrator can see them again, and each viewing is logged), and any recipient the case itself
 * names with its own reference. A hidden idempotency key makes a double submit file it once.
 */
export const ErasureRequestCreate = () => {
  const translate = useTranslate();
  const [defaults] = useState(() => ({
    source: 'DATA_SUBJECT_REQUEST',
    grounds: [],
    dataSubjectCategory: 'DEBTORS',
    receivedOn: todayIso(),
    caseRecipients: [],
    idempotencyKey: newIdempotencyKey(),
  }));
  const validateForm = useCallback((values: Record<string, unknown>) => erasureRequestFormErrors(values, todayIso(), translate), [translate]);
  return (
    <Create redirect="show">
      <SimpleForm defaultValues={defaults} validate={validateForm} sx={{ maxWidth: 960 }}>
        <Typography variant="body2" color="text.secondary">
          {translate('tilsyn.erasure.create_intro')}
        </Typography>
        <Heading text="tilsyn.erasure.sections.request" />
        <Grid container columnSpacing={2} sx={{ width: '100%' }}>
          <Grid size={{ xs: 12, md: 6 }}>
            <SelectInput source="source" choices={erasureSourceChoices} validate={required()} fullWidth />
          </Grid>
          <Grid size={{ xs: 12, md: 6 }}>
            <SelectInput source="dataSubjectCategory" choices={dataSubjectCategoryChoices} validate={required()} helperText="tilsyn.erasure.category_help" fullWidth />
          </Grid>
          <Grid size={{ xs: 12, md: 6 }}>
            <TextInput source="caseReference" validate={validate.caseReference} helperText="tilsyn.erasure.case_reference_help" fullWidth />
          </Grid>
          <Grid size={{ xs: 12, md: 6 }}>
            <DateInput source="receivedOn" validate={validate.receivedOn} helperText="tilsyn.erasure.received_on_help" fullWidth />
          </Grid>
          <Grid size={12}>
            <CheckboxGroupInput source="grounds" choices={erasureGroundChoices} row={false} helperText="tilsyn.erasure.grounds_help" />
          </Grid>
        </Grid>
        <Heading text="tilsyn.erasure.sections.person" />
        <Alert severity="info" sx={{ mb: 1, width: '100%' }}>
          {translate('tilsyn.erasure.identifiers_sealed')}
        </Alert>
        <Grid container columnSpacing={2} sx={{ width: '100%' }}>
          <Grid size={{ xs: 12, md: 6 }}>
            <TextInput source="cpr" validate={validate.cpr} helperText="tilsyn.erasure.cpr_help" autoComplete="off" fullWidth />
          </Grid>
          <Grid size={{ xs: 12, md: 6 }}>
            <TextInput source="name" validate={validate.name} autoComplete="off" fullWidth />
          </Grid>
          <Grid size={{ xs: 12, md: 6 }}>
            <TextInput source="email" type="email" validate={validate.email} autoComplete="off" fullWidth />
          </Grid>
          <Grid size={{ xs: 12, md: 6 }}>
            <TextInput source="address" validate={validate.address} autoComplete="off" fullWidth />
          </Grid>
        </Grid>
        <Heading text="tilsyn.erasure.sections.case_recipients" />
        <Typography variant="body2" color="text.secondary">
          {translate('tilsyn.erasure.case_recipients_help')}
        </Typography>
        <ArrayInput source="caseRecipients" label={false}>
          <SimpleFormIterator inline disableReordering>
            <ReferenceInput source="processorId" reference="Processor" sort={{ field: 'name', order: 'ASC' }} queryOptions={PICKER_QUERY_OPTIONS}>
              <AutocompleteInput
                optionText="name"
                filterToQuery={(q: string) => ({ q })}
                label="tilsyn.erasure.case_recipient_processor"
                validate={validate.processorId}
                sx={{ minWidth: 320 }}
              />
            </ReferenceInput>
            <TextInput source="reference" label="tilsyn.erasure.case_recipient_reference" validate={validate.reference} helperText={false} sx={{ minWidth: 240 }} />
          </SimpleFormIterator>
        </ArrayInput>
      </SimpleForm>
    </Create>
  );
};
