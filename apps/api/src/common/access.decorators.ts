import { SetMetadata } from '@nestjs/common';
import type { Permission } from '@tilsyn/domain';

export const ACCESS_KEY = 'tilsyn:access';

export type AccessRule =
  | { kind: 'public' }
  | { kind: 'permission'; permission: Permission; duringPasswordChange: boolean };

/** Open to anyone, signed in or not (sign-in itself, `me`, health). */
export const Public = () => SetMetadata(ACCESS_KEY, { kind: 'public' } satisfies AccessRule);

/**
 * The roles that hold `permission` (packages/domain PERMISSIONS) may call this. Every resolver
 * method carries @Allow or @Public; the global AccessGuard refuses anything else (default-deny).
 */
export const Allow = (permission: Permission, options: { duringPasswordChange?: boolean } = {}) =>
  SetMetadata(ACCESS_KEY, {
    kind: 'permission',
    permission,
    duringPasswordChange: options.duringPasswordChange ?? false,
  } satisfies AccessRule);
