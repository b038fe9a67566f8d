import { isIsoDate } from '@tilsyn/domain';
import { DomainException } from './domain-exception.js';

/** Refuses any of `fields` that is set but not a real YYYY-MM-DD date, naming the field. */
export function requireIsoDates(input: object, fields: readonly string[]): void {
  for (const field of fields) {
    const value = (input as Record<string, unknown>)[field];
    if (value != null && !isIsoDate(value)) throw DomainException.badInput(field, 'INVALID_DATE');
  }
}
