import { useId, type ReactNode } from 'react';
import { FieldTitle, InputHelperText, useInput, useResourceContext, useTranslate, type Validator } from 'react-admin';
import { TextField } from '@mui/material';

interface Choice {
  id: string | number;
  name: string;
}

interface NativeSelectInputProps {
  source: string;
  choices: readonly Choice[];
  label?: string;
  /** On the <select> itself: e2e tests pick an option with selectOption(). */
  testId?: string;
  /** The blank option's label (translation key); without it there is no blank option. */
  emptyText?: string;
  helperText?: ReactNode;
  validate?: Validator | Validator[];
  /** Stored as numbers (the SCC module). */
  numeric?: boolean;
  fullWidth?: boolean;
}

/**
 * A react-admin input rendered as a native <select>: keyboard- and screen-reader-friendly, and the
 * same element tests drive. Server-side errors land on it like on any react-admin input.
 */
export const NativeSelectInput = ({ source, choices, label, testId, emptyText, helperText, validate, numeric = false, fullWidth = true }: NativeSelectInputProps) => {
  const translate = useTranslate();
  const resource = useResourceContext();
  const id = useId();
  const { field, fieldState, isRequired } = useInput({ source, validate });
  const error = fieldState.error?.message;
  const value = field.value === null || field.value === undefined ? '' : String(field.value);
  return (
    <TextField
      select
      id={id}
      name={field.name}
      value={value}
      onChange={(event) => {
        const raw = event.target.value;
        field.onChange(raw === '' ? null : numeric ? Number(raw) : raw);
      }}
      onBlur={field.onBlur}
      inputRef={field.ref}
      error={!!error}
      fullWidth={fullWidth}
      margin="dense"
      label={<FieldTitle label={label} source={source} resource={resource} isRequired={isRequired} />}
      helperText={<InputHelperText error={error} helperText={helperText} />}
      slotProps={{ select: { native: true }, inputLabel: { shrink: true }, htmlInput: { 'data-testid': testId, id } }}
    >
      {emptyText !== undefined && <option value="">{translate(emptyText, { _: emptyText })}</option>}
      {choices.map((choice) => (
        <option key={choice.id} value={String(choice.id)}>
          {translate(choice.name, { _: choice.name })}
        </option>
      ))}
    </TextField>
  );
};
