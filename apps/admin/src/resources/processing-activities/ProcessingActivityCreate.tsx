import { Create } from 'react-admin';
import { ACTIVITY_DEFAULTS, ProcessingActivityForm } from './ProcessingActivityInputs';

/** A new activity opens on its page, where its retention rules are added. */
export const ProcessingActivityCreate = () => (
  <Create redirect="show">
    <ProcessingActivityForm defaultValues={ACTIVITY_DEFAULTS} />
  </Create>
);
