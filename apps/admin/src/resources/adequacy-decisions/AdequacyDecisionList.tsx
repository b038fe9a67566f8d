import { CreateButton, DataTable, ExportButton, FilterButton, List, NullableBooleanInput, SelectField, TopToolbar, useRecordContext } from 'react-admin';
import { CountryInput } from '../../components/CountryInput';
import { EnumListField } from '../../components/EnumListField';
import { IsoDateField } from '../../components/IsoDateField';
import { adequacyScopeChoices } from '../../components/choices';
import type { AdequacyDecisionRecord } from '../../graphql/types';
import { InForceChip, ToVerifyChip } from './AdequacyChips';
import { JurisdictionField } from './JurisdictionField';
import { safeExporter } from '../../components/csv-exporter';

const filters = [
  <CountryInput source="jurisdiction" key="jurisdiction" sx={{ minWidth: 240 }} alwaysOn />,
  <NullableBooleanInput source="inForce" key="inForce" label="tilsyn.adequacy.filter_in_force" />,
  <NullableBooleanInput source="toVerify" key="toVerify" />,
];

const ListActions = () => (
  <TopToolbar>
    <FilterButton />
    <CreateButton />
    <ExportButton maxResults={100} />
  </TopToolbar>
);

const InForceField = (_props: { label?: string; source?: string }) => {
  const record = useRecordContext<AdequacyDecisionRecord>();
  return record ? <InForceChip record={record} /> : null;
};

const ToVerifyField = (_props: { label?: string; source?: string }) => {
  const record = useRecordContext<AdequacyDecisionRecord>();
  return record ? <ToVerifyChip record={record} /> : null;
};

/** The Art. 45 decisions as dated reference data: everyone reads them, an administrator maintains them. */
export const AdequacyDecisionList = () => (
  <List exporter={safeExporter} sort={{ field: 'jurisdiction', order: 'ASC' }} filters={filters} actions={<ListActions />} perPage={50}>
    <DataTable rowClick="show" bulkActionButtons={false}>
      <DataTable.Col source="jurisdiction" label="resources.AdequacyDecision.fields.jurisdictionName">
        <JurisdictionField />
      </DataTable.Col>
      <DataTable.Col source="instrument" />
      <DataTable.Col source="validFrom" field={IsoDateField} />
      <DataTable.Col source="validUntil" field={IsoDateField} />
      <DataTable.Col source="revokedOn" field={IsoDateField} disableSort />
      <DataTable.Col source="scope" disableSort>
        <SelectField source="scope" choices={adequacyScopeChoices} />
      </DataTable.Col>
      <DataTable.Col source="conditions" disableSort>
        <EnumListField source="conditions" group="adequacyCondition" />
      </DataTable.Col>
      <DataTable.Col source="inForceToday" disableSort>
        <InForceField />
      </DataTable.Col>
      <DataTable.Col source="toVerify" disableSort>
        <ToVerifyField />
      </DataTable.Col>
    </DataTable>
  </List>
);
