import { errorMessage } from '@tilsyn/domain';
import express, { type NextFunction, type Request, type RequestHandler, type Response } from 'express';
import type { AppConfig } from '../config/config.js';
import type { AuditService } from '../modules/audit/audit.service.js';
import { denialReason } from './access.js';
import type { TilsynRequest } from './actor.js';
import { FixedWindowLimiter } from './rate-limit.js';

/**
 * JSON bodies, parsed after the caller is known (issue 15, item 10): BODY_LIMIT (100 kB) for
 * everybody, BATCH_BODY_LIMIT (4 MB) only for a signed-in caller allowed to file erasure requests
 * on /graphql, so the documented batch of 5,000 in one `fileErasureRequests` fits while nobody
 * anonymous can make the server parse more than 100 kB. The erasure webhook callback keeps its
 * exact bytes: it is verified over them (HMAC-SHA256).
 */
export function jsonBody(config: Pick<AppConfig, 'graphql'>): RequestHandler {
  const verify = (req: Request & { rawBody?: Buffer }, _res: Response, buf: Buffer) => {
    if (req.url?.startsWith('/api/erasure/webhook/')) req.rawBody = buf;
  };
  const small = express.json({ limit: config.graphql.bodyLimit, verify });
  const large = express.json({ limit: config.graphql.batchBodyLimit, verify });
  return (req: Request, res: Response, next: NextFunction) => {
    const actor = (req as TilsynRequest).actor;
    const batch = req.path === '/graphql' && actor !== undefined && !actor.mustChangePassword && denialReason(actor, 'erasure.file') === null;
    return (batch ? large : small)(req, res, next);
  };
}

/** Where anonymous calls are counted: the API, not the admin's static files, health or the processors' page (it has its own limits). */
function limitedPath(path: string): string | null {
  if (path === '/graphql') return '/graphql';
  if (path.startsWith('/api/')) return '/api';
  return null;
}

/**
 * Anonymous requests to the API per client address (issue 15, item 9): over
 * ANONYMOUS_REQUESTS_PER_MINUTE the request is answered 429 with Retry-After before any database
 * work, and the refusals are recorded in the audit trail in aggregate — the first of each minute as
 * an event, the rest as one count — so a flood leaves its evidence without growing the chain by a
 * row per request. The address itself is never written anywhere. Counted in this process's memory:
 * with several replicas each limits its share (sign-in throttling, which must hold across them, is
 * kept in PostgreSQL).
 */
export function anonymousRateLimit(config: Pick<AppConfig, 'anonymousRequestsPerMinute'>, audit: AuditService): RequestHandler {
  const limiter = new FixedWindowLimiter(config.anonymousRequestsPerMinute, 60_000);
  return (req: Request, res: Response, next: NextFunction) => {
    const r = req as TilsynRequest;
    const path = r.actor ? null : limitedPath(req.path);
    if (!path) return next();
    const key = req.ip ?? req.socket.remoteAddress ?? 'unknown';
    if (limiter.allow(key)) return next();
    void audit.recordRepeatable({ actor: undefined, requestId: r.requestId }, { action: 'access.rate_limited', entityType: 'Operation', entityId: path, details: { reason: 'anonymous_requests_per_minute' } });
    res.status(429).setHeader('Retry-After', String(limiter.retryAfterSeconds(key)));
    res.json({ errors: [{ message: errorMessage('TOO_MANY_REQUESTS', r.locale ?? 'da'), extensions: { code: 'TOO_MANY_REQUESTS' } }] });
  };
}
