import { useState } from 'react';
import { useTranslate } from 'react-admin';
import {
  Alert,
  Button,
  Dialog,
  DialogActions,
  DialogContent,
  DialogContentText,
  DialogTitle,
  IconButton,
  InputAdornment,
  TextField,
  Tooltip,
} from '@mui/material';
import ContentCopyIcon from '@mui/icons-material/ContentCopy';

interface SecretDialogProps {
  open: boolean;
  title: string;
  intro: string;
  /** Label of the secret's text box (its accessible name). */
  label: string;
  secret: string | null;
  hint?: string;
  onClose: () => void;
}

/**
 * Shows a one-time secret (temporary password, API token). It stays until the user closes it
 * with the button: no backdrop click or Escape, so it cannot vanish before it is copied.
 */
export const SecretDialog = ({ open, title, intro, label, secret, hint, onClose }: SecretDialogProps) => {
  const translate = useTranslate();
  const [copyState, setCopyState] = useState<'idle' | 'copied' | 'failed'>('idle');

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(secret ?? '');
      setCopyState('copied');
    } catch {
      setCopyState('failed');
    }
  };

  const close = () => {
    setCopyState('idle');
    onClose();
  };

  return (
    <Dialog open={open} aria-labelledby="secret-dialog-title" data-testid="secret-dialog" maxWidth="sm" fullWidth>
      <DialogTitle id="secret-dialog-title">{title}</DialogTitle>
      <DialogContent>
        <DialogContentText sx={{ mb: 2 }}>{intro}</DialogContentText>
        <TextField
          label={label}
          value={secret ?? ''}
          fullWidth
          autoFocus
          onFocus={(event) => event.target.select()}
          slotProps={{
            htmlInput: { readOnly: true, 'data-testid': 'one-time-secret', style: { fontFamily: 'monospace' }, spellCheck: false },
            input: {
              endAdornment: (
                <InputAdornment position="end">
                  <Tooltip title={translate('tilsyn.secret.copy')}>
                    <IconButton aria-label={translate('tilsyn.secret.copy')} onClick={copy} edge="end">
                      <ContentCopyIcon />
                    </IconButton>
                  </Tooltip>
                </InputAdornment>
              ),
            },
          }}
        />
        {copyState === 'copied' && (
          <Alert severity="success" sx={{ mt: 2 }}>
            {translate('tilsyn.secret.copied')}
          </Alert>
        )}
        {copyState === 'failed' && (
          <Alert severity="info" sx={{ mt: 2 }}>
            {translate('tilsyn.secret.copy_failed')}
          </Alert>
        )}
        <Alert severity="warning" sx={{ mt: 2 }}>
          {hint ? `${hint} ` : ''}
          {translate('tilsyn.secret.shown_once')}
        </Alert>
      </DialogContent>
      <DialogActions>
        <Button onClick={close} variant="contained" data-testid="secret-dialog-close">
          {translate('tilsyn.secret.close')}
        </Button>
      </DialogActions>
    </Dialog>
  );
};
