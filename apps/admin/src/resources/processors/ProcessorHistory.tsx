import { useRecordContext } from 'react-admin';
import { HistoryTable } from '../../components/HistoryTable';
import type { HistoryEntryRecord } from '../../graphql/types';

/** The processor's change log (who, when, what, each field before → after), newest first. */
export const ProcessorHistory = (_props: { label?: string }) => {
  const record = useRecordContext<{ history?: HistoryEntryRecord[] }>();
  return <HistoryTable history={record?.history} resource="Processor" testId="processor-history" emptyText="tilsyn.processors.history_empty" />;
};
