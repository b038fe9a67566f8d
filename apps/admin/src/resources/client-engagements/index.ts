import HandshakeIcon from '@mui/icons-material/Handshake';
import type { ResourceProps } from 'react-admin';
import { ClientEngagementCreate } from './ClientEngagementCreate';
import { ClientEngagementEdit } from './ClientEngagementEdit';
import { ClientEngagementList } from './ClientEngagementList';
import { ClientEngagementShow } from './ClientEngagementShow';

export const clientEngagements: Omit<ResourceProps, 'name'> = {
  list: ClientEngagementList,
  show: ClientEngagementShow,
  edit: ClientEngagementEdit,
  create: ClientEngagementCreate,
  icon: HandshakeIcon,
  recordRepresentation: 'clientName',
};
