import { useState } from 'react';
import { useCanAccess, useNotify, useTranslate } from 'react-admin';
import { Alert, Box, Button, Card, CardContent, Chip, FormControlLabel, Grid, LinearProgress, Stack, Switch, TextField, Typography } from '@mui/material';
import { useLoaded } from '../../components/useLoaded';
import type { ReminderSettingsRecord } from '../../graphql/types';
import { useTilsynDataProvider } from '../../providers/useTilsynDataProvider';
import { formatDayList, parseDayList, wholeNumber } from './settings-values';

const MAX_DAYS = 365;
const TRANSPORT_COLOR = { SMTP: 'success', DEMO_SINK: 'info', NONE: 'warning' } as const;

interface Draft {
  beforeDays: string;
  onDueDay: boolean;
  overdueEveryDays: string;
  escalateAfterDays: string;
  mailFrom: string;
  renewalWindowDays: string;
}

const draftOf = (s: ReminderSettingsRecord): Draft => ({
  beforeDays: formatDayList(s.beforeDays),
  onDueDay: s.onDueDay,
  overdueEveryDays: String(s.overdueEveryDays),
  escalateAfterDays: String(s.escalateAfterDays),
  mailFrom: s.mailFrom,
  renewalWindowDays: String(s.renewalWindowDays),
});

/** As the API checks it (IsEmail without a top-level domain: tilsyn@localhost is a sender). */
/** A number of days (0 or 1 up to MAX_DAYS) with its help line, or the range when it is not one. */
const DaysField = (p: { label: string; help: string; value: string; onChange: (value: string) => void; invalid: boolean; min: number; disabled: boolean; testId: string }) => {
  const translate = useTranslate();
  return (
    <TextField
      fullWidth
      size="small"
      type="number"
      label={translate(p.label)}
      value={p.value}
      onChange={(e) => p.onChange(e.target.value)}
      disabled={p.disabled}
      error={p.invalid}
      helperText={p.invalid ? translate('tilsyn.settings.reminders_days_invalid', { max: MAX_DAYS }) : translate(p.help)}
      slotProps={{ htmlInput: { min: p.min, max: MAX_DAYS, 'data-testid': p.testId } }}
    />
  );
};

const EMAIL = /^[^\s@]+@[^\s@.]+(\.[^\s@.]+)*$/;

/** The form, started from the settings read; keyed by their version so a save starts it again. */
const ReminderSettingsForm = ({ settings, canEdit, onSaved }: { settings: ReminderSettingsRecord; canEdit: boolean; onSaved: () => void }) => {
  const translate = useTranslate();
  const notify = useNotify();
  const dataProvider = useTilsynDataProvider();
  const [draft, setDraft] = useState<Draft>(() => draftOf(settings));
  const [saving, setSaving] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const set = <K extends keyof Draft>(key: K, value: Draft[K]) => setDraft((d) => ({ ...d, [key]: value }));

  const before = parseDayList(draft.beforeDays);
  const overdue = wholeNumber(draft.overdueEveryDays, 0, MAX_DAYS);
  const escalate = wholeNumber(draft.escalateAfterDays, 0, MAX_DAYS);
  const renewalWindow = wholeNumber(draft.renewalWindowDays, 1, MAX_DAYS);
  const mailOk = EMAIL.test(draft.mailFrom.trim());
  const valid = before.ok && overdue !== null && escalate !== null && renewalWindow !== null && mailOk;
  const dirty = JSON.stringify(draft) !== JSON.stringify(draftOf(settings));
  const disabled = !canEdit || saving;

  const save = async () => {
    if (!before.ok || overdue === null || escalate === null || renewalWindow === null) return;
    setSaving(true);
    setProblem(null);
    try {
      await dataProvider.updateReminderSettings({
        beforeDays: before.days,
        onDueDay: draft.onDueDay,
        overdueEveryDays: overdue,
        escalateAfterDays: escalate,
        mailFrom: draft.mailFrom.trim(),
        renewalWindowDays: renewalWindow,
        version: settings.version,
      });
      notify('tilsyn.settings.reminders_saved', { type: 'success' });
      onSaved();
    } catch (error) {
      setProblem(error instanceof Error ? error.message : translate('tilsyn.client_errors.unexpected'));
    } finally {
      setSaving(false);
    }
  };

  return (
    <Box>
      <Grid container spacing={2} sx={{ maxWidth: 900 }}>
        <Grid size={{ xs: 12, md: 6 }}>
          <TextField
            fullWidth
            size="small"
            label={translate('tilsyn.settings.reminders_before_days')}
            value={draft.beforeDays}
            onChange={(e) => set('beforeDays', e.target.value)}
            disabled={disabled}
            error={!before.ok}
            helperText={before.ok ? translate('tilsyn.settings.reminders_before_days_help') : translate(`tilsyn.settings.reminders_before_days_${before.problem}`, { max: MAX_DAYS })}
            slotProps={{ htmlInput: { 'data-testid': 'reminder-settings-before-days' } }}
          />
        </Grid>
        <Grid size={{ xs: 12, md: 6 }}>
          <FormControlLabel
            control={
              <Switch
                checked={draft.onDueDay}
                onChange={(e) => set('onDueDay', e.target.checked)}
                disabled={disabled}
                slotProps={{ input: { 'data-testid': 'reminder-settings-on-due-day' } as Record<string, string> }}
              />
            }
            label={translate('tilsyn.settings.reminders_on_due_day')}
          />
        </Grid>
        <Grid size={{ xs: 12, md: 6 }}>
          <DaysField label="tilsyn.settings.reminders_overdue_every" help="tilsyn.settings.reminders_zero_off" value={draft.overdueEveryDays} onChange={(v) => set('overdueEveryDays', v)} invalid={overdue === null} min={0} disabled={disabled} testId="reminder-settings-overdue-every" />
        </Grid>
        <Grid size={{ xs: 12, md: 6 }}>
          <DaysField label="tilsyn.settings.reminders_escalate_after" help="tilsyn.settings.reminders_escalate_help" value={draft.escalateAfterDays} onChange={(v) => set('escalateAfterDays', v)} invalid={escalate === null} min={0} disabled={disabled} testId="reminder-settings-escalate-after" />
        </Grid>
        <Grid size={{ xs: 12, md: 6 }}>
          <TextField
            fullWidth
            size="small"
            type="email"
            label={translate('tilsyn.settings.reminders_mail_from')}
            value={draft.mailFrom}
            onChange={(e) => set('mailFrom', e.target.value)}
            disabled={disabled}
            error={!mailOk}
            helperText={mailOk ? undefined : translate('tilsyn.validation.invalid_email')}
            slotProps={{ htmlInput: { 'data-testid': 'reminder-settings-mail-from' } }}
          />
        </Grid>
        <Grid size={{ xs: 12, md: 6 }}>
          <DaysField label="tilsyn.settings.reminders_renewal_window" help="tilsyn.settings.reminders_renewal_window_help" value={draft.renewalWindowDays} onChange={(v) => set('renewalWindowDays', v)} invalid={renewalWindow === null} min={1} disabled={disabled} testId="reminder-settings-renewal-renewalWindow" />
        </Grid>
      </Grid>
      {canEdit ? (
        <Button variant="contained" sx={{ mt: 2 }} onClick={save} disabled={!dirty || !valid || saving} data-testid="reminder-settings-save">
          {translate('tilsyn.settings.save')}
        </Button>
      ) : (
        <Typography variant="body2" color="text.secondary" sx={{ mt: 2 }}>
          {translate('tilsyn.settings.admin_only')}
        </Typography>
      )}
      {problem && (
        <Alert severity="error" sx={{ mt: 2 }} role="alert">
          {problem}
        </Alert>
      )}
    </Box>
  );
};

/**
 * When reminders go out (days before, on the day, while overdue, escalation), from which address,
 * how far ahead DPAs come up for renewal, and how mail leaves: SMTP, the demo sink, or not at all.
 */
export const ReminderSettingsPanel = () => {
  const translate = useTranslate();
  const dataProvider = useTilsynDataProvider();
  const { canAccess: canEdit } = useCanAccess({ resource: 'ReminderSettings', action: 'edit' });
  const settings = useLoaded<ReminderSettingsRecord>(() => dataProvider.getReminderSettings().then((a) => a.data), []);
  const s = settings.data;
  return (
    <Card sx={{ maxWidth: 1100 }} data-testid="settings-reminders">
      <CardContent>
        <Typography variant="h6" component="h2" gutterBottom>
          {translate('tilsyn.settings.reminders_title')}
        </Typography>
        <Typography variant="body2" color="text.secondary" sx={{ mb: 2, maxWidth: 800 }}>
          {translate('tilsyn.settings.reminders_help')}
        </Typography>
        {settings.loading && !s && <LinearProgress />}
        {settings.error && !s && <Alert severity="error">{settings.error.message}</Alert>}
        {s && (
          <>
            <Stack direction="row" spacing={1} useFlexGap sx={{ alignItems: 'center', flexWrap: 'wrap', mb: 2 }}>
              <Typography variant="body2">{translate('tilsyn.settings.mail_transport')}</Typography>
              <Chip
                size="small"
                color={TRANSPORT_COLOR[s.mailTransport as keyof typeof TRANSPORT_COLOR] ?? 'default'}
                label={translate(`tilsyn.enums.mailTransport.${s.mailTransport}`, { _: s.mailTransport })}
                data-testid="reminder-settings-transport"
                data-value={s.mailTransport}
              />
              <Typography variant="caption" color="text.secondary">
                {translate(`tilsyn.settings.mail_transport_help.${s.mailTransport}`, { _: '' })}
              </Typography>
            </Stack>
            <ReminderSettingsForm key={s.version} settings={s} canEdit={!!canEdit} onSaved={settings.reload} />
          </>
        )}
      </CardContent>
    </Card>
  );
};
