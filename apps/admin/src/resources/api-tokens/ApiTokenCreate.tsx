import { useMemo, useState } from 'react';
import { Create, DateInput, SelectInput, SimpleForm, TextInput, maxLength, required, useRedirect, useTranslate } from 'react-admin';
import { useWatch } from 'react-hook-form';
import { Alert } from '@mui/material';
import { isTokenScope } from '@tilsyn/domain';
import { SecretDialog } from '../../components/SecretDialog';
import type { ApiTokenCreatedRecord } from '../../providers/dataProvider';
import { defaultTokenExpiry, tokenScopeChoices, validateTokenExpiry } from './token-expiry';

/** What the chosen scope lets the token do, in the reader's language. */
const ScopeExplanation = () => {
  const translate = useTranslate();
  const scope: unknown = useWatch({ name: 'scope' });
  if (!isTokenScope(scope)) return null;
  return (
    <Alert severity="info" sx={{ mb: 2, maxWidth: 640 }}>
      {translate(`tilsyn.api_tokens.scope_help.${scope}`)}
    </Alert>
  );
};

/**
 * A token gets a scope (never a role) and an expiry, 90 days ahead unless changed. createApiToken
 * answers the secret once; it is shown in a dialog with a copy button, then gone.
 */
export const ApiTokenCreate = () => {
  const translate = useTranslate();
  const redirect = useRedirect();
  const [created, setCreated] = useState<ApiTokenCreatedRecord | null>(null);
  const defaults = useMemo(() => ({ scope: 'ERASURE_FILING', expiresAt: defaultTokenExpiry(new Date()) }), []);
  const expiryValidation = useMemo(() => [required(), validateTokenExpiry(() => new Date())], []);
  return (
    <>
      <Create mutationOptions={{ onSuccess: (data: ApiTokenCreatedRecord) => setCreated(data) }}>
        <SimpleForm defaultValues={defaults}>
          <TextInput source="name" validate={[required(), maxLength(200)]} />
          <SelectInput source="scope" choices={tokenScopeChoices} validate={required()} helperText="tilsyn.api_tokens.scope_intro" />
          <ScopeExplanation />
          <DateInput source="expiresAt" validate={expiryValidation} helperText="tilsyn.api_tokens.expires_help" />
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
