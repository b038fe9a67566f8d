import { useLocaleState, useRecordContext, useTranslate } from 'react-admin';
import { countryName } from '@tilsyn/domain';
import type { TransferRecord } from '../../graphql/types';
import { asLocale } from '../../providers/i18nProvider';

/** "Overførsel: Os → Pinewood (USA)" in the app bar. */
export const transferLabel = (record: Pick<TransferRecord, 'exporterProcessorId' | 'exporterName' | 'importerName' | 'destinationCountry'>, us: string, locale: 'da' | 'en') =>
  `${record.exporterProcessorId ? record.exporterName : us} → ${record.importerName} (${countryName(record.destinationCountry, locale)})`;

export const TransferTitle = () => {
  const record = useRecordContext<TransferRecord>();
  const translate = useTranslate();
  const [locale] = useLocaleState();
  if (!record) return null;
  return <span>{`${translate('resources.Transfer.name', { smart_count: 1 })}: ${transferLabel(record, translate('tilsyn.transfers.us'), asLocale(locale))}`}</span>;
};
