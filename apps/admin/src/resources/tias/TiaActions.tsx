import { useRef } from 'react';
import { useNavigate } from 'react-router';
import { DeleteButton, EditButton, maxLength, required, TextInput, TopToolbar, useCanAccess, useCreatePath, useGetIdentity, useRecordContext, useTranslate } from 'react-admin';
import SendIcon from '@mui/icons-material/Send';
import TaskAltIcon from '@mui/icons-material/TaskAlt';
import UndoIcon from '@mui/icons-material/Undo';
import ControlPointDuplicateIcon from '@mui/icons-material/ControlPointDuplicate';
import { FormDialogButton } from '../../components/FormDialogButton';
import type { TiaRecord } from '../../graphql/types';
import { useTilsynDataProvider } from '../../providers/useTilsynDataProvider';
import { tiaActions, type TiaActionSet } from './tia-rules';

const commentValidators = [required(), maxLength(5000)];

/** What the signed-in user may do with this TIA version (state, role, four eyes). */
export function useTiaActions(record: TiaRecord | undefined): TiaActionSet | null {
  const { identity, isPending } = useGetIdentity();
  const { canAccess: canWrite, isPending: p1 } = useCanAccess({ resource: 'Tia', action: 'submit' });
  const { canAccess: canApprove, isPending: p2 } = useCanAccess({ resource: 'Tia', action: 'approve' });
  if (!record || isPending || p1 || p2) return null;
  return tiaActions({
    status: record.status,
    writerIds: record.writerIds ?? [],
    userId: identity?.id != null ? String(identity.id) : null,
    canWrite: !!canWrite,
    canApprove: !!canApprove,
  });
}

/**
 * The TIA's transitions, each an explicit mutation behind a small confirmation dialog:
 * submit (writers, DRAFT/SENT_BACK), approve and send back (tia.approve, SUBMITTED, never one's
 * own: four eyes), new version (APPROVED). Edit and delete while it is a draft.
 */
export const TiaActions = () => {
  const record = useRecordContext<TiaRecord>();
  const translate = useTranslate();
  const dataProvider = useTilsynDataProvider();
  const navigate = useNavigate();
  const createPath = useCreatePath();
  const actions = useTiaActions(record);
  const created = useRef<string | null>(null);
  if (!record || !actions) return <TopToolbar />;
  const at = { id: record.id, version: record.version };
  return (
    <TopToolbar>
      {actions.edit && <EditButton />}
      {actions.submit && (
        <FormDialogButton
          resource="Tia"
          action="submit"
          label="tilsyn.tias.submit"
          icon={<SendIcon />}
          variant="contained"
          title={translate('tilsyn.tias.submit_title')}
          intro={translate('tilsyn.tias.submit_content')}
          successMessage="tilsyn.tias.submitted"
          testId="tia-submit"
          disabled={(record.submissionGaps ?? []).length > 0}
          onSubmit={() => dataProvider.submitTia(at)}
        >
          {null}
        </FormDialogButton>
      )}
      {actions.approve && (
        <FormDialogButton
          resource="Tia"
          action="approve"
          label="tilsyn.tias.approve"
          icon={<TaskAltIcon />}
          variant="contained"
          title={translate('tilsyn.tias.approve_title')}
          intro={translate('tilsyn.tias.approve_content')}
          successMessage="tilsyn.tias.approved"
          testId="tia-approve"
          onSubmit={() => dataProvider.approveTia(at)}
        >
          {null}
        </FormDialogButton>
      )}
      {actions.sendBack && (
        <FormDialogButton
          resource="Tia"
          action="sendBack"
          label="tilsyn.tias.send_back"
          icon={<UndoIcon />}
          color="warning"
          variant="outlined"
          title={translate('tilsyn.tias.send_back_title')}
          intro={translate('tilsyn.tias.send_back_intro')}
          successMessage="tilsyn.tias.sent_back"
          testId="tia-send-back"
          onSubmit={(values) => dataProvider.sendBackTia({ ...at, comment: String(values.comment ?? '') })}
        >
          <TextInput source="comment" label="resources.Tia.fields.comment" validate={commentValidators} multiline minRows={3} fullWidth autoFocus />
        </FormDialogButton>
      )}
      {actions.newVersion && (
        <FormDialogButton
          resource="Tia"
          action="newVersion"
          label="tilsyn.tias.new_version"
          icon={<ControlPointDuplicateIcon />}
          title={translate('tilsyn.tias.new_version_title')}
          intro={translate('tilsyn.tias.new_version_content')}
          successMessage="tilsyn.tias.new_version_created"
          testId="tia-new-version"
          onSubmit={async () => {
            created.current = String((await dataProvider.newTiaVersion(at)).data.id);
          }}
          onDone={() => {
            if (created.current) navigate(createPath({ resource: 'Tia', id: created.current, type: 'show' }));
          }}
        >
          {null}
        </FormDialogButton>
      )}
      {actions.delete && <DeleteButton mutationMode="pessimistic" />}
    </TopToolbar>
  );
};
