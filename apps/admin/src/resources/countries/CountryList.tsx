import { DataTable, List, NullableBooleanInput, SearchInput, TextField, useLocaleState, useRecordContext } from 'react-admin';
import type { CountryRecord } from '../../graphql/types';
import { asLocale } from '../../providers/i18nProvider';
import { CountryChips } from './CountryChips';

const filters = [
  <SearchInput source="q" alwaysOn key="q" />,
  <NullableBooleanInput source="eeaMember" key="eeaMember" label="tilsyn.countries.filter_eea" alwaysOn />,
];

/** The name the administrator keeps, in the chosen language. */
export const CountryNameField = (_props: { label?: string; source?: string }) => {
  const record = useRecordContext<CountryRecord>();
  const [locale] = useLocaleState();
  if (!record) return null;
  return <TextField source={asLocale(locale) === 'en' ? 'nameEn' : 'nameDa'} />;
};

const StatusField = (_props: { label?: string; source?: string }) => {
  const record = useRecordContext<CountryRecord>();
  return record ? <CountryChips record={record} /> : null;
};

/** Every ISO country as reference data: EEA membership and whether an adequacy decision covers it today. */
export const CountryList = () => {
  const [locale] = useLocaleState();
  return (
    <List sort={{ field: 'name', order: 'ASC' }} filters={filters} perPage={50} exporter={false} key={locale}>
      <DataTable rowClick="show" bulkActionButtons={false}>
        <DataTable.Col source="name">
          <CountryNameField />
        </DataTable.Col>
        <DataTable.Col source="code" />
        <DataTable.Col source="eeaMember">
          <StatusField />
        </DataTable.Col>
      </DataTable>
    </List>
  );
};
