import { CreateButton, DataTable, ExportButton, FilterButton, List, TopToolbar } from 'react-admin';
import { DateTimeField } from '../../components/DateTimeField';
import { IsoDateField } from '../../components/IsoDateField';
import { RecordProcessorsField } from '../processing-activities/RecordProcessorsField';
import { RecordStatusChip } from '../processing-activities/RecordStatusChip';
import { clientEngagementFilters } from './clientEngagementFilters';
import { safeExporter } from '../../components/csv-exporter';

const ListActions = () => (
  <TopToolbar>
    <FilterButton />
    <CreateButton />
    <ExportButton maxResults={100} />
  </TopToolbar>
);

/** The Art. 30(2) record as a list: the clients we act for, our sub-processors for each, and whether the engagement is in the record today. */
export const ClientEngagementList = () => (
  <List exporter={safeExporter} sort={{ field: 'clientName', order: 'ASC' }} filters={clientEngagementFilters} actions={<ListActions />} perPage={25}>
    <DataTable rowClick="show" bulkActionButtons={false}>
      <DataTable.Col source="clientName" />
      <DataTable.Col source="endedOn" label="tilsyn.records.status_label" disableSort>
        <RecordStatusChip />
      </DataTable.Col>
      <DataTable.Col source="startedOn" field={IsoDateField} />
      <DataTable.Col source="processors" label="resources.ClientEngagement.fields.processorIds" disableSort>
        <RecordProcessorsField />
      </DataTable.Col>
      <DataTable.Col source="updatedAt" field={DateTimeField} />
    </DataTable>
  </List>
);
