import type { ReactElement } from 'react';
import {
  ArrayInput,
  BooleanInput,
  CheckboxGroupInput,
  DateInput,
  FormDataConsumer,
  minValue,
  NumberInput,
  required,
  SelectInput,
  SimpleFormIterator,
  TabbedForm,
  TextInput,
  useTranslate,
} from 'react-admin';
import { Grid, Typography } from '@mui/material';
import { CountryInput } from '../../components/CountryInput';
import { UserChoiceInput } from '../../components/UserChoiceInput';
import {
  cprDisclosureBasisChoices,
  dataCategoryChoices,
  dataSubjectCategoryChoices,
  dpfStatusChoices,
  engagementRoleChoices,
  erasureChannelChoices,
  lifecycleChoices,
  locationKindChoices,
  serviceKindChoices,
} from '../../components/choices';
import { emailAddress, erasureAddressForChannel, notBefore, notBlank, webAddress, withinLimit } from './processor-validation';
import { FormCell, FormRow } from '../../components/FormGrid';

const validate = {
  name: [required(), notBlank, withinLimit('name')],
  registrationNumber: [withinLimit('registrationNumber')],
  establishmentCountry: [required()],
  serviceKind: [required()],
  privacyContactName: [withinLimit('privacyContactName')],
  privacyContactEmail: [withinLimit('privacyContactEmail'), emailAddress],
  website: [withinLimit('website'), webAddress],
  notes: [withinLimit('notes')],
  address: [withinLimit('address')],
  fallbackContactName: [withinLimit('fallbackContactName')],
  fallbackContactEmail: [withinLimit('fallbackContactEmail'), emailAddress],
  erasureChannel: [required()],
  erasureAddress: [withinLimit('erasureAddress'), erasureAddressForChannel],
  engagementPurpose: [withinLimit('engagementPurpose')],
  engagementEnd: [notBefore('engagementStart')],
  dpfLapsedOn: [notBefore('dpfCertifiedOn')],
  cprDisclosureJustification: [withinLimit('cprDisclosureJustification')],
  locationCountry: [required()],
  locationKind: [required()],
  dataSubjectCount: [minValue(0)],
};

/** What a new processor starts with: the API's defaults, and a processor we engage directly. */
export const PROCESSOR_DEFAULTS = {
  lifecycle: 'ONBOARDING',
  engagementRole: 'PROCESSOR',
  dataCategories: [],
  dataSubjectCategories: [],
  processingLocations: [],
  dpfStatus: 'NOT_APPLICABLE',
  subjectToPipeda: false,
  fscCreditInformation: false,
  publicAuthority: false,
  danishRealmAuthority: false,
  erasureChannel: 'EMAIL',
};

const Help = ({ text }: { text: string }) => {
  const translate = useTranslate();
  return (
    <Grid size={12}>
      <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
        {translate(text)}
      </Typography>
    </Grid>
  );
};

/** The CPR basis (databeskyttelsesloven §11(2)) matters only when CPR numbers are among the data. */
const CprDisclosureInputs = () => {
  const translate = useTranslate();
  return (
    <FormDataConsumer>
      {({ formData }) =>
        Array.isArray(formData.dataCategories) && formData.dataCategories.includes('CPR') ? (
          <>
            <Help text="tilsyn.processors.cpr_basis_help" />
            <FormCell md={6}>
              <SelectInput
                source="cprDisclosureBasis"
                choices={cprDisclosureBasisChoices}
                fullWidth
                helperText={
                  typeof formData.cprDisclosureBasis === 'string' && formData.cprDisclosureBasis
                    ? translate(`tilsyn.cpr_basis_help.${formData.cprDisclosureBasis}`)
                    : false
                }
              />
            </FormCell>
            <FormCell md={6}>
              <TextInput source="cprDisclosureJustification" validate={validate.cprDisclosureJustification} multiline minRows={2} fullWidth />
            </FormCell>
          </>
        ) : null
      }
    </FormDataConsumer>
  );
};

/**
 * The processor form, shared by Create and Edit, in tabs: identity, personal data and locations,
 * recipient attributes, erasure, engagement. Labels come from resources.Processor.fields.*; a tab
 * with an invalid input is marked (react-admin's TabbedForm).
 */
export const ProcessorForm = ({ toolbar, defaultValues }: { toolbar?: ReactElement; defaultValues?: Record<string, unknown> }) => (
  <TabbedForm toolbar={toolbar} defaultValues={defaultValues}>
    <TabbedForm.Tab label="tilsyn.processors.sections.identity">
      <FormRow>
        <FormCell md={8}>
          <TextInput source="name" validate={validate.name} fullWidth />
        </FormCell>
        <FormCell md={4}>
          <TextInput source="registrationNumber" validate={validate.registrationNumber} fullWidth />
        </FormCell>
        <FormCell md={4}>
          <CountryInput source="establishmentCountry" validate={validate.establishmentCountry} fullWidth />
        </FormCell>
        <FormCell md={4}>
          <SelectInput source="serviceKind" choices={serviceKindChoices} validate={validate.serviceKind} fullWidth />
        </FormCell>
        <FormCell md={4}>
          <SelectInput source="lifecycle" choices={lifecycleChoices} fullWidth />
        </FormCell>
        <FormCell>
          <TextInput source="address" validate={validate.address} multiline fullWidth />
        </FormCell>
        <FormCell md={6}>
          <TextInput source="privacyContactName" validate={validate.privacyContactName} fullWidth />
        </FormCell>
        <FormCell md={6}>
          <TextInput source="privacyContactEmail" type="email" validate={validate.privacyContactEmail} fullWidth />
        </FormCell>
        <FormCell md={6}>
          <TextInput source="fallbackContactName" validate={validate.fallbackContactName} fullWidth />
        </FormCell>
        <FormCell md={6}>
          <TextInput source="fallbackContactEmail" type="email" validate={validate.fallbackContactEmail} fullWidth />
        </FormCell>
        <FormCell>
          <TextInput source="website" type="url" validate={validate.website} fullWidth placeholder="https://" />
        </FormCell>
        <FormCell>
          <TextInput source="notes" validate={validate.notes} multiline minRows={3} fullWidth />
        </FormCell>
      </FormRow>
    </TabbedForm.Tab>
    <TabbedForm.Tab label="tilsyn.processors.sections.data">
      <FormRow>
        <Help text="tilsyn.processors.data_categories_help" />
        <FormCell>
          <CheckboxGroupInput source="dataCategories" choices={dataCategoryChoices} />
        </FormCell>
        <FormCell>
          <CheckboxGroupInput source="dataSubjectCategories" choices={dataSubjectCategoryChoices} />
        </FormCell>
        <Help text="tilsyn.processors.locations_help" />
        <FormCell>
          <ArrayInput source="processingLocations">
            <SimpleFormIterator inline disableReordering>
              <CountryInput source="country" label="tilsyn.processors.location.country" validate={validate.locationCountry} sx={{ minWidth: 240 }} />
              <SelectInput source="kind" label="tilsyn.processors.location.kind" choices={locationKindChoices} validate={validate.locationKind} />
              <TextInput source="description" label="tilsyn.processors.location.description" sx={{ minWidth: 280 }} />
            </SimpleFormIterator>
          </ArrayInput>
        </FormCell>
      </FormRow>
    </TabbedForm.Tab>
    <TabbedForm.Tab label="tilsyn.processors.sections.recipient">
      <FormRow>
        <Help text="tilsyn.processors.recipient_help" />
        <FormCell md={6}>
          <SelectInput source="dpfStatus" choices={dpfStatusChoices} validate={required()} fullWidth />
        </FormCell>
        <FormCell md={6}>
          <DateInput source="dpfCheckedOn" fullWidth />
        </FormCell>
        <FormCell md={6}>
          <DateInput source="dpfCertifiedOn" fullWidth />
        </FormCell>
        <FormCell md={6}>
          <DateInput source="dpfLapsedOn" validate={validate.dpfLapsedOn} fullWidth />
        </FormCell>
        <FormCell md={6}>
          <BooleanInput source="subjectToPipeda" />
        </FormCell>
        <FormCell md={6}>
          <BooleanInput source="fscCreditInformation" />
        </FormCell>
        <FormCell md={6}>
          <BooleanInput source="publicAuthority" />
        </FormCell>
        <FormCell md={6}>
          <BooleanInput source="danishRealmAuthority" />
        </FormCell>
      </FormRow>
    </TabbedForm.Tab>
    <TabbedForm.Tab label="tilsyn.processors.sections.erasure">
      <FormRow>
        <FormCell md={4}>
          <SelectInput source="erasureChannel" choices={erasureChannelChoices} validate={validate.erasureChannel} fullWidth />
        </FormCell>
        <FormCell md={8}>
          <TextInput source="erasureAddress" validate={validate.erasureAddress} helperText="tilsyn.processors.erasure_address_help" fullWidth />
        </FormCell>
      </FormRow>
    </TabbedForm.Tab>
    <TabbedForm.Tab label="tilsyn.processors.sections.engagement">
      <FormRow>
        <FormCell md={6}>
          <SelectInput
            source="engagementRole"
            choices={engagementRoleChoices}
            emptyText="tilsyn.processors.engagement_role_none"
            helperText="tilsyn.processors.engagement_role_help"
            fullWidth
          />
        </FormCell>
        <FormCell md={6}>
          <UserChoiceInput source="ownerId" emptyText="tilsyn.processors.owner_none" fullWidth />
        </FormCell>
        <FormCell>
          <TextInput source="engagementPurpose" validate={validate.engagementPurpose} multiline minRows={2} fullWidth />
        </FormCell>
        <FormCell md={6}>
          <DateInput source="engagementStart" fullWidth />
        </FormCell>
        <FormCell md={6}>
          <DateInput source="engagementEnd" validate={validate.engagementEnd} fullWidth />
        </FormCell>
        <FormCell md={6}>
          <NumberInput
            source="dataSubjectCount"
            validate={validate.dataSubjectCount}
            min={0}
            step={1}
            helperText="tilsyn.processors.data_subject_count_help"
            fullWidth
            slotProps={{ htmlInput: { 'data-testid': 'processor-data-subject-count' } }}
          />
        </FormCell>
        <CprDisclosureInputs />
      </FormRow>
    </TabbedForm.Tab>
  </TabbedForm>
);
