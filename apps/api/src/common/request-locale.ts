import { AsyncLocalStorage } from 'node:async_hooks';
import { localeFromAcceptLanguage, type Locale } from '@tilsyn/domain';
import type { NextFunction, Response } from 'express';
import type { TilsynRequest } from './actor.js';

const store = new AsyncLocalStorage<Locale>();

/**
 * Express middleware: the rest of the request runs knowing the caller's language, so code that is
 * not handed the request — Apollo's formatError for the errors it answers before any plugin runs
 * (batching, CSRF, a malformed body) — can still answer in Danish or English. Mount it after the
 * body parser: a parser's stream callback would run outside the context.
 */
export function requestLocaleScope(req: TilsynRequest, _res: Response, next: NextFunction): void {
  store.run(req.locale ?? localeFromAcceptLanguage(req.headers['accept-language']), next);
}

/** The language of the request being served, when requestLocaleScope is mounted. */
export function currentLocale(): Locale | undefined {
  return store.getStore();
}
