import { useState } from 'react';
import { useCanAccess, useTranslate } from 'react-admin';
import { Alert, Box, Button, Grid, Stack, Typography } from '@mui/material';
import VisibilityIcon from '@mui/icons-material/Visibility';
import VisibilityOffIcon from '@mui/icons-material/VisibilityOff';
import type { ErasureIdentifiersRecord, ErasureRequestRecord } from '../../graphql/types';
import { useTilsynDataProvider } from '../../providers/useTilsynDataProvider';
import { Section } from '../reviews/ReviewContent';

const FIELDS = ['cpr', 'name', 'email', 'address'] as const;

/**
 * The person's identifiers, hidden until a DPO or administrator asks to see them: each viewing is
 * one revealErasureIdentifiers call, recorded in the audit trail, and the answer lives in this
 * component only (never in react-admin's cache). Once the request is completed they are erased
 * here too; only the keyed hashes remain for look-up.
 */
export const ErasureIdentifiers = ({ record }: { record: ErasureRequestRecord }) => {
  const translate = useTranslate();
  const dataProvider = useTilsynDataProvider();
  const { canAccess, isPending } = useCanAccess({ resource: 'ErasureRequest', action: 'identifiers' });
  const [shown, setShown] = useState<ErasureIdentifiersRecord | null>(null);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);

  const reveal = async () => {
    setBusy(true);
    setProblem(null);
    try {
      setShown((await dataProvider.revealErasureIdentifiers(record.id)).data);
    } catch (error) {
      setProblem(error instanceof Error ? error.message : translate('tilsyn.client_errors.unexpected'));
    } finally {
      setBusy(false);
    }
  };

  let body;
  if (record.identifiersErased) {
    body = (
      <Typography variant="body2" color="text.secondary" data-testid="erasure-identifiers-erased">
        {translate('tilsyn.erasure.identifiers_erased')}
      </Typography>
    );
  } else if (isPending) {
    body = null;
  } else if (!canAccess) {
    body = (
      <Typography variant="body2" color="text.secondary" data-testid="erasure-identifiers-hidden">
        {translate('tilsyn.erasure.identifiers_role')}
      </Typography>
    );
  } else if (!shown) {
    body = (
      <Stack spacing={1} sx={{ alignItems: 'flex-start' }}>
        <Typography variant="body2" color="text.secondary">
          {translate('tilsyn.erasure.identifiers_logged')}
        </Typography>
        <Button variant="outlined" startIcon={<VisibilityIcon />} onClick={reveal} disabled={busy} data-testid="erasure-reveal-identifiers">
          {translate('tilsyn.erasure.reveal_identifiers')}
        </Button>
      </Stack>
    );
  } else {
    body = (
      <Box data-testid="erasure-identifiers">
        <Grid container spacing={1} sx={{ mb: 1 }}>
          {FIELDS.map((field) => (
            <Grid size={{ xs: 12, sm: 6, md: 3 }} key={field}>
              <Typography variant="caption" color="text.secondary" component="div">
                {translate(`resources.ErasureRequest.fields.${field}`)}
              </Typography>
              <Typography variant="body2" sx={{ overflowWrap: 'anywhere', fontFamily: field === 'cpr' ? 'monospace' : undefined }} data-testid={`erasure-identifier-${field}`}>
                {shown[field] || '—'}
              </Typography>
            </Grid>
          ))}
        </Grid>
        <Button startIcon={<VisibilityOffIcon />} onClick={() => setShown(null)} data-testid="erasure-hide-identifiers">
          {translate('tilsyn.erasure.hide_identifiers')}
        </Button>
      </Box>
    );
  }

  return (
    <Section title="tilsyn.erasure.sections.person" testId="erasure-identifiers-section">
      {body}
      {problem && (
        <Alert severity="error" sx={{ mt: 1 }} role="alert">
          {problem}
        </Alert>
      )}
    </Section>
  );
};
