import { useState } from 'react';
import { Button, useCanAccess, useNotify, useRefresh } from 'react-admin';
import EventRepeatIcon from '@mui/icons-material/EventRepeat';
import { useTilsynDataProvider } from '../../providers/useTilsynDataProvider';

/**
 * Runs the planning now (it also runs every night): the annual DPA reviews, the supervision each
 * processor's risk calls for, TIA re-evaluations and onboarding reviews that are not open yet.
 */
export const PlanReviewsButton = () => {
  const { canAccess } = useCanAccess({ resource: 'Review', action: 'plan' });
  const dataProvider = useTilsynDataProvider();
  const notify = useNotify();
  const refresh = useRefresh();
  const [busy, setBusy] = useState(false);
  if (!canAccess) return null;
  const plan = async () => {
    setBusy(true);
    try {
      const created = (await dataProvider.planReviews()).data;
      notify('tilsyn.reviews.planned', { type: 'success', messageArgs: { smart_count: created } });
      refresh();
    } catch (error) {
      notify(error instanceof Error ? error.message : 'ra.notification.http_error', { type: 'error' });
    } finally {
      setBusy(false);
    }
  };
  return (
    <Button label="tilsyn.reviews.plan_now" onClick={plan} disabled={busy} data-testid="review-plan">
      <EventRepeatIcon />
    </Button>
  );
};
