import { useState } from 'react';
import { Title, useCanAccess, useNotify, useTranslate } from 'react-admin';
import { Alert, Box, Button, Card, CardContent, FormControlLabel, FormHelperText, LinearProgress, Stack, Switch, Typography } from '@mui/material';
import { announceNotificationsChanged } from '../../components/ChangeDialogs';
import { ChangedTransfers } from '../../components/ChangedTransfers';
import { useLoaded } from '../../components/useLoaded';
import type { OrganisationSettingsRecord, TransferStatusChangeRecord } from '../../graphql/types';
import { useTilsynDataProvider } from '../../providers/useTilsynDataProvider';
import { ErasureSettingsPanel } from './ErasureSettingsPanel';
import { OrganisationDetailsPanel } from './OrganisationDetailsPanel';
import { ReminderSettingsPanel } from './ReminderSettingsPanel';
import { SupervisionCadenceSettings } from './SupervisionCadenceSettings';

/**
 * The organisation's policy: assess the four European Essential Guarantees for every transfer,
 * or (the default) only where the law requires it; the supervision cadence by risk level; when
 * reminders go out; how erasure notices are followed up. Everyone reads it; an administrator
 * changes it, and after the guarantees setting sees the transfers it re-evaluated.
 */
export const OrganisationSettingsPage = () => {
  const translate = useTranslate();
  const notify = useNotify();
  const dataProvider = useTilsynDataProvider();
  const { canAccess: canEdit } = useCanAccess({ resource: 'OrganisationSettings', action: 'edit' });
  const settings = useLoaded<OrganisationSettingsRecord>(() => dataProvider.getOrganisationSettings().then((a) => a.data), []);
  const [value, setValue] = useState<boolean | null>(null);
  const [saving, setSaving] = useState(false);
  const [changed, setChanged] = useState<TransferStatusChangeRecord[] | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const current = settings.data;
  const checked = value ?? current?.guaranteesForEveryTransfer ?? false;
  const dirty = current !== undefined && checked !== current.guaranteesForEveryTransfer;

  const save = async () => {
    if (!current) return;
    setSaving(true);
    setProblem(null);
    try {
      const answer = await dataProvider.updateOrganisationSettings({ guaranteesForEveryTransfer: checked, version: current.version });
      setChanged(answer.data.changedTransfers);
      setValue(null);
      settings.reload();
      notify('tilsyn.settings.saved', { type: 'success' });
      announceNotificationsChanged();
    } catch (error) {
      setProblem(error instanceof Error ? error.message : translate('tilsyn.client_errors.unexpected'));
    } finally {
      setSaving(false);
    }
  };

  return (
    <Stack spacing={2} sx={{ mt: 2 }}>
      <Card sx={{ maxWidth: 960 }}>
        <Title title={translate('tilsyn.settings.title')} />
        <CardContent>
          <Typography variant="h5" component="h1" gutterBottom>
            {translate('tilsyn.settings.title')}
          </Typography>
          {settings.loading && !current && <LinearProgress />}
          {settings.error && !current && <Alert severity="error">{settings.error.message}</Alert>}
          {current && (
            <Box>
              <FormControlLabel
                control={
                  <Switch
                    checked={checked}
                    onChange={(event) => setValue(event.target.checked)}
                    disabled={!canEdit || saving}
                    slotProps={{ input: { 'aria-describedby': 'guarantees-help', 'data-testid': 'settings-guarantees' } as Record<string, string> }}
                  />
                }
                label={translate('resources.OrganisationSettings.fields.guaranteesForEveryTransfer')}
              />
              <FormHelperText id="guarantees-help" sx={{ maxWidth: 720, mb: 2 }}>
                {translate('tilsyn.settings.guarantees_help')}
              </FormHelperText>
              {canEdit ? (
                <Button variant="contained" onClick={save} disabled={!dirty || saving} data-testid="settings-save">
                  {translate('tilsyn.settings.save')}
                </Button>
              ) : (
                <Typography variant="body2" color="text.secondary">
                  {translate('tilsyn.settings.admin_only')}
                </Typography>
              )}
              {problem && (
                <Alert severity="error" sx={{ mt: 2 }} role="alert">
                  {problem}
                </Alert>
              )}
              {changed && (
                <Box sx={{ mt: 3 }}>
                  <ChangedTransfers changes={changed} title={translate('tilsyn.changes.changed_title')} linked />
                </Box>
              )}
            </Box>
          )}
        </CardContent>
      </Card>
      <SupervisionCadenceSettings />
      <ReminderSettingsPanel />
      <ErasureSettingsPanel />
      <OrganisationDetailsPanel />
    </Stack>
  );
};
