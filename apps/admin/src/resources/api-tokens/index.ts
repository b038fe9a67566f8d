import VpnKeyIcon from '@mui/icons-material/VpnKey';
import type { ResourceProps } from 'react-admin';
import { ApiTokenList } from './ApiTokenList';
import { ApiTokenShow } from './ApiTokenShow';
import { ApiTokenCreate } from './ApiTokenCreate';

export const apiTokens: Omit<ResourceProps, 'name'> = {
  list: ApiTokenList,
  show: ApiTokenShow,
  create: ApiTokenCreate,
  icon: VpnKeyIcon,
  recordRepresentation: 'name',
};
