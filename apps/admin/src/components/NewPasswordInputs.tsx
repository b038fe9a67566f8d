import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from '@tilsyn/domain';
import { maxLength, minLength, PasswordInput, required, useTranslate } from 'react-admin';

/** Refuses a confirmation that differs from the password in `source`. */
export const matchesField = (source: string) => (value: unknown, values: Record<string, unknown>) =>
  value && value !== values[source] ? 'tilsyn.validation.password_mismatch' : undefined;

/** A new password (policy from @tilsyn/domain) and its confirmation in `confirmPassword`. */
export const NewPasswordInputs = ({ source }: { source: string }) => {
  const translate = useTranslate();
  return (
    <>
      <PasswordInput
        source={source}
        label="tilsyn.fields.newPassword"
        autoComplete="new-password"
        helperText={translate('tilsyn.auth.password_hint', { min: PASSWORD_MIN_LENGTH })}
        validate={[required(), minLength(PASSWORD_MIN_LENGTH), maxLength(PASSWORD_MAX_LENGTH)]}
        fullWidth
      />
      <PasswordInput source="confirmPassword" label="tilsyn.fields.confirmPassword" autoComplete="new-password" validate={[required(), matchesField(source)]} fullWidth />
    </>
  );
};
