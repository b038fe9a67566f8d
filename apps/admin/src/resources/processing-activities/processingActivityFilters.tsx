import { AutocompleteInput, NullableBooleanInput, ReferenceInput, SearchInput } from 'react-admin';
import { PICKER_QUERY_OPTIONS } from '../../graphql/sparse-fields';

/** ProcessingActivityFilter: free text, in the record today or not, and the processor used. */
export const processingActivityFilters = [
  <SearchInput source="q" alwaysOn key="q" />,
  <NullableBooleanInput source="active" key="active" trueLabel="tilsyn.records.active_true" falseLabel="tilsyn.records.active_false" />,
  <ReferenceInput source="processorId" reference="Processor" key="processorId" sort={{ field: 'name', order: 'ASC' }} queryOptions={PICKER_QUERY_OPTIONS}>
    <AutocompleteInput label="tilsyn.records.filter_processor" optionText="name" filterToQuery={(q: string) => ({ q })} sx={{ minWidth: 260 }} />
  </ReferenceInput>,
];
