import { describe, expect, it } from 'vitest';
import { RETENTION_TRIGGERS, RETENTION_UNITS } from '@tilsyn/domain';
import { da } from '../../i18n/da';
import { en } from '../../i18n/en';
import { makeTranslate } from '../../i18n/test-translate';
import { retentionRuleText } from './retention-rule-text';

const tDa = makeTranslate(da);
const tEn = makeTranslate(en);

describe('retentionRuleText', () => {
  it('says the rule as the record does, in Danish and English', () => {
    expect(retentionRuleText({ label: 'Sagsdata', period: 5, unit: 'YEARS', trigger: 'CASE_CLOSED' }, tDa)).toBe('Sagsdata: 5 år efter sagens afslutning');
    expect(retentionRuleText({ label: 'Case data', period: 5, unit: 'YEARS', trigger: 'CASE_CLOSED' }, tEn)).toBe('Case data: 5 years after the case is closed');
  });

  it('uses the singular for one unit', () => {
    expect(retentionRuleText({ label: 'Optagelser', period: 1, unit: 'MONTHS', trigger: 'RECORDED' }, tDa)).toBe('Optagelser: 1 måned efter optagelsen');
    expect(retentionRuleText({ label: 'Recordings', period: 1, unit: 'MONTHS', trigger: 'RECORDED' }, tEn)).toBe('Recordings: 1 month after recording');
    expect(retentionRuleText({ label: 'Log', period: 30, unit: 'DAYS', trigger: 'LAST_VISIT' }, tDa)).toBe('Log: 30 dage efter seneste besøg');
  });

  it('has words for every unit and trigger in both languages', () => {
    for (const t of [tDa, tEn]) {
      for (const unit of RETENTION_UNITS) {
        for (const trigger of RETENTION_TRIGGERS) {
          for (const period of [1, 2]) expect(retentionRuleText({ label: 'X', period, unit, trigger }, t)).not.toMatch(/tilsyn\.|[A-Z]{3,}/);
        }
      }
    }
  });
});
