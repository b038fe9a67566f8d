import { DeleteButton, Edit, SaveButton, ShowButton, Toolbar, TopToolbar, type RaRecord } from 'react-admin';
import { ProcessorForm } from './ProcessorInputs';

const EditToolbar = () => (
  <Toolbar sx={{ justifyContent: 'space-between' }}>
    <SaveButton />
    <DeleteButton mutationMode="pessimistic" />
  </Toolbar>
);

const EditActions = () => (
  <TopToolbar>
    <ShowButton />
  </TopToolbar>
);

/**
 * Pessimistic, so the API's answer decides: a CONFLICT (someone saved first; `version` is sent
 * with the form values) is shown instead of being undone after the fact.
 */
/** The optimistic-locking token must reach updateProcessor even if the form dropped it. */
const keepVersion = (data: RaRecord, options?: { previousData?: RaRecord }) => ({
  ...data,
  version: data.version ?? options?.previousData?.version,
});

export const ProcessorEdit = () => (
  <Edit mutationMode="pessimistic" redirect="show" actions={<EditActions />} transform={keepVersion}>
    <ProcessorForm toolbar={<EditToolbar />} />
  </Edit>
);
