import { DeleteButton, EditButton, Show, TextField, TopToolbar, useRecordContext } from 'react-admin';
import { Box, Stack, Typography } from '@mui/material';
import { SENSITIVE_DATA_CATEGORIES } from '@tilsyn/domain';
import { DateTimeField } from '../../components/DateTimeField';
import { EnumListField } from '../../components/EnumListField';
import { IsoDateField } from '../../components/IsoDateField';
import type { ClientEngagementRecord } from '../../graphql/types';
import { Cell, Section } from '../processing-activities/RecordSections';
import { RecordProcessorsField } from '../processing-activities/RecordProcessorsField';
import { RecordStatusChip } from '../processing-activities/RecordStatusChip';

const EMPTY = '—';

const ShowActions = () => (
  <TopToolbar>
    <EditButton />
    <DeleteButton mutationMode="pessimistic" />
  </TopToolbar>
);

const Header = () => {
  const record = useRecordContext<ClientEngagementRecord>();
  if (!record) return null;
  return (
    <Stack direction="row" spacing={1.5} useFlexGap sx={{ alignItems: 'center', flexWrap: 'wrap', px: 2, pt: 2 }}>
      <Typography variant="h5" component="h1">
        {record.clientName}
      </Typography>
      <RecordStatusChip />
    </Stack>
  );
};

/** One entry of the Art. 30(2) record, letter by letter. */
export const ClientEngagementShow = () => (
  <Show actions={<ShowActions />}>
    <Header />
    <Box sx={{ p: 2 }}>
      <Section title="tilsyn.records.sections.client">
        <Cell size={6}>
          <TextField source="clientRegistrationNumber" emptyText={EMPTY} />
        </Cell>
        <Cell size={6}>
          <TextField source="agreementReference" emptyText={EMPTY} />
        </Cell>
        <Cell size={6}>
          <TextField source="clientContact" emptyText={EMPTY} sx={{ whiteSpace: 'pre-wrap' }} />
        </Cell>
        <Cell size={6}>
          <TextField source="clientDpoContact" emptyText={EMPTY} sx={{ whiteSpace: 'pre-wrap' }} />
        </Cell>
        <Cell size={6}>
          <IsoDateField source="startedOn" emptyText={EMPTY} />
        </Cell>
        <Cell size={6}>
          <IsoDateField source="endedOn" emptyText={EMPTY} />
        </Cell>
      </Section>
      <Section title="tilsyn.records.sections.processing">
        <Cell>
          <TextField source="processingCategories" sx={{ whiteSpace: 'pre-wrap' }} />
        </Cell>
        <Cell>
          <EnumListField source="dataSubjectCategories" group="dataSubjectCategory" emptyText={EMPTY} />
        </Cell>
        <Cell>
          <EnumListField source="dataCategories" group="dataCategory" emptyText={EMPTY} highlight={SENSITIVE_DATA_CATEGORIES} />
        </Cell>
      </Section>
      <Section title="tilsyn.records.sections.subprocessors" help="tilsyn.records.subprocessors_show_help">
        <Cell label="resources.ClientEngagement.fields.processorIds">
          <RecordProcessorsField emptyText="tilsyn.records.no_subprocessors" />
        </Cell>
        <Cell>
          <TextField source="transfersNote" emptyText={EMPTY} sx={{ whiteSpace: 'pre-wrap' }} />
        </Cell>
      </Section>
      <Section title="tilsyn.records.sections.client_security" help="tilsyn.records.security_show_help">
        <Cell>
          <TextField source="securityMeasures" emptyText={EMPTY} sx={{ whiteSpace: 'pre-wrap' }} />
        </Cell>
        <Cell size={6}>
          <DateTimeField source="updatedAt" />
        </Cell>
      </Section>
    </Box>
  </Show>
);
