import { DeleteButton, Edit, SaveButton, ShowButton, Toolbar, TopToolbar, useRecordContext, type RaRecord } from 'react-admin';
import { TransferForm } from './TransferInputs';

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

/** The optimistic-locking token must reach updateTransfer even if the form dropped it. */
const keepVersion = (data: RaRecord, options?: { previousData?: RaRecord }) => ({
  ...data,
  version: data.version ?? options?.previousData?.version,
});

/** The stored transfer's id goes to the live assessment, so its TIAs count. */
const EditForm = () => {
  const record = useRecordContext();
  return <TransferForm transferId={record ? String(record.id) : null} toolbar={<EditToolbar />} />;
};

export const TransferEdit = () => (
  <Edit mutationMode="pessimistic" redirect="show" actions={<EditActions />} transform={keepVersion}>
    <EditForm />
  </Edit>
);
