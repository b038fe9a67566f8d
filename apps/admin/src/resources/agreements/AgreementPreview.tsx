import { useTranslate } from 'react-admin';
import { Alert, Chip, Stack, Typography } from '@mui/material';
import { isIsoDate } from '@tilsyn/domain';
import { useFormatIsoDate } from '../../components/IsoDateField';
import { AgreementStatusChip } from '../../components/StatusChips';
import { todayIso } from '../../components/dates';
import { previewAgreement, type AgreementValues } from './agreement-facts';

interface AgreementPreviewProps {
  values: AgreementValues;
  /** The signature date to try (a draft's preview); left out: as stored. */
  signedOn?: string | null;
  /** Heading; default "Once signed today". */
  title?: string;
}

/**
 * Live preview while editing dates or choosing the signature date: status, gaps, in force and the
 * next review, from the same domain rule the API applies, today in Copenhagen.
 */
export const AgreementPreview = ({ values, signedOn, title }: AgreementPreviewProps) => {
  const translate = useTranslate();
  const formatDate = useFormatIsoDate();
  const today = todayIso();
  const sign = signedOn !== undefined ? signedOn : today;
  if (sign !== null && !isIsoDate(sign)) return null;
  const result = previewAgreement(values, today, sign);
  return (
    <Alert severity={result.status === 'COMPLETE' ? 'success' : 'info'} icon={false} sx={{ mt: 1 }} role="status" data-testid="agreement-preview">
      <Typography variant="subtitle2" component="p" sx={{ mb: 0.5 }}>
        {title ?? translate('tilsyn.agreements.preview_unsigned')}
      </Typography>
      <Stack direction="row" spacing={1} useFlexGap sx={{ alignItems: 'center', flexWrap: 'wrap' }}>
        <AgreementStatusChip status={result.status} testId="agreement-preview-status" />
        <Chip
          size="small"
          variant="outlined"
          label={translate(result.inForce ? 'tilsyn.agreements.in_force_yes' : 'tilsyn.agreements.in_force_no')}
        />
        <Typography variant="body2">{translate('tilsyn.agreements.preview_gaps', { smart_count: result.gaps.length })}</Typography>
        {result.reviewDueOn && (
          <Typography variant="body2">{translate('tilsyn.agreements.preview_review_due', { date: formatDate(result.reviewDueOn) })}</Typography>
        )}
      </Stack>
    </Alert>
  );
};
