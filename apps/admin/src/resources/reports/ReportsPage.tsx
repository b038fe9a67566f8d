import { useState, type ChangeEvent } from 'react';
import { Title, useGetList, useLocaleState, useNotify, useTranslate } from 'react-admin';
import {
  Alert,
  Box,
  Button,
  Card,
  CardContent,
  FormControl,
  FormControlLabel,
  FormLabel,
  MenuItem,
  Radio,
  RadioGroup,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  TextField,
  ToggleButton,
  ToggleButtonGroup,
  Typography,
} from '@mui/material';
import DownloadIcon from '@mui/icons-material/Download';
import { PERIOD_REPORT_KINDS, REPORT_KINDS, type CsvSeparator, type ReportKind } from '@tilsyn/domain';
import { todayIso } from '../../components/dates';
import { useFormatDateTime } from '../../components/useFormatDateTime';
import { useFormatIsoDate } from '../../components/IsoDateField';
import { describeApiError, parseApiError } from '../../providers/api-errors';
import { fetchReport, saveFile, sha256Of, type ReportChoice, type ReportLanguage } from '../../providers/report-download';
import { defaultPeriod } from './report-choice';

type Choice = ReportKind | 'INSPECTION_PACK';

interface ReportRunRecord {
  id: string;
  kind: Choice;
  format: string;
  locale: string;
  asOf: string;
  periodFrom: string | null;
  periodTo: string | null;
  producedAt: string;
  producedByName: string | null;
  fileName: string;
  sha256: string;
}

/** Who produced which report for which day: the register of files handed over. */
const ReportRuns = ({ refreshKey }: { refreshKey: number }) => {
  const translate = useTranslate();
  const formatDateTime = useFormatDateTime();
  const formatDate = useFormatIsoDate();
  const { data = [], isPending } = useGetList<ReportRunRecord>('ReportRun', { pagination: { page: 1, perPage: 25 }, sort: { field: 'producedAt', order: 'DESC' }, meta: { refreshKey } });
  if (isPending) return null;
  if (data.length === 0) return <Typography color="text.secondary">{translate('tilsyn.reports.no_runs')}</Typography>;
  return (
    <Box sx={{ overflowX: 'auto' }}>
      <Table size="small" data-testid="report-runs">
        <TableHead>
          <TableRow>
            <TableCell>{translate('tilsyn.reports.produced_at')}</TableCell>
            <TableCell>{translate('tilsyn.reports.produced_by')}</TableCell>
            <TableCell>{translate('tilsyn.reports.report')}</TableCell>
            <TableCell>{translate('tilsyn.reports.as_of')}</TableCell>
            <TableCell>{translate('tilsyn.reports.format')}</TableCell>
            <TableCell>SHA-256</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {data.map((run) => (
            <TableRow key={run.id} data-kind={run.kind}>
              <TableCell>{formatDateTime(run.producedAt)}</TableCell>
              <TableCell>{run.producedByName ?? '—'}</TableCell>
              <TableCell>{translate(`tilsyn.enums.reportKind.${run.kind}`)}</TableCell>
              <TableCell>{run.periodFrom ? `${formatDate(run.periodFrom)} – ${formatDate(run.periodTo)}` : formatDate(run.asOf)}</TableCell>
              <TableCell>
                {run.format} · {run.locale.toUpperCase()}
              </TableCell>
              <TableCell sx={{ fontFamily: 'monospace', fontSize: 12 }} title={run.sha256}>
                {run.sha256.slice(0, 16)}…
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </Box>
  );
};

/** Drop a file handed over earlier: its SHA-256 finds the run that produced it, or none. */
const CheckFile = () => {
  const translate = useTranslate();
  const formatDateTime = useFormatDateTime();
  const [sha, setSha] = useState<string | null>(null);
  const { data, isPending } = useGetList<ReportRunRecord>('ReportRun', { filter: { sha256: sha ?? '' }, pagination: { page: 1, perPage: 1 }, sort: { field: 'producedAt', order: 'DESC' } }, { enabled: !!sha });
  const onFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    if (file) setSha(await sha256Of(file));
  };
  const run = data?.[0] ?? null;
  return (
    <Stack spacing={1}>
      <Typography variant="body2">{translate('tilsyn.reports.check_help')}</Typography>
      <Button component="label" variant="outlined" sx={{ alignSelf: 'flex-start' }}>
        {translate('tilsyn.reports.check_choose')}
        <input hidden type="file" data-testid="report-check-file" onChange={onFile} />
      </Button>
      {sha && !isPending && (
        <Alert severity={run ? 'success' : 'warning'} data-testid="report-check-result">
          {run
            ? translate('tilsyn.reports.check_found', { report: translate(`tilsyn.enums.reportKind.${run.kind}`), at: formatDateTime(run.producedAt), by: run.producedByName ?? '—' })
            : translate('tilsyn.reports.check_unknown')}
          <Box component="div" sx={{ fontFamily: 'monospace', fontSize: 12, wordBreak: 'break-all' }}>
            SHA-256 {sha}
          </Box>
        </Alert>
      )}
    </Stack>
  );
};

/**
 * Registers and reports for Datatilsynet (issue 7): the Art. 30 records, the transfer register,
 * the DPA gap report, supervision and erasure reports, and the inspection pack, on today's
 * register or as it was recorded on an earlier day, in Danish or English, as PDF or CSV.
 */
export const ReportsPage = () => {
  const translate = useTranslate();
  const notify = useNotify();
  const [uiLocale] = useLocaleState();
  const today = todayIso();
  const [kind, setKind] = useState<Choice>('ART30_CONTROLLER');
  const [asOf, setAsOf] = useState(today);
  const [period, setPeriod] = useState(defaultPeriod(today));
  const [lang, setLang] = useState<ReportLanguage>(uiLocale === 'en' ? 'en' : 'da');
  const [format, setFormat] = useState<'PDF' | 'CSV'>('PDF');
  const [separator, setSeparator] = useState<CsvSeparator>(';');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<{ message: string; fields: Record<string, string> } | null>(null);
  const [refreshKey, setRefreshKey] = useState(0);
  const hasPeriod = kind !== 'INSPECTION_PACK' && PERIOD_REPORT_KINDS.includes(kind);

  const produce = async () => {
    setBusy(true);
    setError(null);
    const choice: ReportChoice = hasPeriod
      ? { kind, format, lang, asOf: period.to, from: period.from, to: period.to, separator }
      : { kind, format: kind === 'INSPECTION_PACK' ? 'ZIP' : format, lang, asOf, separator };
    try {
      const report = await fetchReport(choice);
      saveFile(report);
      notify('tilsyn.reports.downloaded', { type: 'success', messageArgs: { file: report.fileName } });
      setRefreshKey((k) => k + 1);
    } catch (e) {
      const described = describeApiError(parseApiError(e), translate);
      setError({ message: described.message, fields: described.fieldErrors ?? {} });
    } finally {
      setBusy(false);
    }
  };

  return (
    <Box sx={{ mt: 2 }}>
      <Title title={translate('tilsyn.reports.title')} />
      <Stack spacing={2}>
        <Card>
          <CardContent>
            <Typography variant="h6" gutterBottom>
              {translate('tilsyn.reports.produce')}
            </Typography>
            <Stack direction={{ xs: 'column', md: 'row' }} spacing={4}>
              <FormControl>
                <FormLabel id="report-kind">{translate('tilsyn.reports.report')}</FormLabel>
                <RadioGroup aria-labelledby="report-kind" value={kind} onChange={(e) => setKind(e.target.value as Choice)} data-testid="report-kind">
                  {[...REPORT_KINDS, 'INSPECTION_PACK' as const].map((k) => (
                    <FormControlLabel key={k} value={k} control={<Radio size="small" />} label={translate(`tilsyn.enums.reportKind.${k}`)} data-testid={`report-kind-${k}`} />
                  ))}
                </RadioGroup>
                <Typography variant="body2" color="text.secondary" sx={{ maxWidth: 480, mt: 1 }}>
                  {translate(`tilsyn.reports.about.${kind}`)}
                </Typography>
              </FormControl>
              <Stack spacing={2} sx={{ minWidth: 260 }}>
                {hasPeriod ? (
                  <Stack direction="row" spacing={1}>
                    <TextField type="date" size="small" label={translate('tilsyn.reports.from')} value={period.from} onChange={(e) => setPeriod({ ...period, from: e.target.value })} error={!!error?.fields.from} helperText={error?.fields.from} slotProps={{ inputLabel: { shrink: true }, htmlInput: { 'data-testid': 'report-from', max: today } }} />
                    <TextField type="date" size="small" label={translate('tilsyn.reports.to')} value={period.to} onChange={(e) => setPeriod({ ...period, to: e.target.value })} error={!!(error?.fields.to ?? error?.fields.asOf)} helperText={error?.fields.to ?? error?.fields.asOf} slotProps={{ inputLabel: { shrink: true }, htmlInput: { 'data-testid': 'report-to', max: today } }} />
                  </Stack>
                ) : (
                  <TextField
                    type="date"
                    size="small"
                    label={translate('tilsyn.reports.as_of')}
                    value={asOf}
                    onChange={(e) => setAsOf(e.target.value)}
                    error={!!error?.fields.asOf}
                    helperText={error?.fields.asOf ?? translate('tilsyn.reports.as_of_help')}
                    slotProps={{ inputLabel: { shrink: true }, htmlInput: { 'data-testid': 'report-as-of', max: today } }}
                  />
                )}
                <FormControl>
                  <FormLabel>{translate('tilsyn.reports.language')}</FormLabel>
                  <ToggleButtonGroup exclusive size="small" value={lang} onChange={(_, v: ReportLanguage | null) => v && setLang(v)} data-testid="report-language">
                    <ToggleButton value="da">Dansk</ToggleButton>
                    <ToggleButton value="en">English</ToggleButton>
                  </ToggleButtonGroup>
                </FormControl>
                {kind !== 'INSPECTION_PACK' && (
                  <FormControl>
                    <FormLabel>{translate('tilsyn.reports.format')}</FormLabel>
                    <ToggleButtonGroup exclusive size="small" value={format} onChange={(_, v: 'PDF' | 'CSV' | null) => v && setFormat(v)} data-testid="report-format">
                      <ToggleButton value="PDF">PDF</ToggleButton>
                      <ToggleButton value="CSV">CSV</ToggleButton>
                    </ToggleButtonGroup>
                  </FormControl>
                )}
                {kind !== 'INSPECTION_PACK' && format === 'CSV' && (
                  <TextField select size="small" label={translate('tilsyn.reports.separator')} value={separator} onChange={(e) => setSeparator(e.target.value as CsvSeparator)} slotProps={{ htmlInput: { 'data-testid': 'report-separator' } }}>
                    <MenuItem value=";">{translate('tilsyn.reports.separator_semicolon')}</MenuItem>
                    <MenuItem value=",">{translate('tilsyn.reports.separator_comma')}</MenuItem>
                  </TextField>
                )}
                <Button variant="contained" startIcon={<DownloadIcon />} onClick={produce} disabled={busy} data-testid="report-download">
                  {translate(busy ? 'tilsyn.reports.producing' : 'tilsyn.reports.download')}
                </Button>
                {error && (
                  <Alert severity="error" data-testid="report-error">
                    {error.message}
                  </Alert>
                )}
              </Stack>
            </Stack>
          </CardContent>
        </Card>
        <Card>
          <CardContent>
            <Typography variant="h6" gutterBottom>
              {translate('tilsyn.reports.check')}
            </Typography>
            <CheckFile />
          </CardContent>
        </Card>
        <Card>
          <CardContent>
            <Typography variant="h6" gutterBottom>
              {translate('tilsyn.reports.runs')}
            </Typography>
            <ReportRuns refreshKey={refreshKey} />
          </CardContent>
        </Card>
      </Stack>
    </Box>
  );
};
