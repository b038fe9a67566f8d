import { isCountryCode } from '../reference/countries';
import { isIsoDate } from '../time/dates';
import { PROCESSOR_LIMITS } from '../vocabulary/processors';
import type { InputReason } from '../errors/error-codes';

export interface FieldProblem {
  field: string;
  reason: InputReason;
  params?: Record<string, string | number>;
}

/** RFC 5321 bounds and the common shape local@domain.tld, without quoted local parts. */
const EMAIL = /^[^\s@"<>()[\]\\,;:]+@[^\s@"<>()[\]\\,;:]+\.[^\s@"<>()[\]\\,;:]{2,}$/;

export function isEmailAddress(value: string): boolean {
  return value.length <= 254 && EMAIL.test(value);
}

/** Only http(s): a `javascript:` URL in a register field must never become a link (XSS). */
/**
 * A webhook for erasure notices must use HTTPS (the notice names a case, and the answer is
 * evidence); plain HTTP is accepted only on this machine's loopback (a local receiver or test).
 */
export function isWebhookAddress(value: string): boolean {
  try {
    const url = new URL(value);
    if (url.protocol === 'https:') return url.hostname.includes('.');
    return url.protocol === 'http:' && (url.hostname === '127.0.0.1' || url.hostname === 'localhost' || url.hostname === '[::1]');
  } catch {
    return false;
  }
}

export function isWebAddress(value: string): boolean {
  try {
    const url = new URL(value);
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname.includes('.');
  } catch {
    return false;
  }
}

export interface ProcessorFieldsInput {
  name?: string | null;
  registrationNumber?: string | null;
  establishmentCountry?: string | null;
  privacyContactName?: string | null;
  privacyContactEmail?: string | null;
  website?: string | null;
  notes?: string | null;
  address?: string | null;
  fallbackContactName?: string | null;
  fallbackContactEmail?: string | null;
  erasureChannel?: string | null;
  erasureAddress?: string | null;
  engagementPurpose?: string | null;
  cprDisclosureJustification?: string | null;
  engagementStart?: string | null;
  engagementEnd?: string | null;
  dpfCheckedOn?: string | null;
  dpfCertifiedOn?: string | null;
  dpfLapsedOn?: string | null;
  processingLocations?: readonly { country: string }[] | null;
}

/**
 * Checks the meaning of processor fields (shape is checked by the API's DTOs). `requireAll` is
 * true on create, where name and establishment country must be given.
 */
export function checkProcessorFields(input: ProcessorFieldsInput, requireAll: boolean): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const tooLong = (field: keyof typeof PROCESSOR_LIMITS) => {
    const value = input[field];
    if (typeof value === 'string' && value.length > PROCESSOR_LIMITS[field]) {
      problems.push({ field, reason: 'TOO_LONG', params: { max: PROCESSOR_LIMITS[field] } });
    }
  };
  if (requireAll || input.name !== undefined) {
    if (!input.name || input.name.trim() === '') problems.push({ field: 'name', reason: 'REQUIRED' });
  }
  if (requireAll || input.establishmentCountry !== undefined) {
    if (!input.establishmentCountry) problems.push({ field: 'establishmentCountry', reason: 'REQUIRED' });
    else if (!isCountryCode(input.establishmentCountry)) problems.push({ field: 'establishmentCountry', reason: 'UNKNOWN_COUNTRY' });
  }
  for (const field of Object.keys(PROCESSOR_LIMITS) as (keyof typeof PROCESSOR_LIMITS)[]) tooLong(field);
  if (input.privacyContactEmail && !isEmailAddress(input.privacyContactEmail)) {
    problems.push({ field: 'privacyContactEmail', reason: 'INVALID_EMAIL' });
  }
  if (input.website && !isWebAddress(input.website)) problems.push({ field: 'website', reason: 'INVALID_URL' });
  if (input.fallbackContactEmail && !isEmailAddress(input.fallbackContactEmail)) {
    problems.push({ field: 'fallbackContactEmail', reason: 'INVALID_EMAIL' });
  }
  if (input.erasureAddress) {
    if (input.erasureChannel === 'EMAIL' && !isEmailAddress(input.erasureAddress)) problems.push({ field: 'erasureAddress', reason: 'INVALID_EMAIL' });
    if (input.erasureChannel === 'WEBHOOK' && !isWebhookAddress(input.erasureAddress)) {
      problems.push({ field: 'erasureAddress', reason: 'INVALID_URL' });
    }
  }
  for (const field of ['engagementStart', 'engagementEnd', 'dpfCheckedOn', 'dpfCertifiedOn', 'dpfLapsedOn'] as const) {
    const value = input[field];
    if (value && !isIsoDate(value)) problems.push({ field, reason: 'INVALID_DATE' });
  }
  if (input.engagementStart && input.engagementEnd && isIsoDate(input.engagementStart) && isIsoDate(input.engagementEnd) && input.engagementEnd < input.engagementStart) {
    problems.push({ field: 'engagementEnd', reason: 'OUT_OF_RANGE', params: { min: input.engagementStart, max: '' } });
  }
  input.processingLocations?.forEach((location, i) => {
    if (!isCountryCode(location.country)) problems.push({ field: `processingLocations.${i}.country`, reason: 'UNKNOWN_COUNTRY' });
  });
  return problems;
}
