import {
  AutocompleteInput,
  CreateButton,
  DateInput,
  DataTable,
  ExportButton,
  FilterButton,
  List,
  NullableBooleanInput,
  ReferenceInput,
  SelectField,
  SelectInput,
  TopToolbar,
  useRecordContext,
} from 'react-admin';
import { Stack, Typography } from '@mui/material';
import { IsoDateField } from '../../components/IsoDateField';
import { DueStateChip, ReviewOutcomeChip, ReviewStatusChip } from '../../components/StatusChips';
import { UserChoiceInput } from '../../components/UserChoiceInput';
import { dueStateChoices, reviewKindChoices, reviewStatusChoices } from '../../components/choices';
import { PICKER_QUERY_OPTIONS } from '../../graphql/sparse-fields';
import type { ReviewRecord } from '../../graphql/types';
import { PlanReviewsButton } from './PlanReviewsButton';
import { safeExporter } from '../../components/csv-exporter';

/** Every field of ReviewFilter a reader asks for: what, how far along, how late, about whom, whose. */
const filters = [
  <SelectInput source="dueState" choices={dueStateChoices} key="dueState" alwaysOn />,
  <NullableBooleanInput source="open" key="open" trueLabel="tilsyn.reviews.filter_open" falseLabel="tilsyn.reviews.filter_completed" alwaysOn />,
  <SelectInput source="kind" choices={reviewKindChoices} key="kind" />,
  <SelectInput source="status" choices={reviewStatusChoices} key="status" />,
  <ReferenceInput source="processorId" reference="Processor" sort={{ field: 'name', order: 'ASC' }} queryOptions={PICKER_QUERY_OPTIONS} key="processorId">
    <AutocompleteInput optionText="name" filterToQuery={(q: string) => ({ q })} label="resources.Review.fields.processorId" sx={{ minWidth: 260 }} />
  </ReferenceInput>,
  <UserChoiceInput source="assigneeId" key="assigneeId" label="resources.Review.fields.assigneeId" />,
  <NullableBooleanInput source="unassigned" key="unassigned" label="tilsyn.reviews.filter_unassigned" trueLabel="tilsyn.reviews.filter_nobody" falseLabel="tilsyn.reviews.filter_somebody" />,
  <DateInput source="completedAfter" key="completedAfter" label="tilsyn.reviews.filter_completed_after" />,
];

const ListActions = () => (
  <TopToolbar>
    <FilterButton />
    <PlanReviewsButton />
    <CreateButton />
    <ExportButton maxResults={100} />
  </TopToolbar>
);

/** What is reviewed ("Aftale v2 med Acme") and, below it, the processor it belongs to. */
const SubjectField = (_props: { label?: string; source?: string }) => {
  const record = useRecordContext<ReviewRecord>();
  if (!record) return null;
  return (
    <Stack spacing={0}>
      <Typography variant="body2">{record.subjectLabel}</Typography>
      {record.processorName && record.processorName !== record.subjectLabel && (
        <Typography variant="caption" color="text.secondary">
          {record.processorName}
        </Typography>
      )}
    </Stack>
  );
};

const DueStateField = (_props: { label?: string; source?: string }) => {
  const record = useRecordContext<ReviewRecord>();
  return <DueStateChip state={record?.dueState} testId="review-list-due-state" />;
};

const StatusField = (_props: { label?: string; source?: string }) => {
  const record = useRecordContext<ReviewRecord>();
  return <ReviewStatusChip status={record?.status} testId="review-list-status" />;
};

const OutcomeField = (_props: { label?: string; source?: string }) => {
  const record = useRecordContext<ReviewRecord>();
  return <ReviewOutcomeChip outcome={record?.outcome} />;
};

/** Open reviews first by due date: what needs doing soonest is at the top. */
export const ReviewList = () => (
  <List exporter={safeExporter} sort={{ field: 'dueOn', order: 'ASC' }} filters={filters} filterDefaultValues={{ open: true }} actions={<ListActions />} perPage={25}>
    <DataTable rowClick="show" bulkActionButtons={false}>
      <DataTable.Col source="kind">
        <SelectField source="kind" choices={reviewKindChoices} />
      </DataTable.Col>
      <DataTable.Col source="processorName" label="resources.Review.fields.subjectLabel">
        <SubjectField />
      </DataTable.Col>
      <DataTable.Col source="dueOn" field={IsoDateField} />
      <DataTable.Col source="dueState" disableSort>
        <DueStateField />
      </DataTable.Col>
      <DataTable.Col source="status">
        <StatusField />
      </DataTable.Col>
      <DataTable.Col source="assigneeName" disableSort />
      <DataTable.Col source="outcome" disableSort>
        <OutcomeField />
      </DataTable.Col>
      <DataTable.Col source="completedOn" field={IsoDateField} />
    </DataTable>
  </List>
);
