import type { Translate } from '../../providers/api-errors';

export interface RetentionRuleFacts {
  label: string;
  period: number;
  unit: string;
  trigger: string;
}

/**
 * A retention rule as the record says it (Art. 30(1)(f)): "Sagsdata: 5 år efter sagens
 * afslutning", "Call recordings: 1 month after recording". The unit is singular for one.
 */
export function retentionRuleText(rule: RetentionRuleFacts, translate: Translate): string {
  const unit =
    rule.period === 1
      ? translate(`tilsyn.records.unit_one.${rule.unit}`, { _: rule.unit })
      : translate(`tilsyn.enums.retentionUnit.${rule.unit}`, { _: rule.unit });
  return translate('tilsyn.records.retention_text', {
    label: rule.label,
    period: rule.period,
    unit,
    trigger: translate(`tilsyn.enums.retentionTrigger.${rule.trigger}`, { _: rule.trigger }),
  });
}
