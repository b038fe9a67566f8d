import { useState } from 'react';
import { HttpError, useCanAccess, useNotify, useTranslate } from 'react-admin';
import { Alert, Box, Button, Card, CardContent, Grid, LinearProgress, TextField, Typography } from '@mui/material';
import { useLoaded } from '../../components/useLoaded';
import type { OrganisationDetailsRecord } from '../../graphql/types';
import { useTilsynDataProvider } from '../../providers/useTilsynDataProvider';
import {
  ORGANISATION_DETAILS_FIELDS,
  organisationDetailsDraft,
  parseOrganisationDetails,
  type DetailsProblem,
  type OrganisationDetailsDraft,
  type OrganisationDetailsField,
} from './organisation-details';

/** Wide fields take a whole row and several lines. */
const MULTILINE: readonly OrganisationDetailsField[] = ['organisationAddress', 'jointControllers', 'securityMeasures'];

const problemText = (translate: ReturnType<typeof useTranslate>, problem: DetailsProblem) =>
  problem.key === 'too_long' ? translate('ra.validation.maxLength', { max: problem.max }) : problem.key === 'required' ? translate('ra.validation.required') : translate('tilsyn.validation.invalid_email');

/** The form, started from the details read; keyed by their version so a save starts it again. */
const DetailsForm = ({ details, canEdit, onSaved }: { details: OrganisationDetailsRecord; canEdit: boolean; onSaved: () => void }) => {
  const translate = useTranslate();
  const notify = useNotify();
  const dataProvider = useTilsynDataProvider();
  const [draft, setDraft] = useState<OrganisationDetailsDraft>(() => organisationDetailsDraft(details));
  const [saving, setSaving] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  // The API's own answer for a field (already a sentence in the user's language), until it is edited.
  const [serverErrors, setServerErrors] = useState<Partial<Record<string, string>>>({});
  const parsed = parseOrganisationDetails(draft);
  const problems = parsed.ok ? {} : parsed.problems;
  const dirty = JSON.stringify(draft) !== JSON.stringify(organisationDetailsDraft(details));
  const disabled = !canEdit || saving;

  const save = async () => {
    if (!parsed.ok) return;
    setSaving(true);
    setProblem(null);
    setServerErrors({});
    try {
      await dataProvider.updateOrganisationDetails({ ...parsed.value, version: details.version });
      notify('tilsyn.records.settings.saved', { type: 'success' });
      onSaved();
    } catch (error) {
      setProblem(error instanceof Error ? error.message : translate('tilsyn.client_errors.unexpected'));
      const fieldErrors = error instanceof HttpError ? (error.body as { errors?: Record<string, unknown> } | undefined)?.errors : undefined;
      if (fieldErrors) {
        const { root: _root, ...onInputs } = fieldErrors;
        setServerErrors(Object.fromEntries(Object.entries(onInputs).map(([k, v]) => [k, String(v)])));
      }
    } finally {
      setSaving(false);
    }
  };

  return (
    <Box>
      <Grid container spacing={2} sx={{ maxWidth: 900 }}>
        {ORGANISATION_DETAILS_FIELDS.map((field) => {
          const local = problems[field];
          const server = serverErrors[field];
          const multiline = MULTILINE.includes(field);
          return (
            <Grid size={{ xs: 12, md: multiline ? 12 : 6 }} key={field}>
              <TextField
                fullWidth
                size="small"
                multiline={multiline}
                minRows={multiline ? 2 : undefined}
                type={field.endsWith('Email') ? 'email' : 'text'}
                label={translate(`resources.OrganisationDetails.fields.${field}`)}
                value={draft[field]}
                onChange={(e) => {
                  setDraft((d) => ({ ...d, [field]: e.target.value }));
                  setServerErrors((s) => ({ ...s, [field]: undefined }));
                }}
                disabled={disabled}
                error={!!local || !!server}
                helperText={local ? problemText(translate, local) : (server ?? translate(`tilsyn.records.settings.help.${field}`))}
                slotProps={{ htmlInput: { 'data-testid': `organisation-details-${field}` } }}
              />
            </Grid>
          );
        })}
      </Grid>
      {canEdit ? (
        <Button variant="contained" sx={{ mt: 2 }} onClick={save} disabled={!dirty || !parsed.ok || saving} data-testid="organisation-details-save">
          {translate('tilsyn.settings.save')}
        </Button>
      ) : (
        <Typography variant="body2" color="text.secondary" sx={{ mt: 2 }}>
          {translate('tilsyn.records.settings.dpo_only')}
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
 * "Fortegnelse (art. 30)": who keeps the records — the controller's name and contact details, the
 * DPO, joint controllers or a representative (Art. 30(1)(a)) — and the general description of the
 * security measures (Art. 30(1)(g), 30(2)(d)) that every entry refers to. The DPO and the
 * administrator keep them; everyone reads them.
 */
export const OrganisationDetailsPanel = () => {
  const translate = useTranslate();
  const dataProvider = useTilsynDataProvider();
  const { canAccess: canEdit } = useCanAccess({ resource: 'OrganisationDetails', action: 'edit' });
  const details = useLoaded<OrganisationDetailsRecord>(() => dataProvider.getOrganisationDetails().then((a) => a.data), []);
  const d = details.data;
  return (
    <Card sx={{ maxWidth: 1100 }} data-testid="settings-organisation-details">
      <CardContent>
        <Typography variant="h6" component="h2" gutterBottom>
          {translate('tilsyn.records.settings.title')}
        </Typography>
        <Typography variant="body2" color="text.secondary" sx={{ mb: 2, maxWidth: 800 }}>
          {translate('tilsyn.records.settings.help_text')}
        </Typography>
        {details.loading && !d && <LinearProgress />}
        {details.error && !d && <Alert severity="error">{details.error.message}</Alert>}
        {d && <DetailsForm key={d.version} details={d} canEdit={!!canEdit} onSaved={details.reload} />}
      </CardContent>
    </Card>
  );
};
