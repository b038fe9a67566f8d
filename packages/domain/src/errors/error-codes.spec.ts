import { describe, expect, it } from 'vitest';
import { ERROR_CODES, ERROR_MESSAGES, INPUT_REASONS, inputErrorMessage, localeFromAcceptLanguage } from './error-codes';

describe('error messages', () => {
  it('have Danish and English for every code and reason', () => {
    for (const code of ERROR_CODES) {
      expect(ERROR_MESSAGES[code].da).toBeTruthy();
      expect(ERROR_MESSAGES[code].en).toBeTruthy();
      expect(ERROR_MESSAGES[code].da).not.toEqual(ERROR_MESSAGES[code].en);
    }
    for (const reason of INPUT_REASONS) expect(inputErrorMessage(reason, 'name', 'da')).toContain('name');
  });

  it('fills in the field and bounds', () => {
    expect(inputErrorMessage('TOO_LONG', 'notes', 'en', { max: 5000 })).toBe('notes is too long (at most 5000 characters).');
    expect(inputErrorMessage('TOO_LONG', 'notes', 'da', { max: 5000 })).toBe('notes er for lang (højst 5000 tegn).');
  });

  it.each([
    [undefined, 'da'],
    ['en-GB,en;q=0.9', 'en'],
    ['da-DK,da;q=0.9,en;q=0.8', 'da'],
    ['de-DE', 'da'],
  ])('Accept-Language %s → %s', (header, locale) => expect(localeFromAcceptLanguage(header)).toBe(locale));
});
