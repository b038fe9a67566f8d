import { describe, expect, it } from 'vitest';
import { i18nProvider } from '../../providers/i18nProvider';
import { riskFactorLabelKey, riskFactorValueWords } from './risk-factors';

const FACTORS = ['DATA_CATEGORY', 'DATA_SUBJECTS', 'THIRD_COUNTRY', 'TRANSFER_STATUS', 'CHAIN_DEPTH', 'SERVICE_KIND'];

describe('riskFactorValueWords', () => {
  const say = (factor: string, value: string, locale: 'da' | 'en') => {
    const { key, options } = riskFactorValueWords(factor, value, locale);
    return i18nProvider.translate(key, options);
  };

  it('names each factor and what gave the points, in Danish', async () => {
    await i18nProvider.changeLocale('da');
    for (const factor of FACTORS) expect(i18nProvider.translate(riskFactorLabelKey(factor))).not.toMatch(/^tilsyn\./);
    expect(say('DATA_CATEGORY', 'HEALTH', 'da')).toBe('Helbredsoplysninger (art. 9)');
    expect(say('DATA_SUBJECTS', '>=100000', 'da')).toBe('100.000 eller flere');
    expect(say('THIRD_COUNTRY', '2', 'da')).toBe('2 overførsler til tredjelande');
    expect(say('TRANSFER_STATUS', 'NON_COMPLIANT', 'da')).toBe('Overholder ikke');
    expect(say('CHAIN_DEPTH', '1', 'da')).toBe('1 niveau af underdatabehandlere');
    expect(say('SERVICE_KIND', 'SAAS', 'da')).toBe('Software som tjeneste (SaaS)');
  });

  it('and in English', async () => {
    await i18nProvider.changeLocale('en');
    expect(say('DATA_SUBJECTS', '>=10000', 'en')).toBe('10,000 or more');
    expect(say('THIRD_COUNTRY', '1', 'en')).toBe('1 third-country transfer');
    expect(say('CHAIN_DEPTH', '3', 'en')).toBe('3 levels of sub-processors');
    await i18nProvider.changeLocale('da');
  });

  it('shows an unknown factor or band as it is', () => {
    expect(riskFactorValueWords('NEW_FACTOR', 'x', 'da')).toEqual({ key: 'tilsyn.risk.values.raw', options: { value: 'x' } });
    expect(riskFactorValueWords('DATA_SUBJECTS', 'many', 'da')).toEqual({ key: 'tilsyn.risk.values.raw', options: { value: 'many' } });
  });
});
