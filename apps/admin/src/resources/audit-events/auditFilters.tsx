import { SearchInput, SelectInput } from 'react-admin';
import { enApp } from '../../i18n/en';

type Tree = { [key: string]: Tree | string | undefined };

/** Every action the admin has a label for (tilsyn.audit.actions.*), e.g. "processor.update". */
function knownActions(tree: Tree, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([key, value]) =>
    typeof value === 'string' ? [`${prefix}${key}`] : value ? knownActions(value, `${prefix}${key}.`) : [],
  );
}

const actionChoices = knownActions(enApp.tilsyn as unknown as Tree, '')
  .filter((key) => key.startsWith('audit.actions.'))
  .map((key) => key.slice('audit.actions.'.length))
  .map((action) => ({ id: action, name: `tilsyn.audit.actions.${action}` }));

const entityTypeChoices = Object.keys(enApp.tilsyn.audit.entity_types).map((type) => ({
  id: type,
  name: `tilsyn.audit.entity_types.${type}`,
}));

export const auditFilters = [
  <SearchInput source="q" alwaysOn key="q" />,
  <SelectInput source="entityType" choices={entityTypeChoices} key="entityType" />,
  <SelectInput source="action" choices={actionChoices} key="action" />,
];
