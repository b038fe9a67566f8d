import fs from 'node:fs';
import path from 'node:path';
import type { LoggerService } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import type { Clock } from '@tilsyn/domain';
import { errorMessage, localeFromAcceptLanguage } from '@tilsyn/domain';
import connectPgSimple from 'connect-pg-simple';
import type { NextFunction, Request, Response } from 'express';
import { SettableClock } from './common/test-clock.js';
import session from 'express-session';
import helmet from 'helmet';
import type { Pool } from 'pg';
import type { Logger } from 'pino';
import { DataSource } from 'typeorm';
import { AppModule } from './app.module.js';
import type { TilsynRequest } from './common/actor.js';
import { createValidationPipe, NullFilterPipe } from './common/validation.js';
import { DATABASE_RETRY_AFTER_SECONDS, isDatabaseUnavailable } from './common/database-unavailable.js';
import { anonymousRateLimit, jsonBody } from './common/request-limits.js';
import { requestLocaleScope } from './common/request-locale.js';
import type { AppConfig } from './config/config.js';
import { ApiTokensService } from './modules/api-tokens/api-tokens.service.js';
import { authenticationMiddleware } from './modules/auth/auth.middleware.js';
import { AuthService } from './modules/auth/auth.service.js';
import { AuditService } from './modules/audit/audit.service.js';

export interface TilsynApp {
  app: NestExpressApplication;
  close(): Promise<void>;
}

function nestLogger(logger: Logger): LoggerService {
  return {
    log: (message, context) => logger.debug({ context }, String(message)),
    error: (message, trace, context) => logger.error({ context, trace }, String(message)),
    warn: (message, context) => logger.warn({ context }, String(message)),
    debug: (message, context) => logger.debug({ context }, String(message)),
    verbose: (message, context) => logger.trace({ context }, String(message)),
  };
}

/** Builds the whole app (API, sessions, admin UI) on a database whose migrations are applied. */
export async function createApp(options: { config: AppConfig; clock: Clock; logger: Logger; databaseUrl: string; sessionSecret: string }): Promise<TilsynApp> {
  const { config, logger } = options;
  const app = await NestFactory.create<NestExpressApplication>(AppModule.register(options), {
    bodyParser: false,
    logger: nestLogger(logger),
  });
  app.set('trust proxy', config.trustProxy ? 1 : false);
  app.disable('x-powered-by');
  app.use(
    helmet({
      contentSecurityPolicy: {
        directives: {
          defaultSrc: ["'self'"],
          scriptSrc: ["'self'"],
          // MUI (emotion) injects style elements at run time.
          styleSrc: ["'self'", "'unsafe-inline'"],
          imgSrc: ["'self'", 'data:'],
          connectSrc: ["'self'"],
          fontSrc: ["'self'", 'data:'],
          objectSrc: ["'none'"],
          frameAncestors: ["'none'"],
          upgradeInsecureRequests: null,
        },
      },
      hsts: config.cookieSecure === true,
    }),
  );
  const pool = (app.get(DataSource).driver as unknown as { master: Pool }).master;
  const PgStore = connectPgSimple(session);
  const store = new PgStore({ pool, tableName: 'user_session', createTableIfMissing: false, pruneSessionInterval: 15 * 60 });
  app.use(
    session({
      name: 'tilsyn.sid',
      secret: options.sessionSecret,
      store,
      resave: false,
      saveUninitialized: false,
      rolling: true,
      unset: 'destroy',
      cookie: {
        httpOnly: true,
        sameSite: 'strict',
        secure: config.cookieSecure,
        maxAge: config.sessionIdleMinutes * 60_000,
        path: '/',
      },
    }),
  );
  if (options.clock instanceof SettableClock) {
    // Test-only clock: every request first reads the offset another process may have set.
    const clock = options.clock;
    const ds = app.get(DataSource);
    app.use((_req: Request, _res: Response, next: NextFunction) => void clock.sync(ds).then(() => next(), next));
  }
  app.use(authenticationMiddleware(app.get(AuthService), app.get(ApiTokensService)));
  app.use(anonymousRateLimit(config, app.get(AuditService)));
  app.use(jsonBody(config));
  // After the body parser: errors Apollo answers before any plugin runs still speak the caller's language.
  app.use(requestLocaleScope);
  app.use((req: TilsynRequest, res: Response, next: NextFunction) => {
    const started = process.hrtime.bigint();
    // A confirmation link's token is a secret: the log names the page, not the token.
    const requestPath = req.path.startsWith('/erasure-answer/') ? '/erasure-answer/:token' : req.path;
    res.on('finish', () => {
      logger.info(
        {
          requestId: req.requestId,
          method: req.method,
          path: requestPath,
          operation: typeof req.body?.operationName === 'string' ? req.body.operationName.slice(0, 100) : undefined,
          status: res.statusCode,
          ms: Number((process.hrtime.bigint() - started) / 1_000_000n),
          actorType: req.actor?.type,
          actorId: req.actor?.id,
        },
        'request',
      );
    });
    if (req.path === '/graphql') res.setHeader('Cache-Control', 'no-store');
    next();
  });
  app.useGlobalPipes(new NullFilterPipe(), createValidationPipe());

  const adminIndex = path.join(config.adminDistDir, 'index.html');
  if (fs.existsSync(adminIndex)) {
    app.useStaticAssets(config.adminDistDir, { index: 'index.html', maxAge: '1h', setHeaders: (res, file) => file.endsWith('index.html') && res.setHeader('Cache-Control', 'no-cache') });
  } else {
    logger.warn({ dir: config.adminDistDir }, 'admin UI not built; run `npm run build` (npm start does it)');
  }

  await app.init();

  // After the routes: malformed JSON, a body over the limit, anything thrown by middleware.
  app.use((error: { status?: number; statusCode?: number; type?: string }, req: Request, res: Response, next: NextFunction) => {
    if (res.headersSent) return next(error);
    const status = error.status ?? error.statusCode ?? 500;
    const locale = localeFromAcceptLanguage(req.headers['accept-language']);
    if (isDatabaseUnavailable(error)) {
      // The session store or the sign-in look-up could not reach the database (issue 15, item 8).
      logger.warn({ requestId: (req as TilsynRequest).requestId, code: (error as { code?: unknown }).code }, 'database unavailable');
      res.status(503).setHeader('Retry-After', String(DATABASE_RETRY_AFTER_SECONDS));
      res.json({ errors: [{ message: errorMessage('SERVICE_UNAVAILABLE', locale), extensions: { code: 'SERVICE_UNAVAILABLE' } }] });
      return;
    }
    const code = status === 413 ? 'PAYLOAD_TOO_LARGE' : status >= 400 && status < 500 ? 'BAD_REQUEST' : 'INTERNAL_SERVER_ERROR';
    if (code === 'INTERNAL_SERVER_ERROR') logger.error({ err: error, requestId: (req as TilsynRequest).requestId }, 'request failed');
    res.status(code === 'INTERNAL_SERVER_ERROR' ? (status === 503 ? 503 : 500) : status).json({ errors: [{ message: errorMessage(code, locale), extensions: { code } }] });
  });

  return {
    app,
    close: async () => {
      store.close();
      await app.close();
    },
  };
}
