import { Labeled, SelectField, Show, SimpleShowLayout, TextField, TopToolbar } from 'react-admin';
import { DateTimeField } from '../../components/DateTimeField';
import { roleChoices } from '../../components/choices';
import { RevokeButton } from './RevokeButton';
import { TokenStatusField } from './TokenStatusField';

const ShowActions = () => (
  <TopToolbar>
    <RevokeButton />
  </TopToolbar>
);

export const ApiTokenShow = () => (
  <Show actions={<ShowActions />}>
    <SimpleShowLayout>
      <TextField source="name" />
      <SelectField source="role" choices={roleChoices} />
      <TextField source="tokenPrefix" sx={{ fontFamily: 'monospace' }} />
      <Labeled label="resources.ApiToken.fields.status">
        <TokenStatusField />
      </Labeled>
      <DateTimeField source="createdAt" />
      <DateTimeField source="lastUsedAt" emptyText="—" />
      <DateTimeField source="revokedAt" emptyText="—" />
    </SimpleShowLayout>
  </Show>
);
