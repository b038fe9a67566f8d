import { describe, expect, it } from 'vitest';
import { auditDetailsPermission } from './audit-details';
import { can, type Role } from './roles';

describe('auditDetailsPermission (ASVS 8.2.3: field-level access to audit details)', () => {
  it.each([
    ['User', 'user.read'],
    ['ApiToken', 'apiToken.read'],
    ['Processor', null],
    ['ErasureRequest', null],
    ['__proto__', null],
    ['constructor', null],
    ['toString', null],
  ])('%s → %s', (entityType, permission) => {
    expect(auditDetailsPermission(entityType)).toBe(permission);
  });

  it.each<[Role, boolean]>([
    ['ADMIN', true],
    ['AUDITOR', true],
    ['VENDOR_MANAGER', false],
    ['REVIEWER', false],
  ])('the details of user events: %s may read them = %s', (role, allowed) => {
    expect(can(role, auditDetailsPermission('User')!)).toBe(allowed);
  });
});
