import type { Locale, Role, TokenScope } from '@tilsyn/domain';
import type { Request } from 'express';

/** Who is calling: a signed-in person or an API token. Ids only, never e-mail or name in logs. */
export interface Actor {
  type: 'USER' | 'TOKEN';
  id: string;
  /** A user's role; for a token, the current role of the user who created it (the token's ceiling). */
  role: Role;
  /** Set for tokens only: what the token is for. A token may use a permission only when its scope and `role` both allow it. */
  scope?: TokenScope;
  name: string;
  /** A user holding an administrator-issued password may only change it (and sign out). */
  mustChangePassword: boolean;
}

/** What a service needs to know about the call: the actor, the request id, the language. */
export interface RequestMeta {
  actor: Actor | undefined;
  requestId: string;
  locale: Locale;
}

declare module 'express-session' {
  interface SessionData {
    userId: string;
    issuedAt: number;
    lastSeenAt: number;
  }
}

export interface TilsynRequest extends Request {
  actor?: Actor;
  requestId: string;
  locale: Locale;
}

export function metaOf(req: TilsynRequest): RequestMeta {
  return { actor: req.actor, requestId: req.requestId, locale: req.locale };
}
