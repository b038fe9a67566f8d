import type { AuthProvider, UserIdentity } from 'react-admin';
import { isRole, type Role } from '@tilsyn/domain';
import { COMPLETE_SETUP, LOGIN, LOGOUT, ME, SETUP_REQUIRED } from '../graphql/operations';
import { graphqlClient, runMutation, runQuery } from './graphqlClient';
import { describeApiError, parseApiError } from './api-errors';
import { canAccessWithRole } from './canAccess';
import { i18nProvider } from './i18nProvider';

export interface CurrentUser {
  id: string;
  email: string;
  name: string;
  role: Role;
  mustChangePassword: boolean;
}

export interface TilsynIdentity extends UserIdentity {
  email: string;
  role: Role;
  mustChangePassword: boolean;
}

export const CHANGE_PASSWORD_PATH = '/change-password';
/** The API's one-time setup link points here: `<base>/#/setup?token=…`. */
export const SETUP_PATH = '/setup';

/**
 * `me` is asked by checkAuth on every navigation and by canAccess for every button; one answer
 * serves them for a few seconds. Sign-in, sign-out and a password change forget it.
 */
const ME_MAX_AGE_MS = 15_000;
let cached: { user: CurrentUser | null; at: number } | null = null;
let inflight: Promise<CurrentUser | null> | null = null;

export function forgetCurrentUser(): void {
  cached = null;
  inflight = null;
}

export async function currentUser(): Promise<CurrentUser | null> {
  if (cached && Date.now() - cached.at < ME_MAX_AGE_MS) return cached.user;
  if (!inflight) {
    const request = runQuery<{ me: CurrentUser | null }>(ME)
      .then((answer) => answer.me)
      .catch((error: unknown) => {
        if (parseApiError(error).code === 'UNAUTHENTICATED') return null;
        throw error;
      })
      .then((user) => {
        if (inflight === request) cached = { user, at: Date.now() };
        return user;
      })
      .finally(() => {
        if (inflight === request) inflight = null;
      });
    inflight = request;
  }
  return inflight;
}

/** First-administrator setup (the one-time link printed at the first production start). Public calls. */
export const setupApi = {
  async setupRequired(): Promise<boolean> {
    return (await runQuery<{ setupRequired: boolean }>(SETUP_REQUIRED)).setupRequired;
  },
  async completeSetup(input: { token: string; email: string; name: string; password: string }): Promise<CurrentUser> {
    forgetCurrentUser();
    const user = (await runMutation<{ completeSetup: CurrentUser }>(COMPLETE_SETUP, input)).completeSetup;
    cached = { user, at: Date.now() };
    return user;
  },
};

const message = (error: unknown) => describeApiError(parseApiError(error), i18nProvider.translate).message;

export const authProvider: AuthProvider = {
  async login(params: { username?: string; email?: string; password?: string }) {
    forgetCurrentUser();
    let user: CurrentUser;
    try {
      user = (await runMutation<{ login: CurrentUser }>(LOGIN, { email: params.email ?? params.username ?? '', password: params.password ?? '' }))
        .login;
    } catch (error) {
      throw new Error(message(error), { cause: error });
    }
    cached = { user, at: Date.now() };
    return user.mustChangePassword ? { redirectTo: CHANGE_PASSWORD_PATH } : undefined;
  },

  async logout() {
    // Only a signed-in user calls `logout`: react-admin also logs out after a failed checkAuth,
    // and an anonymous call would be refused (and audited as access.denied) for nothing.
    const signedIn = cached?.user != null;
    forgetCurrentUser();
    if (signedIn) {
      try {
        await runMutation(LOGOUT);
      } catch {
        /* best effort: the session may already be gone */
      }
    }
    await graphqlClient.clearStore();
  },

  async checkAuth() {
    const user = await currentUser();
    if (!user) throw { message: false };
  },

  async checkError(error: unknown) {
    if (parseApiError(error).code === 'UNAUTHENTICATED') {
      forgetCurrentUser();
      throw { message: 'ra.notification.logged_out' };
    }
  },

  async getIdentity(): Promise<TilsynIdentity> {
    const user = await currentUser();
    if (!user) throw new Error(i18nProvider.translate('tilsyn.errors.UNAUTHENTICATED'));
    return { id: user.id, fullName: user.name, email: user.email, role: user.role, mustChangePassword: user.mustChangePassword };
  },

  async getPermissions() {
    const user = await currentUser();
    return user && isRole(user.role) ? user.role : null;
  },

  async canAccess({ action, resource }) {
    const user = await currentUser();
    return canAccessWithRole(user?.role, resource, action);
  },
};
