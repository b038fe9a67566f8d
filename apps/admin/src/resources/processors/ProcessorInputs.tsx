import { required, SelectInput, TextInput } from 'react-admin';
import { Grid } from '@mui/material';
import { CountryInput } from '../../components/CountryInput';
import { lifecycleChoices, serviceKindChoices } from '../../components/choices';
import { emailAddress, notBlank, webAddress, withinLimit } from './processor-validation';

const validate = {
  name: [required(), notBlank, withinLimit('name')],
  registrationNumber: [withinLimit('registrationNumber')],
  establishmentCountry: [required()],
  serviceKind: [required()],
  privacyContactName: [withinLimit('privacyContactName')],
  privacyContactEmail: [withinLimit('privacyContactEmail'), emailAddress],
  website: [withinLimit('website'), webAddress],
  notes: [withinLimit('notes')],
};

/** The processor form, shared by Create and Edit. Labels come from resources.Processor.fields.*. */
export const ProcessorInputs = () => (
  <Grid container columnSpacing={2} sx={{ width: '100%', maxWidth: 960 }}>
    <Grid size={{ xs: 12, md: 8 }}>
      <TextInput source="name" validate={validate.name} fullWidth />
    </Grid>
    <Grid size={{ xs: 12, md: 4 }}>
      <TextInput source="registrationNumber" validate={validate.registrationNumber} fullWidth />
    </Grid>
    <Grid size={{ xs: 12, md: 4 }}>
      <CountryInput source="establishmentCountry" validate={validate.establishmentCountry} fullWidth />
    </Grid>
    <Grid size={{ xs: 12, md: 4 }}>
      <SelectInput source="serviceKind" choices={serviceKindChoices} validate={validate.serviceKind} fullWidth />
    </Grid>
    <Grid size={{ xs: 12, md: 4 }}>
      <SelectInput source="lifecycle" choices={lifecycleChoices} fullWidth />
    </Grid>
    <Grid size={{ xs: 12, md: 6 }}>
      <TextInput source="privacyContactName" validate={validate.privacyContactName} fullWidth />
    </Grid>
    <Grid size={{ xs: 12, md: 6 }}>
      <TextInput source="privacyContactEmail" type="email" validate={validate.privacyContactEmail} fullWidth />
    </Grid>
    <Grid size={12}>
      <TextInput source="website" type="url" validate={validate.website} fullWidth placeholder="https://" />
    </Grid>
    <Grid size={12}>
      <TextInput source="notes" validate={validate.notes} multiline minRows={3} fullWidth />
    </Grid>
  </Grid>
);
