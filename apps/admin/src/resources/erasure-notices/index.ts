import MarkEmailUnreadIcon from '@mui/icons-material/MarkEmailUnread';
import type { ResourceProps } from 'react-admin';
import { ErasureNoticeList } from './ErasureNoticeList';

/** List only: a notice is acted on from its request's page, where the row opens. */
export const erasureNotices: Omit<ResourceProps, 'name'> = {
  list: ErasureNoticeList,
  icon: MarkEmailUnreadIcon,
};
