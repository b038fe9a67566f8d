import type { ReactElement } from 'react';
import { EditButton, Labeled, NumberField, SelectField, Show, TextField, TopToolbar, useRecordContext, useTranslate } from 'react-admin';
import { Alert, Box, Grid, Stack, Typography } from '@mui/material';
import { DateTimeField } from '../../components/DateTimeField';
import { EnumListField } from '../../components/EnumListField';
import { IsoDateField } from '../../components/IsoDateField';
import { SafeUrlField } from '../../components/SafeUrlField';
import { adequacyScopeChoices } from '../../components/choices';
import type { AdequacyDecisionRecord } from '../../graphql/types';
import { DecisionChips } from './AdequacyChips';
import { JurisdictionField } from './JurisdictionField';
import { RevokeDecisionButton } from './RevokeDecisionButton';

const EMPTY = '—';

const Actions = () => (
  <TopToolbar>
    <EditButton />
    <RevokeDecisionButton />
  </TopToolbar>
);

const Cell = ({ children, size = 4, label }: { children: ReactElement; size?: number; label?: string }) => (
  <Grid size={{ xs: 12, md: size }}>
    <Labeled label={label}>{children}</Labeled>
  </Grid>
);

const Header = () => {
  const record = useRecordContext<AdequacyDecisionRecord>();
  const translate = useTranslate();
  if (!record) return null;
  return (
    <>
      <Stack direction="row" spacing={1.5} useFlexGap sx={{ alignItems: 'center', flexWrap: 'wrap', mb: 2 }}>
        <Typography variant="h5" component="h1">
          <JurisdictionField />
        </Typography>
        <Typography variant="body1" color="text.secondary">
          {record.instrument}
        </Typography>
        <DecisionChips record={record} />
      </Stack>
      {record.toVerify && (
        <Alert severity="warning" sx={{ mb: 2 }}>
          {translate('tilsyn.adequacy.to_verify_help')}
        </Alert>
      )}
    </>
  );
};

export const AdequacyDecisionShow = () => (
  <Show actions={<Actions />}>
    <Box sx={{ p: 2 }}>
      <Header />
      <Grid container spacing={1}>
        <Cell>
          <TextField source="jurisdiction" />
        </Cell>
        <Cell size={8}>
          <TextField source="instrument" />
        </Cell>
        <Cell size={3}>
          <IsoDateField source="adoptedOn" emptyText={EMPTY} />
        </Cell>
        <Cell size={3}>
          <IsoDateField source="validFrom" />
        </Cell>
        <Cell size={3}>
          <IsoDateField source="validUntil" emptyText={EMPTY} />
        </Cell>
        <Cell size={3}>
          <IsoDateField source="revokedOn" emptyText={EMPTY} />
        </Cell>
        <Cell>
          <SelectField source="scope" choices={adequacyScopeChoices} />
        </Cell>
        <Cell size={8}>
          <EnumListField source="conditions" group="adequacyCondition" emptyText={EMPTY} />
        </Cell>
        <Cell size={12}>
          <SafeUrlField source="source" />
        </Cell>
        <Cell size={12}>
          <TextField source="notes" emptyText={EMPTY} sx={{ whiteSpace: 'pre-wrap' }} />
        </Cell>
        <Cell>
          <DateTimeField source="createdAt" />
        </Cell>
        <Cell>
          <DateTimeField source="updatedAt" />
        </Cell>
        <Cell>
          <NumberField source="version" />
        </Cell>
      </Grid>
    </Box>
  </Show>
);
