import { CreateButton, DataTable, ExportButton, FilterButton, List, SelectField, TopToolbar, useRecordContext, useTranslate } from 'react-admin';
import { Box, Stack } from '@mui/material';
import { CountryField } from '../../components/CountryField';
import { EnumChip, TransferStatusChip } from '../../components/StatusChips';
import { accessKindChoices, transferMechanismChoices } from '../../components/choices';
import type { TransferRecord } from '../../graphql/types';
import { SuggestedTransfersPanel } from './SuggestedTransfersPanel';
import { PartiesField } from './TransferParties';
import { transferFilters } from './transferFilters';
import { safeExporter } from '../../components/csv-exporter';

const ListActions = () => (
  <TopToolbar>
    <FilterButton />
    <CreateButton />
    <ExportButton maxResults={100} />
  </TopToolbar>
);

const StatusField = (_props: { label?: string; source?: string }) => {
  const record = useRecordContext<TransferRecord>();
  return <TransferStatusChip status={record?.status} testId="transfer-list-status" />;
};

/** Today's finding codes as short chips; the sentence is the tooltip. */
const FindingsField = (_props: { label?: string; source?: string }) => {
  const record = useRecordContext<TransferRecord>();
  const translate = useTranslate();
  const codes = record?.findingCodes ?? [];
  if (codes.length === 0) return null;
  return (
    <Stack direction="row" spacing={0.5} useFlexGap sx={{ flexWrap: 'wrap' }}>
      {codes.map((code) => (
        <Box key={code} component="span" data-testid={`finding-${code}`}>
          <EnumChip
            group="findingCode"
            value={code}
            colors={{}}
            variant="outlined"
            wrap
            title={translate(`tilsyn.findings.${code}`, { _: code })}
          />
        </Box>
      ))}
    </Stack>
  );
};

const ToolField = (_props: { label?: string; source?: string }) => {
  const translate = useTranslate();
  return <SelectField source="mechanism" choices={transferMechanismChoices} emptyText={translate('tilsyn.enums.transferMechanism.NONE')} />;
};

/** The transfer register (one row per hop), and the third-country locations with no transfer recorded. */
export const TransferList = () => (
  <Box sx={{ width: '100%' }}>
    <SuggestedTransfersPanel />
    <List exporter={safeExporter} sort={{ field: 'destinationCountry', order: 'ASC' }} filters={transferFilters} actions={<ListActions />} perPage={25}>
      <DataTable rowClick="show" bulkActionButtons={false}>
        <DataTable.Col source="importerName" label="tilsyn.transfers.parties" disableSort>
          <PartiesField />
        </DataTable.Col>
        <DataTable.Col source="destinationCountry" field={CountryField} />
        <DataTable.Col source="accessKind" disableSort>
          <SelectField source="accessKind" choices={accessKindChoices} />
        </DataTable.Col>
        <DataTable.Col source="mechanism">
          <ToolField />
        </DataTable.Col>
        <DataTable.Col source="status" disableSort>
          <StatusField />
        </DataTable.Col>
        <DataTable.Col source="findingCodes" disableSort>
          <FindingsField />
        </DataTable.Col>
      </DataTable>
    </List>
  </Box>
);
