import { DataTable, ExportButton, FilterButton, List, TopToolbar } from 'react-admin';
import { ActorField } from '../../components/ActorField';
import { DateTimeField } from '../../components/DateTimeField';
import { ChangesSummaryField } from './ChangesSummaryField';
import { EntityField } from './EntityField';
import { VerifyChainPanel } from './VerifyChainPanel';
import { ActionField } from './ActionField';
import { auditFilters } from './auditFilters';
import { safeExporter } from '../../components/csv-exporter';

const ListActions = () => (
  <TopToolbar>
    <FilterButton />
    <ExportButton maxResults={100} />
  </TopToolbar>
);

/** The append-only audit trail, newest first. No create, edit or delete exists for it. */
export const AuditEventList = () => (
  <>
    <VerifyChainPanel />
    <List exporter={safeExporter} sort={{ field: 'seq', order: 'DESC' }} filters={auditFilters} actions={<ListActions />} perPage={50}>
      <DataTable rowClick="show" bulkActionButtons={false}>
        <DataTable.Col source="seq" />
        <DataTable.Col source="occurredAt" field={DateTimeField} />
        <DataTable.Col source="actorName" disableSort>
          <ActorField />
        </DataTable.Col>
        <DataTable.Col source="action" disableSort>
          <ActionField />
        </DataTable.Col>
        <DataTable.Col source="entity" label="resources.AuditEvent.fields.entity" disableSort>
          <EntityField />
        </DataTable.Col>
        <DataTable.Col source="changes" disableSort>
          <ChangesSummaryField />
        </DataTable.Col>
      </DataTable>
    </List>
  </>
);
