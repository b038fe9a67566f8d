import { useMemo, useState } from 'react';
import { useNavigate } from 'react-router';
import { Title, useCreatePath, useLocaleState, useTranslate } from 'react-admin';
import { countryName, isIsoDate } from '@tilsyn/domain';
import { Alert, Box, Card, CardContent, LinearProgress, Link, Stack, TextField, Tooltip, Typography } from '@mui/material';
import { TransferStatusChip } from '../../components/StatusChips';
import { useLoaded } from '../../components/useLoaded';
import type { TransferMapCountryRecord } from '../../graphql/types';
import { asLocale } from '../../providers/i18nProvider';
import { useTilsynDataProvider } from '../../providers/useTilsynDataProvider';
import { fillForStatus, LAND_FILL, LEGEND_STATUSES, undrawnDestinations } from './world-map';
import { loadCountryShapes, MAP_HEIGHT, MAP_WIDTH, type CountryShape } from './world-geometry';

/** The transfer list filtered to one destination. */
export const transfersToPath = (listPath: string, country: string) => `${listPath}?filter=${encodeURIComponent(JSON.stringify({ destinationCountry: country }))}`;

const Legend = () => {
  const translate = useTranslate();
  return (
    <Stack direction="row" spacing={2} useFlexGap component="ul" aria-label={translate('tilsyn.map.legend')} sx={{ flexWrap: 'wrap', listStyle: 'none', p: 0, m: 0 }} data-testid="map-legend">
      {LEGEND_STATUSES.map((status) => (
        <Stack direction="row" spacing={0.75} component="li" key={status} sx={{ alignItems: 'center' }}>
          <Box sx={{ width: 16, height: 16, borderRadius: 0.5, bgcolor: fillForStatus(status), border: 1, borderColor: 'divider' }} aria-hidden />
          <Typography variant="body2">{translate(`tilsyn.enums.transferStatus.${status}`)}</Typography>
        </Stack>
      ))}
      <Stack direction="row" spacing={0.75} component="li" sx={{ alignItems: 'center' }}>
        <Box sx={{ width: 16, height: 16, borderRadius: 0.5, bgcolor: LAND_FILL, border: 1, borderColor: 'divider' }} aria-hidden />
        <Typography variant="body2">{translate('tilsyn.map.legend_none')}</Typography>
      </Stack>
    </Stack>
  );
};

/**
 * Where the data goes: each destination filled by the worst status of its transfers (transferMap),
 * a tooltip with the name and counts, a click opens the transfer list for that country.
 * Destinations too small for the 1:110m shapes are listed below the map.
 */
export const TransferMap = () => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const dataProvider = useTilsynDataProvider();
  const navigate = useNavigate();
  const createPath = useCreatePath();
  const [asOf, setAsOf] = useState('');
  const day = isIsoDate(asOf) ? asOf : '';
  const shapes = useLoaded<CountryShape[]>(loadCountryShapes, []);
  const map = useLoaded<TransferMapCountryRecord[]>(() => dataProvider.getTransferMap(day || null).then((a) => a.data), [day]);
  const destinations = useMemo(() => new Map((map.data ?? []).map((d) => [d.country, d])), [map.data]);
  const drawn = useMemo(() => new Set((shapes.data ?? []).map((s) => s.code).filter((c): c is string => !!c)), [shapes.data]);
  const undrawn = undrawnDestinations(map.data ?? [], drawn);
  const listPath = createPath({ resource: 'Transfer', type: 'list' });
  const name = (code: string) => countryName(code, asLocale(locale));
  const tooltip = (d: TransferMapCountryRecord) =>
    translate('tilsyn.map.tooltip', {
      name: name(d.country),
      transfers: translate('tilsyn.map.transfers_count', { smart_count: d.transferCount }),
      unrecorded: translate('tilsyn.map.unrecorded_count', { smart_count: d.unrecordedCount }),
    });
  const open = (code: string) => navigate(transfersToPath(listPath, code));
  const loading = shapes.loading || map.loading;
  const error = shapes.error ?? map.error;

  return (
    <Box data-testid="transfer-map-page">
      <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2} sx={{ alignItems: { sm: 'center' }, justifyContent: 'space-between', mb: 1 }}>
        <Typography variant="body2" color="text.secondary">
          {translate('tilsyn.map.intro')}
        </Typography>
        <TextField
          type="date"
          size="small"
          label={translate('tilsyn.map.as_of')}
          value={asOf}
          onChange={(event) => setAsOf(event.target.value)}
          helperText={translate('tilsyn.transfers.as_of_help')}
          sx={{ width: 240, flexShrink: 0 }}
          slotProps={{ inputLabel: { shrink: true }, htmlInput: { 'data-testid': 'map-as-of' } }}
        />
      </Stack>
      {loading && <LinearProgress sx={{ mb: 1 }} />}
      {error && !loading && <Alert severity="error">{translate('tilsyn.map.load_failed')}</Alert>}
      {shapes.data && (
        <Box sx={{ width: '100%', maxWidth: 1200, border: 1, borderColor: 'divider', borderRadius: 1, bgcolor: '#f5f9fc' }}>
          <svg viewBox={`0 0 ${MAP_WIDTH} ${MAP_HEIGHT}`} width="100%" role="img" aria-label={translate('tilsyn.map.aria')} data-testid="transfer-map" style={{ display: 'block' }}>
            {shapes.data.map((shape, index) => {
              const d = shape.code ? destinations.get(shape.code) : undefined;
              if (!d) {
                return (
                  <path
                    key={`${shape.code ?? 'x'}-${index}`}
                    d={shape.d}
                    fill={LAND_FILL}
                    stroke="#b0bec5"
                    strokeWidth={0.5}
                    data-testid={shape.code ? `map-country-${shape.code}` : undefined}
                    data-status={shape.code ? 'NONE' : undefined}
                  >
                    <title>{shape.code ? name(shape.code) : shape.name}</title>
                  </path>
                );
              }
              return (
                <Tooltip key={`${shape.code}-${index}`} title={tooltip(d)} followCursor>
                  <path
                    d={shape.d}
                    fill={fillForStatus(d.worstStatus)}
                    stroke="#37474f"
                    strokeWidth={0.6}
                    data-testid={`map-country-${d.country}`}
                    data-status={d.worstStatus}
                    role="link"
                    tabIndex={0}
                    aria-label={tooltip(d)}
                    style={{ cursor: 'pointer' }}
                    onClick={() => open(d.country)}
                    onKeyDown={(event) => {
                      if (event.key === 'Enter' || event.key === ' ') {
                        event.preventDefault();
                        open(d.country);
                      }
                    }}
                  />
                </Tooltip>
              );
            })}
          </svg>
        </Box>
      )}
      <Box sx={{ mt: 1.5 }}>
        <Legend />
      </Box>
      {map.data && map.data.length === 0 && !loading && (
        <Typography variant="body2" color="text.secondary" sx={{ mt: 1 }}>
          {translate('tilsyn.map.empty')}
        </Typography>
      )}
      {shapes.data && undrawn.length > 0 && (
        <Box component="section" aria-labelledby="map-undrawn-title" sx={{ mt: 2 }} data-testid="map-undrawn">
          <Typography variant="subtitle1" component="h2" id="map-undrawn-title">
            {translate('tilsyn.map.not_drawn_title')}
          </Typography>
          <Box component="ul" sx={{ m: 0, pl: 2.5 }}>
            {undrawn.map((d) => (
              <Box component="li" key={d.country} data-testid={`map-country-${d.country}`} data-status={d.worstStatus} sx={{ py: 0.25 }}>
                <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
                  <Link component="button" variant="body2" onClick={() => open(d.country)}>
                    {name(d.country)}
                  </Link>
                  <TransferStatusChip status={d.worstStatus} />
                  <Typography variant="body2" color="text.secondary">
                    {translate('tilsyn.map.transfers_count', { smart_count: d.transferCount })}, {translate('tilsyn.map.unrecorded_count', { smart_count: d.unrecordedCount })}
                  </Typography>
                </Stack>
              </Box>
            ))}
          </Box>
        </Box>
      )}
    </Box>
  );
};

/** The "Kort" page. */
export const TransferMapPage = () => {
  const translate = useTranslate();
  return (
    <Card sx={{ mt: 2 }}>
      <Title title={translate('tilsyn.map.title')} />
      <CardContent>
        <Typography variant="h5" component="h1" gutterBottom>
          {translate('tilsyn.map.title')}
        </Typography>
        <TransferMap />
      </CardContent>
    </Card>
  );
};
