import { CreateButton, DataTable, ExportButton, FilterButton, List, SelectField, TopToolbar, useRecordContext } from 'react-admin';
import { CountryField } from '../../components/CountryField';
import { DateTimeField } from '../../components/DateTimeField';
import { ProcessorStatusChip } from '../../components/StatusChips';
import { lifecycleChoices, serviceKindChoices } from '../../components/choices';
import type { ProcessorRecord } from '../../graphql/types';
import { EngagementField } from './EngagementField';
import { processorFilters } from './processorFilters';
import { safeExporter } from '../../components/csv-exporter';

const ListActions = () => (
  <TopToolbar>
    <FilterButton />
    <CreateButton />
    <ExportButton maxResults={100} />
  </TopToolbar>
);

/** Today's status with the whole chain (the list asks for `compliance { status }`). */
const StatusField = (_props: { label?: string; source?: string }) => {
  const record = useRecordContext<ProcessorRecord>();
  return <ProcessorStatusChip status={record?.compliance?.status} testId="processor-status" />;
};

export const ProcessorList = () => (
  <List exporter={safeExporter} sort={{ field: 'name', order: 'ASC' }} filters={processorFilters} actions={<ListActions />} perPage={25}>
    <DataTable rowClick="show" bulkActionButtons={false}>
      <DataTable.Col source="name" />
      <DataTable.Col source="status" label="resources.Processor.fields.status" disableSort>
        <StatusField />
      </DataTable.Col>
      <DataTable.Col source="engagementRole" label="resources.Processor.fields.engaged">
        <EngagementField />
      </DataTable.Col>
      <DataTable.Col source="establishmentCountry" field={CountryField} />
      <DataTable.Col source="serviceKind">
        <SelectField source="serviceKind" choices={serviceKindChoices} />
      </DataTable.Col>
      <DataTable.Col source="lifecycle">
        <SelectField source="lifecycle" choices={lifecycleChoices} />
      </DataTable.Col>
      <DataTable.Col source="updatedAt" field={DateTimeField} />
    </DataTable>
  </List>
);
