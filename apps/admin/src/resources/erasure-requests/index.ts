import DeleteSweepIcon from '@mui/icons-material/DeleteSweep';
import type { RaRecord, ResourceProps } from 'react-admin';
import { ErasureRequestList } from './ErasureRequestList';
import { ErasureRequestShow } from './ErasureRequestShow';
import { ErasureRequestCreate } from './ErasureRequestCreate';

/** No edit route: a request is filed, then decided and followed on its page through explicit mutations (ErasureRequestShow). */
export const erasureRequests: Omit<ResourceProps, 'name'> = {
  list: ErasureRequestList,
  show: ErasureRequestShow,
  create: ErasureRequestCreate,
  icon: DeleteSweepIcon,
  recordRepresentation: (record: RaRecord) => String(record.caseReference ?? record.id),
};
