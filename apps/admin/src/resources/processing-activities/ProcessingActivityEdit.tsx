import { DeleteButton, Edit, SaveButton, ShowButton, Toolbar, TopToolbar, useTranslate, type RaRecord } from 'react-admin';
import { Box, Typography } from '@mui/material';
import { ProcessingActivityForm } from './ProcessingActivityInputs';
import { RetentionRules } from './RetentionRules';

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

/** The optimistic-locking token must reach updateProcessingActivity even if the form dropped it. */
const keepVersion = (data: RaRecord, options?: { previousData?: RaRecord }) => ({
  ...data,
  version: data.version ?? options?.previousData?.version,
});

/** Each rule is saved on its own (its own version), so they are edited next to the form, not in it. */
const RulesBelow = () => {
  const translate = useTranslate();
  return (
    <Box sx={{ px: 2, pb: 2 }}>
      <Typography variant="h6" component="h2" gutterBottom>
        {translate('tilsyn.records.sections.retention')}
      </Typography>
      <RetentionRules />
    </Box>
  );
};

/** Pessimistic, so the API's answer decides: a CONFLICT or a refused field is shown on the form. */
export const ProcessingActivityEdit = () => (
  <Edit mutationMode="pessimistic" redirect="show" actions={<EditActions />} transform={keepVersion}>
    <ProcessingActivityForm toolbar={<EditToolbar />} />
    <RulesBelow />
  </Edit>
);
