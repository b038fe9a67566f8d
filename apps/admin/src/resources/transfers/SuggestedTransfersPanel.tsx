import { useNavigate } from 'react-router';
import { useCanAccess, useCreatePath, useLocaleState, useTranslate } from 'react-admin';
import { countryName } from '@tilsyn/domain';
import { Alert, Box, Button, Card, CardContent, LinearProgress, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import AddIcon from '@mui/icons-material/Add';
import { EnumChip, SEVERITY_COLOR } from '../../components/StatusChips';
import { useLoaded } from '../../components/useLoaded';
import type { SuggestedTransferRecord } from '../../graphql/types';
import { asLocale } from '../../providers/i18nProvider';
import { useTilsynDataProvider } from '../../providers/useTilsynDataProvider';

/** The record a suggestion's "Record" button opens the create form with. */
export const suggestionRecord = (s: SuggestedTransferRecord) => ({
  importerProcessorId: s.importerProcessorId,
  exporterProcessorId: s.exporterProcessorId ?? null,
  destinationCountry: s.destinationCountry,
  accessKind: s.accessKind,
});

interface SuggestedTransfersPanelProps {
  /** Only the suggestions for this country (the country page). */
  country?: string;
  /** Title level and framing: a card on the list, a plain section on the country page. */
  embedded?: boolean;
}

/**
 * "Overførsler uden registrering": third-country locations on processors with no transfer
 * recorded, each a transfer without a tool until it is recorded, with a button that opens the
 * transfer form prefilled (importer, exporter, country, access kind).
 */
export const SuggestedTransfersPanel = ({ country, embedded = false }: SuggestedTransfersPanelProps) => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const dataProvider = useTilsynDataProvider();
  const navigate = useNavigate();
  const createPath = useCreatePath();
  const { canAccess: canCreate } = useCanAccess({ resource: 'Transfer', action: 'create' });
  const { data, error, loading } = useLoaded(() => dataProvider.getSuggestedTransfers().then((a) => a.data), []);
  const suggestions = (data ?? []).filter((s) => !country || s.destinationCountry === country);
  const name = (code: string) => countryName(code, asLocale(locale));
  const title = translate(embedded ? 'tilsyn.countries.unrecorded_title' : 'tilsyn.transfers.suggested_title');

  const body = (
    <>
      {loading && <LinearProgress sx={{ mb: 1 }} />}
      {error && !loading && <Alert severity="error">{translate('tilsyn.transfers.suggested_failed')}</Alert>}
      {!loading && !error && suggestions.length === 0 && (
        <Typography variant="body2" color="text.secondary">
          {translate(embedded ? 'tilsyn.countries.unrecorded_none' : 'tilsyn.transfers.suggested_none')}
        </Typography>
      )}
      {suggestions.length > 0 && (
        <Box sx={{ overflowX: 'auto' }}>
          <Table size="small" aria-label={title}>
            <TableHead>
              <TableRow>
                <TableCell>{translate('resources.Transfer.fields.exporter')}</TableCell>
                <TableCell>{translate('resources.Transfer.fields.importerProcessorId')}</TableCell>
                {!country && <TableCell>{translate('resources.Transfer.fields.destinationCountry')}</TableCell>}
                <TableCell>{translate('resources.Transfer.fields.accessKind')}</TableCell>
                <TableCell>{translate('tilsyn.fields.description')}</TableCell>
                <TableCell>{translate('resources.Transfer.fields.findingCode')}</TableCell>
                {canCreate && <TableCell />}
              </TableRow>
            </TableHead>
            <TableBody>
              {suggestions.map((s) => (
                <TableRow
                  key={`${s.exporterProcessorId ?? 'us'}-${s.importerProcessorId}-${s.destinationCountry}-${s.accessKind}`}
                  data-testid={`suggested-transfer-${s.importerProcessorId}-${s.destinationCountry}`}
                >
                  <TableCell>{s.exporterProcessorId ? s.exporterName : translate('tilsyn.transfers.us')}</TableCell>
                  <TableCell>{s.importerName}</TableCell>
                  {!country && <TableCell title={s.destinationCountry}>{name(s.destinationCountry)}</TableCell>}
                  <TableCell>{translate(`tilsyn.enums.accessKind.${s.accessKind}`, { _: s.accessKind })}</TableCell>
                  <TableCell>{s.description ?? ''}</TableCell>
                  <TableCell>
                    <Box component="span" data-testid={`finding-${s.findingCode}`}>
                      <EnumChip group="findingCode" value={s.findingCode} colors={{ [s.findingCode]: SEVERITY_COLOR.BLOCKER }} variant="outlined" wrap />
                    </Box>
                  </TableCell>
                  {canCreate && (
                    <TableCell>
                      <Button
                        size="small"
                        variant="contained"
                        startIcon={<AddIcon />}
                        data-testid="suggested-register"
                        aria-label={translate('tilsyn.transfers.register_label', {
                          exporter: s.exporterProcessorId ? s.exporterName : translate('tilsyn.transfers.us'),
                          importer: s.importerName,
                          country: name(s.destinationCountry),
                        })}
                        onClick={() => navigate(createPath({ resource: 'Transfer', type: 'create' }), { state: { record: suggestionRecord(s) } })}
                      >
                        {translate('tilsyn.transfers.register')}
                      </Button>
                    </TableCell>
                  )}
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </Box>
      )}
    </>
  );

  if (embedded) {
    return (
      <Box component="section" aria-labelledby="suggested-transfers-title" data-testid="suggested-transfers" data-count={suggestions.length} sx={{ mb: 3 }}>
        <Typography variant="h6" component="h2" id="suggested-transfers-title" gutterBottom>
          {title}
        </Typography>
        {body}
      </Box>
    );
  }
  return (
    <Card
      variant="outlined"
      component="section"
      aria-labelledby="suggested-transfers-title"
      data-testid="suggested-transfers"
      data-count={suggestions.length}
      sx={{ mt: 2, borderColor: suggestions.length > 0 ? 'warning.main' : undefined }}
    >
      <CardContent>
        <Typography variant="h6" component="h2" id="suggested-transfers-title">
          {title}
          {suggestions.length > 0 && (
            <Typography component="span" variant="body2" color="text.secondary" sx={{ ml: 1 }}>
              ({translate('tilsyn.transfers.suggested_count', { smart_count: suggestions.length })})
            </Typography>
          )}
        </Typography>
        {suggestions.length > 0 && (
          <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
            {translate('tilsyn.transfers.suggested_intro')}
          </Typography>
        )}
        {body}
      </CardContent>
    </Card>
  );
};
