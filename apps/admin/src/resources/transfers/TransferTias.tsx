import type React from 'react';
import { Link as RouterLink } from 'react-router';
import { useCanAccess, useCreatePath, useRecordContext, useTranslate } from 'react-admin';
import { Box, Button, Chip, Link, Stack, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import AddIcon from '@mui/icons-material/Add';
import { useFormatIsoDate } from '../../components/IsoDateField';
import { TiaStatusChip } from '../../components/StatusChips';
import type { TransferRecord } from '../../graphql/types';

/** The TIA versions covering the transfer, newest first, and "New TIA" prefilled with this transfer. */
export const TransferTias = () => {
  const record = useRecordContext<TransferRecord>();
  const translate = useTranslate();
  const formatDate = useFormatIsoDate();
  const createPath = useCreatePath();
  const { canAccess: canCreate } = useCanAccess({ resource: 'Tia', action: 'create' });
  if (!record) return null;
  const tias = record.tias ?? [];
  const label = (field: string) => translate(`resources.Tia.fields.${field}`);
  const createTo = `${createPath({ resource: 'Tia', type: 'create' })}?transferId=${encodeURIComponent(String(record.id))}`;
  return (
    <Box component="section" aria-labelledby="transfer-tias-title" sx={{ mb: 3 }} data-testid="transfer-tias">
      <Typography variant="h6" component="h2" id="transfer-tias-title" gutterBottom>
        {translate('tilsyn.transfers.tias_title')}
      </Typography>
      {record.assessment?.tiaRequired && (
        <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
          {translate('tilsyn.transfers.tias_required')}
        </Typography>
      )}
      {canCreate && (
        <Stack direction="row" sx={{ mb: 1 }}>
          <Button
            component={RouterLink}
            to={createTo}
            state={{ record: { transferIds: [String(record.id)] } }}
            startIcon={<AddIcon />}
            variant="outlined"
            size="small"
            data-testid="new-tia"
          >
            {translate('tilsyn.transfers.new_tia')}
          </Button>
        </Stack>
      )}
      {tias.length === 0 ? (
        <Typography variant="body2" color="text.secondary">
          {translate('tilsyn.transfers.tias_none')}
        </Typography>
      ) : (
        <Box sx={{ overflowX: 'auto' }}>
          <Table size="small" aria-label={translate('tilsyn.transfers.tias_title')}>
            <TableHead>
              <TableRow>
                <TableCell>{label('title')}</TableCell>
                <TableCell>{label('versionNo')}</TableCell>
                <TableCell>{label('status')}</TableCell>
                <TableCell>{label('approvedOn')}</TableCell>
                <TableCell>{label('reevaluateOn')}</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {tias.map((tia) => (
                <TableRow key={tia.id} data-testid={`transfer-tia-${tia.versionNo}`}>
                  <TableCell>
                    <Link component={RouterLink} to={createPath({ resource: 'Tia', id: tia.id, type: 'show' })} onClick={(e: React.MouseEvent) => e.stopPropagation()}>
                      {tia.title}
                    </Link>
                  </TableCell>
                  <TableCell>{tia.versionNo}</TableCell>
                  <TableCell>
                    <Stack direction="row" spacing={0.5} useFlexGap sx={{ flexWrap: 'wrap' }}>
                      <TiaStatusChip status={tia.status} />
                      {tia.reevaluationRequested && <Chip size="small" color="warning" variant="outlined" label={translate('tilsyn.tias.reevaluation_requested')} />}
                    </Stack>
                  </TableCell>
                  <TableCell>{formatDate(tia.approvedOn) || '—'}</TableCell>
                  <TableCell>{formatDate(tia.reevaluateOn) || '—'}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </Box>
      )}
    </Box>
  );
};
