import { Labeled, ReferenceField, SelectField, Show, SimpleShowLayout, TextField, TopToolbar } from 'react-admin';
import { DateTimeField } from '../../components/DateTimeField';
import { RevokeButton } from './RevokeButton';
import { TokenStatusField } from './TokenStatusField';
import { tokenScopeChoices } from './token-expiry';

const ShowActions = () => (
  <TopToolbar>
    <RevokeButton />
  </TopToolbar>
);

export const ApiTokenShow = () => (
  <Show actions={<ShowActions />}>
    <SimpleShowLayout>
      <TextField source="name" />
      <SelectField source="scope" choices={tokenScopeChoices} />
      <TextField source="tokenPrefix" sx={{ fontFamily: 'monospace' }} />
      <Labeled label="resources.ApiToken.fields.status">
        <TokenStatusField />
      </Labeled>
      <ReferenceField source="createdById" reference="User" link="show" emptyText="—" />
      <DateTimeField source="createdAt" />
      <DateTimeField source="expiresAt" />
      <DateTimeField source="lastUsedAt" emptyText="—" />
      <DateTimeField source="revokedAt" emptyText="—" />
    </SimpleShowLayout>
  </Show>
);
