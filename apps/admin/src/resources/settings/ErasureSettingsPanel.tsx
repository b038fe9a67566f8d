import { useState } from 'react';
import { useCanAccess, useNotify, useTranslate } from 'react-admin';
import { Alert, Box, Button, Card, CardContent, Grid, LinearProgress, Stack, TextField, Typography } from '@mui/material';
import { useLoaded } from '../../components/useLoaded';
import type { ErasureSettingsRecord } from '../../graphql/types';
import { useTilsynDataProvider } from '../../providers/useTilsynDataProvider';
import { RunErasureFollowUpButton } from '../erasure-notices/ErasureNoticeList';
import { ERASURE_LIMITS, erasureSettingsDraft, parseErasureSettings, type ErasureSettingsDraft, type ErasureSettingsField } from './erasure-settings';

interface FieldSpec {
  field: ErasureSettingsField;
  help: string;
  number?: { min: number; max: number };
}

const FIELDS: FieldSpec[] = [
  { field: 'organisationName', help: 'organisation_help' },
  { field: 'reminderDays', help: 'reminder_days_help' },
  { field: 'escalateAfterDays', help: 'escalate_help', number: ERASURE_LIMITS.escalateAfterDays },
  { field: 'minimumAnswerDays', help: 'minimum_answer_help', number: ERASURE_LIMITS.minimumAnswerDays },
  { field: 'linkGraceDays', help: 'link_grace_help', number: ERASURE_LIMITS.linkGraceDays },
];

/** The form, started from the settings read; keyed by their version so a save starts it again. */
const ErasureSettingsForm = ({ settings, canEdit, onSaved }: { settings: ErasureSettingsRecord; canEdit: boolean; onSaved: () => void }) => {
  const translate = useTranslate();
  const notify = useNotify();
  const dataProvider = useTilsynDataProvider();
  const [draft, setDraft] = useState<ErasureSettingsDraft>(() => erasureSettingsDraft(settings));
  const [saving, setSaving] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const parsed = parseErasureSettings(draft);
  const problems = parsed.ok ? {} : parsed.problems;
  const dirty = JSON.stringify(draft) !== JSON.stringify(erasureSettingsDraft(settings));
  const disabled = !canEdit || saving;

  const save = async () => {
    if (!parsed.ok) return;
    setSaving(true);
    setProblem(null);
    try {
      await dataProvider.updateErasureSettings({ ...parsed.value, version: settings.version });
      notify('tilsyn.erasure.settings.saved', { type: 'success' });
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
        {FIELDS.map(({ field, help, number }) => {
          const error = problems[field];
          return (
            <Grid size={{ xs: 12, md: 6 }} key={field}>
              <TextField
                fullWidth
                size="small"
                type={number ? 'number' : 'text'}
                label={translate(`resources.ErasureSettings.fields.${field}`)}
                value={draft[field]}
                onChange={(e) => setDraft((d) => ({ ...d, [field]: e.target.value }))}
                disabled={disabled}
                error={!!error}
                helperText={error ? translate(`tilsyn.erasure.settings.${error}`, { ...(number ?? ERASURE_LIMITS[field]) }) : translate(`tilsyn.erasure.settings.${help}`)}
                slotProps={{ htmlInput: { ...(number ? { min: number.min, max: number.max } : {}), 'data-testid': `erasure-settings-${field}` } }}
              />
            </Grid>
          );
        })}
      </Grid>
      {canEdit ? (
        <Button variant="contained" sx={{ mt: 2 }} onClick={save} disabled={!dirty || !parsed.ok || saving} data-testid="erasure-settings-save">
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
 * "Sletning": how erasure notices are followed up — who the notices say they are from, the days
 * after sending on which an unanswered recipient is reminded (5 and 10), when the reviewers are
 * told (14), the least time a recipient is given, and how long a confirmation link works after its
 * deadline. The administrator changes them and can run the daily follow-up at once.
 */
export const ErasureSettingsPanel = () => {
  const translate = useTranslate();
  const dataProvider = useTilsynDataProvider();
  const { canAccess: canEdit } = useCanAccess({ resource: 'ErasureSettings', action: 'edit' });
  const settings = useLoaded<ErasureSettingsRecord>(() => dataProvider.getErasureSettings().then((a) => a.data), []);
  const s = settings.data;
  return (
    <Card sx={{ maxWidth: 1100 }} data-testid="settings-erasure">
      <CardContent>
        <Stack direction="row" spacing={2} useFlexGap sx={{ alignItems: 'center', justifyContent: 'space-between', flexWrap: 'wrap' }}>
          <Typography variant="h6" component="h2" gutterBottom>
            {translate('tilsyn.erasure.settings.title')}
          </Typography>
          <RunErasureFollowUpButton />
        </Stack>
        <Typography variant="body2" color="text.secondary" sx={{ mb: 2, maxWidth: 800 }}>
          {translate('tilsyn.erasure.settings.help')}
        </Typography>
        {settings.loading && !s && <LinearProgress />}
        {settings.error && !s && <Alert severity="error">{settings.error.message}</Alert>}
        {s && <ErasureSettingsForm key={s.version} settings={s} canEdit={!!canEdit} onSaved={settings.reload} />}
      </CardContent>
    </Card>
  );
};
