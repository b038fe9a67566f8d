import { API_TOKEN_STATUSES, TOKEN_SCOPES } from '@tilsyn/domain';
import { describe, expect, it } from 'vitest';
import { da } from '../../i18n/da';
import { en } from '../../i18n/en';
import { defaultTokenExpiry, tokenExpiryBounds, tokenScopeChoices, validateTokenExpiry } from './token-expiry';

// 23:30 UTC on 7 December is already 8 December in Copenhagen.
const now = new Date('2026-12-07T23:30:00Z');

describe('token expiry in the form', () => {
  it('offers 90 days from today in Copenhagen', () => {
    expect(defaultTokenExpiry(now)).toBe('2027-03-08');
  });

  it('accepts tomorrow to 365 days ahead', () => {
    expect(tokenExpiryBounds(now)).toEqual({ min: '2026-12-09', max: '2027-12-08' });
  });

  it.each<[string, ReturnType<ReturnType<typeof validateTokenExpiry>>]>([
    ['2026-12-08', { message: 'tilsyn.api_tokens.expiry_too_early', args: { date: '2026-12-09' } }],
    ['2026-01-01', { message: 'tilsyn.api_tokens.expiry_too_early', args: { date: '2026-12-09' } }],
    ['2026-12-09', undefined],
    ['2027-12-08', undefined],
    ['2027-12-09', { message: 'tilsyn.api_tokens.expiry_too_late', args: { date: '2027-12-08', days: 365 } }],
    ['', undefined],
  ])('%s: %j', (value, expected) => {
    expect(validateTokenExpiry(() => now)(value)).toEqual(expected);
  });

  it('labels each scope from the domain', () => {
    expect(tokenScopeChoices).toEqual([
      { id: 'ERASURE_FILING', name: 'tilsyn.enums.tokenScope.ERASURE_FILING' },
      { id: 'READ_ONLY', name: 'tilsyn.enums.tokenScope.READ_ONLY' },
    ]);
  });
});

type Tree = { [key: string]: Tree | string | undefined };

function text(tree: Tree, path: string): string | undefined {
  let node: Tree | string | undefined = tree;
  for (const part of path.split('.')) node = typeof node === 'object' ? node[part] : undefined;
  return typeof node === 'string' ? node : undefined;
}

describe('token translations', () => {
  it.each([['da', da as Tree], ['en', en as Tree]] as const)('%s names and explains every scope and status', (_, messages) => {
    for (const scope of TOKEN_SCOPES) {
      expect(text(messages, `tilsyn.enums.tokenScope.${scope}`)).toMatch(/\S/);
      expect(text(messages, `tilsyn.api_tokens.scope_help.${scope}`)).toMatch(/\S/);
    }
    for (const status of API_TOKEN_STATUSES) expect(text(messages, `tilsyn.api_tokens.status_${status.toLowerCase()}`)).toMatch(/\S/);
  });
});
