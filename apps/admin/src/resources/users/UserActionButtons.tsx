import { useState } from 'react';
import { useRecordContext, useTranslate } from 'react-admin';
import LockResetIcon from '@mui/icons-material/LockReset';
import PersonOffIcon from '@mui/icons-material/PersonOff';
import HowToRegIcon from '@mui/icons-material/HowToReg';
import { DomainActionButton } from '../../components/DomainActionButton';
import { SecretDialog } from '../../components/SecretDialog';

/** Deactivate / Reactivate / Reset password: explicit mutations, for the administrator only. */
export const UserActionButtons = () => {
  const record = useRecordContext();
  const translate = useTranslate();
  const [temporaryPassword, setTemporaryPassword] = useState<string | null>(null);
  if (!record) return null;
  return (
    <>
      <DomainActionButton
        action="deactivate"
        label="tilsyn.users.deactivate"
        icon={<PersonOffIcon />}
        color="error"
        confirmTitle="tilsyn.users.deactivate_confirm_title"
        confirmContent="tilsyn.users.deactivate_confirm_content"
        hidden={(r) => r.active === false}
        run={(dp, r) => dp.deactivateUser(r.id)}
        successMessage="tilsyn.users.deactivated"
      />
      <DomainActionButton
        action="reactivate"
        label="tilsyn.users.reactivate"
        icon={<HowToRegIcon />}
        confirmTitle="tilsyn.users.reactivate_confirm_title"
        confirmContent="tilsyn.users.reactivate_confirm_content"
        hidden={(r) => r.active !== false}
        run={(dp, r) => dp.reactivateUser(r.id)}
        successMessage="tilsyn.users.reactivated"
      />
      <DomainActionButton
        action="resetPassword"
        label="tilsyn.users.reset_password"
        icon={<LockResetIcon />}
        confirmTitle="tilsyn.users.reset_confirm_title"
        confirmContent="tilsyn.users.reset_confirm_content"
        run={(dp, r) => dp.resetUserPassword(r.id)}
        onDone={(result) => setTemporaryPassword(result.data.temporaryPassword)}
      />
      <SecretDialog
        open={temporaryPassword !== null}
        title={translate('tilsyn.users.reset_done_title')}
        intro={translate('tilsyn.users.temporary_password_intro', { name: record.name })}
        label={translate('resources.User.fields.temporaryPassword')}
        secret={temporaryPassword}
        onClose={() => setTemporaryPassword(null)}
      />
    </>
  );
};
