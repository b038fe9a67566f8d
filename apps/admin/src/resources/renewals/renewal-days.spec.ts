import { describe, expect, it } from 'vitest';
import { i18nProvider } from '../../providers/i18nProvider';
import { daysLeftWords, reasonFromSearch } from './renewal-days';

describe('daysLeftWords', () => {
  it('says how many days are left, today, or how far over', async () => {
    const say = (n: number) => {
      const { key, options } = daysLeftWords(n);
      return i18nProvider.translate(key, options);
    };
    await i18nProvider.changeLocale('da');
    expect(say(12)).toBe('om 12 dage');
    expect(say(1)).toBe('om 1 dag');
    expect(say(0)).toBe('i dag');
    expect(say(-3)).toBe('3 dage over');
    await i18nProvider.changeLocale('en');
    expect(say(12)).toBe('in 12 days');
    expect(say(-1)).toBe('1 day overdue');
    await i18nProvider.changeLocale('da');
  });
});

describe('reasonFromSearch', () => {
  it('reads a known reason only', () => {
    expect(reasonFromSearch('?reason=ENDS')).toBe('ENDS');
    expect(reasonFromSearch('?reason=REVIEW_DUE')).toBe('REVIEW_DUE');
    expect(reasonFromSearch('?reason=x')).toBeNull();
    expect(reasonFromSearch('')).toBeNull();
  });
});
