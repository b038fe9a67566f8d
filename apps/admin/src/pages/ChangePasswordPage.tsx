import { useState } from 'react';
import {
  Authenticated,
  Form,
  HttpError,
  PasswordInput,
  SaveButton,
  Title,
  required,
  useGetIdentity,
  useNotify,
  useRedirect,
  useTranslate,
} from 'react-admin';
import { Alert, Card, CardContent, Stack, Typography } from '@mui/material';
import { forgetCurrentUser } from '../providers/authProvider';
import { useTilsynDataProvider } from '../providers/useTilsynDataProvider';
import { NewPasswordInputs } from '../components/NewPasswordInputs';
import { refinePasswordErrors } from './password-errors';

interface Values {
  currentPassword: string;
  newPassword: string;
  confirmPassword: string;
}

const ChangePasswordForm = () => {
  const translate = useTranslate();
  const notify = useNotify();
  const redirect = useRedirect();
  const dataProvider = useTilsynDataProvider();
  const { identity, refetch } = useGetIdentity();
  const [saving, setSaving] = useState(false);
  const forced = identity?.mustChangePassword === true;

  const submit = async (values: Partial<Values>) => {
    setSaving(true);
    try {
      await dataProvider.changeOwnPassword({ currentPassword: values.currentPassword ?? '', newPassword: values.newPassword ?? '' });
      forgetCurrentUser();
      await refetch();
      notify('tilsyn.auth.password_changed', { type: 'success' });
      redirect('/');
      return undefined;
    } catch (error) {
      if (error instanceof HttpError && error.body?.errors) {
        return refinePasswordErrors(error.body.fields ?? [], error.body.errors, translate);
      }
      notify(error instanceof Error ? error.message : 'ra.notification.http_error', { type: 'error' });
      return undefined;
    } finally {
      setSaving(false);
    }
  };

  return (
    <Card sx={{ maxWidth: 520, mt: 2 }}>
      <Title title={translate('tilsyn.auth.change_password_title')} />
      <CardContent>
        <Stack spacing={1}>
          <Typography variant="h6" component="h1">
            {translate('tilsyn.auth.change_password_title')}
          </Typography>
          {forced ? (
            <Alert severity="warning" data-testid="must-change-password">
              {translate('tilsyn.auth.change_password_required')}
            </Alert>
          ) : (
            <Typography variant="body2" color="text.secondary">
              {translate('tilsyn.auth.change_password_intro')}
            </Typography>
          )}
          <Form onSubmit={submit} noValidate>
            <Stack>
              <PasswordInput
                source="currentPassword"
                label="tilsyn.fields.currentPassword"
                autoComplete="current-password"
                validate={required()}
                fullWidth
              />
              <NewPasswordInputs source="newPassword" />
              <SaveButton label="tilsyn.auth.change_password" alwaysEnable={!saving} disabled={saving} />
            </Stack>
          </Form>
        </Stack>
      </CardContent>
    </Card>
  );
};

export const ChangePasswordPage = () => (
  <Authenticated>
    <ChangePasswordForm />
  </Authenticated>
);
