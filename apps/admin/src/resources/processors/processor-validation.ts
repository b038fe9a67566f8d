import { isEmailAddress, isWebAddress, PROCESSOR_LIMITS } from '@tilsyn/domain';

/**
 * Client-side checks that mirror the API's (`checkProcessorFields` in @tilsyn/domain): they
 * answer translation keys, so they stay pure and testable without react-admin.
 */
type Message = string | { message: string; args: Record<string, unknown> } | undefined;

export const notBlank = (value: unknown): Message =>
  typeof value === 'string' && value.length > 0 && value.trim() === '' ? 'ra.validation.required' : undefined;

export const emailAddress = (value: unknown): Message =>
  typeof value === 'string' && value !== '' && !isEmailAddress(value) ? 'tilsyn.validation.invalid_email' : undefined;

export const webAddress = (value: unknown): Message =>
  typeof value === 'string' && value !== '' && !isWebAddress(value) ? 'tilsyn.validation.invalid_url' : undefined;

export const withinLimit =
  (field: keyof typeof PROCESSOR_LIMITS) =>
  (value: unknown): Message =>
    typeof value === 'string' && value.length > PROCESSOR_LIMITS[field]
      ? { message: 'ra.validation.maxLength', args: { max: PROCESSOR_LIMITS[field] } }
      : undefined;

/**
 * The erasure address must suit its channel, as the API checks it: an e-mail address for EMAIL,
 * an https:// address for WEBHOOK; MANUAL takes any note.
 */
export const erasureAddressForChannel = (value: unknown, values: Record<string, unknown> = {}): Message => {
  if (typeof value !== 'string' || value.trim() === '') return undefined;
  const address = value.trim();
  if (values.erasureChannel === 'EMAIL' && !isEmailAddress(address)) return 'tilsyn.validation.invalid_email';
  if (values.erasureChannel === 'WEBHOOK' && !(isWebAddress(address) && address.startsWith('https://'))) return 'tilsyn.validation.invalid_https';
  return undefined;
};

/** A date (YYYY-MM-DD) that may not fall before the date in `otherField` (e.g. the engagement's end and start). */
export const notBefore =
  (otherField: string) =>
  (value: unknown, values: Record<string, unknown> = {}): Message => {
    const other = values[otherField];
    return typeof value === 'string' && value !== '' && typeof other === 'string' && other !== '' && value < other
      ? { message: 'tilsyn.validation.not_before', args: { date: other } }
      : undefined;
  };
