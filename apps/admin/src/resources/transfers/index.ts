import SwapHorizIcon from '@mui/icons-material/SwapHoriz';
import type { RaRecord, ResourceProps } from 'react-admin';
import { TransferList } from './TransferList';
import { TransferShow } from './TransferShow';
import { TransferEdit } from './TransferEdit';
import { TransferCreate } from './TransferCreate';

export const transfers: Omit<ResourceProps, 'name'> = {
  list: TransferList,
  show: TransferShow,
  edit: TransferEdit,
  create: TransferCreate,
  icon: SwapHorizIcon,
  recordRepresentation: (record: RaRecord) => `${record.importerName} (${record.destinationCountry})`,
};
