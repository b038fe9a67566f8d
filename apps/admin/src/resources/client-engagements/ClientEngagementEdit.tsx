import { DeleteButton, Edit, SaveButton, ShowButton, Toolbar, TopToolbar, type RaRecord } from 'react-admin';
import { ClientEngagementForm } from './ClientEngagementInputs';

const EditActions = () => (
  <TopToolbar>
    <ShowButton />
  </TopToolbar>
);

const EditToolbar = () => (
  <Toolbar sx={{ justifyContent: 'space-between' }}>
    <SaveButton />
    <DeleteButton mutationMode="pessimistic" />
  </Toolbar>
);

/** The optimistic-locking token must reach updateClientEngagement even if the form dropped it. */
const keepVersion = (data: RaRecord, options?: { previousData?: RaRecord }) => ({
  ...data,
  version: data.version ?? options?.previousData?.version,
});

/** Pessimistic, so the API's answer decides: a CONFLICT or a refused field is shown on the form. */
export const ClientEngagementEdit = () => (
  <Edit mutationMode="pessimistic" redirect="show" actions={<EditActions />} transform={keepVersion}>
    <ClientEngagementForm toolbar={<EditToolbar />} />
  </Edit>
);
