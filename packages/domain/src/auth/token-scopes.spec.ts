import { describe, expect, it } from 'vitest';
import { PERMISSIONS, type Permission, type Role } from './roles';
import {
  NEVER_FOR_TOKENS,
  TOKEN_MAX_LIFETIME_DAYS,
  TOKEN_SCOPE_PERMISSIONS,
  TOKEN_SCOPES,
  apiTokenStatus,
  isTokenScope,
  isTokenUsable,
  latestTokenExpiry,
  parseTokenExpiry,
  tokenDenialReason,
  tokenExpiryProblem,
  tokenMayUse,
  type TokenScope,
} from './token-scopes';

const ALL = Object.keys(PERMISSIONS) as Permission[];

describe('tokenMayUse', () => {
  it.each<[TokenScope | null, Role | null, Permission, boolean]>([
    // The case system files and follows erasure requests, nothing else.
    ['ERASURE_FILING', 'ADMIN', 'erasure.file', true],
    ['ERASURE_FILING', 'ADMIN', 'erasure.read', true],
    ['ERASURE_FILING', 'ADMIN', 'processor.write', false],
    ['ERASURE_FILING', 'ADMIN', 'processor.read', false],
    ['ERASURE_FILING', 'ADMIN', 'erasure.decide', false],
    ['ERASURE_FILING', 'ADMIN', 'erasure.identifiers', false],
    // Never more than the creator today: an auditor cannot file, so neither can its token.
    ['ERASURE_FILING', 'AUDITOR', 'erasure.file', false],
    ['ERASURE_FILING', 'AUDITOR', 'erasure.read', true],
    ['ERASURE_FILING', 'VENDOR_MANAGER', 'erasure.file', true],
    // A deactivated or unknown creator leaves the token nothing.
    ['ERASURE_FILING', null, 'erasure.file', false],
    ['READ_ONLY', null, 'processor.read', false],
    // Reporting tools read the register and produce reports.
    ['READ_ONLY', 'ADMIN', 'processor.read', true],
    ['READ_ONLY', 'ADMIN', 'transfer.read', true],
    ['READ_ONLY', 'AUDITOR', 'report.produce', true],
    ['READ_ONLY', 'ADMIN', 'records.read', true],
    ['READ_ONLY', 'ADMIN', 'processor.write', false],
    ['READ_ONLY', 'ADMIN', 'erasure.file', false],
    // Identifiers, users, tokens, live links, the audit trail's details: never.
    ['READ_ONLY', 'ADMIN', 'erasure.identifiers', false],
    ['READ_ONLY', 'ADMIN', 'user.read', false],
    ['READ_ONLY', 'ADMIN', 'apiToken.read', false],
    ['READ_ONLY', 'ADMIN', 'mail.read', false],
    ['READ_ONLY', 'ADMIN', 'audit.read', false],
    // No token mints a token or manages users, whoever created it.
    ['ERASURE_FILING', 'ADMIN', 'apiToken.manage', false],
    ['READ_ONLY', 'ADMIN', 'apiToken.manage', false],
    ['READ_ONLY', 'ADMIN', 'user.manage', false],
    [null, 'ADMIN', 'processor.read', false],
  ])('%s created by %s may %s: %s', (scope, role, permission, expected) => {
    expect(tokenMayUse(scope, role, permission)).toBe(expected);
  });

  it('never lets any token manage users or tokens, or see identifiers, with any creator', () => {
    for (const scope of TOKEN_SCOPES) for (const role of ['ADMIN', 'VENDOR_MANAGER', 'REVIEWER', 'AUDITOR'] as const) for (const p of NEVER_FOR_TOKENS) expect(tokenMayUse(scope, role, p)).toBe(false);
  });

  it('gives no scope a permission that changes the register, except filing erasure requests and producing reports', () => {
    const writes = ALL.filter((p) => !p.endsWith('.read') && p !== 'report.produce' && p !== 'erasure.file');
    for (const scope of TOKEN_SCOPES) expect(writes.filter((p) => tokenMayUse(scope, 'ADMIN', p))).toEqual([]);
  });

  it('decides every read for READ_ONLY: granted, or refused on purpose', () => {
    const reads = ALL.filter((p) => p.endsWith('.read'));
    const undecided = reads.filter((p) => !(TOKEN_SCOPE_PERMISSIONS.READ_ONLY as readonly Permission[]).includes(p) && !(NEVER_FOR_TOKENS as readonly Permission[]).includes(p));
    expect(undecided).toEqual([]);
  });

  it('lists only known permissions', () => {
    for (const list of [...Object.values(TOKEN_SCOPE_PERMISSIONS), NEVER_FOR_TOKENS]) for (const p of list) expect(ALL).toContain(p);
    expect(Object.keys(TOKEN_SCOPE_PERMISSIONS).sort()).toEqual([...TOKEN_SCOPES].sort());
  });

  it.each<[TokenScope, Role | null, Permission, string | null]>([
    ['ERASURE_FILING', 'ADMIN', 'processor.write', 'token_scope:processor.write'],
    ['ERASURE_FILING', 'AUDITOR', 'erasure.file', 'token_creator_role:erasure.file'],
    ['ERASURE_FILING', null, 'erasure.file', 'token_creator_role:erasure.file'],
    ['READ_ONLY', 'ADMIN', 'apiToken.manage', 'token_scope:apiToken.manage'],
    ['ERASURE_FILING', 'REVIEWER', 'erasure.file', null],
  ])('denial reason of %s by %s for %s: %s', (scope, role, permission, reason) => {
    expect(tokenDenialReason(scope, role, permission)).toBe(reason);
  });

  it.each([['ERASURE_FILING', true], ['READ_ONLY', true], ['ADMIN', false], ['read_only', false], ['', false], [null, false], [1, false]])('isTokenScope(%s) = %s', (v, ok) => {
    expect(isTokenScope(v)).toBe(ok);
  });
});

describe('token expiry', () => {
  const now = new Date('2026-11-21T09:00:00.000Z');

  it.each<[string, string | null]>([
    ['2027-02-19T09:00:00Z', '2027-02-19T09:00:00.000Z'],
    ['2027-02-19T10:00:00+01:00', '2027-02-19T09:00:00.000Z'],
    ['2027-02-19T09:00Z', '2027-02-19T09:00:00.000Z'],
    // A date is the start of that day in Danish time: winter (UTC+1) and summer (UTC+2).
    ['2027-02-19', '2027-02-18T23:00:00.000Z'],
    ['2027-07-01', '2027-06-30T22:00:00.000Z'],
    // The days daylight saving starts and ends: midnight still has the offset of the day before.
    ['2027-03-28', '2027-03-27T23:00:00.000Z'],
    ['2027-10-31', '2027-10-30T22:00:00.000Z'],
    ['2027-02-30', null],
    ['2027-02-19T09:00:00', null],
    ['next year', null],
    ['', null],
  ])('parseTokenExpiry(%s) = %s', (value, expected) => {
    expect(parseTokenExpiry(value)?.toISOString() ?? null).toBe(expected);
  });

  it.each<[string, string, ReturnType<typeof tokenExpiryProblem>]>([
    ['one minute ahead', '2026-11-21T09:01:00.000Z', null],
    ['90 days ahead', '2027-02-19T09:00:00.000Z', null],
    ['exactly the maximum', '2027-11-21T09:00:00.000Z', null],
    ['one millisecond past the maximum', '2027-11-21T09:00:00.001Z', { reason: 'AT_MOST', max: '2027-11-21T09:00:00.000Z' }],
    ['two years ahead', '2028-11-21T09:00:00.000Z', { reason: 'AT_MOST', max: '2027-11-21T09:00:00.000Z' }],
    ['now', '2026-11-21T09:00:00.000Z', { reason: 'AT_LEAST', min: '2026-11-21T09:00:00.000Z' }],
    ['yesterday', '2026-11-20T09:00:00.000Z', { reason: 'AT_LEAST', min: '2026-11-21T09:00:00.000Z' }],
  ])('%s: %j', (_, expiresAt, problem) => {
    expect(tokenExpiryProblem(new Date(expiresAt), now)).toEqual(problem);
  });

  it('allows at most TOKEN_MAX_LIFETIME_DAYS', () => {
    expect(TOKEN_MAX_LIFETIME_DAYS).toBe(365);
    expect(latestTokenExpiry(now).toISOString()).toBe('2027-11-21T09:00:00.000Z');
  });

  it.each<[string, string | null, string, boolean]>([
    ['2026-11-22T00:00:00Z', null, 'ACTIVE', true],
    ['2026-11-21T09:00:00Z', null, 'EXPIRED', false],
    ['2026-11-20T00:00:00Z', null, 'EXPIRED', false],
    ['2026-11-22T00:00:00Z', '2026-11-01T00:00:00Z', 'REVOKED', false],
    ['2026-11-20T00:00:00Z', '2026-11-01T00:00:00Z', 'REVOKED', false],
  ])('expiring %s, revoked %s: %s', (expiresAt, revokedAt, status, usable) => {
    const token = { expiresAt: new Date(expiresAt), revokedAt: revokedAt ? new Date(revokedAt) : null };
    expect(apiTokenStatus(token, now)).toBe(status);
    expect(isTokenUsable(token, now)).toBe(usable);
  });
});
