import {
  AutocompleteInput,
  CreateButton,
  DataTable,
  ExportButton,
  FilterButton,
  List,
  NullableBooleanInput,
  ReferenceInput,
  SelectInput,
  TopToolbar,
  useRecordContext,
  useTranslate,
} from 'react-admin';
import { Chip } from '@mui/material';
import { CountryField } from '../../components/CountryField';
import { CountryInput } from '../../components/CountryInput';
import { DateTimeField } from '../../components/DateTimeField';
import { IsoDateField } from '../../components/IsoDateField';
import { TiaStatusChip } from '../../components/StatusChips';
import { tiaStatusChoices } from '../../components/choices';
import { PICKER_QUERY_OPTIONS } from '../../graphql/sparse-fields';
import type { TiaRecord } from '../../graphql/types';
import { safeExporter } from '../../components/csv-exporter';

const filters = [
  <SelectInput source="status" choices={tiaStatusChoices} key="status" alwaysOn />,
  <CountryInput source="destinationCountry" key="destinationCountry" sx={{ minWidth: 240 }} />,
  <ReferenceInput source="importerProcessorId" reference="Processor" sort={{ field: 'name', order: 'ASC' }} queryOptions={PICKER_QUERY_OPTIONS} key="importerProcessorId">
    <AutocompleteInput optionText="name" filterToQuery={(q: string) => ({ q })} label="resources.Tia.fields.importerProcessorId" sx={{ minWidth: 260 }} />
  </ReferenceInput>,
  <NullableBooleanInput source="reevaluationRequested" key="reevaluationRequested" />,
];

/** New TIAs start from a transfer ("New TIA" on its page): the list offers create only as a shortcut. */
const ListActions = () => (
  <TopToolbar>
    <FilterButton />
    <CreateButton />
    <ExportButton maxResults={100} />
  </TopToolbar>
);

const StatusField = (_props: { label?: string; source?: string }) => {
  const record = useRecordContext<TiaRecord>();
  return <TiaStatusChip status={record?.status} testId="tia-list-status" />;
};

const ReevaluationField = (_props: { label?: string; source?: string }) => {
  const record = useRecordContext<TiaRecord>();
  const translate = useTranslate();
  if (!record?.reevaluationRequested) return null;
  return <Chip size="small" color="warning" label={translate('tilsyn.tias.reevaluation_requested')} data-testid="tia-reevaluation-requested" />;
};

export const TiaList = () => (
  <List exporter={safeExporter} sort={{ field: 'updatedAt', order: 'DESC' }} filters={filters} actions={<ListActions />} perPage={25}>
    <DataTable rowClick="show" bulkActionButtons={false}>
      <DataTable.Col source="title" />
      <DataTable.Col source="importerName" disableSort />
      <DataTable.Col source="destinationCountry" field={CountryField} />
      <DataTable.Col source="versionNo" />
      <DataTable.Col source="status">
        <StatusField />
      </DataTable.Col>
      <DataTable.Col source="reevaluationRequested" disableSort>
        <ReevaluationField />
      </DataTable.Col>
      <DataTable.Col source="reevaluateOn" field={IsoDateField} disableSort />
      <DataTable.Col source="updatedAt" field={DateTimeField} />
    </DataTable>
  </List>
);
