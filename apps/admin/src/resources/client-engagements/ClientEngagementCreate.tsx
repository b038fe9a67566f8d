import { Create } from 'react-admin';
import { ClientEngagementForm, ENGAGEMENT_DEFAULTS } from './ClientEngagementInputs';

export const ClientEngagementCreate = () => (
  <Create redirect="show">
    <ClientEngagementForm defaultValues={ENGAGEMENT_DEFAULTS} />
  </Create>
);
