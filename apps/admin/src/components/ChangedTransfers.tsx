import { Link as RouterLink } from 'react-router';
import { useCreatePath, useLocaleState, useTranslate } from 'react-admin';
import { countryName } from '@tilsyn/domain';
import { Box, Link, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import type { TransferStatusChangeRecord } from '../graphql/types';
import { asLocale } from '../providers/i18nProvider';
import { TransferStatusChip } from './StatusChips';

interface ChangedTransfersProps {
  changes: readonly TransferStatusChangeRecord[];
  /** "would change" (a preview) or "changed" (after saving). */
  title: string;
  /** Link each row to the transfer (after saving; a preview dialog would lose the form). */
  linked?: boolean;
  tiasMarked?: number;
  testId?: string;
}

/** Transfers whose status a reference-data change moves: importer, country, before → after. */
export const ChangedTransfers = ({ changes, title, linked = false, tiasMarked, testId = 'changed-transfers' }: ChangedTransfersProps) => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const createPath = useCreatePath();
  return (
    <Box data-testid={testId} data-count={changes.length}>
      <Typography variant="subtitle2" component="h3" gutterBottom>
        {title}
      </Typography>
      {changes.length === 0 ? (
        <Typography variant="body2" color="text.secondary">
          {translate('tilsyn.changes.none')}
        </Typography>
      ) : (
        <Box sx={{ overflowX: 'auto' }}>
          <Table size="small" aria-label={title}>
            <TableHead>
              <TableRow>
                <TableCell>{translate('tilsyn.changes.importer')}</TableCell>
                <TableCell>{translate('tilsyn.changes.country')}</TableCell>
                <TableCell>{translate('tilsyn.changes.before')}</TableCell>
                <TableCell>{translate('tilsyn.changes.after')}</TableCell>
                <TableCell>{translate('tilsyn.changes.findings')}</TableCell>
                <TableCell>{translate('tilsyn.changes.effective_on')}</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {changes.map((c) => (
                <TableRow key={c.transferId} data-testid={`changed-transfer-${c.transferId}`}>
                  <TableCell>
                    {linked ? (
                      <Link component={RouterLink} to={createPath({ resource: 'Transfer', id: c.transferId, type: 'show' })}>
                        {c.importerName}
                      </Link>
                    ) : (
                      c.importerName
                    )}
                  </TableCell>
                  <TableCell title={c.destinationCountry}>{countryName(c.destinationCountry, asLocale(locale))}</TableCell>
                  <TableCell>
                    <TransferStatusChip status={c.before} />
                  </TableCell>
                  <TableCell>
                    <TransferStatusChip status={c.after} />
                  </TableCell>
                  <TableCell>
                    <Typography variant="body2">
                      {c.findingsAfter.map((code) => translate(`tilsyn.enums.findingCode.${code}`, { _: code })).join(', ') || '—'}
                    </Typography>
                  </TableCell>
                  <TableCell data-testid="changed-transfer-effective-on">{c.effectiveOn}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </Box>
      )}
      {tiasMarked !== undefined && tiasMarked > 0 && (
        <Typography variant="body2" sx={{ mt: 1 }} data-testid="tias-marked">
          {translate('tilsyn.changes.tias_marked', { smart_count: tiasMarked })}
        </Typography>
      )}
    </Box>
  );
};
