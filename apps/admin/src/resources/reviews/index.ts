import AssignmentTurnedInIcon from '@mui/icons-material/AssignmentTurnedIn';
import type { RaRecord, ResourceProps } from 'react-admin';
import { ReviewList } from './ReviewList';
import { ReviewShow } from './ReviewShow';
import { ReviewCreate } from './ReviewCreate';

/** No edit route: an open review is filled in on its page, where its workflow is (ReviewShow). */
export const reviews: Omit<ResourceProps, 'name'> = {
  list: ReviewList,
  show: ReviewShow,
  create: ReviewCreate,
  icon: AssignmentTurnedInIcon,
  recordRepresentation: (record: RaRecord) => String(record.subjectLabel ?? record.id),
};
