import { Create, SimpleForm } from 'react-admin';
import { AGREEMENT_DEFAULTS, AgreementInputs } from './AgreementInputs';

/** A new DPA version (a draft until signed); the processor comes prefilled from its Agreements tab. */
export const AgreementCreate = () => (
  <Create redirect="show">
    <SimpleForm defaultValues={AGREEMENT_DEFAULTS}>
      <AgreementInputs creating />
    </SimpleForm>
  </Create>
);
