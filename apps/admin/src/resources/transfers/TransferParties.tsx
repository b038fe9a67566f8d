import type React from 'react';
import { Link as RouterLink } from 'react-router';
import { useCreatePath, useRecordContext, useTranslate } from 'react-admin';
import { Link, Typography } from '@mui/material';
import type { TransferRecord } from '../../graphql/types';

/** The exporter's name ("Os" when we export), linked to the processor when it is one. */
export const ExporterName = ({ record }: { record: Pick<TransferRecord, 'exporterProcessorId' | 'exporterName'> }) => {
  const translate = useTranslate();
  const createPath = useCreatePath();
  if (!record.exporterProcessorId) return <>{translate('tilsyn.transfers.us')}</>;
  return (
    <Link component={RouterLink} to={createPath({ resource: 'Processor', id: record.exporterProcessorId, type: 'show' })} onClick={(e: React.MouseEvent) => e.stopPropagation()}>
      {record.exporterName}
    </Link>
  );
};

export const ImporterName = ({ record }: { record: Pick<TransferRecord, 'importerProcessorId' | 'importerName'> }) => {
  const createPath = useCreatePath();
  return (
    <Link component={RouterLink} to={createPath({ resource: 'Processor', id: record.importerProcessorId, type: 'show' })} onClick={(e: React.MouseEvent) => e.stopPropagation()}>
      {record.importerName}
    </Link>
  );
};

/** "Os → Pinewood Cloud" for the list. */
export const PartiesField = (_props: { label?: string; source?: string }) => {
  const record = useRecordContext<TransferRecord>();
  if (!record) return null;
  return (
    <Typography component="span" variant="body2">
      <ExporterName record={record} /> → <ImporterName record={record} />
    </Typography>
  );
};
