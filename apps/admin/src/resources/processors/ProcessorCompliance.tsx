import { useState } from 'react';
import { useRecordContext, useTranslate } from 'react-admin';
import { Alert, Box, LinearProgress, Stack, TextField, Typography } from '@mui/material';
import { isIsoDate } from '@tilsyn/domain';
import { FindingsTable } from '../../components/FindingsTable';
import { useFormatIsoDate } from '../../components/IsoDateField';
import { ProcessorStatusChip } from '../../components/StatusChips';
import { useLoaded } from '../../components/useLoaded';
import type { ComplianceRecord, ProcessorRecord } from '../../graphql/types';
import { useTilsynDataProvider } from '../../providers/useTilsynDataProvider';

const isComplete = (c: Partial<ComplianceRecord> | null | undefined): c is ComplianceRecord =>
  !!c && typeof c.status === 'string' && Array.isArray(c.own) && Array.isArray(c.below);

/**
 * The processor's status and findings, its own and those from every hop below it, on a date:
 * today from the record, any other day asked again (`compliance(asOf)`).
 */
export const ProcessorCompliance = () => {
  const record = useRecordContext<ProcessorRecord>();
  const translate = useTranslate();
  const formatDate = useFormatIsoDate();
  const dataProvider = useTilsynDataProvider();
  const [asOf, setAsOf] = useState('');
  const day = isIsoDate(asOf) ? asOf : '';
  const fromRecord = isComplete(record?.compliance) ? record.compliance : undefined;

  const { data, error, loading } = useLoaded<ComplianceRecord | undefined>(
    () => (record && (day || !fromRecord) ? dataProvider.getProcessorCompliance(record.id, day || null).then((answer) => answer.data) : Promise.resolve(fromRecord)),
    [record, day],
  );
  const compliance = day ? data : (fromRecord ?? data);

  return (
    <Box sx={{ width: '100%' }} data-testid="processor-compliance">
      <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2} sx={{ alignItems: { sm: 'center' }, mb: 2 }}>
        <TextField
          type="date"
          size="small"
          sx={{ width: 240 }}
          label={translate('tilsyn.compliance.as_of')}
          value={asOf}
          onChange={(event) => setAsOf(event.target.value)}
          helperText={translate('tilsyn.compliance.as_of_help')}
          slotProps={{ inputLabel: { shrink: true }, htmlInput: { 'data-testid': 'compliance-as-of' } }}
        />
        {compliance && (
          <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
            <Typography variant="body2" color="text.secondary">
              {translate('tilsyn.compliance.status_as_of', { date: formatDate(compliance.asOf) })}
            </Typography>
            <ProcessorStatusChip status={compliance.status} testId="compliance-status" />
          </Stack>
        )}
      </Stack>
      {loading && <LinearProgress sx={{ mb: 2 }} />}
      {error && !loading && (
        <Alert severity="error" sx={{ mb: 2 }}>
          {error.message || translate('tilsyn.compliance.load_failed')}
        </Alert>
      )}
      {compliance && (
        <>
          <Typography variant="h6" component="h2" gutterBottom>
            {translate('tilsyn.compliance.own_findings')}
          </Typography>
          <Box sx={{ mb: 3 }} data-testid="own-findings">
            <FindingsTable findings={compliance.own} ariaLabel={translate('tilsyn.compliance.own_findings')} />
          </Box>
          <Typography variant="h6" component="h2" gutterBottom>
            {translate('tilsyn.compliance.below_findings')}
          </Typography>
          <Box data-testid="below-findings">
            <FindingsTable findings={compliance.below} withPath ariaLabel={translate('tilsyn.compliance.below_findings')} />
          </Box>
        </>
      )}
    </Box>
  );
};
