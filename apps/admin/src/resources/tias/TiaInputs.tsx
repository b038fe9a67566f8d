import type { ReactElement, ReactNode } from 'react';
import {
  ArrayInput,
  AutocompleteArrayInput,
  BooleanInput,
  maxLength,
  maxValue,
  minValue,
  NumberInput,
  ReferenceArrayInput,
  required,
  SelectInput,
  SimpleForm,
  SimpleFormIterator,
  TextInput,
  useLocaleState,
  useTranslate,
  type RaRecord,
} from 'react-admin';
import { Box, Grid, Paper, Typography } from '@mui/material';
import { EDPB_STEPS, ESSENTIAL_GUARANTEES } from '@tilsyn/domain';
import { guaranteeRatingChoices, measureKindChoices, tiaConclusionChoices } from '../../components/choices';
import { asLocale } from '../../providers/i18nProvider';
import { transferLabel } from '../transfers/TransferTitle';

const validate = {
  title: [maxLength(300)],
  text: [maxLength(20000)],
  transferIds: [required()],
  reevaluationMonths: [minValue(1), maxValue(60)],
  measureKind: [required()],
  measureDescription: [required(), maxLength(5000)],
};

const Step = ({ step, children }: { step: number; children: ReactNode }) => {
  const translate = useTranslate();
  return (
    <Paper variant="outlined" component="section" aria-labelledby={`tia-form-step-${step}`} sx={{ p: 2, mb: 2, width: '100%' }}>
      <Typography variant="h6" component="h2" id={`tia-form-step-${step}`}>
        {translate('tilsyn.tias.step_label', { step, title: translate(`tilsyn.edpb_steps.step_${step}.title`) })}
      </Typography>
      <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
        {translate(`tilsyn.edpb_steps.step_${step}.guidance`)}
      </Typography>
      {children}
    </Paper>
  );
};

const TransfersInput = () => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  return (
    <ReferenceArrayInput source="transferIds" reference="Transfer" perPage={50} sort={{ field: 'destinationCountry', order: 'ASC' }}>
      <AutocompleteArrayInput
        label="resources.Tia.fields.transferIds"
        optionText={(r: RaRecord) => transferLabel(r as never, translate('tilsyn.transfers.us'), asLocale(locale))}
        filterToQuery={(q: string) => ({ q })}
        validate={validate.transferIds}
        helperText="tilsyn.tias.transfer_ids_help"
        fullWidth
      />
    </ReferenceArrayInput>
  );
};

/** The four guarantees A–D in order: title, explanation, rating, rationale, sources (`guarantees.<i>`). */
const GuaranteeInputs = () => {
  const translate = useTranslate();
  return (
    <Box sx={{ mt: 1 }}>
      <Typography variant="subtitle1" component="h3">
        {translate('resources.Tia.fields.guarantees')}
      </Typography>
      <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
        {translate('tilsyn.tias.guarantees_help')}
      </Typography>
      {ESSENTIAL_GUARANTEES.map((g, i) => (
        <Box key={g} sx={{ borderLeft: 3, borderColor: 'divider', pl: 1.5, mb: 2 }} data-testid={`tia-guarantee-input-${g}`}>
          <Typography variant="subtitle2" component="h4">
            {translate(`tilsyn.guarantees.${g}.title`)}
          </Typography>
          <Typography variant="body2" color="text.secondary">
            {translate(`tilsyn.guarantees.${g}.explanation`)}
          </Typography>
          <Grid container columnSpacing={2}>
            <Grid size={{ xs: 12, md: 4 }}>
              <SelectInput
                source={`guarantees.${i}.rating`}
                label={translate('tilsyn.tias.guarantee_rating')}
                choices={guaranteeRatingChoices}
                validate={required()}
                fullWidth
              />
            </Grid>
            <Grid size={12}>
              <TextInput source={`guarantees.${i}.rationale`} label="resources.Tia.fields.rationale" validate={validate.text} multiline minRows={2} fullWidth />
            </Grid>
            <Grid size={12}>
              <TextInput source={`guarantees.${i}.sources`} label="resources.Tia.fields.sources" validate={validate.text} multiline fullWidth />
            </Grid>
          </Grid>
        </Box>
      ))}
    </Box>
  );
};

/**
 * The TIA form in EDPB's six steps (Rec. 01/2020), Trin 1–6 in order, shared by Create and Edit.
 * `record` (Edit) carries the four guarantees normalised A–D; Create gets them as defaults.
 */
export const TiaForm = ({ record, defaultValues, toolbar, creating = false }: { record?: RaRecord; defaultValues?: Record<string, unknown>; toolbar?: ReactElement; creating?: boolean }) => {
  const translate = useTranslate();
  const stepContent: Record<number, ReactNode> = {
    1: (
      <>
        <TransfersInput />
        <TextInput source="circumstances" validate={validate.text} multiline minRows={4} fullWidth />
      </>
    ),
    2: <TextInput source="toolRelied" validate={validate.text} multiline minRows={2} fullWidth />,
    3: (
      <>
        <TextInput source="lawsAndPractices" validate={validate.text} multiline minRows={4} fullWidth />
        <GuaranteeInputs />
      </>
    ),
    4: (
      <>
        <Typography variant="body2" color="text.secondary">
          {translate('tilsyn.tias.measures_help')}
        </Typography>
        <ArrayInput source="measures" label="resources.Tia.fields.measures">
          <SimpleFormIterator inline disableReordering>
            <SelectInput source="kind" label="resources.Tia.fields.kind" choices={measureKindChoices} validate={validate.measureKind} />
            <TextInput source="description" label="resources.Tia.fields.description" validate={validate.measureDescription} multiline sx={{ minWidth: 360 }} />
            <BooleanInput source="effective" label="resources.Tia.fields.effective" defaultValue={false} />
          </SimpleFormIterator>
        </ArrayInput>
      </>
    ),
    5: <TextInput source="proceduralSteps" validate={validate.text} multiline minRows={2} fullWidth />,
    6: (
      <Grid container columnSpacing={2}>
        <Grid size={{ xs: 12, md: 8 }}>
          <SelectInput source="conclusion" choices={tiaConclusionChoices} helperText="tilsyn.tias.conclusion_help" fullWidth />
        </Grid>
        <Grid size={12}>
          <TextInput source="conclusionRationale" validate={validate.text} multiline minRows={3} fullWidth />
        </Grid>
        <Grid size={{ xs: 12, md: 4 }}>
          <NumberInput source="reevaluationMonths" validate={validate.reevaluationMonths} min={1} max={60} helperText="tilsyn.tias.reevaluation_help" fullWidth />
        </Grid>
      </Grid>
    ),
  };
  return (
    <SimpleForm record={record} defaultValues={defaultValues} toolbar={toolbar} sx={{ maxWidth: 1100 }}>
      <TextInput source="title" validate={validate.title} helperText={creating ? 'tilsyn.tias.title_help' : undefined} fullWidth />
      {EDPB_STEPS.map((s) => (
        <Step step={s.step} key={s.key}>
          {stepContent[s.step]}
        </Step>
      ))}
    </SimpleForm>
  );
};
