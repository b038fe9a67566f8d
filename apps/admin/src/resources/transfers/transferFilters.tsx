import { AutocompleteInput, ReferenceInput, SearchInput, SelectInput } from 'react-admin';
import { CountryInput } from '../../components/CountryInput';
import { enumChoices, transferFindingCodeChoices, transferMechanismChoices, transferStatusChoices } from '../../components/choices';
import { PICKER_QUERY_OPTIONS } from '../../graphql/sparse-fields';
import { EXPORTER_KINDS, NO_MECHANISM } from './transfer-filter';

const mechanismFilterChoices = [...transferMechanismChoices, { id: NO_MECHANISM, name: `tilsyn.enums.transferMechanism.${NO_MECHANISM}` }];
const exporterKindChoices = enumChoices(EXPORTER_KINDS, 'exporterKind');

const processorPicker = (source: string, label: string) => (
  <ReferenceInput source={source} reference="Processor" sort={{ field: 'name', order: 'ASC' }} queryOptions={PICKER_QUERY_OPTIONS} key={source}>
    <AutocompleteInput optionText="name" filterToQuery={(q: string) => ({ q })} label={label} sx={{ minWidth: 260 }} />
  </ReferenceInput>
);

/** The register's filters (TransferFilter; "no tool" and "who exports" are mapped in transfer-filter.ts). Status and findings are today's. */
export const transferFilters = [
  <SearchInput source="q" alwaysOn key="q" />,
  <SelectInput source="status" choices={transferStatusChoices} key="status" />,
  <SelectInput source="findingCode" choices={transferFindingCodeChoices} key="findingCode" />,
  <CountryInput source="destinationCountry" key="destinationCountry" sx={{ minWidth: 240 }} />,
  <SelectInput source="mechanism" choices={mechanismFilterChoices} key="mechanism" />,
  <SelectInput source="exporter" choices={exporterKindChoices} key="exporter" label="tilsyn.transfers.filter_exporter_kind" />,
  processorPicker('exporterProcessorId', 'tilsyn.transfers.filter_exporter_processor'),
  processorPicker('importerProcessorId', 'tilsyn.transfers.filter_importer'),
];
