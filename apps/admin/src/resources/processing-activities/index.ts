import ListAltIcon from '@mui/icons-material/ListAlt';
import type { ResourceProps } from 'react-admin';
import { ProcessingActivityCreate } from './ProcessingActivityCreate';
import { ProcessingActivityEdit } from './ProcessingActivityEdit';
import { ProcessingActivityList } from './ProcessingActivityList';
import { ProcessingActivityShow } from './ProcessingActivityShow';

export const processingActivities: Omit<ResourceProps, 'name'> = {
  list: ProcessingActivityList,
  show: ProcessingActivityShow,
  edit: ProcessingActivityEdit,
  create: ProcessingActivityCreate,
  icon: ListAltIcon,
  recordRepresentation: 'name',
};
