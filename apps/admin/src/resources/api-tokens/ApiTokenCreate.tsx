import { useState } from 'react';
import { Create, SelectInput, SimpleForm, TextInput, maxLength, required, useRedirect, useTranslate } from 'react-admin';
import { roleChoices } from '../../components/choices';
import { SecretDialog } from '../../components/SecretDialog';
import type { ApiTokenCreatedRecord } from '../../providers/dataProvider';

/** createApiToken answers the secret once; it is shown in a dialog with a copy button, then gone. */
export const ApiTokenCreate = () => {
  const translate = useTranslate();
  const redirect = useRedirect();
  const [created, setCreated] = useState<ApiTokenCreatedRecord | null>(null);
  return (
    <>
      <Create mutationOptions={{ onSuccess: (data: ApiTokenCreatedRecord) => setCreated(data) }}>
        <SimpleForm>
          <TextInput source="name" validate={[required(), maxLength(200)]} />
          <SelectInput source="role" choices={roleChoices} validate={required()} />
        </SimpleForm>
      </Create>
      <SecretDialog
        open={created !== null}
        title={translate('tilsyn.api_tokens.created_title')}
        intro={translate('tilsyn.api_tokens.token_intro')}
        hint={translate('tilsyn.api_tokens.copy_hint')}
        label={translate('resources.ApiToken.fields.token')}
        secret={created?.token ?? null}
        onClose={() => {
          setCreated(null);
          redirect('list', 'ApiToken');
        }}
      />
    </>
  );
};
