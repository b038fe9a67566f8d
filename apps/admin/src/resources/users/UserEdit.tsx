import { Edit, SaveButton, SelectInput, ShowButton, SimpleForm, TextInput, Toolbar, TopToolbar, required, maxLength, type RaRecord } from 'react-admin';
import { localeChoices, roleChoices } from '../../components/choices';
import { UserActionButtons } from './UserActionButtons';

const EditActions = () => (
  <TopToolbar>
    <ShowButton />
    <UserActionButtons />
  </TopToolbar>
);

/** No delete: accounts are deactivated, never removed (their actions stay in the audit trail). */
const EditToolbar = () => (
  <Toolbar>
    <SaveButton />
  </Toolbar>
);

const keepVersion = (data: RaRecord, options?: { previousData?: RaRecord }) => ({
  ...data,
  version: data.version ?? options?.previousData?.version,
});

export const UserEdit = () => (
  <Edit mutationMode="pessimistic" redirect="show" actions={<EditActions />} transform={keepVersion}>
    <SimpleForm toolbar={<EditToolbar />}>
      <TextInput source="email" readOnly />
      <TextInput source="name" validate={[required(), maxLength(200)]} />
      <SelectInput source="role" choices={roleChoices} validate={required()} />
      <SelectInput source="locale" choices={localeChoices} validate={required()} helperText="tilsyn.users.locale_help" />
    </SimpleForm>
  </Edit>
);
