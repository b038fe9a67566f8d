import { useState } from 'react';
import { DateInput, required, useNotify, useRecordContext, useRefresh, useTranslate } from 'react-admin';
import BlockIcon from '@mui/icons-material/Block';
import { ChangeConfirmDialog, ChangeResultDialog, announceNotificationsChanged } from '../../components/ChangeDialogs';
import { FormDialogButton } from '../../components/FormDialogButton';
import { todayIso } from '../../components/dates';
import type { AdequacyDecisionChangeRecord, AdequacyDecisionRecord, TransferStatusChangeRecord } from '../../graphql/types';
import { useTilsynDataProvider } from '../../providers/useTilsynDataProvider';
import { revocationInput } from './adequacy-input';

/**
 * Revokes a decision from a date: the date first, then the transfers it would change (preview with
 * the stored decision plus revokedOn), then revokeAdequacyDecision and what it re-evaluated.
 */
export const RevokeDecisionButton = () => {
  const record = useRecordContext<AdequacyDecisionRecord>();
  const translate = useTranslate();
  const dataProvider = useTilsynDataProvider();
  const notify = useNotify();
  const refresh = useRefresh();
  const [pending, setPending] = useState<{ revokedOn: string; changes: TransferStatusChangeRecord[] } | null>(null);
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<AdequacyDecisionChangeRecord | null>(null);
  if (!record || record.revokedOn) return null;

  const revoke = async () => {
    if (!pending) return;
    setBusy(true);
    try {
      const answer = await dataProvider.revokeAdequacyDecision({ id: record.id, version: record.version, revokedOn: pending.revokedOn });
      setPending(null);
      setResult(answer.data);
      notify('tilsyn.changes.notify_changed', { type: 'success', messageArgs: { smart_count: answer.data.changedTransfers.length } });
      announceNotificationsChanged();
    } catch (error) {
      setPending(null);
      notify(error instanceof Error ? error.message : 'ra.notification.http_error', { type: 'error' });
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <FormDialogButton
        resource="AdequacyDecision"
        action="revoke"
        label="tilsyn.adequacy.revoke"
        icon={<BlockIcon />}
        color="warning"
        title={translate('tilsyn.adequacy.revoke_title', { name: record.jurisdictionName })}
        intro={translate('tilsyn.adequacy.revoke_intro')}
        record={{ revokedOn: todayIso() }}
        submitLabel="tilsyn.adequacy.preview_changes"
        testId="adequacy-revoke"
        onSubmit={async (values) => {
          const revokedOn = String(values.revokedOn);
          const changes = (await dataProvider.previewAdequacyDecisionChange(record.id, revocationInput(record, revokedOn))).data;
          setPending({ revokedOn, changes });
        }}
        onDone={() => undefined}
      >
        <DateInput source="revokedOn" label="tilsyn.adequacy.revoked_on_label" validate={required()} fullWidth />
      </FormDialogButton>
      <ChangeConfirmDialog
        open={pending !== null}
        title={translate('tilsyn.adequacy.confirm_title')}
        intro={translate('tilsyn.adequacy.confirm_intro', { name: record.jurisdictionName })}
        changes={pending?.changes ?? []}
        confirmLabel={translate('tilsyn.adequacy.confirm_revoke')}
        busy={busy}
        onConfirm={revoke}
        onClose={() => setPending(null)}
        testId="revoke-confirm"
      />
      <ChangeResultDialog
        open={result !== null}
        changes={result?.changedTransfers ?? []}
        tiasMarked={result?.tiasMarkedForReevaluation ?? 0}
        onClose={() => {
          setResult(null);
          refresh();
        }}
      />
    </>
  );
};
