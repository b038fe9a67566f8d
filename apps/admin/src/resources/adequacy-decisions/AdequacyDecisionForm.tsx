import { useMemo, useState } from 'react';
import { useNavigate } from 'react-router';
import {
  AutocompleteInput,
  BooleanInput,
  CheckboxGroupInput,
  DateInput,
  FormDataConsumer,
  maxLength,
  required,
  SaveButton,
  SelectInput,
  SimpleForm,
  TextInput,
  Toolbar,
  useCreatePath,
  useLocaleState,
  useNotify,
  useRefresh,
  useTranslate,
} from 'react-admin';
import { Grid } from '@mui/material';
import { countryChoices, countryName, isCountryCode } from '@tilsyn/domain';
import { ChangeConfirmDialog, ChangeResultDialog, announceNotificationsChanged } from '../../components/ChangeDialogs';
import { adequacyConditionChoices, adequacyScopeChoices } from '../../components/choices';
import { fieldErrorsOf } from '../../components/server-errors';
import type { AdequacyDecisionChangeRecord, AdequacyDecisionRecord, TransferStatusChangeRecord } from '../../graphql/types';
import { asLocale } from '../../providers/i18nProvider';
import { useTilsynDataProvider } from '../../providers/useTilsynDataProvider';
import { notBefore } from '../processors/processor-validation';
import { toAdequacyInput, type AdequacyDecisionInput } from './adequacy-input';

const validate = {
  jurisdiction: [required()],
  instrument: [required(), maxLength(300)],
  validFrom: [required()],
  validUntil: [notBefore('validFrom')],
  revokedOn: [notBefore('validFrom')],
  source: [required(), maxLength(2000)],
  notes: [maxLength(5000)],
};

/** A country (ISO code) or an international organisation typed as ORG:<KEY>. */
const JurisdictionInput = ({ current }: { current?: string }) => {
  const [locale] = useLocaleState();
  const translate = useTranslate();
  const choices = useMemo(() => {
    const list = countryChoices(asLocale(locale));
    return current && !isCountryCode(current) ? [{ id: current, name: current }, ...list] : list;
  }, [locale, current]);
  return (
    <AutocompleteInput
      source="jurisdiction"
      choices={choices}
      translateChoice={false}
      validate={validate.jurisdiction}
      helperText="tilsyn.adequacy.jurisdiction_help"
      onCreate={(text?: string) => {
        const id = (text ?? '').trim().toUpperCase();
        return id ? { id, name: isCountryCode(id) ? countryName(id, asLocale(locale)) : id } : undefined;
      }}
      createItemLabel={translate('tilsyn.adequacy.use_value')}
      fullWidth
    />
  );
};

interface Pending {
  input: AdequacyDecisionInput;
  changes: TransferStatusChangeRecord[];
}

/**
 * The adequacy decision form. Saving first asks which transfers would change status
 * (previewAdequacyDecisionChange) and shows them for confirmation; after saving it shows what
 * was re-evaluated (changedTransfers, TIAs marked) and then opens the decision.
 */
export const AdequacyDecisionForm = ({ record }: { record?: AdequacyDecisionRecord }) => {
  const translate = useTranslate();
  const dataProvider = useTilsynDataProvider();
  const notify = useNotify();
  const refresh = useRefresh();
  const navigate = useNavigate();
  const createPath = useCreatePath();
  const [locale] = useLocaleState();
  const [pending, setPending] = useState<Pending | null>(null);
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<AdequacyDecisionChangeRecord | null>(null);

  const preview = async (values: Record<string, unknown>) => {
    const input = toAdequacyInput(values);
    try {
      const changes = (await dataProvider.previewAdequacyDecisionChange(record?.id ?? null, input)).data;
      setPending({ input, changes });
      return undefined;
    } catch (error) {
      notify(error instanceof Error ? error.message : 'ra.notification.http_error', { type: 'error' });
      return fieldErrorsOf(error);
    }
  };

  const save = async () => {
    if (!pending) return;
    setBusy(true);
    try {
      const answer = record
        ? await dataProvider.updateAdequacyDecision({ id: record.id, version: record.version, input: pending.input })
        : await dataProvider.createAdequacyDecision(pending.input);
      setPending(null);
      setResult(answer.data);
      notify('tilsyn.changes.notify_changed', { type: 'success', messageArgs: { smart_count: answer.data.changedTransfers.length } });
      announceNotificationsChanged();
    } catch (error) {
      setPending(null);
      notify(error instanceof Error ? error.message : 'ra.notification.http_error', { type: 'error' });
    } finally {
      setBusy(false);
    }
  };

  const name = (code: string) => (isCountryCode(code) ? countryName(code, asLocale(locale)) : code);

  return (
    <>
      <SimpleForm
        record={record}
        defaultValues={record ? undefined : { scope: 'FULL', conditions: [], toVerify: false }}
        onSubmit={preview}
        toolbar={
          <Toolbar>
            <SaveButton data-testid="adequacy-save" />
          </Toolbar>
        }
      >
        <Grid container columnSpacing={2} sx={{ width: '100%', maxWidth: 960 }}>
          <Grid size={{ xs: 12, md: 6 }}>
            <JurisdictionInput current={record?.jurisdiction} />
          </Grid>
          <Grid size={{ xs: 12, md: 6 }}>
            <TextInput source="instrument" validate={validate.instrument} fullWidth />
          </Grid>
          <Grid size={{ xs: 12, md: 3 }}>
            <DateInput source="adoptedOn" fullWidth />
          </Grid>
          <Grid size={{ xs: 12, md: 3 }}>
            <DateInput source="validFrom" validate={validate.validFrom} fullWidth />
          </Grid>
          <Grid size={{ xs: 12, md: 3 }}>
            <DateInput source="validUntil" validate={validate.validUntil} fullWidth />
          </Grid>
          <Grid size={{ xs: 12, md: 3 }}>
            <DateInput source="revokedOn" validate={validate.revokedOn} fullWidth />
          </Grid>
          <Grid size={{ xs: 12, md: 4 }}>
            <SelectInput source="scope" choices={adequacyScopeChoices} validate={required()} fullWidth />
          </Grid>
          <Grid size={12}>
            <FormDataConsumer>
              {({ formData }) =>
                formData.scope === 'PARTIAL' ? (
                  <CheckboxGroupInput source="conditions" choices={adequacyConditionChoices} helperText="tilsyn.adequacy.conditions_help" validate={required()} />
                ) : null
              }
            </FormDataConsumer>
          </Grid>
          <Grid size={12}>
            <TextInput source="source" type="url" validate={validate.source} helperText="tilsyn.adequacy.source_help" fullWidth />
          </Grid>
          <Grid size={12}>
            <TextInput source="notes" validate={validate.notes} multiline minRows={2} fullWidth />
          </Grid>
          <Grid size={12}>
            <BooleanInput source="toVerify" helperText="tilsyn.adequacy.to_verify_help" />
          </Grid>
        </Grid>
      </SimpleForm>
      <ChangeConfirmDialog
        open={pending !== null}
        title={translate('tilsyn.adequacy.confirm_title')}
        intro={translate('tilsyn.adequacy.confirm_intro', { name: pending ? name(pending.input.jurisdiction) : '' })}
        changes={pending?.changes ?? []}
        confirmLabel={translate('tilsyn.adequacy.confirm_save')}
        busy={busy}
        onConfirm={save}
        onClose={() => setPending(null)}
      />
      <ChangeResultDialog
        open={result !== null}
        changes={result?.changedTransfers ?? []}
        tiasMarked={result?.tiasMarkedForReevaluation ?? 0}
        onClose={() => {
          const id = result?.decision.id;
          setResult(null);
          refresh();
          if (id) navigate(createPath({ resource: 'AdequacyDecision', id, type: 'show' }));
        }}
      />
    </>
  );
};
