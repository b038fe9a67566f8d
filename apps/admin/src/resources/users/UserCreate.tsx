import { useState } from 'react';
import { Create, SelectInput, SimpleForm, TextInput, email, maxLength, required, useRedirect, useTranslate, type RaRecord } from 'react-admin';
import { roleChoices } from '../../components/choices';
import { SecretDialog } from '../../components/SecretDialog';

/** After createUser, its temporary password is shown once, in a dialog that stays until closed. */
export const UserCreate = () => {
  const translate = useTranslate();
  const redirect = useRedirect();
  const [created, setCreated] = useState<RaRecord | null>(null);
  return (
    <>
      <Create mutationOptions={{ onSuccess: (data: RaRecord) => setCreated(data) }}>
        <SimpleForm>
          <TextInput source="email" type="email" validate={[required(), email(), maxLength(254)]} />
          <TextInput source="name" validate={[required(), maxLength(200)]} />
          <SelectInput source="role" choices={roleChoices} validate={required()} />
        </SimpleForm>
      </Create>
      <SecretDialog
        open={created !== null}
        title={translate('tilsyn.users.created_title')}
        intro={translate('tilsyn.users.temporary_password_intro', { name: created?.name ?? '' })}
        label={translate('resources.User.fields.temporaryPassword')}
        secret={typeof created?.temporaryPassword === 'string' ? created.temporaryPassword : null}
        onClose={() => {
          const id = created?.id;
          setCreated(null);
          redirect(id != null ? 'show' : 'list', 'User', id);
        }}
      />
    </>
  );
};
