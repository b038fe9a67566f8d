import { useTranslate } from 'react-admin';
import { Alert, Box, LinearProgress, Paper, Stack, Typography } from '@mui/material';
import { TransferFindingList } from '../../components/TransferFindingList';
import { TransferStatusChip } from '../../components/StatusChips';
import { useLiveAssessment } from './useLiveAssessment';

/** The live assessment beside the form: status (`transfer-live-status`, `data-status`) and findings with remedies. */
export const TransferLivePanel = () => {
  const translate = useTranslate();
  const { ready, loading, assessment, error } = useLiveAssessment();
  return (
    <Paper
      variant="outlined"
      component="section"
      aria-labelledby="transfer-live-title"
      aria-live="polite"
      aria-busy={loading}
      sx={{ p: 2, position: { md: 'sticky' }, top: { md: 80 } }}
      data-testid="transfer-live-panel"
    >
      <Typography variant="subtitle1" component="h2" id="transfer-live-title" gutterBottom>
        {translate('tilsyn.transfers.live_title')}
      </Typography>
      {!ready && (
        <Typography variant="body2" color="text.secondary">
          {translate('tilsyn.transfers.live_waiting')}
        </Typography>
      )}
      {ready && loading && <LinearProgress sx={{ mb: 1 }} aria-label={translate('tilsyn.transfers.live_checking')} />}
      {ready && error && !loading && (
        <Alert severity="error" sx={{ mb: 1 }}>
          {translate('tilsyn.transfers.live_failed', { message: error })}
        </Alert>
      )}
      {ready && assessment && (
        <Box sx={{ opacity: loading ? 0.6 : 1 }}>
          <Stack direction="row" spacing={1} sx={{ alignItems: 'center', mb: 1 }}>
            <Box data-testid="transfer-live-status" data-status={assessment.status} data-loading={loading ? 'true' : 'false'}>
              <TransferStatusChip status={assessment.status} size="medium" />
            </Box>
          </Stack>
          {assessment.adequacyInstrument && (
            <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
              {translate('tilsyn.transfers.live_adequacy', { instrument: assessment.adequacyInstrument })}
            </Typography>
          )}
          {assessment.tiaRequired && (
            <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
              {translate('tilsyn.transfers.live_tia_required')}
            </Typography>
          )}
          <TransferFindingList findings={assessment.findings} ariaLabel={translate('tilsyn.transfers.findings')} />
        </Box>
      )}
    </Paper>
  );
};
