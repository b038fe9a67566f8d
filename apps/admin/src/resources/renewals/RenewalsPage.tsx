import { Link as RouterLink, useLocation, useNavigate } from 'react-router';
import { Title, useCreatePath, useTranslate } from 'react-admin';
import {
  Alert,
  Box,
  Card,
  CardContent,
  Chip,
  LinearProgress,
  Link,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  ToggleButton,
  ToggleButtonGroup,
  Typography,
} from '@mui/material';
import { DueStateChip, REMINDER_STATUS_COLOR } from '../../components/StatusChips';
import { useFormatIsoDate } from '../../components/IsoDateField';
import { useLoaded } from '../../components/useLoaded';
import type { RenewalRecord } from '../../graphql/types';
import { RENEWALS_PATH } from '../../layout/paths';
import { useTilsynDataProvider } from '../../providers/useTilsynDataProvider';
import { reminderStatusSummary } from '../reminders/reminder-words';
import { daysLeftWords, reasonFromSearch, RENEWAL_REASONS } from './renewal-days';

/** The reminders about a renewal as "Sendt 2 · Mislykket 1" chips; FAILED in red. */
const ReminderSummary = ({ renewal }: { renewal: RenewalRecord }) => {
  const translate = useTranslate();
  const summary = reminderStatusSummary(renewal.reminders);
  if (summary.length === 0) {
    return (
      <Typography variant="body2" color="text.secondary">
        {translate('tilsyn.renewals.no_reminders')}
      </Typography>
    );
  }
  return (
    <Stack direction="row" spacing={0.5} useFlexGap sx={{ flexWrap: 'wrap' }}>
      {summary.map((s) => (
        <Chip
          key={s.status}
          size="small"
          variant="outlined"
          color={REMINDER_STATUS_COLOR[s.status] ?? 'default'}
          label={`${translate(`tilsyn.enums.reminderStatus.${s.status}`)} ${s.count}`}
          data-status={s.status}
          data-count={s.count}
        />
      ))}
    </Stack>
  );
};

const RenewalRow = ({ renewal }: { renewal: RenewalRecord }) => {
  const translate = useTranslate();
  const createPath = useCreatePath();
  const formatDate = useFormatIsoDate();
  const days = daysLeftWords(renewal.daysLeft);
  return (
    <TableRow data-testid={`renewal-row-${renewal.agreementId}`} data-reason={renewal.reason} data-due-state={renewal.dueState}>
      <TableCell>
        <Link component={RouterLink} to={createPath({ resource: 'Processor', id: renewal.processorId, type: 'show' })}>
          {renewal.processorName}
        </Link>
      </TableCell>
      <TableCell>
        <Link component={RouterLink} to={createPath({ resource: 'Agreement', id: renewal.agreementId, type: 'show' })}>
          {translate('tilsyn.agreements.version_label', { version: renewal.versionNo, title: renewal.title ?? '' })}
        </Link>
      </TableCell>
      <TableCell>{translate(`tilsyn.renewals.reasons.${renewal.reason}`, { _: renewal.reason })}</TableCell>
      <TableCell sx={{ whiteSpace: 'nowrap' }}>{formatDate(renewal.dueOn)}</TableCell>
      <TableCell sx={{ whiteSpace: 'nowrap' }} data-days-left={renewal.daysLeft}>
        {translate(days.key, days.options)}
      </TableCell>
      <TableCell>
        <DueStateChip state={renewal.dueState} />
      </TableCell>
      <TableCell>
        {renewal.openReviewId ? (
          <Link component={RouterLink} to={createPath({ resource: 'Review', id: renewal.openReviewId, type: 'show' })} data-testid="renewal-review-link">
            {translate('tilsyn.renewals.open_review')}
          </Link>
        ) : (
          <Typography variant="body2" color="text.secondary">
            {translate('tilsyn.renewals.no_review')}
          </Typography>
        )}
      </TableCell>
      <TableCell>
        <ReminderSummary renewal={renewal} />
      </TableCell>
    </TableRow>
  );
};

/**
 * The DPAs to renew: those whose end date falls within the renewal window, and those without an
 * end date whose yearly review is due. Soonest first, each with its open review and reminders.
 */
export const RenewalsPage = () => {
  const translate = useTranslate();
  const dataProvider = useTilsynDataProvider();
  const location = useLocation();
  const navigate = useNavigate();
  const reason = reasonFromSearch(location.search);
  const renewals = useLoaded<RenewalRecord[]>(() => dataProvider.getRenewals().then((a) => a.data), []);
  const rows = (renewals.data ?? []).filter((r) => !reason || r.reason === reason);
  return (
    <Card sx={{ mt: 2 }}>
      <Title title={translate('tilsyn.renewals.title')} />
      <CardContent>
        <Typography variant="h5" component="h1" gutterBottom>
          {translate('tilsyn.renewals.title')}
        </Typography>
        <Typography variant="body2" color="text.secondary" sx={{ mb: 2, maxWidth: 800 }}>
          {translate('tilsyn.renewals.intro')}
        </Typography>
        <ToggleButtonGroup
          size="small"
          exclusive
          value={reason ?? 'ALL'}
          onChange={(_e, value: string | null) => {
            if (value) navigate(value === 'ALL' ? RENEWALS_PATH : `${RENEWALS_PATH}?reason=${value}`);
          }}
          aria-label={translate('tilsyn.renewals.reason')}
          sx={{ mb: 2 }}
        >
          <ToggleButton value="ALL" data-testid="renewals-filter-ALL">
            {translate('tilsyn.renewals.all')}
          </ToggleButton>
          {RENEWAL_REASONS.map((r) => (
            <ToggleButton key={r} value={r} data-testid={`renewals-filter-${r}`}>
              {translate(`tilsyn.renewals.reasons.${r}`)}
            </ToggleButton>
          ))}
        </ToggleButtonGroup>
        {renewals.loading && !renewals.data && <LinearProgress />}
        {renewals.error && !renewals.data && <Alert severity="error">{renewals.error.message}</Alert>}
        {renewals.data && rows.length === 0 && (
          <Typography variant="body2" color="text.secondary" data-testid="renewals-none">
            {translate('tilsyn.renewals.none')}
          </Typography>
        )}
        {rows.length > 0 && (
          <Box sx={{ overflowX: 'auto' }}>
            <Table size="small" aria-label={translate('tilsyn.renewals.title')} data-testid="renewals">
              <TableHead>
                <TableRow>
                  <TableCell>{translate('resources.Agreement.fields.processorId')}</TableCell>
                  <TableCell>{translate('tilsyn.renewals.agreement')}</TableCell>
                  <TableCell>{translate('tilsyn.renewals.reason')}</TableCell>
                  <TableCell>{translate('tilsyn.renewals.due_on')}</TableCell>
                  <TableCell>{translate('tilsyn.renewals.days')}</TableCell>
                  <TableCell>{translate('resources.Review.fields.dueState')}</TableCell>
                  <TableCell>{translate('tilsyn.renewals.review')}</TableCell>
                  <TableCell>{translate('resources.Reminder.name', { smart_count: 2 })}</TableCell>
                </TableRow>
              </TableHead>
              <TableBody>
                {rows.map((r) => (
                  <RenewalRow key={r.agreementId} renewal={r} />
                ))}
              </TableBody>
            </Table>
          </Box>
        )}
      </CardContent>
    </Card>
  );
};
