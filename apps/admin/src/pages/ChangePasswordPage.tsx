import { useState } from 'react';
import {
  Authenticated,
  Form,
  HttpError,
  PasswordInput,
  SaveButton,
  Title,
  maxLength,
  minLength,
  required,
  useGetIdentity,
  useNotify,
  useRedirect,
  useTranslate,
} from 'react-admin';
import { Alert, Card, CardContent, Stack, Typography } from '@mui/material';
import { forgetCurrentUser } from '../providers/authProvider';
import { useTilsynDataProvider } from '../providers/useTilsynDataProvider';
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from '@tilsyn/domain';
import { refinePasswordErrors } from './password-errors';

interface Values {
  currentPassword: string;
  newPassword: string;
  confirmPassword: string;
}

export const matchesNewPassword = (value: unknown, values: Partial<Values>) =>
  value && value !== values.newPassword ? 'tilsyn.validation.password_mismatch' : undefined;

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
              <PasswordInput
                source="newPassword"
                label="tilsyn.fields.newPassword"
                autoComplete="new-password"
                helperText={translate('tilsyn.auth.password_hint', { min: PASSWORD_MIN_LENGTH })}
                validate={[required(), minLength(PASSWORD_MIN_LENGTH), maxLength(PASSWORD_MAX_LENGTH)]}
                fullWidth
              />
              <PasswordInput
                source="confirmPassword"
                label="tilsyn.fields.confirmPassword"
                autoComplete="new-password"
                validate={[required(), matchesNewPassword]}
                fullWidth
              />
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
