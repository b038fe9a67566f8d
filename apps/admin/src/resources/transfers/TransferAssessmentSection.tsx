import { useState } from 'react';
import { useRecordContext, useTranslate } from 'react-admin';
import { Alert, Box, LinearProgress, Stack, TextField, Typography } from '@mui/material';
import { isIsoDate } from '@tilsyn/domain';
import { useFormatIsoDate } from '../../components/IsoDateField';
import { TransferFindingList } from '../../components/TransferFindingList';
import { TransferStatusChip } from '../../components/StatusChips';
import { useLoaded } from '../../components/useLoaded';
import type { TransferAssessmentRecord, TransferRecord } from '../../graphql/types';
import { useTilsynDataProvider } from '../../providers/useTilsynDataProvider';

/**
 * The transfer's status and findings with article, sentence and remedy, and the past periods
 * without a valid tool: today from the record, any other day asked again (`assessment(asOf)`).
 */
export const TransferAssessmentSection = () => {
  const record = useRecordContext<TransferRecord>();
  const translate = useTranslate();
  const formatDate = useFormatIsoDate();
  const dataProvider = useTilsynDataProvider();
  const [asOf, setAsOf] = useState('');
  const day = isIsoDate(asOf) ? asOf : '';
  const fromRecord = record?.assessment ?? undefined;
  const { data, error, loading } = useLoaded<TransferAssessmentRecord | undefined>(
    () => (record && (day || !fromRecord) ? dataProvider.getTransferAssessment(record.id, day || null).then((a) => a.data) : Promise.resolve(fromRecord)),
    [record, day],
  );
  const assessment = day ? data : (fromRecord ?? data);
  const periods = assessment?.periodsWithoutValidMechanism ?? [];

  return (
    <Box component="section" aria-labelledby="transfer-assessment-title" data-testid="transfer-assessment" sx={{ mb: 3 }}>
      <Typography variant="h6" component="h2" id="transfer-assessment-title" gutterBottom>
        {translate('tilsyn.transfers.assessment_title')}
      </Typography>
      <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2} sx={{ alignItems: { sm: 'center' }, mb: 2 }}>
        <TextField
          type="date"
          size="small"
          sx={{ width: 240 }}
          label={translate('tilsyn.transfers.as_of')}
          value={asOf}
          onChange={(event) => setAsOf(event.target.value)}
          helperText={translate('tilsyn.transfers.as_of_help')}
          slotProps={{ inputLabel: { shrink: true }, htmlInput: { 'data-testid': 'transfer-as-of' } }}
        />
        {assessment && (
          <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
            <Typography variant="body2" color="text.secondary">
              {translate('tilsyn.transfers.status_as_of', { date: formatDate(assessment.asOf) })}
            </Typography>
            <TransferStatusChip status={assessment.status} testId="transfer-assessment-status" />
          </Stack>
        )}
      </Stack>
      {loading && <LinearProgress sx={{ mb: 2 }} />}
      {error && !loading && (
        <Alert severity="error" sx={{ mb: 2 }}>
          {error.message || translate('tilsyn.compliance.load_failed')}
        </Alert>
      )}
      {assessment && (
        <>
          {assessment.adequacyInstrument && (
            <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
              {translate('tilsyn.transfers.live_adequacy', { instrument: assessment.adequacyInstrument })}
            </Typography>
          )}
          <TransferFindingList findings={assessment.findings} ariaLabel={translate('tilsyn.transfers.findings')} />
          <Typography variant="subtitle1" component="h3" sx={{ mt: 2 }}>
            {translate('tilsyn.transfers.periods_title')}
          </Typography>
          {periods.length === 0 ? (
            <Typography variant="body2" color="text.secondary" data-testid="transfer-periods" data-count={0}>
              {translate('tilsyn.transfers.periods_none')}
            </Typography>
          ) : (
            <Box component="ul" sx={{ m: 0, pl: 2.5 }} data-testid="transfer-periods" data-count={periods.length}>
              {periods.map((p) => (
                <Typography component="li" variant="body2" key={`${p.from}-${p.to ?? ''}`}>
                  {p.to
                    ? translate('tilsyn.transfers.period', { from: formatDate(p.from), to: formatDate(p.to) })
                    : translate('tilsyn.transfers.period_open', { from: formatDate(p.from) })}
                </Typography>
              ))}
            </Box>
          )}
        </>
      )}
    </Box>
  );
};
