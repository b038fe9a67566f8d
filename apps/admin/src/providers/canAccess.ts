import { can, isRole, type Permission, type Role } from '@tilsyn/domain';

/**
 * react-admin resource + action → the permission the API checks. One table, default-deny: an
 * action or resource missing here is refused, so a button the UI shows is a call the API allows.
 * Resource names are the GraphQL type names (ra-data-graphql-simple maps them to operations).
 */
const READ_ACTIONS = ['list', 'show', 'export'] as const;

type ActionTable = Record<string, Permission>;

function table(read: Permission, write: Partial<Record<string, Permission>>): ActionTable {
  const out: ActionTable = {};
  for (const action of READ_ACTIONS) out[action] = read;
  for (const [action, permission] of Object.entries(write)) if (permission) out[action] = permission;
  return out;
}

export const ACCESS: Record<string, ActionTable> = {
  Processor: table('processor.read', {
    create: 'processor.write',
    edit: 'processor.write',
    clone: 'processor.write',
    delete: 'processor.delete',
  }),
  User: table('user.read', {
    create: 'user.manage',
    edit: 'user.manage',
    // There is no deleteUser mutation: "delete" maps to the permission for completeness, but the UI offers deactivate instead.
    delete: 'user.manage',
    deactivate: 'user.manage',
    reactivate: 'user.manage',
    resetPassword: 'user.manage',
  }),
  ApiToken: table('apiToken.read', {
    create: 'apiToken.manage',
    edit: 'apiToken.manage',
    delete: 'apiToken.manage',
    revoke: 'apiToken.manage',
  }),
  // The audit trail is append-only: only reading (and verifying) exists.
  AuditEvent: table('audit.read', { verify: 'audit.read' }),
};

export function permissionFor(resource: string | undefined, action: string): Permission | null {
  if (!resource) return null;
  return ACCESS[resource]?.[action] ?? null;
}

export function canAccessWithRole(role: Role | string | null | undefined, resource: string | undefined, action: string): boolean {
  if (!isRole(role)) return false;
  const permission = permissionFor(resource, action);
  return permission !== null && can(role, permission);
}
