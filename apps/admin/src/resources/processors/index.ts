import BusinessIcon from '@mui/icons-material/Business';
import type { ResourceProps } from 'react-admin';
import { ProcessorList } from './ProcessorList';
import { ProcessorShow } from './ProcessorShow';
import { ProcessorEdit } from './ProcessorEdit';
import { ProcessorCreate } from './ProcessorCreate';

export const processors: Omit<ResourceProps, 'name'> = {
  list: ProcessorList,
  show: ProcessorShow,
  edit: ProcessorEdit,
  create: ProcessorCreate,
  icon: BusinessIcon,
  recordRepresentation: 'name',
};
