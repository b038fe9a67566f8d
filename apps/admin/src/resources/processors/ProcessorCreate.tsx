import { Create } from 'react-admin';
import { PROCESSOR_DEFAULTS, ProcessorForm } from './ProcessorInputs';

export const ProcessorCreate = () => (
  <Create redirect="show">
    <ProcessorForm defaultValues={PROCESSOR_DEFAULTS} />
  </Create>
);
