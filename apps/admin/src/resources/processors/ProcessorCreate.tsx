import { Create, SimpleForm } from 'react-admin';
import { ProcessorInputs } from './ProcessorInputs';

export const ProcessorCreate = () => (
  <Create redirect="show">
    <SimpleForm defaultValues={{ lifecycle: 'ONBOARDING' }}>
      <ProcessorInputs />
    </SimpleForm>
  </Create>
);
