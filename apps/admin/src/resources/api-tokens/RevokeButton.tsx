import BlockIcon from '@mui/icons-material/Block';
import { DomainActionButton } from '../../components/DomainActionButton';

/** revokeApiToken: the token stops working at once; the row stays for the audit trail. */
export const RevokeButton = () => (
  <DomainActionButton
    action="revoke"
    label="tilsyn.api_tokens.revoke"
    icon={<BlockIcon />}
    color="error"
    confirmTitle="tilsyn.api_tokens.revoke_confirm_title"
    confirmContent="tilsyn.api_tokens.revoke_confirm_content"
    hidden={(record) => record.revokedAt != null}
    run={(dp, record) => dp.revokeApiToken(record.id)}
    successMessage="tilsyn.api_tokens.revoked"
  />
);
