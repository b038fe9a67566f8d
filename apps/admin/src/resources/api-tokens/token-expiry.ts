import { TOKEN_DEFAULT_LIFETIME_DAYS, TOKEN_MAX_LIFETIME_DAYS, TOKEN_SCOPES, addDays, copenhagenDate } from '@tilsyn/domain';
import { enumChoices } from '../../components/choices';

/** The scopes a token can have (TokenScope), labelled tilsyn.enums.tokenScope.*. */
export const tokenScopeChoices = enumChoices(TOKEN_SCOPES, 'tokenScope');

/**
 * The expiry a new token is offered: TOKEN_DEFAULT_LIFETIME_DAYS from today (Copenhagen). The API
 * reads a date as the start of that day, Danish time.
 */
export function defaultTokenExpiry(now: Date): string {
  return addDays(copenhagenDate(now), TOKEN_DEFAULT_LIFETIME_DAYS);
}

/** The first and last dates the API accepts: tomorrow, and TOKEN_MAX_LIFETIME_DAYS from today. */
export function tokenExpiryBounds(now: Date): { min: string; max: string } {
  const today = copenhagenDate(now);
  return { min: addDays(today, 1), max: addDays(today, TOKEN_MAX_LIFETIME_DAYS) };
}

type Message = string | { message: string; args: Record<string, string | number> } | undefined;

/** Client-side check of the expiry date (the API checks again, to the millisecond). */
export const validateTokenExpiry =
  (now: () => Date) =>
  (value: unknown): Message => {
    if (typeof value !== 'string' || value === '') return undefined;
    const { min, max } = tokenExpiryBounds(now());
    if (value < min) return { message: 'tilsyn.api_tokens.expiry_too_early', args: { date: min } };
    if (value > max) return { message: 'tilsyn.api_tokens.expiry_too_late', args: { date: max, days: TOKEN_MAX_LIFETIME_DAYS } };
    return undefined;
  };
