import type { ReactElement, ReactNode } from 'react';
import {
  BooleanField,
  DeleteButton,
  EditButton,
  Labeled,
  NumberField,
  SelectField,
  Show,
  TextField,
  TopToolbar,
  useRecordContext,
  useTranslate,
} from 'react-admin';
import { Box, Divider, Grid, Stack, Typography } from '@mui/material';
import { CountryField } from '../../components/CountryField';
import { DateTimeField } from '../../components/DateTimeField';
import { EnumListField } from '../../components/EnumListField';
import { HistoryTable } from '../../components/HistoryTable';
import { IsoDateField } from '../../components/IsoDateField';
import { TransferStatusChip } from '../../components/StatusChips';
import { UserNameField } from '../../components/UserChoiceInput';
import {
  accessKindChoices,
  cprDisclosureBasisChoices,
  derogationGroundChoices,
  engagementRoleChoices,
  sccModuleChoices,
  transferFrequencyChoices,
  transferMechanismChoices,
} from '../../components/choices';
import type { TransferRecord } from '../../graphql/types';
import { ExporterName, ImporterName } from './TransferParties';
import { TransferAssessmentSection } from './TransferAssessmentSection';
import { TransferDocuments } from './TransferDocuments';
import { TransferTias } from './TransferTias';
import { toolFieldsFor } from './transfer-form';
import { TransferTitle } from './TransferTitle';

const EMPTY = '—';
const SPECIAL = ['HEALTH', 'CRIMINAL', 'CPR'];

const ShowActions = () => (
  <TopToolbar>
    <EditButton />
    <DeleteButton mutationMode="pessimistic" />
  </TopToolbar>
);

const Cell = ({ children, size = 4, label }: { children: ReactElement; size?: number; label?: string }) => (
  <Grid size={{ xs: 12, md: size }}>
    <Labeled label={label}>{children}</Labeled>
  </Grid>
);

const Section = ({ title, children, id }: { title: string; children: ReactNode; id: string }) => {
  const translate = useTranslate();
  return (
    <Box component="section" aria-labelledby={id} sx={{ mb: 3 }}>
      <Typography variant="h6" component="h2" id={id} gutterBottom>
        {translate(title)}
      </Typography>
      <Grid container spacing={1}>
        {children}
      </Grid>
    </Box>
  );
};

/** Exporter → importer, the country, and today's status (`transfer-status`, `data-status`). */
const TransferHeader = () => {
  const record = useRecordContext<TransferRecord>();
  const translate = useTranslate();
  if (!record) return null;
  return (
    <Stack direction="row" spacing={1.5} useFlexGap sx={{ alignItems: 'center', flexWrap: 'wrap', mb: 2 }}>
      <Typography variant="h5" component="h1">
        <ExporterName record={record} /> → <ImporterName record={record} />
      </Typography>
      <Typography variant="h6" component="span" color="text.secondary">
        <CountryField source="destinationCountry" />
      </Typography>
      <Box component="span" title={translate('tilsyn.transfers.status_today')}>
        <TransferStatusChip status={record.status} testId="transfer-status" size="medium" />
      </Box>
    </Stack>
  );
};

/** The chosen tool and only its own facts. */
const ToolSection = () => {
  const record = useRecordContext<TransferRecord>();
  const translate = useTranslate();
  if (!record) return null;
  const fields = toolFieldsFor(record.mechanism);
  return (
    <Section title="tilsyn.transfers.tool_title" id="transfer-tool-title">
      <Cell size={8}>
        <SelectField source="mechanism" choices={transferMechanismChoices} emptyText={translate('tilsyn.transfers.no_tool')} />
      </Cell>
      {fields.includes('sccModule') && (
        <>
          <Cell>
            <SelectField source="sccModule" choices={sccModuleChoices} emptyText={EMPTY} />
          </Cell>
          <Cell>
            <IsoDateField source="sccSignedOn" emptyText={EMPTY} />
          </Cell>
          <Cell>
            <BooleanField source="sccDocking" looseValue />
          </Cell>
          <Cell size={12}>
            <TextField source="sccAnnexNotes" emptyText={EMPTY} sx={{ whiteSpace: 'pre-wrap' }} />
          </Cell>
          {record.assessment && (
            <Grid size={12}>
              <Typography variant="body2" color="text.secondary">
                {translate('tilsyn.transfers.scc_expected_module', { module: translate(`tilsyn.enums.sccModule.${record.assessment.expectedSccModule}`) })}
              </Typography>
            </Grid>
          )}
        </>
      )}
      {fields.includes('bcrAuthority') && (
        <>
          <Cell>
            <TextField source="bcrAuthority" emptyText={EMPTY} />
          </Cell>
          <Cell>
            <IsoDateField source="bcrApprovedOn" emptyText={EMPTY} />
          </Cell>
        </>
      )}
      {fields.includes('toolReference') && (
        <Cell size={12}>
          <TextField source="toolReference" emptyText={EMPTY} />
        </Cell>
      )}
      {fields.includes('derogationGround') && (
        <>
          <Cell size={8}>
            <SelectField source="derogationGround" choices={derogationGroundChoices} emptyText={EMPTY} />
          </Cell>
          <Cell size={12}>
            <TextField source="derogationJustification" emptyText={EMPTY} sx={{ whiteSpace: 'pre-wrap' }} />
          </Cell>
        </>
      )}
    </Section>
  );
};

const Details = () => {
  const record = useRecordContext<TransferRecord>();
  if (!record) return null;
  return (
    <Section title="tilsyn.transfers.details_title" id="transfer-details-title">
      <Cell>
        <SelectField source="importerRole" choices={engagementRoleChoices} emptyText={EMPTY} />
      </Cell>
      <Cell>
        <SelectField source="accessKind" choices={accessKindChoices} />
      </Cell>
      <Cell>
        <SelectField source="frequency" choices={transferFrequencyChoices} />
      </Cell>
      {record.frequency === 'OCCASIONAL' && (
        <Cell>
          <NumberField source="dataSubjectCount" emptyText={EMPTY} />
        </Cell>
      )}
      <Cell size={12}>
        <EnumListField source="dataCategories" group="dataCategory" highlight={SPECIAL} emptyText={EMPTY} />
      </Cell>
      <Cell size={12}>
        <EnumListField source="dataSubjectCategories" group="dataSubjectCategory" emptyText={EMPTY} />
      </Cell>
      {(record.dataCategories ?? []).includes('CPR') && (
        <Cell size={8}>
          <SelectField source="cprDisclosureBasis" choices={cprDisclosureBasisChoices} emptyText={EMPTY} />
        </Cell>
      )}
      <Cell size={12}>
        <TextField source="purpose" emptyText={EMPTY} sx={{ whiteSpace: 'pre-wrap' }} />
      </Cell>
      <Cell>
        <IsoDateField source="startedOn" emptyText={EMPTY} />
      </Cell>
      <Cell>
        <IsoDateField source="endedOn" emptyText={EMPTY} />
      </Cell>
      <Cell>
        <UserNameField source="ownerId" emptyText={EMPTY} />
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
    </Section>
  );
};

const History = () => {
  const record = useRecordContext<TransferRecord>();
  const translate = useTranslate();
  return (
    <Box component="section" aria-labelledby="transfer-history-title">
      <Typography variant="h6" component="h2" id="transfer-history-title" gutterBottom>
        {translate('resources.Transfer.fields.history')}
      </Typography>
      <HistoryTable history={record?.history} resource="Transfer" testId="transfer-history" emptyText="tilsyn.transfers.history_empty" />
    </Box>
  );
};

/** One transfer: status and findings (any date), past gaps, the tool, evidence, the TIAs covering it and its history. */
export const TransferShow = () => (
  <Show actions={<ShowActions />} title={<TransferTitle />}>
    <Box sx={{ p: 2 }}>
      <TransferHeader />
      <TransferAssessmentSection />
      <Divider sx={{ mb: 2 }} />
      <ToolSection />
      <Details />
      <Divider sx={{ mb: 2 }} />
      <TransferDocuments />
      <TransferTias />
      <Divider sx={{ mb: 2 }} />
      <History />
    </Box>
  </Show>
);
