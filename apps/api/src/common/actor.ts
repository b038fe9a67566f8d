import type { Role } from '@tilsyn/domain';
import type { Request } from 'express';
import type { Locale } from '@tilsyn/domain';

/** Who is calling: a signed-in person or an API token. Ids only, never e-mail or name in logs. */
export interface Actor {
  type: 'USER' | 'TOKEN';
  id: string;
  role: Role;
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
