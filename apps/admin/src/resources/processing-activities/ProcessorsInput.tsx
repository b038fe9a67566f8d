import { AutocompleteArrayInput, ReferenceArrayInput } from 'react-admin';
import { PICKER_QUERY_OPTIONS } from '../../graphql/sparse-fields';

/**
 * The processors of the register a record names, picked by name (the API refuses an id that is
 * not in the register, naming this input).
 */
export const ProcessorsInput = ({ label, helperText }: { label: string; helperText?: string }) => (
  <ReferenceArrayInput source="processorIds" reference="Processor" sort={{ field: 'name', order: 'ASC' }} queryOptions={PICKER_QUERY_OPTIONS} perPage={25}>
    <AutocompleteArrayInput label={label} optionText="name" filterToQuery={(q: string) => ({ q })} helperText={helperText} fullWidth />
  </ReferenceArrayInput>
);
