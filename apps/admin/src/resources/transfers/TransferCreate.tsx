import { Create } from 'react-admin';
import { TRANSFER_DEFAULTS, TransferForm } from './TransferInputs';

/** A new transfer; a suggestion's "Record" button prefills importer, exporter, country and access (router state). */
export const TransferCreate = () => (
  <Create redirect="show">
    <TransferForm defaultValues={TRANSFER_DEFAULTS} />
  </Create>
);
