import { useEffect, useRef } from 'react';
import {
  AutocompleteInput,
  Create,
  DateInput,
  HttpError,
  maxValue,
  minValue,
  NumberInput,
  ReferenceInput,
  required,
  SelectInput,
  SimpleForm,
  useLocaleState,
  useNotify,
  useTranslate,
  type RaRecord,
} from 'react-admin';
import { useFormContext, useWatch } from 'react-hook-form';
import { Alert, Grid, Typography } from '@mui/material';
import { addDays } from '@tilsyn/domain';
import { NativeSelectInput } from '../../components/NativeSelectInput';
import { UserChoiceInput } from '../../components/UserChoiceInput';
import { todayIso } from '../../components/dates';
import { enumChoices, reviewKindChoices, supervisionMethodChoices } from '../../components/choices';
import { useLoaded } from '../../components/useLoaded';
import { PICKER_QUERY_OPTIONS } from '../../graphql/sparse-fields';
import type { ProcessorRiskRecord } from '../../graphql/types';
import { asLocale } from '../../providers/i18nProvider';
import { useTilsynDataProvider } from '../../providers/useTilsynDataProvider';
import { transferLabel } from '../transfers/TransferTitle';
import { isAlreadyOpenError, subjectTypesFor, toReviewCreateData } from './review-rules';

const validate = {
  required: [required()],
  intervalMonths: [minValue(1), maxValue(120)],
};

/**
 * Keeps the form coherent: a subject type the kind does not allow is replaced by the kind's usual
 * one; a new kind or processor clears the subject picked (and a supervision's method and interval,
 * which the processor's risk fills in again), with any error the server put on them.
 */
const FormRules = () => {
  const { setValue, getValues, clearErrors } = useFormContext();
  const kind = useWatch({ name: 'kind' }) as string | undefined;
  const processorId = useWatch({ name: 'processorId' }) as string | undefined;
  const previous = useRef({ kind, processorId });
  useEffect(() => {
    const allowed = subjectTypesFor(kind);
    if (allowed.length > 0 && !allowed.includes(getValues('subjectType'))) setValue('subjectType', allowed[0], { shouldDirty: true });
    const before = previous.current;
    previous.current = { kind, processorId };
    if (before.kind === kind && before.processorId === processorId) return;
    setValue('subjectId', null, { shouldDirty: true });
    if (before.kind !== kind || kind === 'SUPERVISION') {
      setValue('method', null, { shouldDirty: true });
      setValue('intervalMonths', null, { shouldDirty: true });
    }
    clearErrors();
  }, [kind, processorId, getValues, setValue, clearErrors]);
  return null;
};

const SubjectTypeInput = () => {
  const kind = useWatch({ name: 'kind' }) as string | undefined;
  const choices = enumChoices(subjectTypesFor(kind), 'reviewSubjectType');
  return <NativeSelectInput source="subjectType" label="resources.Review.fields.subjectType" choices={choices} validate={validate.required} testId="review-create-subject-type" />;
};

/** The DPA version, TIA or transfer reviewed, among those of the processor picked above. */
const SubjectInput = () => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const subjectType = useWatch({ name: 'subjectType' }) as string | undefined;
  const processorId = useWatch({ name: 'processorId' }) as string | undefined;
  if (!processorId || !subjectType || subjectType === 'PROCESSOR') return null;
  if (subjectType === 'AGREEMENT') {
    return (
      <ReferenceInput source="subjectId" reference="Agreement" filter={{ processorId }} sort={{ field: 'versionNo', order: 'DESC' }} perPage={100}>
        <SelectInput
          label="tilsyn.reviews.subject_agreement"
          optionText={(r: RaRecord) => translate('tilsyn.agreements.version_label', { version: r.versionNo, title: r.title ?? '' })}
          validate={validate.required}
          fullWidth
        />
      </ReferenceInput>
    );
  }
  if (subjectType === 'TIA') {
    return (
      <ReferenceInput source="subjectId" reference="Tia" filter={{ importerProcessorId: processorId }} sort={{ field: 'updatedAt', order: 'DESC' }} perPage={100}>
        <SelectInput label="tilsyn.reviews.subject_tia" optionText={(r: RaRecord) => `${r.title} (v${r.versionNo})`} validate={validate.required} fullWidth />
      </ReferenceInput>
    );
  }
  return (
    <ReferenceInput source="subjectId" reference="Transfer" filter={{ importerProcessorId: processorId }} sort={{ field: 'destinationCountry', order: 'ASC' }} perPage={100}>
      <SelectInput
        label="tilsyn.reviews.subject_transfer"
        optionText={(r: RaRecord) => transferLabel(r as never, translate('tilsyn.transfers.us'), asLocale(locale))}
        validate={validate.required}
        fullWidth
      />
    </ReferenceInput>
  );
};

/**
 * A supervision follows the processor's risk: its level's cadence names the methods and the
 * interval, filled in here when left empty (createReview does not look the risk up itself).
 */
const SupervisionCadenceHint = () => {
  const translate = useTranslate();
  const dataProvider = useTilsynDataProvider();
  const { setValue, getValues } = useFormContext();
  const kind = useWatch({ name: 'kind' }) as string | undefined;
  const processorId = useWatch({ name: 'processorId' }) as string | undefined;
  const wanted = kind === 'SUPERVISION' && !!processorId;
  const risk = useLoaded<ProcessorRiskRecord | null>(() => (wanted && processorId ? dataProvider.getProcessorRisk(processorId).then((a) => a.data) : Promise.resolve(null)), [wanted, processorId]);
  const data = risk.data;
  useEffect(() => {
    if (!data) return;
    if (!getValues('method') && data.cadence.methods[0]) setValue('method', data.cadence.methods[0], { shouldDirty: true });
    if (!getValues('intervalMonths')) setValue('intervalMonths', data.cadence.intervalMonths, { shouldDirty: true });
  }, [data, getValues, setValue]);
  if (!wanted || !data) return null;
  return (
    <Alert severity="info" sx={{ mb: 1 }} data-testid="review-create-cadence">
      {translate('tilsyn.reviews.cadence_hint', {
        level: translate(`tilsyn.enums.riskLevel.${data.level}`),
        methods: data.cadence.methods.map((m) => translate(`tilsyn.enums.supervisionMethod.${m}`)).join(translate('tilsyn.risk.or')),
        smart_count: data.cadence.intervalMonths,
      })}
    </Alert>
  );
};

const MethodInput = () => {
  const kind = useWatch({ name: 'kind' }) as string | undefined;
  if (kind !== 'SUPERVISION') return null;
  return <NativeSelectInput source="method" label="resources.Review.fields.method" choices={supervisionMethodChoices} emptyText="tilsyn.reviews.choose_method" testId="review-create-method" />;
};

/**
 * Plans a review by hand (the nightly planning creates the usual ones): what kind, about which
 * processor and which of its DPAs, TIAs or transfers, by when and by whom. A link can prefill it
 * (`?source={"kind":"SUPERVISION","processorId":…}`).
 */
export const ReviewCreate = () => {
  const translate = useTranslate();
  const notify = useNotify();
  const onError = (error: unknown) => {
    if (error instanceof HttpError && isAlreadyOpenError(error.body)) notify('tilsyn.reviews.already_open', { type: 'error' });
    else notify(error instanceof Error ? error.message : 'ra.notification.http_error', { type: 'error' });
  };
  return (
    <Create redirect="show" transform={(data: Record<string, unknown>) => toReviewCreateData(data)} mutationOptions={{ onError }}>
      <SimpleForm defaultValues={{ kind: 'SUPERVISION', subjectType: 'PROCESSOR', dueOn: addDays(todayIso(), 30) }} sx={{ maxWidth: 900 }}>
        <FormRules />
        <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
          {translate('tilsyn.reviews.create_intro')}
        </Typography>
        <Grid container columnSpacing={2} sx={{ width: '100%' }}>
          <Grid size={{ xs: 12, md: 6 }}>
            <SelectInput source="kind" choices={reviewKindChoices} validate={validate.required} fullWidth />
          </Grid>
          <Grid size={{ xs: 12, md: 6 }}>
            <SubjectTypeInput />
          </Grid>
          <Grid size={12}>
            <ReferenceInput source="processorId" reference="Processor" sort={{ field: 'name', order: 'ASC' }} queryOptions={PICKER_QUERY_OPTIONS}>
              <AutocompleteInput optionText="name" filterToQuery={(q: string) => ({ q })} label="resources.Review.fields.processorId" validate={validate.required} fullWidth />
            </ReferenceInput>
          </Grid>
          <Grid size={12}>
            <SubjectInput />
          </Grid>
          <Grid size={12}>
            <SupervisionCadenceHint />
          </Grid>
          <Grid size={{ xs: 12, md: 6 }}>
            <MethodInput />
          </Grid>
          <Grid size={{ xs: 12, md: 6 }}>
            <NumberInput source="intervalMonths" validate={validate.intervalMonths} min={1} max={120} helperText="tilsyn.reviews.interval_create_help" fullWidth />
          </Grid>
          <Grid size={{ xs: 12, md: 6 }}>
            <DateInput source="dueOn" validate={validate.required} fullWidth />
          </Grid>
          <Grid size={{ xs: 12, md: 6 }}>
            <UserChoiceInput source="assigneeId" emptyText="tilsyn.reviews.no_assignee" helperText="tilsyn.reviews.assignee_help" fullWidth />
          </Grid>
        </Grid>
      </SimpleForm>
    </Create>
  );
};
