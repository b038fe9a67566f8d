import AlarmIcon from '@mui/icons-material/Alarm';
import type { ResourceProps } from 'react-admin';
import { ReminderList } from './ReminderList';

/** List only: a reminder is read where it is listed, and opened through what it is about. */
export const reminders: Omit<ResourceProps, 'name'> = {
  list: ReminderList,
  icon: AlarmIcon,
};
