import {
  AutocompleteInput,
  CreateButton,
  DataTable,
  ExportButton,
  FilterButton,
  List,
  ReferenceField,
  ReferenceInput,
  SelectField,
  SelectInput,
  TopToolbar,
  useRecordContext,
  useTranslate,
} from 'react-admin';
import { Chip, Stack } from '@mui/material';
import { IsoDateField } from '../../components/IsoDateField';
import { AgreementStatusChip } from '../../components/StatusChips';
import { agreementStatusChoices, agreementTemplateChoices } from '../../components/choices';
import type { AgreementRecord } from '../../graphql/types';
import { PICKER_QUERY_OPTIONS } from '../../graphql/sparse-fields';
import { safeExporter } from '../../components/csv-exporter';

const filters = [
  <ReferenceInput source="processorId" reference="Processor" sort={{ field: 'name', order: 'ASC' }} queryOptions={PICKER_QUERY_OPTIONS} key="processorId" alwaysOn>
    <AutocompleteInput optionText="name" filterToQuery={(q: string) => ({ q })} label="resources.Agreement.fields.processorId" sx={{ minWidth: 260 }} />
  </ReferenceInput>,
  <SelectInput source="status" choices={agreementStatusChoices} key="status" />,
];

const ListActions = () => (
  <TopToolbar>
    <FilterButton />
    <CreateButton />
    <ExportButton maxResults={100} />
  </TopToolbar>
);

const StatusField = (_props: { label?: string; source?: string }) => {
  const record = useRecordContext<AgreementRecord>();
  return <AgreementStatusChip status={record?.status} testId="agreement-status" />;
};

const ReviewDueField = (_props: { label?: string; source?: string }) => {
  const record = useRecordContext<AgreementRecord>();
  const translate = useTranslate();
  if (!record) return null;
  return (
    <Stack direction="row" spacing={0.5} sx={{ alignItems: 'center' }}>
      <IsoDateField source="reviewDueOn" />
      {record.reviewOverdue && <Chip size="small" color="error" label={translate('tilsyn.agreements.review_overdue')} />}
    </Stack>
  );
};

/** Every DPA version of every processor, newest first. */
export const AgreementList = () => (
  <List exporter={safeExporter} sort={{ field: 'createdAt', order: 'DESC' }} filters={filters} actions={<ListActions />} perPage={25}>
    <DataTable rowClick="show" bulkActionButtons={false}>
      <DataTable.Col source="processorId" disableSort>
        <ReferenceField source="processorId" reference="Processor" />
      </DataTable.Col>
      <DataTable.Col source="versionNo" />
      <DataTable.Col source="title" />
      <DataTable.Col source="template" disableSort>
        <SelectField source="template" choices={agreementTemplateChoices} />
      </DataTable.Col>
      <DataTable.Col source="status" disableSort>
        <StatusField />
      </DataTable.Col>
      <DataTable.Col source="signedOn" field={IsoDateField} />
      <DataTable.Col source="endsOn" field={IsoDateField} />
      <DataTable.Col source="reviewDueOn" disableSort>
        <ReviewDueField />
      </DataTable.Col>
    </DataTable>
  </List>
);
