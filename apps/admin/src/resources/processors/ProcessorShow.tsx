import type { ReactElement } from 'react';
import {
  DeleteButton,
  EditButton,
  EmailField,
  Labeled,
  NumberField,
  SelectField,
  Show,
  TextField,
  TopToolbar,
  useTranslate,
} from 'react-admin';
import { Box, Divider, Grid, Typography } from '@mui/material';
import { CountryField } from '../../components/CountryField';
import { DateTimeField } from '../../components/DateTimeField';
import { SafeUrlField } from '../../components/SafeUrlField';
import { lifecycleChoices, serviceKindChoices } from '../../components/choices';
import { ProcessorHistory } from './ProcessorHistory';

const ShowActions = () => (
  <TopToolbar>
    <EditButton />
    <DeleteButton mutationMode="pessimistic" />
  </TopToolbar>
);

const Cell = ({ children, size = 6 }: { children: ReactElement; size?: number }) => (
  <Grid size={{ xs: 12, md: size }}>
    <Labeled>{children}</Labeled>
  </Grid>
);

const HistorySection = () => {
  const translate = useTranslate();
  return (
    <Box component="section" aria-labelledby="processor-history-title" sx={{ mt: 2 }}>
      <Typography variant="h6" component="h2" id="processor-history-title" gutterBottom>
        {translate('resources.Processor.fields.history')}
      </Typography>
      <ProcessorHistory />
    </Box>
  );
};

export const ProcessorShow = () => (
  <Show actions={<ShowActions />}>
    <Box sx={{ p: 2 }}>
      <Grid container spacing={1}>
        <Cell size={8}>
          <TextField source="name" />
        </Cell>
        <Cell size={4}>
          <TextField source="registrationNumber" emptyText="—" />
        </Cell>
        <Cell size={4}>
          <CountryField source="establishmentCountry" />
        </Cell>
        <Cell size={4}>
          <SelectField source="serviceKind" choices={serviceKindChoices} />
        </Cell>
        <Cell size={4}>
          <SelectField source="lifecycle" choices={lifecycleChoices} />
        </Cell>
        <Cell>
          <TextField source="privacyContactName" emptyText="—" />
        </Cell>
        <Cell>
          <EmailField source="privacyContactEmail" emptyText="—" />
        </Cell>
        <Cell size={12}>
          <SafeUrlField source="website" />
        </Cell>
        <Cell size={12}>
          <TextField source="notes" emptyText="—" sx={{ whiteSpace: 'pre-wrap' }} />
        </Cell>
        <Cell size={4}>
          <DateTimeField source="createdAt" />
        </Cell>
        <Cell size={4}>
          <DateTimeField source="updatedAt" />
        </Cell>
        <Cell size={4}>
          <NumberField source="version" />
        </Cell>
      </Grid>
      <Divider sx={{ my: 2 }} />
      <HistorySection />
    </Box>
  </Show>
);
