import DescriptionIcon from '@mui/icons-material/Description';
import type { RaRecord, ResourceProps } from 'react-admin';
import { AgreementList } from './AgreementList';
import { AgreementShow } from './AgreementShow';
import { AgreementEdit } from './AgreementEdit';
import { AgreementCreate } from './AgreementCreate';

export const agreements: Omit<ResourceProps, 'name'> = {
  list: AgreementList,
  show: AgreementShow,
  edit: AgreementEdit,
  create: AgreementCreate,
  icon: DescriptionIcon,
  recordRepresentation: (record: RaRecord) => `${record.title} (v${record.versionNo})`,
};
