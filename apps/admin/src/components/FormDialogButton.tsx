import { useId, useState, type ReactElement, type ReactNode } from 'react';
import { Button, Form, HttpError, SaveButton, useCanAccess, useNotify, useRefresh, useTranslate } from 'react-admin';
import { Alert, Dialog, DialogActions, DialogContent, DialogContentText, DialogTitle, Button as MuiButton } from '@mui/material';

type Values = Record<string, unknown>;

interface FormDialogButtonProps {
  /** canAccess resource and action (providers/canAccess.ts): the button exists only when the role may do it. */
  resource: string;
  action: string;
  /** Translation key of the button. */
  label: string;
  icon?: ReactElement;
  /** Already translated: dialogs name the record they act on. */
  title: string;
  intro?: string;
  /** Values the inputs start with (e.g. today's date, the link's current facts). */
  record?: Values;
  /** Translation key of the submit button (default: the button's label). */
  submitLabel?: string;
  /** Calls one custom dataProvider method; a thrown HttpError is shown in the dialog, next to its input. */
  onSubmit: (values: Values) => Promise<unknown>;
  /** Translation key of the notification after success. */
  successMessage?: string;
  /** After success; the default refreshes every query on the page. */
  onDone?: () => void;
  color?: 'primary' | 'error' | 'warning' | 'inherit';
  variant?: 'text' | 'outlined' | 'contained';
  size?: 'small' | 'medium';
  testId?: string;
  /** Greys the button out (e.g. a TIA with steps still to write). */
  disabled?: boolean;
  /** Form-level validation ({ field: message }), e.g. a domain rule that spans several inputs. */
  validate?: (values: Values) => Record<string, string>;
  /** Inputs (react-admin inputs with explicit labels) and any preview. */
  children: ReactNode;
}

/**
 * A button that opens a small form in a dialog (a date, a reason, a choice) and calls one explicit
 * domain mutation with it. The dialog stays open on an error, which is shown translated, with the
 * offending input highlighted; it closes, notifies and refreshes on success.
 */
export const FormDialogButton = ({
  resource,
  action,
  label,
  icon,
  title,
  intro,
  record,
  submitLabel,
  onSubmit,
  successMessage,
  onDone,
  color = 'primary',
  variant = 'text',
  size = 'small',
  testId,
  children,
  disabled = false,
  validate,
}: FormDialogButtonProps) => {
  const { canAccess, isPending } = useCanAccess({ resource, action });
  const translate = useTranslate();
  const notify = useNotify();
  const refresh = useRefresh();
  const titleId = useId();
  const [open, setOpen] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  if (isPending || !canAccess) return null;

  const close = () => {
    setOpen(false);
    setProblem(null);
  };

  const submit = async (values: Values) => {
    setProblem(null);
    setBusy(true);
    try {
      await onSubmit(values);
    } catch (error) {
      setBusy(false);
      const message = error instanceof Error ? error.message : translate('tilsyn.client_errors.unexpected');
      setProblem(message);
      const fieldErrors = error instanceof HttpError ? (error.body as { errors?: Record<string, unknown> } | undefined)?.errors : undefined;
      // react-admin's Form puts a returned { field: message } object on the inputs.
      if (fieldErrors) {
        const { root: _root, ...onInputs } = fieldErrors;
        return Object.keys(onInputs).length > 0 ? onInputs : undefined;
      }
      return undefined;
    }
    setBusy(false);
    close();
    if (successMessage) notify(successMessage, { type: 'success' });
    if (onDone) onDone();
    else refresh();
    return undefined;
  };

  return (
    <>
      <Button
        label={label}
        color={color}
        variant={variant}
        size={size}
        data-testid={testId}
        disabled={disabled}
        onClick={(event) => {
          event.stopPropagation();
          setOpen(true);
        }}
      >
        {icon}
      </Button>
      <Dialog open={open} onClose={close} aria-labelledby={titleId} maxWidth="sm" fullWidth data-testid={testId ? `${testId}-dialog` : undefined}>
        {open && (
          <Form record={record ?? {}} onSubmit={submit} validate={validate} noValidate>
            <DialogTitle id={titleId}>{title}</DialogTitle>
            <DialogContent>
              {intro && <DialogContentText sx={{ mb: 2 }}>{intro}</DialogContentText>}
              {children}
              {problem && (
                <Alert severity="error" sx={{ mt: 1 }} role="alert" data-testid={testId ? `${testId}-error` : undefined}>
                  {problem}
                </Alert>
              )}
            </DialogContent>
            <DialogActions>
              <MuiButton onClick={close}>{translate('ra.action.cancel')}</MuiButton>
              {/* Enabled with the prefilled values too; while the call runs, disabled as it is submitting. */}
              <SaveButton label={submitLabel ?? label} alwaysEnable={!busy} icon={<></>} data-testid={testId ? `${testId}-submit` : undefined} />
            </DialogActions>
          </Form>
        )}
      </Dialog>
    </>
  );
};
