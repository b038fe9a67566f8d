import { useLocaleState, useTranslate } from 'react-admin';
import { Box, Stack, Typography } from '@mui/material';
import type { TransferFindingRecord } from '../graphql/types';
import { asLocale } from '../providers/i18nProvider';
import { useFormatIsoDate } from './IsoDateField';
import { SeverityChip } from './StatusChips';

interface TransferFindingListProps {
  findings: readonly TransferFindingRecord[];
  ariaLabel: string;
  /** Shown when there are none. */
  emptyText?: string;
}

/**
 * A transfer's findings, each with its severity, name, article, the sentence and what would put it
 * right, in the reader's language. Each item is `finding-<CODE>` for the e2e tests.
 */
export const TransferFindingList = ({ findings, ariaLabel, emptyText }: TransferFindingListProps) => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const formatDate = useFormatIsoDate();
  const en = asLocale(locale) === 'en';
  if (findings.length === 0) {
    return (
      <Typography variant="body2" color="text.secondary">
        {emptyText ?? translate('tilsyn.transfers.no_findings')}
      </Typography>
    );
  }
  return (
    <Box component="ul" aria-label={ariaLabel} sx={{ listStyle: 'none', m: 0, p: 0 }}>
      {findings.map((f, index) => (
        <Box
          component="li"
          key={`${f.code}-${index}`}
          data-testid={`finding-${f.code}`}
          data-severity={f.severity}
          sx={{ py: 1, borderBottom: 1, borderColor: 'divider', '&:last-of-type': { borderBottom: 0 } }}
        >
          <Stack direction="row" spacing={1} useFlexGap sx={{ alignItems: 'center', flexWrap: 'wrap' }}>
            <SeverityChip severity={f.severity} />
            <Typography variant="body2" component="span" sx={{ fontWeight: 500 }}>
              {translate(`tilsyn.enums.findingCode.${f.code}`, { _: f.code })}
            </Typography>
            <Typography variant="caption" color="text.secondary" component="span">
              {f.article}
            </Typography>
          </Stack>
          <Typography variant="body2" sx={{ mt: 0.5 }}>
            {en ? f.messageEn : f.messageDa}
          </Typography>
          {f.periods && f.periods.length > 0 && (
            <Typography variant="body2" color="text.secondary">
              {f.periods
                .map((p) => (p.to ? translate('tilsyn.transfers.period', { from: formatDate(p.from), to: formatDate(p.to) }) : translate('tilsyn.transfers.period_open', { from: formatDate(p.from) })))
                .join('; ')}
            </Typography>
          )}
          <Typography variant="body2" color="text.secondary" sx={{ mt: 0.25 }} data-testid="remedy">
            <strong>{translate('tilsyn.transfers.remedy')}:</strong> {en ? f.remedyEn : f.remedyDa}
          </Typography>
        </Box>
      ))}
    </Box>
  );
};
