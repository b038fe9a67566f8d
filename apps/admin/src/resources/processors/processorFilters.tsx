import { NullableBooleanInput, SearchInput, SelectArrayInput, SelectInput } from 'react-admin';
import { CountryInput } from '../../components/CountryInput';
import { UserChoiceInput } from '../../components/UserChoiceInput';
import {
  dataCategoryChoices,
  findingCodeChoices,
  lifecycleChoices,
  processorStatusChoices,
  riskLevelChoices,
  serviceKindChoices,
} from '../../components/choices';

/** The register's filters: every field of ProcessorFilter, and the risk level. Status and finding are evaluated today, with the whole chain. */
export const processorFilters = [
  <SearchInput source="q" alwaysOn key="q" />,
  <SelectInput source="status" choices={processorStatusChoices} key="status" />,
  // Not a ProcessorFilter field: the dataProvider turns the level into the ids at that level (processor-filter.ts).
  <SelectInput source="riskLevel" choices={riskLevelChoices} key="riskLevel" label="tilsyn.risk.level" />,
  <SelectInput source="findingCode" choices={findingCodeChoices} key="findingCode" />,
  <SelectArrayInput source="dataCategories" choices={dataCategoryChoices} key="dataCategories" sx={{ minWidth: 240 }} />,
  <UserChoiceInput source="ownerId" key="ownerId" />,
  <NullableBooleanInput
    source="engaged"
    key="engaged"
    trueLabel="tilsyn.processors.engagement_filter_true"
    falseLabel="tilsyn.processors.engagement_filter_false"
  />,
  <CountryInput source="establishmentCountry" key="establishmentCountry" />,
  <SelectInput source="serviceKind" choices={serviceKindChoices} key="serviceKind" />,
  <SelectInput source="lifecycle" choices={lifecycleChoices} key="lifecycle" />,
];
