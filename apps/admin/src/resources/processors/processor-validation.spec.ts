import { describe, expect, it } from 'vitest';
import { PROCESSOR_LIMITS } from '@tilsyn/domain';
import { emailAddress, erasureAddressForChannel, notBefore, notBlank, webAddress, withinLimit } from './processor-validation';

describe('processor validators', () => {
  it('refuses a blank name but leaves emptiness to required()', () => {
    expect(notBlank('   ')).toBe('ra.validation.required');
    expect(notBlank('')).toBeUndefined();
    expect(notBlank('Acme')).toBeUndefined();
  });

  it('checks e-mail addresses like the API', () => {
    expect(emailAddress('dpo@acme.dk')).toBeUndefined();
    expect(emailAddress('dpo@acme')).toBe('tilsyn.validation.invalid_email');
    expect(emailAddress('')).toBeUndefined();
    expect(emailAddress(null)).toBeUndefined();
  });

  it('accepts only http(s) web addresses', () => {
    expect(webAddress('https://acme.dk')).toBeUndefined();
    expect(webAddress('http://acme.dk/privacy')).toBeUndefined();
    expect(webAddress('javascript:alert(1)')).toBe('tilsyn.validation.invalid_url');
    expect(webAddress('ftp://acme.dk')).toBe('tilsyn.validation.invalid_url');
    expect(webAddress('acme.dk')).toBe('tilsyn.validation.invalid_url');
  });

  it('uses the limits of PROCESSOR_LIMITS', () => {
    const check = withinLimit('name');
    expect(check('x'.repeat(PROCESSOR_LIMITS.name))).toBeUndefined();
    expect(check('x'.repeat(PROCESSOR_LIMITS.name + 1))).toEqual({ message: 'ra.validation.maxLength', args: { max: PROCESSOR_LIMITS.name } });
    expect(withinLimit('notes')('x'.repeat(PROCESSOR_LIMITS.notes + 1))).toBeDefined();
  });
});

describe('cross-field validators', () => {
  it('checks the erasure address against its channel like the API', () => {
    expect(erasureAddressForChannel('slet@acme.dk', { erasureChannel: 'EMAIL' })).toBeUndefined();
    expect(erasureAddressForChannel('https://acme.dk/erase', { erasureChannel: 'EMAIL' })).toBe('tilsyn.validation.invalid_email');
    expect(erasureAddressForChannel('https://acme.dk/erase', { erasureChannel: 'WEBHOOK' })).toBeUndefined();
    expect(erasureAddressForChannel('http://acme.dk/erase', { erasureChannel: 'WEBHOOK' })).toBe('tilsyn.validation.invalid_https');
    expect(erasureAddressForChannel('Ring til Jens', { erasureChannel: 'MANUAL' })).toBeUndefined();
    expect(erasureAddressForChannel('', { erasureChannel: 'WEBHOOK' })).toBeUndefined();
  });

  it('refuses an end before its start', () => {
    const check = notBefore('engagementStart');
    expect(check('2026-01-01', { engagementStart: '2026-02-01' })).toEqual({ message: 'tilsyn.validation.not_before', args: { date: '2026-02-01' } });
    expect(check('2026-02-01', { engagementStart: '2026-02-01' })).toBeUndefined();
    expect(check('2026-03-01', { engagementStart: null })).toBeUndefined();
    expect(check(null, { engagementStart: '2026-02-01' })).toBeUndefined();
  });
});
