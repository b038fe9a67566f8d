import { CreateButton, DataTable, ExportButton, FilterButton, List, SearchInput, SelectField, SelectInput, TopToolbar } from 'react-admin';
import { CountryField } from '../../components/CountryField';
import { CountryInput } from '../../components/CountryInput';
import { DateTimeField } from '../../components/DateTimeField';
import { lifecycleChoices, serviceKindChoices } from '../../components/choices';

const filters = [
  <SearchInput source="q" alwaysOn key="q" />,
  <CountryInput source="establishmentCountry" key="establishmentCountry" />,
  <SelectInput source="serviceKind" choices={serviceKindChoices} key="serviceKind" />,
  <SelectInput source="lifecycle" choices={lifecycleChoices} key="lifecycle" />,
];

const ListActions = () => (
  <TopToolbar>
    <FilterButton />
    <CreateButton />
    <ExportButton maxResults={100} />
  </TopToolbar>
);

export const ProcessorList = () => (
  <List sort={{ field: 'name', order: 'ASC' }} filters={filters} actions={<ListActions />} perPage={25}>
    <DataTable rowClick="show" bulkActionButtons={false}>
      <DataTable.Col source="name" />
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
