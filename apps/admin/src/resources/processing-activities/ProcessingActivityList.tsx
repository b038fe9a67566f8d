import { CreateButton, DataTable, ExportButton, FilterButton, List, TopToolbar } from 'react-admin';
import { DateTimeField } from '../../components/DateTimeField';
import { EnumListField } from '../../components/EnumListField';
import { processingActivityFilters } from './processingActivityFilters';
import { RecordProcessorsField } from './RecordProcessorsField';
import { RecordStatusChip } from './RecordStatusChip';
import { safeExporter } from '../../components/csv-exporter';

const ListActions = () => (
  <TopToolbar>
    <FilterButton />
    <CreateButton />
    <ExportButton maxResults={100} />
  </TopToolbar>
);

/** The Art. 30(1) record as a list: every activity with the data it covers, the processors it uses and whether it is in the record today. */
export const ProcessingActivityList = () => (
  <List exporter={safeExporter} sort={{ field: 'name', order: 'ASC' }} filters={processingActivityFilters} actions={<ListActions />} perPage={25}>
    <DataTable rowClick="show" bulkActionButtons={false}>
      <DataTable.Col source="name" />
      <DataTable.Col source="endedOn" label="tilsyn.records.status_label" disableSort>
        <RecordStatusChip />
      </DataTable.Col>
      <DataTable.Col source="dataCategories" disableSort>
        <EnumListField source="dataCategories" group="dataCategory" />
      </DataTable.Col>
      <DataTable.Col source="processors" label="resources.ProcessingActivity.fields.processorIds" disableSort>
        <RecordProcessorsField />
      </DataTable.Col>
      <DataTable.Col source="updatedAt" field={DateTimeField} />
    </DataTable>
  </List>
);
