import { lazy, Suspense, type ReactNode } from 'react';
import { Link as RouterLink } from 'react-router';
import { Title, useTranslate } from 'react-admin';
import { Alert, Box, Card, CardContent, Grid, LinearProgress, Link, Stack, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { PROCESSOR_STATUSES, RISK_LEVELS } from '@tilsyn/domain';
import { PROCESSOR_STATUS_COLOR, RISK_LEVEL_COLOR } from '../components/StatusChips';
import { useFormatIsoDate } from '../components/IsoDateField';
import { useLoaded } from '../components/useLoaded';
import type { DashboardRecord } from '../graphql/types';
import { RENEWALS_PATH } from '../layout/paths';
import { useTilsynDataProvider } from '../providers/useTilsynDataProvider';
import {
  completedReviewsPath,
  erasureRequestsToDecidePath,
  escalatedErasureNoticesPath,
  failedErasureNoticesPath,
  failedRemindersPath,
  processorsByRiskPath,
  processorsByStatusPath,
  reviewsDuePath,
} from './dashboard-links';

/** The charts (and recharts with them) load in their own chunk, after the counts. */
const DashboardCharts = lazy(() => import('./DashboardCharts').then((m) => ({ default: m.DashboardCharts })));

type Tone = 'default' | 'warning' | 'error' | 'success';

/** A count that is a link to the list behind it; the number is the link's text (tests read it), the sentence its accessible name. */
const CountLink = ({ to, count, testId, sentence, tone = 'default', size = 'large' }: { to: string; count: number; testId: string; sentence: string; tone?: Tone; size?: 'large' | 'small' }) => (
  <Link
    component={RouterLink}
    to={to}
    data-testid={testId}
    data-count={count}
    aria-label={sentence}
    title={sentence}
    underline="hover"
    sx={{
      fontSize: size === 'large' ? '2.25rem' : '1rem',
      fontWeight: size === 'large' ? 500 : 600,
      lineHeight: 1.2,
      color: count > 0 && tone !== 'default' ? `${tone}.main` : 'text.primary',
    }}
  >
    {count}
  </Link>
);

const Tile = ({ label, labelOptions, children, help }: { label: string; labelOptions?: Record<string, unknown>; children: ReactNode; help?: string }) => {
  const translate = useTranslate();
  return (
    <Grid size={{ xs: 12, sm: 6, md: 4, lg: 2.4 }}>
      <Card variant="outlined" sx={{ height: '100%' }}>
        <CardContent>
          <Typography variant="body2" color="text.secondary" component="h2" gutterBottom>
            {translate(label, labelOptions)}
          </Typography>
          {children}
          {help && (
            <Typography variant="caption" color="text.secondary" component="p" sx={{ mt: 0.5 }}>
              {translate(help)}
            </Typography>
          )}
        </CardContent>
      </Card>
    </Grid>
  );
};

/** Who has reviews due soon or overdue: each count opens that person's list. */
const ByAssignee = ({ dashboard }: { dashboard: DashboardRecord }) => {
  const translate = useTranslate();
  if (dashboard.byAssignee.length === 0) {
    return (
      <Typography variant="body2" color="text.secondary">
        {translate('tilsyn.dashboard.nobody_due')}
      </Typography>
    );
  }
  return (
    <Table size="small" aria-label={translate('tilsyn.dashboard.by_assignee')} data-testid="dashboard-by-assignee" sx={{ maxWidth: 640 }}>
      <TableHead>
        <TableRow>
          <TableCell>{translate('resources.Review.fields.assigneeId')}</TableCell>
          <TableCell align="right">{translate('tilsyn.enums.dueState.DUE_SOON')}</TableCell>
          <TableCell align="right">{translate('tilsyn.enums.dueState.OVERDUE')}</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {dashboard.byAssignee.map((row) => {
          const name = row.assigneeId ? row.name : translate('tilsyn.dashboard.unassigned');
          const cell = (state: 'DUE_SOON' | 'OVERDUE', count: number) =>
            count > 0 ? (
              <CountLink
                to={reviewsDuePath(state, row.assigneeId ?? null)}
                count={count}
                size="small"
                tone={state === 'OVERDUE' ? 'error' : 'warning'}
                testId={`dashboard-assignee-${row.assigneeId ?? 'none'}-${state}`}
                sentence={translate(state === 'OVERDUE' ? 'tilsyn.dashboard.overdue_for' : 'tilsyn.dashboard.due_soon_for', { smart_count: count, name })}
              />
            ) : (
              <Typography component="span" variant="body2">
                {count}
              </Typography>
            );
          return (
            <TableRow key={row.assigneeId ?? 'none'} data-testid={`dashboard-assignee-${row.assigneeId ?? 'none'}`}>
              <TableCell>{name}</TableCell>
              <TableCell align="right">{cell('DUE_SOON', row.dueSoon)}</TableCell>
              <TableCell align="right">{cell('OVERDUE', row.overdue)}</TableCell>
            </TableRow>
          );
        })}
      </TableBody>
    </Table>
  );
};

/** Processors by level (or status): each level a count linking to the register filtered on it. */
const Breakdown = ({
  title,
  keys,
  counts,
  group,
  colors,
  path,
  testIdPrefix,
  sentenceKey,
}: {
  title: string;
  keys: readonly string[];
  counts: DashboardRecord['processorsByRisk'];
  group: string;
  colors: Record<string, string>;
  path: (key: string) => string;
  testIdPrefix: string;
  sentenceKey: string;
}) => {
  const translate = useTranslate();
  return (
    <Box>
      <Typography variant="subtitle1" component="h3" gutterBottom>
        {translate(title)}
      </Typography>
      <Stack direction="row" spacing={3} useFlexGap sx={{ flexWrap: 'wrap' }}>
        {keys.map((key) => {
          const count = counts.find((c) => c.key === key)?.count ?? 0;
          const label = translate(`tilsyn.enums.${group}.${key}`);
          return (
            <Box key={key} sx={{ borderLeft: 4, borderColor: colors[key] === 'default' ? 'divider' : `${colors[key]}.main`, pl: 1 }}>
              <Typography variant="caption" color="text.secondary" component="div">
                {label}
              </Typography>
              <CountLink to={path(key)} count={count} size="small" testId={`${testIdPrefix}-${key}`} sentence={translate(sentenceKey, { smart_count: count, level: label })} />
            </Box>
          );
        })}
      </Stack>
    </Box>
  );
};

/**
 * The home page: what needs action this week. Reviews due within a week and overdue (in total and
 * by person), DPAs ending within the renewal window (90 days unless changed), reminders the mail server refused, processors by risk
 * and by status, the reviews completed in the last 12 months, and erasure requests to decide and
 * notices that failed or were escalated; below, the charts (issue 7). Every count opens its list.
 */
export const Dashboard = () => {
  const translate = useTranslate();
  const formatDate = useFormatIsoDate();
  const dataProvider = useTilsynDataProvider();
  const loaded = useLoaded<DashboardRecord>(() => dataProvider.getDashboard().then((a) => a.data), []);
  const d = loaded.data;
  return (
    <Box sx={{ mt: 2 }}>
      <Title title={translate('tilsyn.dashboard.title')} />
      <Typography variant="h5" component="h1">
        {translate('tilsyn.dashboard.heading')}
      </Typography>
      {d && (
        <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
          {translate('tilsyn.dashboard.as_of', { date: formatDate(d.asOf) })}
        </Typography>
      )}
      {loaded.loading && !d && <LinearProgress sx={{ my: 2 }} />}
      {loaded.error && !d && <Alert severity="error">{loaded.error.message}</Alert>}
      {d && (
        <>
          <Grid container spacing={2} sx={{ mb: 2 }}>
            <Tile label="tilsyn.dashboard.due_soon" help="tilsyn.dashboard.due_soon_help">
              <CountLink to={reviewsDuePath('DUE_SOON')} count={d.reviewsDueSoon} tone="warning" testId="dashboard-due-soon" sentence={translate('tilsyn.dashboard.due_soon_sentence', { smart_count: d.reviewsDueSoon })} />
            </Tile>
            <Tile label="tilsyn.dashboard.overdue">
              <CountLink to={reviewsDuePath('OVERDUE')} count={d.reviewsOverdue} tone="error" testId="dashboard-overdue" sentence={translate('tilsyn.dashboard.overdue_sentence', { smart_count: d.reviewsOverdue })} />
            </Tile>
            <Tile label="tilsyn.dashboard.dpas_expiring" labelOptions={{ days: d.dpasExpiringWithinDays }} help="tilsyn.dashboard.dpas_expiring_help">
              <CountLink
                to={`${RENEWALS_PATH}?reason=ENDS`}
                count={d.dpasExpiring}
                tone="warning"
                testId="dashboard-dpas-expiring"
                sentence={translate('tilsyn.dashboard.dpas_expiring_sentence', { smart_count: d.dpasExpiring, days: d.dpasExpiringWithinDays })}
              />
            </Tile>
            <Tile label="tilsyn.dashboard.failed_reminders" help="tilsyn.dashboard.failed_reminders_help">
              <CountLink
                to={failedRemindersPath()}
                count={d.failedReminders}
                tone="error"
                testId="dashboard-failed-reminders"
                sentence={translate('tilsyn.dashboard.failed_reminders_sentence', { smart_count: d.failedReminders })}
              />
            </Tile>
            <Tile label="tilsyn.dashboard.completed_year">
              <CountLink
                to={completedReviewsPath(d.asOf)}
                count={d.reviewsCompletedLastYear}
                tone="success"
                testId="dashboard-completed-year"
                sentence={translate('tilsyn.dashboard.completed_year_sentence', { smart_count: d.reviewsCompletedLastYear })}
              />
            </Tile>
          </Grid>
          <Grid container spacing={2} sx={{ mb: 2 }} data-testid="dashboard-erasure">
            <Tile label="tilsyn.dashboard.erasure_to_decide" help="tilsyn.dashboard.erasure_to_decide_help">
              <CountLink
                to={erasureRequestsToDecidePath()}
                count={d.erasureRequestsToDecide}
                tone="warning"
                testId="dashboard-erasure-to-decide"
                sentence={translate('tilsyn.dashboard.erasure_to_decide_sentence', { smart_count: d.erasureRequestsToDecide })}
              />
            </Tile>
            <Tile label="tilsyn.dashboard.erasure_failed" help="tilsyn.dashboard.erasure_failed_help">
              <CountLink
                to={failedErasureNoticesPath()}
                count={d.erasureNoticesFailed}
                tone="error"
                testId="dashboard-erasure-failed"
                sentence={translate('tilsyn.dashboard.erasure_failed_sentence', { smart_count: d.erasureNoticesFailed })}
              />
            </Tile>
            <Tile label="tilsyn.dashboard.erasure_escalated" help="tilsyn.dashboard.erasure_escalated_help">
              <CountLink
                to={escalatedErasureNoticesPath()}
                count={d.erasureNoticesEscalated}
                tone="error"
                testId="dashboard-erasure-escalated"
                sentence={translate('tilsyn.dashboard.erasure_escalated_sentence', { smart_count: d.erasureNoticesEscalated })}
              />
            </Tile>
          </Grid>
          <Grid container spacing={2}>
            <Grid size={{ xs: 12, md: 6 }}>
              <Card variant="outlined" sx={{ height: '100%' }}>
                <CardContent>
                  <Typography variant="h6" component="h2" gutterBottom>
                    {translate('tilsyn.dashboard.by_assignee')}
                  </Typography>
                  <ByAssignee dashboard={d} />
                </CardContent>
              </Card>
            </Grid>
            <Grid size={{ xs: 12, md: 6 }}>
              <Card variant="outlined" sx={{ height: '100%' }}>
                <CardContent>
                  <Typography variant="h6" component="h2" gutterBottom>
                    {translate('tilsyn.dashboard.processors')}
                  </Typography>
                  <Stack spacing={2}>
                    <Breakdown
                      title="tilsyn.dashboard.by_risk"
                      keys={RISK_LEVELS}
                      counts={d.processorsByRisk}
                      group="riskLevel"
                      colors={RISK_LEVEL_COLOR}
                      path={processorsByRiskPath}
                      testIdPrefix="dashboard-risk"
                      sentenceKey="tilsyn.dashboard.risk_sentence"
                    />
                    <Breakdown
                      title="tilsyn.dashboard.by_status"
                      keys={PROCESSOR_STATUSES}
                      counts={d.processorsByStatus}
                      group="processorStatus"
                      colors={PROCESSOR_STATUS_COLOR}
                      path={processorsByStatusPath}
                      testIdPrefix="dashboard-status"
                      sentenceKey="tilsyn.dashboard.status_sentence"
                    />
                  </Stack>
                </CardContent>
              </Card>
            </Grid>
          </Grid>
          <Suspense fallback={<LinearProgress sx={{ my: 2 }} />}>
            <DashboardCharts />
          </Suspense>
        </>
      )}
    </Box>
  );
};
