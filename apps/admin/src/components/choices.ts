import { PROCESSOR_LIFECYCLES, ROLES, SERVICE_KINDS } from '@tilsyn/domain';

export interface Choice {
  id: string;
  name: string;
}

/** Choices from the domain's `as const` arrays; names are translation keys (SelectInput translates them). */
export function enumChoices(values: readonly string[], group: string): Choice[] {
  return values.map((id) => ({ id, name: `tilsyn.enums.${group}.${id}` }));
}

export const roleChoices = enumChoices(ROLES, 'role');
export const serviceKindChoices = enumChoices(SERVICE_KINDS, 'serviceKind');
export const lifecycleChoices = enumChoices(PROCESSOR_LIFECYCLES, 'lifecycle');
