import FactCheckIcon from '@mui/icons-material/FactCheck';
import type { RaRecord, ResourceProps } from 'react-admin';
import { TiaList } from './TiaList';
import { TiaShow } from './TiaShow';
import { TiaEdit } from './TiaEdit';
import { TiaCreate } from './TiaCreate';

export const tias: Omit<ResourceProps, 'name'> = {
  list: TiaList,
  show: TiaShow,
  edit: TiaEdit,
  create: TiaCreate,
  icon: FactCheckIcon,
  recordRepresentation: (record: RaRecord) => `${record.title} (v${record.versionNo})`,
};
