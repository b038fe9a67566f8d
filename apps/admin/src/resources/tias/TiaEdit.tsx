import { useMemo } from 'react';
import { Edit, SaveButton, ShowButton, Toolbar, TopToolbar, useRecordContext, useTranslate, type RaRecord } from 'react-admin';
import { Alert, Box } from '@mui/material';
import type { TiaRecord } from '../../graphql/types';
import { guaranteeRows } from './tia-rules';
import { TiaForm } from './TiaInputs';

const EditActions = () => (
  <TopToolbar>
    <ShowButton />
  </TopToolbar>
);

const keepVersion = (data: RaRecord, options?: { previousData?: RaRecord }) => ({
  ...data,
  version: data.version ?? options?.previousData?.version,
});

/** Only a draft or a sent-back version is written in; a submitted or approved one says why not. */
const EditForm = () => {
  const record = useRecordContext<TiaRecord>();
  const translate = useTranslate();
  const normalised = useMemo(() => (record ? { ...record, guarantees: guaranteeRows(record.guarantees), measures: record.measures ?? [] } : undefined), [record]);
  if (!record || !normalised) return null;
  if (record.status !== 'DRAFT' && record.status !== 'SENT_BACK') {
    return (
      <Box sx={{ p: 2 }}>
        <Alert severity="info">{translate('tilsyn.tias.edit_frozen', { status: translate(`tilsyn.enums.tiaStatus.${record.status}`) })}</Alert>
      </Box>
    );
  }
  return (
    <TiaForm
      record={normalised}
      toolbar={
        <Toolbar>
          <SaveButton />
        </Toolbar>
      }
    />
  );
};

export const TiaEdit = () => (
  <Edit mutationMode="pessimistic" redirect="show" actions={<EditActions />} transform={keepVersion}>
    <EditForm />
  </Edit>
);
