import { SelectInput, useFieldValue, useTranslate, type FieldProps, type SelectInputProps } from 'react-admin';
import { Typography } from '@mui/material';
import { useUserChoices } from './useUserChoices';

/** Picks a user (e.g. a processor's owner) from `userChoices`: every role may ask, unlike the user list. */
export const UserChoiceInput = (props: Omit<SelectInputProps, 'choices'>) => {
  const { choices, loading } = useUserChoices();
  return <SelectInput choices={choices} translateChoice={false} isPending={loading} {...props} />;
};

/** A user id shown as the user's name; an unknown or deactivated user is said to be so. */
export const UserNameField = (props: FieldProps & { emptyText?: string }) => {
  const value = useFieldValue(props);
  const translate = useTranslate();
  const { nameOf, loading } = useUserChoices();
  if (typeof value !== 'string' || value === '') return <Typography component="span" variant="body2">{props.emptyText ?? ''}</Typography>;
  return (
    <Typography component="span" variant="body2" title={value}>
      {nameOf(value) ?? (loading ? '' : translate('tilsyn.processors.unknown_user'))}
    </Typography>
  );
};
