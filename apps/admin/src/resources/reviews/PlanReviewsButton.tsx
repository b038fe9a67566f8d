import EventRepeatIcon from '@mui/icons-material/EventRepeat';
import { RunNowButton } from '../../components/RunNowButton';

/**
 * Runs the planning now (it also runs every night): the annual DPA reviews, the supervision each
 * processor's risk calls for, TIA re-evaluations and onboarding reviews that are not open yet.
 */
export const PlanReviewsButton = () => (
  <RunNowButton
    resource="Review"
    action="plan"
    label="tilsyn.reviews.plan_now"
    icon={<EventRepeatIcon />}
    run={(dataProvider) => dataProvider.planReviews()}
    successMessage="tilsyn.reviews.planned"
    testId="review-plan"
  />
);
