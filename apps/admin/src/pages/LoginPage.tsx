import { Login, LoginForm, PasswordInput, TextInput, required, useTranslate } from 'react-admin';
import { Box } from '@mui/material';
import { LanguageSwitch } from '../layout/LanguageSwitch';

/** Sign in with e-mail and password; the language can be chosen before signing in. */
const TilsynLoginForm = () => {
  const translate = useTranslate();
  return (
    <LoginForm>
      <TextInput
        autoFocus
        source="username"
        type="email"
        label={translate('ra.auth.email')}
        autoComplete="username"
        validate={required()}
      />
      <PasswordInput source="password" label={translate('ra.auth.password')} autoComplete="current-password" validate={required()} />
    </LoginForm>
  );
};

export const LoginPage = () => (
  <Login>
    <TilsynLoginForm />
    <Box sx={{ display: 'flex', justifyContent: 'center', pb: 1 }}>
      <LanguageSwitch />
    </Box>
  </Login>
);
