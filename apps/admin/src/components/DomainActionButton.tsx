import { useState, type ReactElement } from 'react';
import { Button, Confirm, useCanAccess, useNotify, useRecordContext, useRefresh, useResourceContext, useTranslate, type RaRecord } from 'react-admin';
import { useTilsynDataProvider } from '../providers/useTilsynDataProvider';
import type { TilsynDataProvider } from '../providers/dataProvider';

interface DomainActionButtonProps<T> {
  /** canAccess action, e.g. "deactivate" (see providers/canAccess.ts). */
  action: string;
  label: string;
  icon?: ReactElement;
  confirmTitle: string;
  confirmContent: string;
  run: (dataProvider: TilsynDataProvider, record: RaRecord) => Promise<T>;
  /** Notification after success (translation key); omit when onDone shows something itself. */
  successMessage?: string;
  onDone?: (result: T) => void;
  hidden?: (record: RaRecord) => boolean;
  color?: 'primary' | 'error' | 'warning' | 'inherit';
}

/**
 * A confirmed call to one explicit domain mutation (deactivate, revoke, reset…), shown only to
 * roles allowed to make it. Never a generic update of a status field (style.md §4).
 */
export function DomainActionButton<T>({
  action,
  label,
  icon,
  confirmTitle,
  confirmContent,
  run,
  successMessage,
  onDone,
  hidden,
  color = 'primary',
}: DomainActionButtonProps<T>) {
  const record = useRecordContext();
  const resource = useResourceContext();
  const { canAccess, isPending: checking } = useCanAccess({ action, resource, record });
  const dataProvider = useTilsynDataProvider();
  const notify = useNotify();
  const refresh = useRefresh();
  const translate = useTranslate();
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState(false);

  if (!record || checking || !canAccess || hidden?.(record)) return null;

  const confirm = async () => {
    setBusy(true);
    try {
      const result = await run(dataProvider, record);
      setOpen(false);
      if (successMessage) notify(successMessage, { type: 'success' });
      onDone?.(result);
      refresh();
    } catch (error) {
      setOpen(false);
      notify(error instanceof Error ? error.message : 'ra.notification.http_error', { type: 'error' });
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <Button
        label={label}
        color={color}
        onClick={(event) => {
          event.stopPropagation();
          setOpen(true);
        }}
      >
        {icon}
      </Button>
      <Confirm
        isOpen={open}
        loading={busy}
        title={translate(confirmTitle, { name: record.name ?? record.email ?? record.id })}
        content={translate(confirmContent)}
        onConfirm={confirm}
        onClose={() => setOpen(false)}
      />
    </>
  );
}
