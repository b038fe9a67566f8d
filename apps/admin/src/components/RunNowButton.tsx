import { useState, type ReactElement } from 'react';
import { Button, useCanAccess, useNotify, useRefresh } from 'react-admin';
import { useTilsynDataProvider } from '../providers/useTilsynDataProvider';
import type { TilsynDataProvider } from '../providers/dataProvider';

interface RunNowButtonProps {
  /** canAccess resource and action (providers/canAccess.ts): the button exists only when the role may do it. */
  resource: string;
  action: string;
  /** Translation key of the button. */
  label: string;
  icon: ReactElement;
  /** One explicit mutation that answers how many things it created. */
  run: (dataProvider: TilsynDataProvider) => Promise<{ data: number }>;
  /** Translation key of the notification after success, given that number as smart_count. */
  successMessage: string;
  testId: string;
}

/**
 * Runs a scheduled job now (the planning, the reminder scan) from a list's toolbar. No
 * confirmation: the job runs on its own every day anyway; the notification says how much it did.
 */
export const RunNowButton = ({ resource, action, label, icon, run, successMessage, testId }: RunNowButtonProps) => {
  const { canAccess } = useCanAccess({ resource, action });
  const dataProvider = useTilsynDataProvider();
  const notify = useNotify();
  const refresh = useRefresh();
  const [busy, setBusy] = useState(false);
  if (!canAccess) return null;
  const onClick = async () => {
    setBusy(true);
    try {
      const created = (await run(dataProvider)).data;
      notify(successMessage, { type: 'success', messageArgs: { smart_count: created } });
      refresh();
    } catch (error) {
      notify(error instanceof Error ? error.message : 'ra.notification.http_error', { type: 'error' });
    } finally {
      setBusy(false);
    }
  };
  return (
    <Button label={label} onClick={onClick} disabled={busy} data-testid={testId}>
      {icon}
    </Button>
  );
};
