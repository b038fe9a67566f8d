import { useState } from 'react';
import { useNavigate } from 'react-router';
import {
  BooleanInput,
  Edit,
  maxLength,
  required,
  SaveButton,
  ShowButton,
  SimpleForm,
  TextInput,
  Toolbar,
  TopToolbar,
  useCreatePath,
  useNotify,
  useRecordContext,
  useRefresh,
} from 'react-admin';
import { ChangeResultDialog, announceNotificationsChanged } from '../../components/ChangeDialogs';
import { fieldErrorsOf } from '../../components/server-errors';
import type { CountryChangeRecord, CountryRecord } from '../../graphql/types';
import { useTilsynDataProvider } from '../../providers/useTilsynDataProvider';

const Actions = () => (
  <TopToolbar>
    <ShowButton />
  </TopToolbar>
);

const validate = { name: [required(), maxLength(200)], notes: [maxLength(5000)] };

/** Names, EEA membership and notes (updateCountry); after saving, the transfers it re-evaluated. */
const CountryForm = () => {
  const record = useRecordContext<CountryRecord>();
  const dataProvider = useTilsynDataProvider();
  const notify = useNotify();
  const refresh = useRefresh();
  const navigate = useNavigate();
  const createPath = useCreatePath();
  const [result, setResult] = useState<CountryChangeRecord | null>(null);
  if (!record) return null;

  const save = async (values: Record<string, unknown>) => {
    try {
      const answer = await dataProvider.updateCountry({
        id: record.id,
        version: record.version,
        nameDa: String(values.nameDa ?? ''),
        nameEn: String(values.nameEn ?? ''),
        eeaMember: values.eeaMember === true,
        notes: typeof values.notes === 'string' && values.notes.trim() !== '' ? values.notes : null,
      });
      setResult(answer.data);
      notify('tilsyn.changes.notify_changed', { type: 'success', messageArgs: { smart_count: answer.data.changedTransfers.length } });
      announceNotificationsChanged();
      return undefined;
    } catch (error) {
      notify(error instanceof Error ? error.message : 'ra.notification.http_error', { type: 'error' });
      return fieldErrorsOf(error);
    }
  };

  return (
    <>
      <SimpleForm
        onSubmit={save}
        toolbar={
          <Toolbar>
            <SaveButton />
          </Toolbar>
        }
      >
        <TextInput source="nameDa" validate={validate.name} fullWidth sx={{ maxWidth: 480 }} />
        <TextInput source="nameEn" validate={validate.name} fullWidth sx={{ maxWidth: 480 }} />
        <BooleanInput source="eeaMember" helperText="tilsyn.countries.eea_help" />
        <TextInput source="notes" validate={validate.notes} multiline minRows={2} fullWidth sx={{ maxWidth: 720 }} />
      </SimpleForm>
      <ChangeResultDialog
        open={result !== null}
        changes={result?.changedTransfers ?? []}
        tiasMarked={result?.tiasMarkedForReevaluation ?? 0}
        onClose={() => {
          setResult(null);
          refresh();
          navigate(createPath({ resource: 'Country', id: record.id, type: 'show' }));
        }}
      />
    </>
  );
};

export const CountryEdit = () => (
  <Edit actions={<Actions />} mutationMode="pessimistic">
    <CountryForm />
  </Edit>
);
