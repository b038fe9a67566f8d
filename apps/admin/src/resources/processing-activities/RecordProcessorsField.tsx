import type React from 'react';
import { Link as RouterLink } from 'react-router';
import { useCreatePath, useRecordContext, useTranslate } from 'react-admin';
import { Chip, Stack, Typography } from '@mui/material';
import type { RecordProcessorRecord } from '../../graphql/types';

/**
 * The processors a record names (Art. 30(1)(d), 30(2)(c)), each a chip that opens the processor.
 * Read from the record's `processors` field (one query per page, in register order by name).
 */
export const RecordProcessorsField = ({ emptyText }: { label?: string; source?: string; emptyText?: string; sortable?: boolean }) => {
  const record = useRecordContext<{ processors?: RecordProcessorRecord[] }>();
  const createPath = useCreatePath();
  const translate = useTranslate();
  const processors = record?.processors ?? [];
  if (processors.length === 0) {
    return (
      <Typography component="span" variant="body2" color="text.secondary">
        {emptyText ? translate(emptyText) : '—'}
      </Typography>
    );
  }
  return (
    <Stack direction="row" spacing={0.5} useFlexGap sx={{ flexWrap: 'wrap' }} data-testid="record-processors">
      {processors.map((p) => (
        <Chip
          key={p.id}
          size="small"
          variant="outlined"
          label={p.name}
          component={RouterLink}
          to={createPath({ resource: 'Processor', id: p.id, type: 'show' })}
          clickable
          onClick={(e: React.MouseEvent) => e.stopPropagation()}
        />
      ))}
    </Stack>
  );
};
