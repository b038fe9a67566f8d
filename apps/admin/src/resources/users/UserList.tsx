import {
  BooleanField,
  CreateButton,
  DataTable,
  ExportButton,
  FilterButton,
  List,
  NullableBooleanInput,
  SearchInput,
  SelectField,
  SelectInput,
  TopToolbar,
} from 'react-admin';
import { DateTimeField } from '../../components/DateTimeField';
import { roleChoices } from '../../components/choices';
import { safeExporter } from '../../components/csv-exporter';

const filters = [
  <SearchInput source="q" alwaysOn key="q" />,
  <SelectInput source="role" choices={roleChoices} key="role" />,
  <NullableBooleanInput source="active" key="active" />,
];

const ListActions = () => (
  <TopToolbar>
    <FilterButton />
    <CreateButton />
    <ExportButton maxResults={100} />
  </TopToolbar>
);

export const UserList = () => (
  <List exporter={safeExporter} sort={{ field: 'name', order: 'ASC' }} filters={filters} actions={<ListActions />} perPage={25}>
    <DataTable rowClick="show" bulkActionButtons={false}>
      <DataTable.Col source="name" />
      <DataTable.Col source="email" />
      <DataTable.Col source="role">
        <SelectField source="role" choices={roleChoices} />
      </DataTable.Col>
      <DataTable.Col source="active" disableSort>
        <BooleanField source="active" />
      </DataTable.Col>
      <DataTable.Col source="lastSignInAt" field={DateTimeField} disableSort />
      <DataTable.Col source="createdAt" field={DateTimeField} />
    </DataTable>
  </List>
);
