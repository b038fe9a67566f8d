import { isIsoDate } from '../time/dates';
import { can, type Permission, type Role } from './roles';

/**
 * What an API token is for. A token is not a role: it holds a narrow scope, and never more than
 * the person who created it may do today (the effective rights are the scope ∩ the creator's
 * current role; a deactivated creator leaves the token nothing). Stored as text with a CHECK and
 * exposed as the GraphQL enum TokenScope from this array.
 */
export const TOKEN_SCOPES = ['ERASURE_FILING', 'READ_ONLY'] as const;
export type TokenScope = (typeof TOKEN_SCOPES)[number];

/**
 * Never held by a token, whatever its scope or creator: managing people or tokens (no token
 * mints a token), a person's identifiers in clear, the users, the tokens, the mail sent (it
 * carries live confirmation links), the audit trail (its details name users and their e-mail
 * addresses), and the own-account permissions (a token is not a person).
 */
export const NEVER_FOR_TOKENS = [
  'user.read',
  'user.manage',
  'apiToken.read',
  'apiToken.manage',
  'erasure.identifiers',
  'mail.read',
  'audit.read',
  'self.read',
  'self.write',
] as const satisfies readonly Permission[];

/**
 * The permissions of each scope, listed one by one (a new permission is granted to no token
 * until it is added here):
 * - ERASURE_FILING, for the case system: file erasure requests (Art. 17) and follow them.
 * - READ_ONLY, for reporting tools: read the register and produce the reports, nothing that
 *   reveals identifiers, users or live links.
 */
export const TOKEN_SCOPE_PERMISSIONS = {
  ERASURE_FILING: ['erasure.file', 'erasure.read'],
  READ_ONLY: ['processor.read', 'agreement.read', 'transfer.read', 'review.read', 'erasure.read', 'reference.read', 'records.read', 'report.produce'],
} as const satisfies Record<TokenScope, readonly Permission[]>;

export function isTokenScope(value: unknown): value is TokenScope {
  return typeof value === 'string' && (TOKEN_SCOPES as readonly string[]).includes(value);
}

/** The scope alone, before the creator's role is considered. */
export function scopeAllows(scope: TokenScope | null | undefined, permission: Permission): boolean {
  if (!isTokenScope(scope)) return false;
  if ((NEVER_FOR_TOKENS as readonly Permission[]).includes(permission)) return false;
  return (TOKEN_SCOPE_PERMISSIONS[scope] as readonly Permission[]).includes(permission);
}

/**
 * May a token with this scope, created by a user who holds `creatorRole` today, use this
 * permission? Both must allow it: a token never does more than its creator may. `creatorRole` is
 * null when the creator is deactivated or unknown, and then nothing is allowed.
 */
export function tokenMayUse(scope: TokenScope | null | undefined, creatorRole: Role | null | undefined, permission: Permission): boolean {
  return scopeAllows(scope, permission) && can(creatorRole, permission);
}

/** Why a token is refused a permission, for the audit trail; null when it is allowed. */
export function tokenDenialReason(scope: TokenScope | null | undefined, creatorRole: Role | null | undefined, permission: Permission): string | null {
  if (!scopeAllows(scope, permission)) return `token_scope:${permission}`;
  if (!can(creatorRole, permission)) return `token_creator_role:${permission}`;
  return null;
}

/** A token lives at most this long (ASVS 5.0 V7/V9: machine credentials expire); the default offered is shorter. */
export const TOKEN_MAX_LIFETIME_DAYS = 365;
export const TOKEN_DEFAULT_LIFETIME_DAYS = 90;
const DAY_MS = 86_400_000;

/** The latest expiry a token created at `now` may have. */
export function latestTokenExpiry(now: Date): Date {
  return new Date(now.getTime() + TOKEN_MAX_LIFETIME_DAYS * DAY_MS);
}

const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})$/;

/** Minutes Europe/Copenhagen is ahead of UTC at an instant (60 in winter, 120 in summer). */
function copenhagenOffsetMinutes(instant: Date): number {
  const name = new Intl.DateTimeFormat('en-US', { timeZone: 'Europe/Copenhagen', timeZoneName: 'longOffset' })
    .formatToParts(instant)
    .find((p) => p.type === 'timeZoneName')?.value;
  const m = /GMT([+-])(\d{2}):(\d{2})/.exec(name ?? '');
  return m ? (m[1] === '-' ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3])) : 0;
}

/**
 * Reads an expiry: an instant with its offset ("2027-03-01T08:00:00Z") or a calendar date
 * ("2027-03-01"), which means the start of that day in Danish time: the token works until the
 * day begins. Null when it is neither.
 */
export function parseTokenExpiry(value: string): Date | null {
  if (isIsoDate(value)) {
    // Daylight saving changes at 01:00 UTC, so the offset at UTC midnight is the offset at local midnight.
    const utcMidnight = new Date(`${value}T00:00:00Z`);
    return new Date(utcMidnight.getTime() - copenhagenOffsetMinutes(utcMidnight) * 60_000);
  }
  if (!INSTANT.test(value)) return null;
  const instant = new Date(value);
  return Number.isNaN(instant.getTime()) ? null : instant;
}

export type TokenExpiryProblem = { reason: 'AT_LEAST'; min: string } | { reason: 'AT_MOST'; max: string };

/** An expiry must lie after `now` and at most TOKEN_MAX_LIFETIME_DAYS ahead; null when it does. */
export function tokenExpiryProblem(expiresAt: Date, now: Date): TokenExpiryProblem | null {
  if (expiresAt.getTime() <= now.getTime()) return { reason: 'AT_LEAST', min: now.toISOString() };
  const latest = latestTokenExpiry(now);
  if (expiresAt.getTime() > latest.getTime()) return { reason: 'AT_MOST', max: latest.toISOString() };
  return null;
}

/** Where a token stands at `now`; derived, never stored. */
export const API_TOKEN_STATUSES = ['ACTIVE', 'EXPIRED', 'REVOKED'] as const;
export type ApiTokenStatus = (typeof API_TOKEN_STATUSES)[number];

export function apiTokenStatus(token: { expiresAt: Date; revokedAt: Date | null }, now: Date): ApiTokenStatus {
  if (token.revokedAt) return 'REVOKED';
  return token.expiresAt.getTime() <= now.getTime() ? 'EXPIRED' : 'ACTIVE';
}

/** Only an active token authenticates; an expired or revoked one is nobody. */
export function isTokenUsable(token: { expiresAt: Date; revokedAt: Date | null }, now: Date): boolean {
  return apiTokenStatus(token, now) === 'ACTIVE';
}
