import { BooleanField, EditButton, EmailField, SelectField, Show, SimpleShowLayout, TextField, TopToolbar } from 'react-admin';
import { DateTimeField } from '../../components/DateTimeField';
import { localeChoices, roleChoices } from '../../components/choices';
import { UserActionButtons } from './UserActionButtons';

const ShowActions = () => (
  <TopToolbar>
    <EditButton />
    <UserActionButtons />
  </TopToolbar>
);

export const UserShow = () => (
  <Show actions={<ShowActions />}>
    <SimpleShowLayout>
      <TextField source="name" />
      <EmailField source="email" />
      <SelectField source="role" choices={roleChoices} />
      <SelectField source="locale" choices={localeChoices} />
      <BooleanField source="active" looseValue />
      <BooleanField source="mustChangePassword" looseValue />
      <DateTimeField source="lastSignInAt" emptyText="—" />
      <DateTimeField source="lockedUntil" emptyText="—" />
      <DateTimeField source="createdAt" />
    </SimpleShowLayout>
  </Show>
);
