import type React from 'react';
import { Link as RouterLink } from 'react-router';
import { useCreatePath, useTranslate } from 'react-admin';
import { Chip, Link, Stack, Typography } from '@mui/material';
import { useFormatIsoDate } from '../../components/IsoDateField';
import { todayIso } from '../../components/dates';
import type { ErasureRequestRecord } from '../../graphql/types';
import { isErasureDeadlinePassed } from './erasure-rules';

const stop = (e: React.MouseEvent) => e.stopPropagation();

/** The Art. 12(3) deadline; red and bold once it has passed while the request is still open. */
export const DeadlineText = ({ request, testId = 'erasure-deadline' }: { request: Pick<ErasureRequestRecord, 'deadlineOn' | 'status'>; testId?: string }) => {
  const translate = useTranslate();
  const formatDate = useFormatIsoDate();
  const passed = isErasureDeadlinePassed(request, todayIso());
  return (
    <Typography
      component="span"
      variant="body2"
      color={passed ? 'error' : undefined}
      sx={passed ? { fontWeight: 600 } : undefined}
      title={passed ? translate('tilsyn.erasure.deadline_passed') : request.deadlineOn}
      data-testid={testId}
      data-overdue={passed ? 'true' : 'false'}
    >
      {formatDate(request.deadlineOn)}
    </Typography>
  );
};

/** Translated enum codes as small outlined chips (grounds, reasons, categories). */
export const EnumChips = ({ group, values, testId }: { group: string; values: readonly string[] | null | undefined; testId?: string }) => {
  const translate = useTranslate();
  const list = values ?? [];
  if (list.length === 0) {
    return (
      <Typography component="span" variant="body2" color="text.secondary">
        —
      </Typography>
    );
  }
  return (
    <Stack direction="row" spacing={0.5} useFlexGap sx={{ flexWrap: 'wrap' }} data-testid={testId}>
      {list.map((code) => (
        <Chip
          key={code}
          size="small"
          variant="outlined"
          label={translate(`tilsyn.enums.${group}.${code}`, { _: code })}
          data-value={code}
          sx={{ height: 'auto', maxWidth: 360, '& .MuiChip-label': { whiteSpace: 'normal', py: 0.25 } }}
        />
      ))}
    </Stack>
  );
};

/** The processor's page, by name. */
export const ProcessorLink = ({ processorId, name }: { processorId: string; name: string }) => {
  const createPath = useCreatePath();
  return (
    <Link component={RouterLink} variant="body2" to={createPath({ resource: 'Processor', id: processorId, type: 'show' })} onClick={stop}>
      {name}
    </Link>
  );
};

/** An instruction to our processor (Art. 28(3)(a), (g)) or an Art. 19 notice to a controller in its own right. */
export const LegalBasisText = ({ legalBasis }: { legalBasis: string }) => {
  const translate = useTranslate();
  return (
    <Typography component="span" variant="body2" data-value={legalBasis}>
      {translate(`tilsyn.enums.erasureLegalBasis.${legalBasis}`, { _: legalBasis })}
    </Typography>
  );
};
