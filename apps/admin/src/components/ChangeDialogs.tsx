import { useId } from 'react';
import { useTranslate } from 'react-admin';
import { Button, Dialog, DialogActions, DialogContent, DialogContentText, DialogTitle } from '@mui/material';
import type { TransferStatusChangeRecord } from '../graphql/types';
import { ChangedTransfers } from './ChangedTransfers';

interface ChangeConfirmDialogProps {
  open: boolean;
  title: string;
  intro: string;
  /** The preview: transfers whose status today would change. */
  changes: readonly TransferStatusChangeRecord[];
  confirmLabel: string;
  busy: boolean;
  onConfirm: () => void;
  onClose: () => void;
  testId?: string;
}

/** Before a reference-data change is saved: the transfers whose status it would change. */
export const ChangeConfirmDialog = ({ open, title, intro, changes, confirmLabel, busy, onConfirm, onClose, testId = 'change-confirm' }: ChangeConfirmDialogProps) => {
  const translate = useTranslate();
  const titleId = useId();
  return (
    <Dialog open={open} onClose={busy ? undefined : onClose} aria-labelledby={titleId} maxWidth="md" fullWidth data-testid={testId}>
      <DialogTitle id={titleId}>{title}</DialogTitle>
      <DialogContent>
        <DialogContentText sx={{ mb: 2 }}>{intro}</DialogContentText>
        <ChangedTransfers changes={changes} title={translate('tilsyn.changes.title')} testId="preview-changes" />
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose} disabled={busy}>
          {translate('ra.action.cancel')}
        </Button>
        <Button onClick={onConfirm} variant="contained" disabled={busy} data-testid={`${testId}-submit`}>
          {confirmLabel}
        </Button>
      </DialogActions>
    </Dialog>
  );
};

interface ChangeResultDialogProps {
  open: boolean;
  changes: readonly TransferStatusChangeRecord[];
  tiasMarked: number;
  onClose: () => void;
}

/** After saving: what the change re-evaluated (the API's changedTransfers and TIAs marked). */
export const ChangeResultDialog = ({ open, changes, tiasMarked, onClose }: ChangeResultDialogProps) => {
  const translate = useTranslate();
  const titleId = useId();
  return (
    <Dialog open={open} onClose={onClose} aria-labelledby={titleId} maxWidth="md" fullWidth data-testid="change-result">
      <DialogTitle id={titleId}>{translate('tilsyn.adequacy.result_title')}</DialogTitle>
      <DialogContent>
        <DialogContentText sx={{ mb: 2 }}>{translate('tilsyn.adequacy.result_intro')}</DialogContentText>
        <ChangedTransfers changes={changes} title={translate('tilsyn.changes.changed_title')} linked tiasMarked={tiasMarked} />
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose} variant="contained" data-testid="change-result-close">
          {translate('tilsyn.changes.close')}
        </Button>
      </DialogActions>
    </Dialog>
  );
};

/** Tells the notification bell that something it counts may have changed. */
export const NOTIFICATIONS_CHANGED = 'tilsyn:notifications-changed';
export const announceNotificationsChanged = () => window.dispatchEvent(new Event(NOTIFICATIONS_CHANGED));
