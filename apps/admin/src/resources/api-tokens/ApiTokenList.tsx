import { CreateButton, DataTable, FilterButton, List, NullableBooleanInput, SearchInput, SelectField, TopToolbar } from 'react-admin';
import { DateTimeField } from '../../components/DateTimeField';
import { RevokeButton } from './RevokeButton';
import { TokenStatusField } from './TokenStatusField';
import { tokenScopeChoices } from './token-expiry';

const filters = [<SearchInput source="q" alwaysOn key="q" />, <NullableBooleanInput source="revoked" key="revoked" />];

const ListActions = () => (
  <TopToolbar>
    <FilterButton />
    <CreateButton />
  </TopToolbar>
);

export const ApiTokenList = () => (
  <List sort={{ field: 'createdAt', order: 'DESC' }} filters={filters} actions={<ListActions />} perPage={25} exporter={false}>
    <DataTable rowClick="show" bulkActionButtons={false}>
      <DataTable.Col source="name" />
      <DataTable.Col source="scope" disableSort>
        <SelectField source="scope" choices={tokenScopeChoices} />
      </DataTable.Col>
      <DataTable.Col source="tokenPrefix" disableSort />
      <DataTable.Col source="createdAt" field={DateTimeField} />
      <DataTable.Col source="expiresAt" field={DateTimeField} />
      <DataTable.Col source="lastUsedAt" field={DateTimeField} />
      <DataTable.Col source="revokedAt" field={DateTimeField} disableSort />
      <DataTable.Col source="status" label="resources.ApiToken.fields.status" disableSort>
        <TokenStatusField />
      </DataTable.Col>
      <DataTable.Col label={false} disableSort>
        <RevokeButton />
      </DataTable.Col>
    </DataTable>
  </List>
);
