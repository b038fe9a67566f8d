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
