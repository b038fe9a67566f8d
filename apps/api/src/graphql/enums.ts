import { registerEnumType } from '@nestjs/graphql';
import { PROCESSOR_LIFECYCLES, ROLES, SERVICE_KINDS } from '@tilsyn/domain';

/** GraphQL enums are made from the same `as const` arrays as the CHECK constraints and the admin's choices. */
function enumOf<T extends string>(values: readonly T[]): Record<T, T> {
  return Object.fromEntries(values.map((v) => [v, v])) as Record<T, T>;
}

export const RoleEnum = enumOf(ROLES);
export const ServiceKindEnum = enumOf(SERVICE_KINDS);
export const ProcessorLifecycleEnum = enumOf(PROCESSOR_LIFECYCLES);

registerEnumType(RoleEnum, { name: 'Role', description: 'What a user or API token may do.' });
registerEnumType(ServiceKindEnum, { name: 'ServiceKind', description: 'What the processor does for us.' });
registerEnumType(ProcessorLifecycleEnum, { name: 'ProcessorLifecycle', description: 'Where the processor is in its life with us.' });
