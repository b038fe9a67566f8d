import { useEffect, useState } from 'react';
import {
  Form,
  HttpError,
  SaveButton,
  TextInput,
  email,
  maxLength,
  required,
  useLocation,
  useNavigate,
  useNotify,
  useTranslate,
} from 'react-admin';
import { Alert, Box, Button, Card, CardContent, Stack, Typography } from '@mui/material';
import { setupApi } from '../providers/authProvider';
import { toHttpError } from '../providers/dataProvider';
import { NewPasswordInputs } from '../components/NewPasswordInputs';
import { LanguageSwitch } from '../layout/LanguageSwitch';

interface Values {
  name: string;
  email: string;
  password: string;
  confirmPassword: string;
}

/**
 * /#/setup?token=…: the one-time link the API prints at its first production start. Creates the
 * first administrator (completeSetup signs them in). Public: there is nobody to sign in as yet.
 */
export const SetupPage = () => {
  const translate = useTranslate();
  const notify = useNotify();
  const navigate = useNavigate();
  const location = useLocation();
  const token = new URLSearchParams(location.search).get('token') ?? '';
  const [required_, setRequired] = useState<boolean | null>(null);

  useEffect(() => {
    let live = true;
    setupApi
      .setupRequired()
      .then((value) => live && setRequired(value))
      .catch(() => live && setRequired(true));
    return () => {
      live = false;
    };
  }, []);

  const submit = async (values: Partial<Values>) => {
    try {
      await setupApi.completeSetup({ token, email: values.email ?? '', name: values.name ?? '', password: values.password ?? '' });
      // A full load (no #fragment: the spent token leaves the history) so react-admin starts signed in.
      window.location.replace(window.location.pathname);
      return undefined;
    } catch (error) {
      const httpError = toHttpError(error, 'User', true);
      if (httpError instanceof HttpError && httpError.body?.errors) return httpError.body.errors;
      notify(httpError.message, { type: 'error' });
      return undefined;
    }
  };

  return (
    <Box sx={{ display: 'flex', justifyContent: 'center', alignItems: 'flex-start', minHeight: '100vh', bgcolor: 'grey.100', pt: 8 }}>
      <Card sx={{ width: 440 }}>
        <CardContent>
          <Stack spacing={2}>
            <Typography variant="h5" component="h1">
              {translate('tilsyn.setup.title')}
            </Typography>
            {required_ === false ? (
              <>
                <Alert severity="info">{translate('tilsyn.setup.not_required')}</Alert>
                <Button variant="contained" onClick={() => navigate('/login')}>
                  {translate('tilsyn.setup.go_to_login')}
                </Button>
              </>
            ) : !token ? (
              <Alert severity="error">{translate('tilsyn.setup.missing_token')}</Alert>
            ) : (
              <>
                <Typography variant="body2" color="text.secondary">
                  {translate('tilsyn.setup.intro')}
                </Typography>
                <Form onSubmit={submit} noValidate>
                  <Stack>
                    <TextInput source="name" label="resources.User.fields.name" validate={[required(), maxLength(200)]} fullWidth />
                    <TextInput
                      source="email"
                      type="email"
                      label="resources.User.fields.email"
                      autoComplete="username"
                      validate={[required(), email(), maxLength(254)]}
                      fullWidth
                    />
                    <NewPasswordInputs source="password" />
                    <SaveButton label="tilsyn.setup.submit" alwaysEnable />
                  </Stack>
                </Form>
              </>
            )}
            <Box sx={{ display: 'flex', justifyContent: 'center' }}>
              <LanguageSwitch />
            </Box>
          </Stack>
        </CardContent>
      </Card>
    </Box>
  );
};
