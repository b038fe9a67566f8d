import type { Permission } from './roles';

/**
 * Who may read an audit event's details (field-level access, ASVS 8.2.3; issue 15, item 6). Every
 * role reads the trail — that something happened, when, by whom, to which id — but the details of
 * events about users and API tokens hold e-mail addresses, names and roles: only the roles that
 * may read the user list or the tokens see them. The chain still verifies for everybody: it holds
 * only the details' hash.
 */
export const AUDIT_DETAILS_PERMISSION: Readonly<Record<string, Permission>> = Object.freeze({
  User: 'user.read',
  ApiToken: 'apiToken.read',
});

/** The permission needed to read the details of an event about `entityType`, or null when `audit.read` is enough. */
export function auditDetailsPermission(entityType: string): Permission | null {
  return Object.hasOwn(AUDIT_DETAILS_PERMISSION, entityType) ? AUDIT_DETAILS_PERMISSION[entityType] : null;
}
