import { useState } from 'react';
import { useCanAccess, useNotify, useTranslate } from 'react-admin';
import {
  Alert,
  Box,
  Button,
  Card,
  CardContent,
  Checkbox,
  FormControlLabel,
  FormGroup,
  LinearProgress,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  TextField,
  Typography,
} from '@mui/material';
import { SUPERVISION_METHODS, type SupervisionMethod } from '@tilsyn/domain';
import { RiskLevelChip } from '../../components/StatusChips';
import { useLoaded } from '../../components/useLoaded';
import type { SupervisionCadenceRecord } from '../../graphql/types';
import { useTilsynDataProvider } from '../../providers/useTilsynDataProvider';
import { wholeNumber } from './settings-values';

const MAX_INTERVAL_MONTHS = 120;

/** One risk level's cadence, edited in place and saved on its own (updateSupervisionCadence with its version). */
const CadenceRow = ({ cadence, canEdit, onSaved }: { cadence: SupervisionCadenceRecord; canEdit: boolean; onSaved: () => void }) => {
  const translate = useTranslate();
  const notify = useNotify();
  const dataProvider = useTilsynDataProvider();
  const [methods, setMethods] = useState<SupervisionMethod[]>(cadence.methods);
  const [interval, setIntervalText] = useState(String(cadence.intervalMonths));
  const [followUp, setFollowUp] = useState(cadence.followUp);
  const [saving, setSaving] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const level = cadence.riskLevel;
  const months = wholeNumber(interval, 1, MAX_INTERVAL_MONTHS);
  const dirty = JSON.stringify([...methods].sort()) !== JSON.stringify([...cadence.methods].sort()) || interval !== String(cadence.intervalMonths) || followUp !== cadence.followUp;
  const invalid = months === null || methods.length === 0;

  const toggle = (method: SupervisionMethod, on: boolean) =>
    // Kept in the vocabulary's order: the first is the usual method.
    setMethods((current) => SUPERVISION_METHODS.filter((m) => (m === method ? on : current.includes(m))));

  const save = async () => {
    if (months === null) return;
    setSaving(true);
    setProblem(null);
    try {
      await dataProvider.updateSupervisionCadence({ riskLevel: level, version: cadence.version, methods, intervalMonths: months, followUp });
      notify('tilsyn.settings.cadence_saved', { type: 'success', messageArgs: { level: translate(`tilsyn.enums.riskLevel.${level}`) } });
      onSaved();
    } catch (error) {
      setProblem(error instanceof Error ? error.message : translate('tilsyn.client_errors.unexpected'));
    } finally {
      setSaving(false);
    }
  };

  return (
    <>
      <TableRow data-testid={`cadence-${level}`}>
        <TableCell>
          <RiskLevelChip level={level} />
        </TableCell>
        <TableCell>
          <FormGroup row aria-label={translate('tilsyn.settings.cadence_methods')}>
            {SUPERVISION_METHODS.map((m) => (
              <FormControlLabel
                key={m}
                control={
                  <Checkbox
                    size="small"
                    checked={methods.includes(m)}
                    onChange={(e) => toggle(m, e.target.checked)}
                    disabled={!canEdit || saving}
                    slotProps={{ input: { 'data-testid': `cadence-${level}-method-${m}` } as Record<string, string> }}
                  />
                }
                label={translate(`tilsyn.enums.supervisionMethod.${m}`)}
              />
            ))}
          </FormGroup>
          {methods.length === 0 && (
            <Typography variant="caption" color="error">
              {translate('tilsyn.settings.cadence_methods_required')}
            </Typography>
          )}
        </TableCell>
        <TableCell>
          <TextField
            size="small"
            type="number"
            value={interval}
            onChange={(e) => setIntervalText(e.target.value)}
            disabled={!canEdit || saving}
            error={months === null}
            helperText={months === null ? translate('tilsyn.settings.cadence_interval_invalid', { max: MAX_INTERVAL_MONTHS }) : undefined}
            sx={{ width: 110 }}
            slotProps={{
              htmlInput: {
                min: 1,
                max: MAX_INTERVAL_MONTHS,
                'aria-label': `${translate('tilsyn.settings.cadence_interval')}: ${translate(`tilsyn.enums.riskLevel.${level}`)}`,
                'data-testid': `cadence-${level}-interval`,
              },
            }}
          />
        </TableCell>
        <TableCell>
          <Checkbox
            size="small"
            checked={followUp}
            onChange={(e) => setFollowUp(e.target.checked)}
            disabled={!canEdit || saving}
            slotProps={{
              input: {
                'aria-label': `${translate('tilsyn.settings.cadence_follow_up')}: ${translate(`tilsyn.enums.riskLevel.${level}`)}`,
                'data-testid': `cadence-${level}-follow-up`,
              } as Record<string, string>,
            }}
          />
        </TableCell>
        {canEdit && (
          <TableCell>
            <Button size="small" variant="contained" onClick={save} disabled={!dirty || invalid || saving} data-testid={`cadence-${level}-save`}>
              {translate('tilsyn.settings.save')}
            </Button>
          </TableCell>
        )}
      </TableRow>
      {problem && (
        <TableRow>
          <TableCell colSpan={5}>
            <Alert severity="error" role="alert">
              {problem}
            </Alert>
          </TableCell>
        </TableRow>
      )}
    </>
  );
};

/**
 * How deep and how often each risk level is supervised (Datatilsynet 2021): the methods that
 * satisfy it (the first is the usual one), the interval, and whether the audit report's exceptions
 * are followed up. Everyone reads it; the administrator changes it, one level at a time.
 */
export const SupervisionCadenceSettings = () => {
  const translate = useTranslate();
  const dataProvider = useTilsynDataProvider();
  const { canAccess: canEdit } = useCanAccess({ resource: 'SupervisionCadence', action: 'edit' });
  const cadences = useLoaded<SupervisionCadenceRecord[]>(() => dataProvider.getSupervisionCadences().then((a) => a.data), []);
  return (
    <Card sx={{ maxWidth: 1100 }} data-testid="settings-cadence">
      <CardContent>
        <Typography variant="h6" component="h2" gutterBottom>
          {translate('tilsyn.settings.cadence_title')}
        </Typography>
        <Typography variant="body2" color="text.secondary" sx={{ mb: 2, maxWidth: 800 }}>
          {translate('tilsyn.settings.cadence_help')}
        </Typography>
        {cadences.loading && !cadences.data && <LinearProgress />}
        {cadences.error && !cadences.data && <Alert severity="error">{cadences.error.message}</Alert>}
        {cadences.data && (
          <Box sx={{ overflowX: 'auto' }}>
            <Table size="small" aria-label={translate('tilsyn.settings.cadence_title')}>
              <TableHead>
                <TableRow>
                  <TableCell>{translate('tilsyn.risk.level')}</TableCell>
                  <TableCell>{translate('tilsyn.settings.cadence_methods')}</TableCell>
                  <TableCell>{translate('tilsyn.settings.cadence_interval')}</TableCell>
                  <TableCell>{translate('tilsyn.settings.cadence_follow_up')}</TableCell>
                  {canEdit && <TableCell />}
                </TableRow>
              </TableHead>
              <TableBody>
                {cadences.data.map((c) => (
                  // Keyed by version: a saved row starts again from what the API answered.
                  <CadenceRow key={`${c.riskLevel}-${c.version}`} cadence={c} canEdit={!!canEdit} onSaved={cadences.reload} />
                ))}
              </TableBody>
            </Table>
          </Box>
        )}
        {!canEdit && (
          <Typography variant="body2" color="text.secondary" sx={{ mt: 1 }}>
            {translate('tilsyn.settings.admin_only')}
          </Typography>
        )}
      </CardContent>
    </Card>
  );
};
