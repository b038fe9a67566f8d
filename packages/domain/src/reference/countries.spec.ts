import { describe, expect, it } from 'vitest';
import { COUNTRY_CODES, countryChoices, countryName, isCountryCode, isEeaCountry } from './countries';

describe('countries', () => {
  it('knows the ISO 3166-1 alpha-2 list', () => {
    expect(COUNTRY_CODES.length).toBeGreaterThan(240);
    expect(COUNTRY_CODES).toEqual(expect.arrayContaining(['DK', 'GL', 'FO', 'US', 'IN']));
  });

  it.each([['DK', true], ['GL', true], ['XX', false], ['dk', false], ['DNK', false], [7, false]])('isCountryCode(%s) = %s', (c, ok) =>
    expect(isCountryCode(c)).toBe(ok),
  );

  it('names countries in Danish and English', () => {
    expect(countryName('DE', 'da')).toBe('Tyskland');
    expect(countryName('DE', 'en')).toBe('Germany');
    expect(countryChoices('da')[0].name.localeCompare(countryChoices('da')[1].name, 'da')).toBeLessThan(0);
  });

  it.each([['DK', true], ['NO', true], ['IS', true], ['LI', true], ['CH', false], ['GL', false], ['FO', false], ['GB', false]])(
    'isEeaCountry(%s) = %s',
    (c, ok) => expect(isEeaCountry(c)).toBe(ok),
  );
});
