import { describe, expect, it } from 'vitest';
import { checkProcessorFields, isEmailAddress, isWebAddress } from './processor-input';

describe('isEmailAddress', () => {
  it.each([
    ['privacy@example.dk', true],
    ['a.b+c@sub.example.co.uk', true],
    ['no-at-sign.dk', false],
    ['two@@example.dk', false],
    ['spaces in@example.dk', false],
    ['x@localhost', false],
    [`${'a'.repeat(250)}@x.dk`, false],
  ])('%s → %s', (value, ok) => expect(isEmailAddress(value)).toBe(ok));
});

describe('isWebAddress', () => {
  it.each([
    ['https://www.example.dk', true],
    ['http://example.com/privacy', true],
    ['javascript:alert(1)', false],
    ['ftp://example.com', false],
    ['example.com', false],
    ['https://localhost', false],
  ])('%s → %s', (value, ok) => expect(isWebAddress(value)).toBe(ok));
});

describe('checkProcessorFields', () => {
  it('requires name and country on create', () => {
    expect(checkProcessorFields({}, true).map((p) => [p.field, p.reason])).toEqual([
      ['name', 'REQUIRED'],
      ['establishmentCountry', 'REQUIRED'],
    ]);
  });

  it('accepts a partial update without name or country', () => {
    expect(checkProcessorFields({ notes: 'ok' }, false)).toEqual([]);
  });

  it.each([
    [{ name: 'X', establishmentCountry: 'XX' }, 'establishmentCountry', 'UNKNOWN_COUNTRY'],
    [{ name: 'X', establishmentCountry: 'dk' }, 'establishmentCountry', 'UNKNOWN_COUNTRY'],
    [{ name: '   ', establishmentCountry: 'DK' }, 'name', 'REQUIRED'],
    [{ name: 'x'.repeat(201), establishmentCountry: 'DK' }, 'name', 'TOO_LONG'],
    [{ name: 'X', establishmentCountry: 'DK', privacyContactEmail: 'nope' }, 'privacyContactEmail', 'INVALID_EMAIL'],
    [{ name: 'X', establishmentCountry: 'DK', website: 'javascript:alert(1)' }, 'website', 'INVALID_URL'],
    [{ name: 'X', establishmentCountry: 'DK', notes: 'n'.repeat(5001) }, 'notes', 'TOO_LONG'],
    [{ name: 'X', establishmentCountry: 'DK', address: 'a'.repeat(501) }, 'address', 'TOO_LONG'],
    [{ name: 'X', establishmentCountry: 'DK', fallbackContactEmail: 'nope' }, 'fallbackContactEmail', 'INVALID_EMAIL'],
    [{ name: 'X', establishmentCountry: 'DK', erasureChannel: 'EMAIL', erasureAddress: 'nope' }, 'erasureAddress', 'INVALID_EMAIL'],
    [{ name: 'X', establishmentCountry: 'DK', erasureChannel: 'WEBHOOK', erasureAddress: 'http://x.example/hook' }, 'erasureAddress', 'INVALID_URL'],
    [{ name: 'X', establishmentCountry: 'DK', erasureChannel: 'WEBHOOK', erasureAddress: 'http://127.0.0.1.example.com/hook' }, 'erasureAddress', 'INVALID_URL'],
    [{ name: 'X', establishmentCountry: 'DK', engagementStart: '2026-02-30' }, 'engagementStart', 'INVALID_DATE'],
    [{ name: 'X', establishmentCountry: 'DK', engagementStart: '2026-02-01', engagementEnd: '2026-01-01' }, 'engagementEnd', 'OUT_OF_RANGE'],
    [{ name: 'X', establishmentCountry: 'DK', processingLocations: [{ country: 'IN' }, { country: 'XX' }] }, 'processingLocations.1.country', 'UNKNOWN_COUNTRY'],
  ])('%j → %s %s', (input, field, reason) => {
    expect(checkProcessorFields(input, true)).toContainEqual(expect.objectContaining({ field, reason }));
  });

  it('accepts a complete, valid processor', () => {
    expect(
      checkProcessorFields(
        { name: 'Nordisk Print A/S', establishmentCountry: 'DK', privacyContactEmail: 'dpo@nordiskprint.dk', website: 'https://nordiskprint.dk' },
        true,
      ),
    ).toEqual([]);
  });
});
