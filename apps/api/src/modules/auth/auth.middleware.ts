import { randomUUID } from 'node:crypto';
import { localeFromAcceptLanguage } from '@tilsyn/domain';
import type { NextFunction, Response } from 'express';
import type { TilsynRequest } from '../../common/actor.js';
import type { ApiTokensService } from '../api-tokens/api-tokens.service.js';
import type { AuthService } from './auth.service.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Runs before every route: gives the request an id (echoed in X-Request-Id and the logs), a
 * language, and an actor from a bearer token or the session cookie.
 */
export function authenticationMiddleware(auth: AuthService, tokens: ApiTokensService) {
  return async (req: TilsynRequest, res: Response, next: NextFunction) => {
    try {
      const incoming = req.headers['x-request-id'];
      req.requestId = typeof incoming === 'string' && UUID.test(incoming) ? incoming : randomUUID();
      res.setHeader('X-Request-Id', req.requestId);
      req.locale = localeFromAcceptLanguage(req.headers['accept-language']);
      const authorization = req.headers.authorization;
      if (authorization?.startsWith('Bearer ')) {
        req.actor = await tokens.authenticate(authorization.slice('Bearer '.length).trim());
      } else {
        req.actor = await auth.sessionActor(req);
      }
      next();
    } catch (error) {
      next(error);
    }
  };
}
