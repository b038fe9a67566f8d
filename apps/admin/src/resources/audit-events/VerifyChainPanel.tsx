import { useState } from 'react';
import { Button, useCanAccess, useTranslate } from 'react-admin';
import { Alert, AlertTitle, Box, CircularProgress } from '@mui/material';
import VerifiedIcon from '@mui/icons-material/Verified';
import { useTilsynDataProvider } from '../../providers/useTilsynDataProvider';
import type { AuditVerification } from '../../providers/dataProvider';
import { breakReasonLabel } from './changes';

type State = { kind: 'idle' } | { kind: 'running' } | { kind: 'done'; result: AuditVerification } | { kind: 'failed'; message: string };

/** "Verify chain": recomputes the hash chain on the server and says whether it is intact. */
export const VerifyChainPanel = () => {
  const translate = useTranslate();
  const dataProvider = useTilsynDataProvider();
  const { canAccess } = useCanAccess({ resource: 'AuditEvent', action: 'verify' });
  const [state, setState] = useState<State>({ kind: 'idle' });
  if (!canAccess) return null;

  const verify = async () => {
    setState({ kind: 'running' });
    try {
      const { data } = await dataProvider.verifyAuditTrail();
      setState({ kind: 'done', result: data });
    } catch (error) {
      setState({ kind: 'failed', message: error instanceof Error ? error.message : translate('tilsyn.client_errors.unexpected') });
    }
  };

  return (
    <Box sx={{ display: 'flex', flexDirection: 'column', gap: 1, mt: 2, mb: 1 }}>
      <Box>
        <Button
          label="tilsyn.audit.verify"
          variant="outlined"
          onClick={verify}
          disabled={state.kind === 'running'}
          data-testid="verify-chain"
        >
          {state.kind === 'running' ? <CircularProgress size={16} /> : <VerifiedIcon />}
        </Button>
      </Box>
      {state.kind === 'done' && (
        <Alert severity={state.result.ok ? 'success' : 'error'} role="alert" data-testid="verify-chain-result">
          <AlertTitle>{translate(state.result.ok ? 'tilsyn.audit.verify_title_ok' : 'tilsyn.audit.verify_title_broken')}</AlertTitle>
          {state.result.ok
            ? translate('tilsyn.audit.verify_ok', { count: state.result.checkedEvents, smart_count: state.result.checkedEvents })
            : state.result.reason
              ? translate('tilsyn.audit.verify_broken', {
                  seq: state.result.firstBrokenSeq ?? '?',
                  reason: breakReasonLabel(translate, state.result.reason),
                })
              : translate('tilsyn.audit.verify_broken_unknown', { seq: state.result.firstBrokenSeq ?? '?' })}
        </Alert>
      )}
      {state.kind === 'failed' && (
        <Alert severity="error" role="alert" data-testid="verify-chain-result">
          {state.message}
        </Alert>
      )}
    </Box>
  );
};
