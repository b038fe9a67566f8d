import GavelIcon from '@mui/icons-material/Gavel';
import type { RaRecord, ResourceProps } from 'react-admin';
import { AdequacyDecisionList } from './AdequacyDecisionList';
import { AdequacyDecisionShow } from './AdequacyDecisionShow';
import { AdequacyDecisionEdit } from './AdequacyDecisionEdit';
import { AdequacyDecisionCreate } from './AdequacyDecisionCreate';

export const adequacyDecisions: Omit<ResourceProps, 'name'> = {
  list: AdequacyDecisionList,
  show: AdequacyDecisionShow,
  edit: AdequacyDecisionEdit,
  create: AdequacyDecisionCreate,
  icon: GavelIcon,
  recordRepresentation: (record: RaRecord) => `${record.jurisdictionName}: ${record.instrument}`,
};
