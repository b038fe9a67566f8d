import {
  DeleteButton,
  Edit,
  Labeled,
  ReferenceField,
  SaveButton,
  ShowButton,
  SimpleForm,
  Toolbar,
  TopToolbar,
  useRecordContext,
  useTranslate,
  type RaRecord,
} from 'react-admin';
import { Alert, Box } from '@mui/material';
import type { AgreementRecord } from '../../graphql/types';
import { AgreementInputs } from './AgreementInputs';
import { AgreementTitle } from './AgreementTitle';

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

const keepVersion = (data: RaRecord, options?: { previousData?: RaRecord }) => ({
  ...data,
  version: data.version ?? options?.previousData?.version,
});

/** Once signed, the terms are evidence: the form gives way to a note (the API refuses the change too). */
const DraftForm = () => {
  const record = useRecordContext<AgreementRecord>();
  const translate = useTranslate();
  if (!record) return null;
  if (record.signedOn) {
    return (
      <Box sx={{ p: 2 }}>
        <Alert severity="info">{translate('tilsyn.agreements.signed_cannot_edit')}</Alert>
      </Box>
    );
  }
  return (
    <SimpleForm toolbar={<EditToolbar />}>
      <Labeled label="resources.Agreement.fields.processorId">
        <ReferenceField source="processorId" reference="Processor" />
      </Labeled>
      <AgreementInputs />
    </SimpleForm>
  );
};

export const AgreementEdit = () => (
  <Edit mutationMode="pessimistic" redirect="show" actions={<EditActions />} transform={keepVersion} title={<AgreementTitle />}>
    <DraftForm />
  </Edit>
);
