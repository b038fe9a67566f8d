import { Create } from 'react-admin';
import { AdequacyDecisionForm } from './AdequacyDecisionForm';

export const AdequacyDecisionCreate = () => (
  <Create>
    <AdequacyDecisionForm />
  </Create>
);
