import { describe, expect, it } from 'vitest';
import { actionLabel, breakReasonLabel, formatChangeValue, parseChanges, parseDetails, resourceForEntityType } from './changes';
import { makeTranslate } from '../../i18n/test-translate';
import { da } from '../../i18n/da';
import { en } from '../../i18n/en';

describe('parseChanges', () => {
  it('reads {field: {before, after}}', () => {
    expect(parseChanges('{"name":{"before":"Acme","after":"Acme A/S"},"website":{"before":null,"after":"https://acme.dk"}}')).toEqual([
      { field: 'name', before: 'Acme', after: 'Acme A/S' },
      { field: 'website', before: null, after: 'https://acme.dk' },
    ]);
  });

  it('reads the API details shape: changes nested, the rest is context', () => {
    const details = parseDetails('{"changes":{"lifecycle":{"before":"ONBOARDING","after":"ACTIVE"}},"version":4}');
    expect(details.changes).toEqual([{ field: 'lifecycle', before: 'ONBOARDING', after: 'ACTIVE' }]);
    expect(details.context).toEqual([{ key: 'version', value: 4 }]);
    expect(parseDetails('{"reason":"locked"}')).toEqual({ changes: [], context: [{ key: 'reason', value: 'locked' }] });
  });

  it('reads details the API withheld from this role (user and token events)', () => {
    expect(parseDetails('{"hidden":"user.read"}')).toEqual({ changes: [], context: [], hidden: 'user.read' });
    // A real context key named "hidden" beside others is context, not a withheld event.
    expect(parseDetails('{"hidden":"x","reason":"y"}').hidden).toBeUndefined();
  });

  it('tolerates null, junk and missing sides', () => {
    expect(parseChanges(null)).toEqual([]);
    expect(parseChanges('')).toEqual([]);
    expect(parseChanges('not json')).toEqual([]);
    expect(parseChanges('[1,2]')).toEqual([]);
    expect(parseChanges('{"name":"Acme"}')).toEqual([]);
    expect(parseChanges('{"name":{"after":"Acme"}}')).toEqual([{ field: 'name', before: null, after: 'Acme' }]);
    expect(parseDetails('{"name":"Acme","role":"ADMIN"}').context).toEqual([
      { key: 'name', value: 'Acme' },
      { key: 'role', value: 'ADMIN' },
    ]);
  });
});

describe('actionLabel and breakReasonLabel', () => {
  it('translate known codes and keep unknown ones', () => {
    expect(actionLabel(makeTranslate(da), 'processor.update')).toBe('Databehandler ændret');
    expect(actionLabel(makeTranslate(en), 'auth.sign_in_failed')).toBe('Sign-in failed');
    expect(actionLabel(makeTranslate(en), 'erasure.sent')).toBe('erasure.sent');
    expect(breakReasonLabel(makeTranslate(en), 'HASH_MISMATCH')).toMatch(/changed after/);
    expect(breakReasonLabel(makeTranslate(en), 'NEW_REASON')).toBe('NEW_REASON');
  });
});

describe('formatChangeValue', () => {
  const tDa = makeTranslate(da);
  const tEn = makeTranslate(en);

  it('translates enums, countries and empties', () => {
    expect(formatChangeValue('lifecycle', 'ACTIVE', tDa, 'da')).toBe('Aktiv');
    expect(formatChangeValue('serviceKind', 'PRINT_AND_MAIL', tEn, 'en')).toBe('Print and mail');
    expect(formatChangeValue('role', 'AUDITOR', tDa, 'da')).toBe('Revisor (kun læse)');
    expect(formatChangeValue('establishmentCountry', 'DE', tDa, 'da')).toBe('Tyskland');
    expect(formatChangeValue('notes', null, tDa, 'da')).toBe('(tom)');
    expect(formatChangeValue('active', false, tEn, 'en')).toBe('No');
    expect(formatChangeValue('version', 3, tEn, 'en')).toBe('3');
    expect(formatChangeValue('lifecycle', 'FUTURE_STATE', tEn, 'en')).toBe('FUTURE_STATE');
  });

  it('translates the register and DPA enums, and lists item by item', () => {
    expect(formatChangeValue('engagementRole', 'PROCESSOR', tDa, 'da')).toBe('Databehandler (art. 28)');
    expect(formatChangeValue('template', 'EU_SCC_2021_915', tEn, 'en')).toBe('EU standard contractual clauses 2021/915');
    expect(formatChangeValue('assessment', 'PARTIAL', tDa, 'da')).toBe('Delvis');
    expect(formatChangeValue('dataCategories', ['CPR', 'HEALTH'], tEn, 'en')).toBe('CPR number (Data Protection Act §11), Health data (Art. 9)');
    expect(formatChangeValue('processingLocations', ['IN REMOTE_ACCESS'], tEn, 'en')).toBe('IN REMOTE_ACCESS');
    expect(formatChangeValue('dataCategories', [], tDa, 'da')).toBe('(tom)');
  });
});

describe('resourceForEntityType', () => {
  const resources = ['Processor', 'User', 'ApiToken'];
  it('matches type names in any casing', () => {
    expect(resourceForEntityType('Processor', resources)).toBe('Processor');
    expect(resourceForEntityType('processor', resources)).toBe('Processor');
    expect(resourceForEntityType('API_TOKEN', resources)).toBe('ApiToken');
    expect(resourceForEntityType('Session', resources)).toBeNull();
    expect(resourceForEntityType(undefined, resources)).toBeNull();
  });
});
