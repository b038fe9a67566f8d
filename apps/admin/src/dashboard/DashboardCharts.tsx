import { useMemo, useState, type ReactNode } from 'react';
import { Link as RouterLink, useNavigate } from 'react-router';
import { useLocaleState, useTranslate } from 'react-admin';
import { Alert, Box, Button, Card, CardContent, Grid, LinearProgress, Link, Stack, Table, TableBody, TableCell, TableHead, TableRow, Typography, useTheme } from '@mui/material';
import { Bar, BarChart, CartesianGrid, Legend, Line, LineChart, Pie, PieChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { PROCESSOR_STATUSES, TRANSFER_STATUSES } from '@tilsyn/domain';
import { useFormatIsoDate } from '../components/IsoDateField';
import { useLoaded } from '../components/useLoaded';
import type { DashboardChartsRecord } from '../graphql/types';
import { asLocale } from '../providers/i18nProvider';
import { useTilsynDataProvider } from '../providers/useTilsynDataProvider';
import {
  SEVERITY_KEYS,
  agreementSlices,
  flatRows,
  processorRows,
  slicesSummary,
  stackedSummary,
  transferRows,
  trendPoints,
  trendSummary,
  type Slice,
  type StackedRow,
  type TrendPoint,
} from './dashboard-charts';
import { findingsTrendPath } from './dashboard-links';

/** Smallest drawing width: below it the chart scrolls sideways in its card instead of squeezing. */
const MIN_CHART_WIDTH = 300;

const TICK = { fontSize: 12 };

/** Legend and tooltip in the vocabulary's order (recharts sorts them by name otherwise). */
const inOrder = (keys: readonly string[]) => (item: { dataKey?: unknown }) => keys.indexOf(String(item.dataKey));

/** A count that opens its list, or a plain zero. */
const CountCell = ({ count, to, testId, title }: { count: number; to: string; testId: string; title: string }) =>
  count > 0 ? (
    <Link component={RouterLink} to={to} data-testid={testId} title={title} underline="hover">
      {count}
    </Link>
  ) : (
    <Typography component="span" variant="body2" color="text.secondary">
      0
    </Typography>
  );

/**
 * One chart in a card: title, a line on what it shows, and a button that swaps the drawing for a
 * table of the same numbers whose every count is a link (keyboard and screen-reader users get the
 * links there; the drawing itself is an image with a summary as its name).
 */
const ChartCard = ({ id, title, help, summary, empty, emptyText, height, table, children }: { id: string; title: string; help: string; summary: string; empty: boolean; emptyText: string; height: number; table: ReactNode; children: ReactNode }) => {
  const translate = useTranslate();
  const [asTable, setAsTable] = useState(false);
  return (
    <Grid size={{ xs: 12, lg: 6 }}>
      <Card variant="outlined" sx={{ height: '100%' }} data-testid={`dashboard-chart-${id}`}>
        <CardContent>
          <Stack direction="row" sx={{ justifyContent: 'space-between', alignItems: 'flex-start', gap: 1 }}>
            <Typography variant="subtitle1" component="h3" sx={{ minWidth: 0 }}>
              {title}
            </Typography>
            {!empty && (
              <Button size="small" onClick={() => setAsTable((v) => !v)} data-testid={`dashboard-chart-${id}-toggle`} sx={{ flexShrink: 0 }}>
                {translate(asTable ? 'tilsyn.dashboard.charts.show_chart' : 'tilsyn.dashboard.charts.show_table')}
              </Button>
            )}
          </Stack>
          <Typography variant="caption" color="text.secondary" component="p" sx={{ mb: 1 }}>
            {help}
          </Typography>
          {empty ? (
            <Typography variant="body2" color="text.secondary">
              {emptyText}
            </Typography>
          ) : asTable ? (
            <Box sx={{ overflowX: 'auto' }}>{table}</Box>
          ) : (
            <Box role="img" aria-label={`${title}. ${summary}`} data-testid={`dashboard-chart-${id}-drawing`} sx={{ overflowX: 'auto', overflowY: 'hidden' }}>
              <Box sx={{ minWidth: MIN_CHART_WIDTH, height }}>{children}</Box>
            </Box>
          )}
        </CardContent>
      </Card>
    </Grid>
  );
};

/** A stacked chart's numbers as a table: a row per bar, a column per segment, and the total. */
function StackedTable<S extends string>({ id, rows, segments, rowHeader, rowLabel, segmentLabel }: { id: string; rows: StackedRow<S>[]; segments: readonly S[]; rowHeader: string; rowLabel: (key: string) => string; segmentLabel: (key: S) => string }) {
  const translate = useTranslate();
  return (
    <Table size="small" data-testid={`dashboard-chart-${id}-table`} sx={{ '& th, & td': { px: 1 } }}>
      <TableHead>
        <TableRow>
          <TableCell component="th" scope="col">
            {rowHeader}
          </TableCell>
          {segments.map((s) => (
            <TableCell key={s} component="th" scope="col" align="right">
              {segmentLabel(s)}
            </TableCell>
          ))}
          <TableCell component="th" scope="col" align="right">
            {translate('tilsyn.dashboard.charts.total')}
          </TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {rows.map((r) => (
          <TableRow key={r.key}>
            <TableCell component="th" scope="row">
              {rowLabel(r.key)}
            </TableCell>
            {segments.map((s) => (
              <TableCell key={s} align="right">
                <CountCell count={r.counts[s]} to={r.paths[s]} testId={`dashboard-chart-${id}-${r.key}-${s}`} title={translate('tilsyn.dashboard.charts.open_list', { what: `${rowLabel(r.key)}, ${segmentLabel(s)}` })} />
              </TableCell>
            ))}
            <TableCell align="right">
              <CountCell count={r.total} to={r.path} testId={`dashboard-chart-${id}-${r.key}-total`} title={translate('tilsyn.dashboard.charts.open_list', { what: rowLabel(r.key) })} />
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}

/**
 * The home page's charts (issue 7): processors by risk level and status, transfers by tool and
 * status, DPAs by status, and the open findings at each of the last twelve month ends. Every bar,
 * slice and point opens the list behind it (dashboard-links.ts).
 */
export const DashboardCharts = () => {
  const translate = useTranslate();
  const navigate = useNavigate();
  const theme = useTheme();
  const [localeName] = useLocaleState();
  const locale = asLocale(localeName);
  const formatDate = useFormatIsoDate();
  const dataProvider = useTilsynDataProvider();
  const loaded = useLoaded<DashboardChartsRecord>(() => dataProvider.getDashboardCharts().then((a) => a.data), []);
  const d = loaded.data;

  const statusColor: Record<string, string> = {
    NOT_A_TRANSFER: theme.palette.grey[400],
    COMPLIANT: theme.palette.success.main,
    AT_RISK: theme.palette.warning.main,
    NON_COMPLIANT: theme.palette.error.main,
  };
  const agreementColor: Record<Slice['key'], string> = {
    DRAFT: theme.palette.info.main,
    COMPLETE: theme.palette.success.main,
    INCOMPLETE: theme.palette.warning.main,
    EXPIRED: theme.palette.error.main,
    TERMINATED: theme.palette.grey[500],
  };
  const severityColor = { BLOCKER: theme.palette.error.main, WARNING: theme.palette.warning.main };

  const label = (group: string) => (key: string) => translate(`tilsyn.enums.${group}.${key}`);
  const riskLabel = label('riskLevel');
  const processorStatusLabel = label('processorStatus');
  const transferStatusLabel = label('transferStatus');
  const mechanismLabel = label('transferMechanism');
  const mechanismShort = (key: string) => translate(`tilsyn.dashboard.charts.mechanism_short.${key}`);
  const agreementStatusLabel = label('agreementStatus');
  const severityLabel = label('severity');

  const charts = useMemo(
    () =>
      d && {
        processors: processorRows(d.processors),
        transfers: transferRows(d.transfers),
        agreements: agreementSlices(d.agreements),
        trend: trendPoints(d.findingsTrend, locale),
      },
    [d, locale],
  );

  return (
    <Box component="section" aria-labelledby="dashboard-charts-heading" data-testid="dashboard-charts" sx={{ mt: 3 }}>
      <Typography variant="h6" component="h2" id="dashboard-charts-heading">
        {translate('tilsyn.dashboard.charts.heading')}
      </Typography>
      {d && (
        <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
          {translate('tilsyn.dashboard.charts.intro', { date: formatDate(d.asOf) })}
        </Typography>
      )}
      {loaded.loading && !d && <LinearProgress sx={{ my: 2 }} />}
      {loaded.error && !d && <Alert severity="error">{loaded.error.message}</Alert>}
      {charts && (
        <Grid container spacing={2}>
          <ChartCard
            id="processors"
            title={translate('tilsyn.dashboard.charts.processors_title')}
            help={translate('tilsyn.dashboard.charts.processors_help')}
            summary={stackedSummary(charts.processors, PROCESSOR_STATUSES, riskLabel, processorStatusLabel)}
            empty={charts.processors.every((r) => r.total === 0)}
            emptyText={translate('tilsyn.dashboard.charts.processors_empty')}
            height={280}
            table={<StackedTable id="processors" rows={charts.processors} segments={PROCESSOR_STATUSES} rowHeader={translate('tilsyn.dashboard.charts.risk_level')} rowLabel={riskLabel} segmentLabel={processorStatusLabel} />}
          >
            <ResponsiveContainer width="100%" height="100%">
              <BarChart data={flatRows(charts.processors)} margin={{ top: 8, right: 8, bottom: 0, left: -16 }} accessibilityLayer={false}>
                <CartesianGrid strokeDasharray="3 3" vertical={false} />
                <XAxis dataKey="key" tickFormatter={riskLabel} tick={TICK} />
                <YAxis allowDecimals={false} tick={TICK} />
                <Tooltip labelFormatter={(key) => riskLabel(String(key))} itemSorter={inOrder(PROCESSOR_STATUSES)} />
                <Legend itemSorter={inOrder(PROCESSOR_STATUSES)} />
                {PROCESSOR_STATUSES.map((status) => (
                  <Bar
                    key={status}
                    dataKey={status}
                    name={processorStatusLabel(status)}
                    stackId="status"
                    fill={statusColor[status]}
                    cursor="pointer"
                    onClick={(_, index) => navigate(charts.processors[index].paths[status])}
                  />
                ))}
              </BarChart>
            </ResponsiveContainer>
          </ChartCard>

          <ChartCard
            id="transfers"
            title={translate('tilsyn.dashboard.charts.transfers_title')}
            help={translate('tilsyn.dashboard.charts.transfers_help')}
            summary={stackedSummary(charts.transfers, TRANSFER_STATUSES, mechanismLabel, transferStatusLabel)}
            empty={charts.transfers.length === 0}
            emptyText={translate('tilsyn.dashboard.charts.transfers_empty')}
            height={Math.max(200, 90 + 40 * charts.transfers.length)}
            table={<StackedTable id="transfers" rows={charts.transfers} segments={TRANSFER_STATUSES} rowHeader={translate('tilsyn.dashboard.charts.tool')} rowLabel={mechanismShort} segmentLabel={transferStatusLabel} />}
          >
            <ResponsiveContainer width="100%" height="100%">
              <BarChart data={flatRows(charts.transfers)} layout="vertical" margin={{ top: 8, right: 16, bottom: 0, left: 0 }} accessibilityLayer={false}>
                <CartesianGrid strokeDasharray="3 3" horizontal={false} />
                <XAxis type="number" allowDecimals={false} tick={TICK} />
                <YAxis type="category" dataKey="key" tickFormatter={mechanismShort} width={130} tick={TICK} />
                <Tooltip labelFormatter={(key) => mechanismLabel(String(key))} itemSorter={inOrder(TRANSFER_STATUSES)} />
                <Legend itemSorter={inOrder(TRANSFER_STATUSES)} />
                {/* A status no transfer has gets no segment (the table lists every status). */}
                {TRANSFER_STATUSES.filter((status) => charts.transfers.some((r) => r.counts[status] > 0)).map((status) => (
                  <Bar
                    key={status}
                    dataKey={status}
                    name={transferStatusLabel(status)}
                    stackId="status"
                    fill={statusColor[status]}
                    cursor="pointer"
                    onClick={(_, index) => navigate(charts.transfers[index].paths[status])}
                  />
                ))}
              </BarChart>
            </ResponsiveContainer>
          </ChartCard>

          <ChartCard
            id="agreements"
            title={translate('tilsyn.dashboard.charts.agreements_title')}
            help={translate('tilsyn.dashboard.charts.agreements_help')}
            summary={slicesSummary(charts.agreements, agreementStatusLabel)}
            empty={charts.agreements.length === 0}
            emptyText={translate('tilsyn.dashboard.charts.agreements_empty')}
            height={280}
            table={
              <Table size="small" data-testid="dashboard-chart-agreements-table" sx={{ maxWidth: 420 }}>
                <TableHead>
                  <TableRow>
                    <TableCell component="th" scope="col">
                      {translate('tilsyn.dashboard.charts.status')}
                    </TableCell>
                    <TableCell component="th" scope="col" align="right">
                      {translate('tilsyn.dashboard.charts.count')}
                    </TableCell>
                  </TableRow>
                </TableHead>
                <TableBody>
                  {charts.agreements.map((s) => (
                    <TableRow key={s.key}>
                      <TableCell component="th" scope="row">
                        {agreementStatusLabel(s.key)}
                      </TableCell>
                      <TableCell align="right">
                        <CountCell count={s.count} to={s.path} testId={`dashboard-chart-agreements-${s.key}`} title={translate('tilsyn.dashboard.charts.open_list', { what: agreementStatusLabel(s.key) })} />
                      </TableCell>
                    </TableRow>
                  ))}
                </TableBody>
              </Table>
            }
          >
            <ResponsiveContainer width="100%" height="100%">
              <PieChart accessibilityLayer={false}>
                <Pie
                  data={charts.agreements.map((s) => ({ ...s, label: agreementStatusLabel(s.key), fill: agreementColor[s.key] }))}
                  dataKey="count"
                  nameKey="label"
                  innerRadius="50%"
                  outerRadius="80%"
                  paddingAngle={1}
                  label={({ value }) => String(value)}
                  cursor="pointer"
                  onClick={(_, index) => navigate(charts.agreements[index].path)}
                  isAnimationActive={false}
                />
                <Tooltip />
                <Legend itemSorter={null} />
              </PieChart>
            </ResponsiveContainer>
          </ChartCard>

          <ChartCard
            id="trend"
            title={translate('tilsyn.dashboard.charts.trend_title')}
            help={translate('tilsyn.dashboard.charts.trend_help')}
            summary={trendSummary(charts.trend, severityLabel)}
            empty={false}
            emptyText=""
            height={280}
            table={<TrendTable points={charts.trend} severityLabel={severityLabel} formatDate={formatDate} />}
          >
            <ResponsiveContainer width="100%" height="100%">
              <LineChart data={charts.trend} margin={{ top: 8, right: 16, bottom: 0, left: -16 }} accessibilityLayer={false}>
                <CartesianGrid strokeDasharray="3 3" vertical={false} />
                <XAxis dataKey="month" interval="preserveStartEnd" minTickGap={8} tick={TICK} />
                <YAxis allowDecimals={false} tick={TICK} />
                <Tooltip labelFormatter={(_, payload) => formatDate((payload?.[0]?.payload as TrendPoint | undefined)?.day)} itemSorter={inOrder(SEVERITY_KEYS)} />
                <Legend itemSorter={inOrder(SEVERITY_KEYS)} />
                {SEVERITY_KEYS.map((severity) => (
                  <Line
                    key={severity}
                    type="monotone"
                    dataKey={severity}
                    name={severityLabel(severity)}
                    stroke={severityColor[severity]}
                    strokeWidth={2}
                    isAnimationActive={false}
                    dot={(props) => (
                      <circle
                        key={`${severity}-${props.index}`}
                        cx={props.cx}
                        cy={props.cy}
                        r={4}
                        fill={severityColor[severity]}
                        stroke={theme.palette.background.paper}
                        strokeWidth={1}
                        cursor="pointer"
                        onClick={() => navigate(findingsTrendPath(severity))}
                      />
                    )}
                    activeDot={{ r: 6, cursor: 'pointer', onClick: () => navigate(findingsTrendPath(severity)) }}
                  />
                ))}
              </LineChart>
            </ResponsiveContainer>
          </ChartCard>
        </Grid>
      )}
    </Box>
  );
};

/** The trend's numbers: one row per month end, each count opening today's processors with findings of that severity. */
const TrendTable = ({ points, severityLabel, formatDate }: { points: TrendPoint[]; severityLabel: (key: string) => string; formatDate: (value: unknown) => string }) => {
  const translate = useTranslate();
  return (
    <Table size="small" data-testid="dashboard-chart-trend-table">
      <TableHead>
        <TableRow>
          <TableCell component="th" scope="col">
            {translate('tilsyn.dashboard.charts.month')}
          </TableCell>
          {SEVERITY_KEYS.map((s) => (
            <TableCell key={s} component="th" scope="col" align="right">
              {severityLabel(s)}
            </TableCell>
          ))}
          <TableCell component="th" scope="col" align="right">
            {translate('tilsyn.dashboard.charts.processors_then')}
          </TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {points.map((p) => (
          <TableRow key={p.day}>
            <TableCell component="th" scope="row">
              {formatDate(p.day)}
            </TableCell>
            {SEVERITY_KEYS.map((s) => (
              <TableCell key={s} align="right">
                <CountCell count={p[s]} to={findingsTrendPath(s)} testId={`dashboard-chart-trend-${p.day}-${s}`} title={translate('tilsyn.dashboard.charts.open_list', { what: translate(`tilsyn.enums.processorStatus.${s === 'BLOCKER' ? 'NON_COMPLIANT' : 'AT_RISK'}`) })} />
              </TableCell>
            ))}
            <TableCell align="right">{p.processors}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
};
