import { useRecordContext, useTranslate } from 'react-admin';
import { Box, Typography } from '@mui/material';
import { useFormatIsoDate } from '../../components/IsoDateField';
import { TransferFindingList } from '../../components/TransferFindingList';
import { TransferStatusChip } from '../../components/StatusChips';
import { AsOfBar, useAsOfAssessment } from '../../components/AsOfPicker';
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
  const { asOf, setAsOf, assessment, error, loading } = useAsOfAssessment<TransferAssessmentRecord>(record?.id, record?.assessment ?? undefined, (id, day) =>
    dataProvider.getTransferAssessment(id, day).then((a) => a.data),
  );
  const periods = assessment?.periodsWithoutValidMechanism ?? [];

  return (
    <Box component="section" aria-labelledby="transfer-assessment-title" data-testid="transfer-assessment" sx={{ mb: 3 }}>
      <Typography variant="h6" component="h2" id="transfer-assessment-title" gutterBottom>
        {translate('tilsyn.transfers.assessment_title')}
      </Typography>
      <AsOfBar
        asOf={asOf}
        setAsOf={setAsOf}
        shownAsOf={assessment?.asOf}
        chip={<TransferStatusChip status={assessment?.status} testId="transfer-assessment-status" />}
        labels={{ field: 'tilsyn.transfers.as_of', help: 'tilsyn.transfers.as_of_help', statusAsOf: 'tilsyn.transfers.status_as_of' }}
        testId="transfer-as-of"
        loading={loading}
        error={error}
      />
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
