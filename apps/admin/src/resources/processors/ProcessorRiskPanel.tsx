import type React from 'react';
import { Link as RouterLink } from 'react-router';
import { required, TextInput, useCanAccess, useCreatePath, useLocaleState, useRecordContext, useRefresh, useTranslate } from 'react-admin';
import { useWatch } from 'react-hook-form';
import { Alert, Box, Chip, Grid, LinearProgress, Link, Paper, Stack, Table, TableBody, TableCell, TableFooter, TableHead, TableRow, Typography } from '@mui/material';
import TuneIcon from '@mui/icons-material/Tune';
import { dueState, RISK_LEVELS } from '@tilsyn/domain';
import { FormDialogButton } from '../../components/FormDialogButton';
import { NativeSelectInput } from '../../components/NativeSelectInput';
import { DueStateChip, RiskLevelChip } from '../../components/StatusChips';
import { useFormatIsoDate } from '../../components/IsoDateField';
import { useFormatDateTime } from '../../components/useFormatDateTime';
import { todayIso } from '../../components/dates';
import { useLoaded } from '../../components/useLoaded';
import { enumChoices } from '../../components/choices';
import type { ProcessorRecord, ProcessorRiskRecord } from '../../graphql/types';
import { asLocale } from '../../providers/i18nProvider';
import { useTilsynDataProvider } from '../../providers/useTilsynDataProvider';
import { listPath } from '../../dashboard/dashboard-links';
import { riskFactorLabelKey, riskFactorValueWords } from './risk-factors';

/** The override dialog's choice that removes an override (overrideProcessorRisk with level null). */
const REMOVE = 'REMOVE';
const overrideChoices = [...enumChoices(RISK_LEVELS, 'riskLevel'), { id: REMOVE, name: 'tilsyn.risk.remove_override' }];

const stop = (e: React.MouseEvent) => e.stopPropagation();

/** A reason is required with a level; removing the override needs none. */
const ReasonInput = () => {
  const level = useWatch({ name: 'level' }) as string | undefined;
  const removing = level === REMOVE;
  return (
    <TextInput
      source="reason"
      label="tilsyn.risk.override_reason"
      validate={removing ? undefined : required()}
      disabled={removing}
      multiline
      minRows={2}
      fullWidth
      slotProps={{ htmlInput: { 'data-testid': 'processor-risk-override-reason' } }}
    />
  );
};

const OverrideButton = ({ risk, onDone }: { risk: ProcessorRiskRecord; onDone: () => void }) => {
  const translate = useTranslate();
  const dataProvider = useTilsynDataProvider();
  return (
    <FormDialogButton
      resource="ProcessorRisk"
      action="override"
      label="tilsyn.risk.override"
      icon={<TuneIcon />}
      variant="outlined"
      title={translate('tilsyn.risk.override_title', { name: risk.processorName })}
      intro={translate('tilsyn.risk.override_intro', { level: translate(`tilsyn.enums.riskLevel.${risk.computedLevel}`), score: risk.score })}
      record={{ level: risk.override ?? risk.computedLevel, reason: risk.overrideReason ?? '' }}
      successMessage="tilsyn.risk.overridden"
      testId="processor-risk-override"
      onSubmit={(values) =>
        dataProvider.overrideProcessorRisk({
          processorId: risk.processorId,
          version: risk.version,
          level: values.level === REMOVE ? null : String(values.level),
          reason: typeof values.reason === 'string' ? values.reason : null,
        })
      }
      onDone={onDone}
    >
      <NativeSelectInput source="level" label="tilsyn.risk.override_level" choices={overrideChoices} validate={required()} testId="processor-risk-override-level" />
      <ReasonInput />
    </FormDialogButton>
  );
};

/** Points by factor (what counted and why), with the total score. */
const Factors = ({ risk }: { risk: ProcessorRiskRecord }) => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  if (risk.factors.length === 0) {
    return (
      <Typography variant="body2" color="text.secondary" data-testid="processor-risk-factors" data-count={0}>
        {translate('tilsyn.risk.no_factors')}
      </Typography>
    );
  }
  return (
    <Table size="small" aria-label={translate('tilsyn.risk.factors_title')} data-testid="processor-risk-factors" data-count={risk.factors.length} sx={{ maxWidth: 720 }}>
      <TableHead>
        <TableRow>
          <TableCell>{translate('tilsyn.risk.factor')}</TableCell>
          <TableCell>{translate('tilsyn.risk.value')}</TableCell>
          <TableCell align="right">{translate('tilsyn.risk.points')}</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {risk.factors.map((f, i) => {
          const words = riskFactorValueWords(f.factor, f.value, asLocale(locale));
          return (
            <TableRow key={`${f.factor}-${f.value}-${i}`} data-factor={f.factor} data-value={f.value}>
              <TableCell>{translate(riskFactorLabelKey(f.factor), { _: f.factor })}</TableCell>
              <TableCell>{translate(words.key, words.options)}</TableCell>
              <TableCell align="right">{f.points}</TableCell>
            </TableRow>
          );
        })}
      </TableBody>
      <TableFooter>
        <TableRow>
          <TableCell colSpan={2}>{translate('tilsyn.risk.total')}</TableCell>
          <TableCell align="right" data-testid="processor-risk-score">
            {risk.score}
          </TableCell>
        </TableRow>
      </TableFooter>
    </Table>
  );
};

/** The next supervision: due date, how late, and the review to open; or a link to plan one. */
const NextSupervision = ({ risk }: { risk: ProcessorRiskRecord }) => {
  const translate = useTranslate();
  const createPath = useCreatePath();
  const formatDate = useFormatIsoDate();
  const { canAccess: canPlan } = useCanAccess({ resource: 'Review', action: 'create' });
  if (risk.supervisionDueOn && risk.supervisionReviewId) {
    return (
      <Stack direction="row" spacing={1} useFlexGap sx={{ alignItems: 'center', flexWrap: 'wrap' }}>
        <Link component={RouterLink} to={createPath({ resource: 'Review', id: risk.supervisionReviewId, type: 'show' })} onClick={stop} data-testid="processor-risk-supervision-link">
          {translate('tilsyn.risk.supervision_due', { date: formatDate(risk.supervisionDueOn) })}
        </Link>
        <DueStateChip state={dueState(risk.supervisionDueOn, todayIso())} />
      </Stack>
    );
  }
  const source = JSON.stringify({ kind: 'SUPERVISION', subjectType: 'PROCESSOR', processorId: risk.processorId });
  return (
    <Stack direction="row" spacing={1} useFlexGap sx={{ alignItems: 'center', flexWrap: 'wrap' }}>
      <Typography variant="body2" color="text.secondary" data-testid="processor-risk-no-supervision">
        {translate('tilsyn.risk.no_supervision')}
      </Typography>
      {canPlan && (
        <Link component={RouterLink} to={`/Review/create?${new URLSearchParams({ source }).toString()}`} onClick={stop} data-testid="processor-risk-plan">
          {translate('tilsyn.risk.plan_supervision')}
        </Link>
      )}
    </Stack>
  );
};

/**
 * The processor's risk (Datatilsynet 2021: the higher the risk, the deeper and more frequent the
 * supervision): the level computed from its data, numbers, transfers, chain and service, the points
 * behind it, any override with its reason and who made it, the supervision cadence the level calls
 * for, and when the next supervision is due.
 */
export const ProcessorRiskPanel = () => {
  const record = useRecordContext<ProcessorRecord>();
  const translate = useTranslate();
  const refresh = useRefresh();
  const formatDateTime = useFormatDateTime();
  const dataProvider = useTilsynDataProvider();
  const id = record?.id;
  const risk = useLoaded<ProcessorRiskRecord | null>(() => (id ? dataProvider.getProcessorRisk(id).then((a) => a.data) : Promise.resolve(null)), [id, record?.version]);
  if (!record) return null;
  const data = risk.data;
  return (
    <Paper variant="outlined" component="section" aria-labelledby="processor-risk-title" sx={{ p: 2, mb: 3, maxWidth: 1100 }} data-testid="processor-risk">
      <Stack direction="row" spacing={1.5} useFlexGap sx={{ alignItems: 'center', flexWrap: 'wrap', mb: 1 }}>
        <Typography variant="h6" component="h2" id="processor-risk-title">
          {translate('tilsyn.risk.title')}
        </Typography>
        {data && (
          <Box component="span" data-testid="processor-risk-level" data-value={data.level} data-computed={data.computedLevel}>
            <RiskLevelChip level={data.level} size="medium" />
          </Box>
        )}
        {data?.override && <Chip size="small" variant="outlined" color="warning" label={translate('tilsyn.risk.overridden_chip')} />}
        <Box sx={{ flex: 1 }} />
        {data && (
          <OverrideButton
            risk={data}
            onDone={() => {
              risk.reload();
              refresh();
            }}
          />
        )}
      </Stack>
      {risk.loading && !data && <LinearProgress />}
      {risk.error && !data && <Alert severity="error">{risk.error.message}</Alert>}
      {data && (
        <>
          <Typography variant="body2" color="text.secondary" sx={{ mb: 1.5 }}>
            {translate('tilsyn.risk.computed', { level: translate(`tilsyn.enums.riskLevel.${data.computedLevel}`), score: data.score })}{' '}
            <Link component={RouterLink} to={listPath('Processor', { riskLevel: data.level })} onClick={stop}>
              {translate('tilsyn.risk.same_level')}
            </Link>
          </Typography>
          {data.override && (
            <Alert severity="warning" sx={{ mb: 1.5 }} data-testid="processor-risk-override-info" data-value={data.override}>
              {translate('tilsyn.risk.override_info', {
                level: translate(`tilsyn.enums.riskLevel.${data.override}`),
                name: data.overrideByName ?? '—',
                at: formatDateTime(data.overrideAt),
                reason: data.overrideReason ?? '',
              })}
            </Alert>
          )}
          <Typography variant="subtitle1" component="h3">
            {translate('tilsyn.risk.factors_title')}
          </Typography>
          <Factors risk={data} />
          <Grid container spacing={2} sx={{ mt: 1 }}>
            <Grid size={{ xs: 12, md: 6 }}>
              <Typography variant="subtitle1" component="h3">
                {translate('tilsyn.risk.cadence_title')}
              </Typography>
              <Typography variant="body2" data-testid="processor-risk-cadence">
                {translate('tilsyn.risk.cadence', {
                  methods: data.cadence.methods.map((m) => translate(`tilsyn.enums.supervisionMethod.${m}`)).join(translate('tilsyn.risk.or')),
                  smart_count: data.cadence.intervalMonths,
                })}
              </Typography>
              <Typography variant="body2" color="text.secondary">
                {translate(data.cadence.followUp ? 'tilsyn.risk.follow_up_yes' : 'tilsyn.risk.follow_up_no')}
              </Typography>
            </Grid>
            <Grid size={{ xs: 12, md: 6 }}>
              <Typography variant="subtitle1" component="h3">
                {translate('tilsyn.risk.next_supervision')}
              </Typography>
              <NextSupervision risk={data} />
            </Grid>
          </Grid>
        </>
      )}
    </Paper>
  );
};
