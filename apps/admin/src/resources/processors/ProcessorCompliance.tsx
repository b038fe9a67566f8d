import { useRecordContext, useTranslate } from 'react-admin';
import { Box, Typography } from '@mui/material';
import { FindingsTable } from '../../components/FindingsTable';
import { AsOfBar, useAsOfAssessment } from '../../components/AsOfPicker';
import { ProcessorStatusChip } from '../../components/StatusChips';
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
  const dataProvider = useTilsynDataProvider();
  const { asOf, setAsOf, assessment: compliance, error, loading } = useAsOfAssessment<ComplianceRecord>(
    record?.id,
    isComplete(record?.compliance) ? record.compliance : undefined,
    (id, day) => dataProvider.getProcessorCompliance(id, day).then((answer) => answer.data),
  );

  return (
    <Box sx={{ width: '100%' }} data-testid="processor-compliance">
      <AsOfBar
        asOf={asOf}
        setAsOf={setAsOf}
        shownAsOf={compliance?.asOf}
        chip={<ProcessorStatusChip status={compliance?.status} testId="compliance-status" />}
        labels={{ field: 'tilsyn.compliance.as_of', help: 'tilsyn.compliance.as_of_help', statusAsOf: 'tilsyn.compliance.status_as_of' }}
        testId="compliance-as-of"
        loading={loading}
        error={error}
      />
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
