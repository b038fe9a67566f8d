import type React from 'react';
import type { ReactNode } from 'react';
import { Link as RouterLink } from 'react-router';
import { Show, useCreatePath, useGetMany, useLocaleState, useRecordContext, useTranslate } from 'react-admin';
import { countryName, EDPB_STEPS } from '@tilsyn/domain';
import { Alert, Box, Chip, Grid, Link, Paper, Stack, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import LockIcon from '@mui/icons-material/Lock';
import CheckBoxOutlineBlankIcon from '@mui/icons-material/CheckBoxOutlineBlank';
import { EnumChip, TiaStatusChip, TransferStatusChip } from '../../components/StatusChips';
import { useFormatIsoDate } from '../../components/IsoDateField';
import { useFormatDateTime } from '../../components/useFormatDateTime';
import type { TiaRecord, TransferRecord } from '../../graphql/types';
import { asLocale } from '../../providers/i18nProvider';
import { gapLabelKey, guaranteeRows } from './tia-rules';
import { TiaActions, useTiaActions } from './TiaActions';

const RATING_COLOR = { MET: 'success', PARTIALLY_MET: 'warning', NOT_MET: 'error', UNKNOWN: 'default' } as const;

const Text = ({ value }: { value?: string | null }) => {
  const translate = useTranslate();
  return value ? (
    <Typography variant="body2" sx={{ whiteSpace: 'pre-wrap' }}>
      {value}
    </Typography>
  ) : (
    <Typography variant="body2" color="text.secondary" sx={{ fontStyle: 'italic' }}>
      {translate('tilsyn.tias.not_written')}
    </Typography>
  );
};

const Field = ({ label, children }: { label: string; children: ReactNode }) => {
  const translate = useTranslate();
  return (
    <Box sx={{ mb: 1.5 }}>
      <Typography variant="caption" color="text.secondary" component="div">
        {translate(label)}
      </Typography>
      {children}
    </Box>
  );
};

/** One EDPB step: "Trin 3: Vurdér tredjelandets lovgivning og praksis", its guidance, then the content. */
const Step = ({ step, children }: { step: number; children: ReactNode }) => {
  const translate = useTranslate();
  return (
    <Paper variant="outlined" component="section" aria-labelledby={`tia-step-${step}`} sx={{ p: 2, mb: 2 }} data-testid={`tia-step-${step}`}>
      <Typography variant="h6" component="h2" id={`tia-step-${step}`}>
        {translate('tilsyn.tias.step_label', { step, title: translate(`tilsyn.edpb_steps.step_${step}.title`) })}
      </Typography>
      <Typography variant="body2" color="text.secondary" sx={{ mb: 1.5 }}>
        {translate(`tilsyn.edpb_steps.step_${step}.guidance`)}
      </Typography>
      {children}
    </Paper>
  );
};

const Header = () => {
  const record = useRecordContext<TiaRecord>();
  const translate = useTranslate();
  const [locale] = useLocaleState();
  if (!record) return null;
  const frozen = record.status === 'APPROVED' || record.status === 'SUPERSEDED';
  return (
    <Stack direction="row" spacing={1.5} useFlexGap sx={{ alignItems: 'center', flexWrap: 'wrap', mb: 2 }}>
      {frozen && <LockIcon color="action" titleAccess={translate('tilsyn.tias.frozen')} />}
      <Typography variant="h5" component="h1">
        {record.title}
      </Typography>
      <Typography variant="body1" color="text.secondary">
        {translate('tilsyn.tias.version_label', { version: record.versionNo })} · {record.importerName} · {countryName(record.destinationCountry, asLocale(locale))}
      </Typography>
      <TiaStatusChip status={record.status} testId="tia-status" size="medium" />
      {record.reevaluationRequested && <Chip color="warning" size="small" label={translate('tilsyn.tias.reevaluation_requested')} data-testid="tia-reevaluation-requested" />}
    </Stack>
  );
};

/** What is still missing before submission (submissionGaps), while it can still be written. */
const Gaps = () => {
  const record = useRecordContext<TiaRecord>();
  const translate = useTranslate();
  if (!record || (record.status !== 'DRAFT' && record.status !== 'SENT_BACK')) return null;
  const gaps = record.submissionGaps ?? [];
  return (
    <Box component="section" aria-labelledby="tia-gaps-title" sx={{ mb: 2 }}>
      {gaps.length === 0 ? (
        <Alert severity="success" data-testid="tia-gaps" data-count={0}>
          {translate('tilsyn.tias.gaps_none')}
        </Alert>
      ) : (
        <Alert severity="info" icon={false} data-testid="tia-gaps" data-count={gaps.length}>
          <Typography variant="subtitle2" component="h2" id="tia-gaps-title">
            {translate('tilsyn.tias.gaps_title')}
          </Typography>
          <Box component="ul" sx={{ listStyle: 'none', m: 0, p: 0 }}>
            {gaps.map((gap) => (
              <Box component="li" key={gap} data-gap={gap} sx={{ display: 'flex', alignItems: 'center', gap: 1 }}>
                <CheckBoxOutlineBlankIcon fontSize="small" aria-hidden />
                <Typography variant="body2">{translate(gapLabelKey(gap), { _: gap })}</Typography>
              </Box>
            ))}
          </Box>
        </Alert>
      )}
    </Box>
  );
};

/** Status notes: frozen, superseded, sent back with the reviewer's comments, four eyes, re-evaluation. */
const Notes = () => {
  const record = useRecordContext<TiaRecord>();
  const translate = useTranslate();
  const actions = useTiaActions(record);
  if (!record) return null;
  return (
    <Stack spacing={1} sx={{ mb: 2 }}>
      {record.status === 'APPROVED' && (
        <Alert severity="info" icon={<LockIcon />} data-testid="tia-frozen">
          {translate('tilsyn.tias.frozen')}
        </Alert>
      )}
      {record.status === 'SUPERSEDED' && (
        <Alert severity="info" icon={<LockIcon />} data-testid="tia-frozen">
          {translate('tilsyn.tias.superseded')} {translate('tilsyn.tias.frozen')}
        </Alert>
      )}
      {actions?.approveBlocked && (
        <Alert severity="warning" data-testid="tia-four-eyes">
          {translate('tilsyn.tias.four_eyes')}
        </Alert>
      )}
      {record.reevaluationRequested && (
        <Alert severity="warning">
          {translate('tilsyn.tias.reevaluation_requested_because', { reason: translate(`tilsyn.tias.reevaluation_reasons.${record.reevaluationReason ?? ''}`, { _: record.reevaluationReason ?? '' }) })}
        </Alert>
      )}
      {record.reviewComment && (
        <Alert severity={record.status === 'SENT_BACK' ? 'warning' : 'info'} data-testid="tia-review-comment">
          <Typography variant="subtitle2" component="h2">
            {translate('tilsyn.tias.review_comment_title')}
          </Typography>
          <Typography variant="body2" sx={{ whiteSpace: 'pre-wrap' }}>
            {record.reviewComment}
          </Typography>
        </Alert>
      )}
    </Stack>
  );
};

const Facts = () => {
  const record = useRecordContext<TiaRecord>();
  const formatDate = useFormatIsoDate();
  const formatDateTime = useFormatDateTime();
  if (!record) return null;
  const fact = (label: string, value: ReactNode) => (
    <Grid size={{ xs: 12, sm: 6, md: 3 }}>
      <Field label={label}>
        <Typography variant="body2">{value || '—'}</Typography>
      </Field>
    </Grid>
  );
  return (
    <Grid container spacing={1} sx={{ mb: 1 }}>
      {fact('resources.Tia.fields.authorName', record.authorName)}
      {fact('resources.Tia.fields.submittedAt', formatDateTime(record.submittedAt))}
      {fact('resources.Tia.fields.approvedByName', record.approvedByName)}
      {fact('resources.Tia.fields.approvedOn', formatDate(record.approvedOn))}
    </Grid>
  );
};

const CoveredTransfers = () => {
  const record = useRecordContext<TiaRecord>();
  const translate = useTranslate();
  const createPath = useCreatePath();
  const { data, isPending } = useGetMany<TransferRecord>('Transfer', { ids: record?.transferIds ?? [] }, { enabled: !!record?.transferIds?.length });
  if (!record) return null;
  return (
    <Field label="tilsyn.tias.transfers_title">
      {isPending && record.transferIds.length > 0 ? null : (data ?? []).length === 0 ? (
        <Typography variant="body2" color="text.secondary">
          —
        </Typography>
      ) : (
        <Box component="ul" sx={{ m: 0, pl: 2.5 }} data-testid="tia-transfers">
          {(data ?? []).map((t) => (
            <Typography component="li" variant="body2" key={t.id}>
              <Link component={RouterLink} to={createPath({ resource: 'Transfer', id: t.id, type: 'show' })} onClick={(e: React.MouseEvent) => e.stopPropagation()}>
                {t.exporterProcessorId ? t.exporterName : translate('tilsyn.transfers.us')} → {t.importerName}
              </Link>{' '}
              <TransferStatusChip status={t.status} />
            </Typography>
          ))}
        </Box>
      )}
    </Field>
  );
};

const Guarantees = () => {
  const record = useRecordContext<TiaRecord>();
  const translate = useTranslate();
  if (!record) return null;
  return (
    <Box sx={{ mt: 1 }}>
      <Typography variant="subtitle1" component="h3" gutterBottom>
        {translate('resources.Tia.fields.guarantees')}
      </Typography>
      {guaranteeRows(record.guarantees).map((g) => (
        <Box key={g.guarantee} sx={{ borderLeft: 3, borderColor: 'divider', pl: 1.5, mb: 1.5 }} data-testid={`tia-guarantee-${g.guarantee}`} data-rating={g.rating}>
          <Stack direction="row" spacing={1} useFlexGap sx={{ alignItems: 'center', flexWrap: 'wrap' }}>
            <Typography variant="subtitle2" component="h4">
              {translate(`tilsyn.guarantees.${g.guarantee}.title`)}
            </Typography>
            <EnumChip group="guaranteeRating" value={g.rating} colors={RATING_COLOR} />
          </Stack>
          <Typography variant="body2" color="text.secondary" sx={{ mb: 0.5 }}>
            {translate(`tilsyn.guarantees.${g.guarantee}.explanation`)}
          </Typography>
          <Field label="resources.Tia.fields.rationale">
            <Text value={g.rationale} />
          </Field>
          {g.sources && (
            <Field label="resources.Tia.fields.sources">
              <Text value={g.sources} />
            </Field>
          )}
        </Box>
      ))}
    </Box>
  );
};

const Measures = () => {
  const record = useRecordContext<TiaRecord>();
  const translate = useTranslate();
  const measures = record?.measures ?? [];
  if (measures.length === 0) {
    return (
      <Typography variant="body2" color="text.secondary">
        {translate('tilsyn.tias.no_measures')}
      </Typography>
    );
  }
  return (
    <Table size="small" aria-label={translate('resources.Tia.fields.measures')} data-testid="tia-measures">
      <TableHead>
        <TableRow>
          <TableCell>{translate('resources.Tia.fields.kind')}</TableCell>
          <TableCell>{translate('resources.Tia.fields.description')}</TableCell>
          <TableCell>{translate('resources.Tia.fields.effective')}</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {measures.map((m, i) => (
          <TableRow key={i}>
            <TableCell>{translate(`tilsyn.enums.measureKind.${m.kind}`, { _: m.kind })}</TableCell>
            <TableCell sx={{ whiteSpace: 'pre-wrap' }}>{m.description}</TableCell>
            <TableCell>
              <Chip size="small" variant="outlined" color={m.effective ? 'success' : 'default'} label={translate(m.effective ? 'tilsyn.tias.effective_yes' : 'tilsyn.tias.effective_no')} />
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
};

const Steps = () => {
  const record = useRecordContext<TiaRecord>();
  const translate = useTranslate();
  const formatDate = useFormatIsoDate();
  if (!record) return null;
  const frozen = record.status === 'APPROVED' || record.status === 'SUPERSEDED';
  const content: Record<number, ReactNode> = {
    1: (
      <>
        <CoveredTransfers />
        <Field label="resources.Tia.fields.circumstances">
          <Text value={record.circumstances} />
        </Field>
      </>
    ),
    2: (
      <Field label="resources.Tia.fields.toolRelied">
        <Text value={record.toolRelied} />
      </Field>
    ),
    3: (
      <>
        <Field label="resources.Tia.fields.lawsAndPractices">
          <Text value={record.lawsAndPractices} />
        </Field>
        <Guarantees />
      </>
    ),
    4: <Measures />,
    5: (
      <Field label="resources.Tia.fields.proceduralSteps">
        <Text value={record.proceduralSteps} />
      </Field>
    ),
    6: (
      <>
        <Field label="resources.Tia.fields.conclusion">
          {record.conclusion ? (
            <Box data-testid="tia-conclusion" data-value={record.conclusion}>
              <EnumChip group="tiaConclusion" value={record.conclusion} colors={{ EQUIVALENT: 'success', NOT_EQUIVALENT: 'error' }} wrap />
            </Box>
          ) : (
            <Text value={null} />
          )}
        </Field>
        <Field label="resources.Tia.fields.conclusionRationale">
          <Text value={record.conclusionRationale} />
        </Field>
        <Grid container spacing={1}>
          <Grid size={{ xs: 12, sm: 6 }}>
            <Field label="resources.Tia.fields.reevaluationMonths">
              <Typography variant="body2">{record.reevaluationMonths ?? '—'}</Typography>
            </Field>
          </Grid>
          <Grid size={{ xs: 12, sm: 6 }}>
            <Field label="resources.Tia.fields.reevaluateOn">
              <Typography variant="body2">{formatDate(record.reevaluateOn) || '—'}</Typography>
            </Field>
          </Grid>
        </Grid>
      </>
    ),
  };
  return (
    <Box
      component="section"
      aria-label={translate('tilsyn.tias.steps_title')}
      data-frozen={frozen ? 'true' : 'false'}
      sx={frozen ? { bgcolor: 'action.hover', p: 1, borderRadius: 1 } : undefined}
    >
      {EDPB_STEPS.map((s) => (
        <Step step={s.step} key={s.key}>
          {content[s.step]}
        </Step>
      ))}
    </Box>
  );
};

/** One TIA version: the six EDPB steps in order, the four guarantees explained, and its review state. */
export const TiaShow = () => (
  <Show actions={<TiaActions />}>
    <Box sx={{ p: 2, maxWidth: 1100 }}>
      <Header />
      <Notes />
      <Gaps />
      <Facts />
      <Steps />
    </Box>
  </Show>
);
