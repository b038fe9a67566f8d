import type React from 'react';
import { Link as RouterLink } from 'react-router';
import { useCreatePath, useLocaleState, useTranslate } from 'react-admin';
import { countryName } from '@tilsyn/domain';
import { Box, Link, Stack, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import type { FindingRecord, LinkFindingRecord } from '../graphql/types';
import { asLocale } from '../providers/i18nProvider';
import { EnumChip, SEVERITY_COLOR, SeverityChip } from './StatusChips';

/** Where a finding stands: the names from the assessed processor down to the one it is about. */
export const pathText = (pathNames: readonly string[] | null | undefined) => (pathNames ?? []).join(' › ');

/** The clause titles of a DPA_INCOMPLETE finding, in the reader's language. */
export const GapList = ({ gaps, testId }: { gaps: readonly string[] | null | undefined; testId?: string }) => {
  const translate = useTranslate();
  if (!gaps || gaps.length === 0) return null;
  return (
    <Box component="ul" sx={{ m: 0, pl: 2.5 }} data-testid={testId}>
      {gaps.map((code) => (
        <Typography component="li" variant="body2" key={code} data-code={code}>
          {translate(`tilsyn.clauses.${code}.title`, { _: code })}
        </Typography>
      ))}
    </Box>
  );
};

interface FindingsTableProps {
  findings: readonly FindingRecord[];
  /** Show the path column (findings from below the processor). */
  withPath?: boolean;
  /** Rows are `${testIdPrefix}-<CODE>`. */
  testIdPrefix?: string;
  ariaLabel: string;
}

/**
 * What would put a finding right, in the reader's language: the domain's remedy for transfer
 * codes, else the API's sentence (which follows the request's language), else nothing.
 */
const Remedy = ({ finding }: { finding: FindingRecord }) => {
  const translate = useTranslate();
  const text = translate(`tilsyn.remedies.${finding.code}`, { _: finding.remedy ?? '' });
  if (!text) return null;
  return (
    <Typography variant="body2" color="text.secondary" sx={{ mt: 0.5 }} data-testid="remedy">
      <strong>{translate('tilsyn.compliance.remedy')}:</strong> {text}
    </Typography>
  );
};

/** A transfer finding links to its transfer (or names the country of an unrecorded location). */
const TransferLink = ({ finding }: { finding: FindingRecord }) => {
  const translate = useTranslate();
  const createPath = useCreatePath();
  const [locale] = useLocaleState();
  const country = finding.country ? countryName(finding.country, asLocale(locale)) : '';
  if (finding.transferId) {
    return (
      <Link
        component={RouterLink}
        variant="body2"
        to={createPath({ resource: 'Transfer', id: finding.transferId, type: 'show' })}
        onClick={(e: React.MouseEvent) => e.stopPropagation()}
        data-testid="transfer-link"
        sx={{ display: 'inline-block', mt: 0.5 }}
      >
        {country ? translate('tilsyn.compliance.open_transfer', { country }) : translate('tilsyn.transfers.open_transfer')}
      </Link>
    );
  }
  if (!country) return null;
  return (
    <Typography variant="caption" color="text.secondary" component="div" sx={{ mt: 0.5 }}>
      {translate('tilsyn.fields.country')}: {country}
    </Typography>
  );
};

/** Findings with severity, the finding, its provision, the sentence and remedy in the reader's language and where in the chain. */
export const FindingsTable = ({ findings, withPath = false, testIdPrefix = 'finding', ariaLabel }: FindingsTableProps) => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  if (findings.length === 0) {
    return (
      <Typography variant="body2" color="text.secondary">
        {translate('tilsyn.compliance.no_findings')}
      </Typography>
    );
  }
  return (
    <Box sx={{ overflowX: 'auto', contain: 'inline-size' }}>
      <Table size="small" aria-label={ariaLabel}>
        <TableHead>
          <TableRow>
            <TableCell>{translate('tilsyn.compliance.severity')}</TableCell>
            <TableCell>{translate('tilsyn.compliance.finding')}</TableCell>
            <TableCell>{translate('tilsyn.compliance.article')}</TableCell>
            <TableCell>{translate('tilsyn.compliance.message')}</TableCell>
            {withPath && <TableCell>{translate('tilsyn.compliance.path')}</TableCell>}
          </TableRow>
        </TableHead>
        <TableBody>
          {findings.map((finding, index) => (
            <TableRow
              key={`${finding.code}-${finding.processorId}-${finding.linkId ?? ''}-${finding.agreementId ?? ''}-${finding.transferId ?? ''}-${index}`}
              data-testid={`${testIdPrefix}-${finding.code}`}
              data-severity={finding.severity}
              sx={{ verticalAlign: 'top' }}
            >
              <TableCell>
                <SeverityChip severity={finding.severity} />
              </TableCell>
              <TableCell>
                <Typography variant="body2" sx={{ fontWeight: 500 }}>
                  {translate(`tilsyn.enums.findingCode.${finding.code}`, { _: finding.code })}
                </Typography>
              </TableCell>
              <TableCell sx={{ whiteSpace: 'nowrap' }}>{finding.article}</TableCell>
              <TableCell>
                <Typography variant="body2">{asLocale(locale) === 'en' ? finding.messageEn : finding.messageDa}</Typography>
                {finding.code === 'DPA_INCOMPLETE' && finding.gaps && finding.gaps.length > 0 && (
                  <Box sx={{ mt: 0.5 }}>
                    <Typography variant="caption" color="text.secondary">
                      {translate('tilsyn.compliance.gaps')}
                    </Typography>
                    <GapList gaps={finding.gaps} testId="gap-list" />
                  </Box>
                )}
                <Remedy finding={finding} />
                <TransferLink finding={finding} />
              </TableCell>
              {withPath && <TableCell>{pathText(finding.pathNames)}</TableCell>}
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </Box>
  );
};

/** A sub-processor link's findings (code and severity only): short labels, the domain's sentence as a tooltip. */
export const LinkFindingChips = ({ findings }: { findings: readonly LinkFindingRecord[] | null | undefined }) => {
  const translate = useTranslate();
  if (!findings || findings.length === 0) return null;
  return (
    <Stack direction="row" spacing={0.5} useFlexGap sx={{ flexWrap: 'wrap' }}>
      {findings.map((f) => (
        <Box key={f.code} component="span" data-testid={`link-finding-${f.code}`}>
          <EnumChip
            group="findingCode"
            value={f.code}
            colors={SEVERITY_COLOR[f.severity] ? { [f.code]: SEVERITY_COLOR[f.severity] } : {}}
            variant="outlined"
            wrap
            title={translate(`tilsyn.findings.${f.code}`, { _: f.code })}
          />
        </Box>
      ))}
    </Stack>
  );
};
