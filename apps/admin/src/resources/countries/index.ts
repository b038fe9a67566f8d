import PublicIcon from '@mui/icons-material/Public';
import type { RaRecord, ResourceProps } from 'react-admin';
import { CountryList } from './CountryList';
import { CountryShow } from './CountryShow';
import { CountryEdit } from './CountryEdit';

export const countries: Omit<ResourceProps, 'name'> = {
  list: CountryList,
  show: CountryShow,
  edit: CountryEdit,
  icon: PublicIcon,
  recordRepresentation: (record: RaRecord) => String(record.name ?? record.id),
};
