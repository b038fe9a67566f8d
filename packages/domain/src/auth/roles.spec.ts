import { describe, expect, it } from 'vitest';
import { can, isRole, PERMISSIONS, ROLES, type Permission, type Role } from './roles';

describe('can', () => {
  it.each<[Role | null, Permission, boolean]>([
    ['ADMIN', 'processor.write', true],
    ['VENDOR_MANAGER', 'processor.write', true],
    ['REVIEWER', 'processor.write', false],
    ['AUDITOR', 'processor.write', false],
    ['AUDITOR', 'processor.read', true],
    ['AUDITOR', 'audit.read', true],
    ['VENDOR_MANAGER', 'user.manage', false],
    ['ADMIN', 'user.manage', true],
    ['VENDOR_MANAGER', 'processor.delete', false],
    [null, 'processor.read', false],
  ])('%s may %s: %s', (role, permission, expected) => {
    expect(can(role, permission)).toBe(expected);
  });

  it('gives the auditor no permission that changes anything', () => {
    // Producing a report writes only its own audit event and hash, never the register (design.md §1: the auditor exports registers).
    const writes = (Object.keys(PERMISSIONS) as Permission[]).filter((p) => !p.endsWith('.read') && p !== 'self.write' && p !== 'report.produce');
    expect(writes.filter((p) => can('AUDITOR', p))).toEqual([]);
  });

  it('lists only known roles', () => {
    for (const roles of Object.values(PERMISSIONS)) for (const role of roles) expect(ROLES).toContain(role);
  });

  it.each([['ADMIN', true], ['admin', false], ['', false], [null, false], [42, false]])('isRole(%s) = %s', (v, ok) => {
    expect(isRole(v)).toBe(ok);
  });
});
