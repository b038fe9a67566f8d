import type { Locale } from '@tilsyn/domain';
import type { Words } from '../reminders/reminder-words';

/** The factor itself ("Kategori af personoplysninger", "Antal registrerede"…). */
export const riskFactorLabelKey = (factor: string) => `tilsyn.enums.riskFactor.${factor}`;

const count = (value: string) => {
  const n = Number(value);
  return Number.isFinite(n) ? n : 0;
};

/**
 * What gave a risk factor its points, in words: a data category or service kind by its label, a
 * transfer status by its label, a count band ">=10000" as "10.000 eller flere", a number of
 * third-country transfers or chain levels with its plural. `locale` formats the band's number.
 */
export function riskFactorValueWords(factor: string, value: string, locale: Locale): Words {
  switch (factor) {
    case 'DATA_CATEGORY':
      return { key: `tilsyn.enums.dataCategory.${value}`, options: { _: value } };
    case 'SERVICE_KIND':
      return { key: `tilsyn.enums.serviceKind.${value}`, options: { _: value } };
    case 'TRANSFER_STATUS':
      return { key: `tilsyn.enums.transferStatus.${value}`, options: { _: value } };
    case 'DATA_SUBJECTS': {
      const band = /^>=(\d+)$/.exec(value);
      if (!band) return { key: 'tilsyn.risk.values.raw', options: { value } };
      const formatted = new Intl.NumberFormat(locale === 'en' ? 'en-GB' : 'da-DK').format(Number(band[1]));
      return { key: 'tilsyn.risk.values.data_subjects', options: { count: formatted } };
    }
    case 'THIRD_COUNTRY':
      return { key: 'tilsyn.risk.values.third_country', options: { smart_count: count(value) } };
    case 'CHAIN_DEPTH':
      return { key: 'tilsyn.risk.values.chain_depth', options: { smart_count: count(value) } };
    default:
      return { key: 'tilsyn.risk.values.raw', options: { value } };
  }
}
