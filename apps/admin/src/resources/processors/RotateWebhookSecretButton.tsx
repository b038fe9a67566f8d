import { useState } from 'react';
import { useRecordContext, useTranslate } from 'react-admin';
import { Box } from '@mui/material';
import KeyIcon from '@mui/icons-material/Key';
import { DomainActionButton } from '../../components/DomainActionButton';
import { SecretDialog } from '../../components/SecretDialog';

/**
 * A new secret for the processor's erasure webhook (HMAC-SHA256 both ways), for a WEBHOOK
 * processor and the roles that may change processors. Confirmed first: the old secret stops
 * working at once. The new one is shown once, with a copy button, to hand to the processor.
 */
export const RotateWebhookSecretButton = () => {
  const record = useRecordContext<{ id: string; name: string; erasureChannel?: string | null }>();
  const translate = useTranslate();
  const [secret, setSecret] = useState<string | null>(null);
  if (!record || record.erasureChannel !== 'WEBHOOK') return null;
  return (
    <Box data-testid="processor-rotate-webhook-secret">
      <DomainActionButton
        action="rotateWebhookSecret"
        label="tilsyn.processors.rotate_webhook_secret"
        icon={<KeyIcon />}
        color="warning"
        confirmTitle="tilsyn.processors.rotate_webhook_secret_title"
        confirmContent="tilsyn.processors.rotate_webhook_secret_content"
        run={(dp, r) => dp.rotateErasureWebhookSecret(r.id)}
        onDone={(result) => setSecret(result.data)}
      />
      <SecretDialog
        open={secret !== null}
        title={translate('tilsyn.processors.webhook_secret_title', { name: record.name })}
        intro={translate('tilsyn.processors.webhook_secret_intro')}
        hint={translate('tilsyn.processors.webhook_secret_hint')}
        label={translate('tilsyn.processors.webhook_secret')}
        secret={secret}
        onClose={() => setSecret(null)}
      />
    </Box>
  );
};
