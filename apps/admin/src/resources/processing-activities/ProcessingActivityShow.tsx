import { DeleteButton, EditButton, Show, TextField, TopToolbar, useRecordContext } from 'react-admin';
import { Box, Grid, Stack, Typography } from '@mui/material';
import { SENSITIVE_DATA_CATEGORIES } from '@tilsyn/domain';
import { DateTimeField } from '../../components/DateTimeField';
import { EnumListField } from '../../components/EnumListField';
import { IsoDateField } from '../../components/IsoDateField';
import type { ProcessingActivityRecord } from '../../graphql/types';
import { Cell, Section } from './RecordSections';
import { RecordProcessorsField } from './RecordProcessorsField';
import { RecordStatusChip } from './RecordStatusChip';
import { RetentionRules } from './RetentionRules';

const EMPTY = '—';

const ShowActions = () => (
  <TopToolbar>
    <EditButton />
    <DeleteButton mutationMode="pessimistic" />
  </TopToolbar>
);

const Header = () => {
  const record = useRecordContext<ProcessingActivityRecord>();
  if (!record) return null;
  return (
    <Stack direction="row" spacing={1.5} useFlexGap sx={{ alignItems: 'center', flexWrap: 'wrap', px: 2, pt: 2 }}>
      <Typography variant="h5" component="h1">
        {record.name}
      </Typography>
      <RecordStatusChip />
    </Stack>
  );
};

/** One entry of the Art. 30(1) record, letter by letter, with its retention rules kept here. */
export const ProcessingActivityShow = () => (
  <Show actions={<ShowActions />}>
    <Header />
    <Box sx={{ p: 2 }}>
      <Section title="tilsyn.records.sections.purposes">
        <Cell>
          <TextField source="purposes" sx={{ whiteSpace: 'pre-wrap' }} />
        </Cell>
        <Cell>
          <TextField source="legalBasis" emptyText={EMPTY} sx={{ whiteSpace: 'pre-wrap' }} />
        </Cell>
      </Section>
      <Section title="tilsyn.records.sections.data">
        <Cell>
          <EnumListField source="dataSubjectCategories" group="dataSubjectCategory" emptyText={EMPTY} />
        </Cell>
        <Cell>
          <EnumListField source="dataCategories" group="dataCategory" emptyText={EMPTY} highlight={SENSITIVE_DATA_CATEGORIES} />
        </Cell>
      </Section>
      <Section title="tilsyn.records.sections.recipients" help="tilsyn.records.recipients_show_help">
        <Cell label="resources.ProcessingActivity.fields.processorIds">
          <RecordProcessorsField emptyText="tilsyn.records.no_processors" />
        </Cell>
        <Cell>
          <TextField source="otherRecipients" emptyText={EMPTY} sx={{ whiteSpace: 'pre-wrap' }} />
        </Cell>
      </Section>
      <Section title="tilsyn.records.sections.retention">
        <Grid size={12}>
          <RetentionRules />
        </Grid>
      </Section>
      <Section title="tilsyn.records.sections.security" help="tilsyn.records.security_show_help">
        <Cell>
          <TextField source="securityMeasures" emptyText={EMPTY} sx={{ whiteSpace: 'pre-wrap' }} />
        </Cell>
        <Cell>
          <TextField source="notes" emptyText={EMPTY} sx={{ whiteSpace: 'pre-wrap' }} />
        </Cell>
        <Cell size={6}>
          <IsoDateField source="endedOn" emptyText={EMPTY} />
        </Cell>
        <Cell size={6}>
          <DateTimeField source="updatedAt" />
        </Cell>
      </Section>
    </Box>
  </Show>
);
