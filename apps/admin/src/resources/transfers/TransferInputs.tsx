import type { ReactElement, ReactNode } from 'react';
import {
  AutocompleteInput,
  BooleanInput,
  CheckboxGroupInput,
  DateInput,
  FormDataConsumer,
  maxLength,
  minValue,
  NumberInput,
  ReferenceInput,
  required,
  SelectInput,
  SimpleForm,
  TextInput,
  useTranslate,
} from 'react-admin';
import { useWatch } from 'react-hook-form';
import { Alert, Box, Grid, Typography } from '@mui/material';
import { CountryInput } from '../../components/CountryInput';
import { InputTestId } from '../../components/InputTestId';
import { NativeSelectInput } from '../../components/NativeSelectInput';
import { UserChoiceInput } from '../../components/UserChoiceInput';
import {
  accessKindChoices,
  cprDisclosureBasisChoices,
  dataCategoryChoices,
  dataSubjectCategoryChoices,
  derogationGroundChoices,
  engagementRoleChoices,
  sccModuleChoices,
  transferFrequencyChoices,
  transferMechanismChoices,
} from '../../components/choices';
import { PICKER_QUERY_OPTIONS } from '../../graphql/sparse-fields';
import { notBefore } from '../processors/processor-validation';
import { showsCprBasis, showsDataSubjectCount, toolFieldsFor } from './transfer-form';
import { LiveAssessmentProvider, useLiveAssessment } from './useLiveAssessment';
import { TransferLivePanel } from './TransferLivePanel';

const validate = {
  importer: [required()],
  country: [required()],
  text: [maxLength(2000)],
  long: [maxLength(10000)],
  endedOn: [notBefore('startedOn')],
  dataSubjectCount: [minValue(1)],
  derogationJustification: [maxLength(10000)],
};

/** What a new transfer starts with: systematic storage, no tool yet (so NO_TRANSFER_TOOL until one is chosen). */
export const TRANSFER_DEFAULTS = {
  accessKind: 'STORAGE',
  frequency: 'SYSTEMATIC',
  dataCategories: [],
  dataSubjectCategories: [],
  mechanism: null,
  sccDocking: false,
};

const Section = ({ title, children }: { title: string; children: ReactNode }) => {
  const translate = useTranslate();
  return (
    <Box component="section" sx={{ mb: 2 }}>
      <Typography variant="h6" component="h2" sx={{ mb: 1 }}>
        {translate(title)}
      </Typography>
      <Grid container columnSpacing={2}>
        {children}
      </Grid>
    </Box>
  );
};

const Cell = ({ children, md = 12 }: { children: ReactElement; md?: number }) => <Grid size={{ xs: 12, md }}>{children}</Grid>;

const ProcessorAutocomplete = ({ source, label, testId, validators, helperText, emptyText }: { source: string; label: string; testId: string; validators?: ReturnType<typeof required>[]; helperText?: string; emptyText?: string }) => (
  <InputTestId testId={testId}>
    <ReferenceInput source={source} reference="Processor" sort={{ field: 'name', order: 'ASC' }} queryOptions={PICKER_QUERY_OPTIONS} perPage={25}>
      <AutocompleteInput
        optionText="name"
        filterToQuery={(q: string) => ({ q })}
        validate={validators}
        label={label}
        helperText={helperText}
        emptyText={emptyText}
        fullWidth
      />
    </ReferenceInput>
  </InputTestId>
);

/** "Expected module 2" from the live assessment, and a warning when the chosen one differs. */
const SccModuleHint = () => {
  const translate = useTranslate();
  const { assessment } = useLiveAssessment();
  const chosen = useWatch({ name: 'sccModule' }) as number | null | undefined;
  if (!assessment) {
    return (
      <Typography variant="body2" color="text.secondary" data-testid="scc-expected-module">
        {translate('tilsyn.transfers.scc_expected_unknown')}
      </Typography>
    );
  }
  const expected = translate(`tilsyn.enums.sccModule.${assessment.expectedSccModule}`);
  if (chosen && Number(chosen) !== assessment.expectedSccModule) {
    return (
      <Alert severity="warning" data-testid="scc-expected-module" data-expected={assessment.expectedSccModule}>
        {translate('tilsyn.transfers.scc_module_mismatch', { chosen, module: expected })}
      </Alert>
    );
  }
  return (
    <Typography variant="body2" color="text.secondary" data-testid="scc-expected-module" data-expected={assessment.expectedSccModule}>
      {translate('tilsyn.transfers.scc_expected_module', { module: expected })}
    </Typography>
  );
};

/** Only the fields of the chosen tool (transfer-form.ts TOOL_FIELDS). */
const ToolInputs = () => {
  const translate = useTranslate();
  const mechanism = useWatch({ name: 'mechanism' }) as string | null | undefined;
  const fields = toolFieldsFor(mechanism);
  return (
    <>
      <Cell md={8}>
        <NativeSelectInput
          source="mechanism"
          choices={transferMechanismChoices}
          emptyText="tilsyn.enums.transferMechanism.NONE"
          testId="transfer-mechanism"
          helperText={!mechanism ? translate('tilsyn.transfers.tool_none_hint') : mechanism === 'ADEQUACY' ? translate('tilsyn.transfers.tool_adequacy_hint') : undefined}
        />
      </Cell>
      {fields.includes('sccModule') && (
        <>
          <Cell md={6}>
            <NativeSelectInput source="sccModule" choices={sccModuleChoices} emptyText="tilsyn.transfers.choose" testId="transfer-scc-module" numeric />
          </Cell>
          <Cell md={6}>
            <DateInput source="sccSignedOn" fullWidth slotProps={{ htmlInput: { 'data-testid': 'transfer-scc-signed' } }} />
          </Cell>
          <Cell>
            <SccModuleHint />
          </Cell>
          <Cell md={6}>
            <BooleanInput source="sccDocking" />
          </Cell>
          <Cell>
            <TextInput source="sccAnnexNotes" validate={validate.long} multiline minRows={2} fullWidth />
          </Cell>
        </>
      )}
      {fields.includes('bcrAuthority') && (
        <>
          <Cell md={6}>
            <TextInput source="bcrAuthority" validate={validate.text} fullWidth />
          </Cell>
          <Cell md={6}>
            <DateInput source="bcrApprovedOn" fullWidth />
          </Cell>
        </>
      )}
      {fields.includes('toolReference') && (
        <Cell>
          <TextInput source="toolReference" validate={validate.text} fullWidth />
        </Cell>
      )}
      {fields.includes('derogationGround') && (
        <>
          <Cell md={8}>
            <SelectInput source="derogationGround" choices={derogationGroundChoices} fullWidth />
          </Cell>
          <Cell>
            <TextInput source="derogationJustification" validate={validate.derogationJustification} multiline minRows={3} fullWidth />
          </Cell>
        </>
      )}
    </>
  );
};

/**
 * The transfer form, shared by Create and Edit: who exports to whom and where, which data how
 * often, the tool with only its own fields, and the live assessment beside it.
 */
export const TransferForm = ({ transferId, toolbar, defaultValues }: { transferId?: string | null; toolbar?: ReactElement; defaultValues?: Record<string, unknown> }) => {
  const translate = useTranslate();
  return (
    <SimpleForm toolbar={toolbar} defaultValues={defaultValues} sx={{ maxWidth: 1400 }}>
      <LiveAssessmentProvider transferId={transferId}>
        <Grid container spacing={3} sx={{ width: '100%' }}>
          <Grid size={{ xs: 12, md: 8 }}>
            <Section title="tilsyn.transfers.sections.parties">
              <Cell md={6}>
                <ProcessorAutocomplete
                  source="exporterProcessorId"
                  label="resources.Transfer.fields.exporterProcessorId"
                  testId="transfer-exporter"
                  helperText="tilsyn.transfers.exporter_us_hint"
                  emptyText="tilsyn.transfers.us"
                />
              </Cell>
              <Cell md={6}>
                <ProcessorAutocomplete source="importerProcessorId" label="resources.Transfer.fields.importerProcessorId" testId="transfer-importer" validators={validate.importer} />
              </Cell>
              <Cell md={6}>
                <SelectInput
                  source="importerRole"
                  choices={engagementRoleChoices}
                  emptyText="tilsyn.transfers.importer_role_default"
                  helperText="tilsyn.transfers.importer_role_hint"
                  fullWidth
                />
              </Cell>
              <Cell md={6}>
                <InputTestId testId="transfer-country">
                  <CountryInput source="destinationCountry" validate={validate.country} fullWidth />
                </InputTestId>
              </Cell>
              <Cell md={6}>
                <SelectInput source="accessKind" choices={accessKindChoices} validate={required()} fullWidth />
              </Cell>
            </Section>
            <Section title="tilsyn.transfers.sections.data">
              <Cell>
                <CheckboxGroupInput source="dataCategories" choices={dataCategoryChoices} />
              </Cell>
              <Cell>
                <CheckboxGroupInput source="dataSubjectCategories" choices={dataSubjectCategoryChoices} />
              </Cell>
              <Cell md={6}>
                <SelectInput source="frequency" choices={transferFrequencyChoices} validate={required()} fullWidth />
              </Cell>
              <Cell md={6}>
                <FormDataConsumer>
                  {({ formData }) =>
                    showsDataSubjectCount(formData.frequency) ? (
                      <NumberInput source="dataSubjectCount" validate={validate.dataSubjectCount} min={1} helperText="tilsyn.transfers.data_subject_count_help" fullWidth />
                    ) : null
                  }
                </FormDataConsumer>
              </Cell>
              <Cell>
                <TextInput source="purpose" validate={validate.text} multiline fullWidth />
              </Cell>
              <Cell md={6}>
                <DateInput source="startedOn" fullWidth />
              </Cell>
              <Cell md={6}>
                <DateInput source="endedOn" validate={validate.endedOn} fullWidth />
              </Cell>
              <FormDataConsumer>
                {({ formData }) =>
                  showsCprBasis(formData.dataCategories) ? (
                    <Cell>
                      <SelectInput
                        source="cprDisclosureBasis"
                        choices={cprDisclosureBasisChoices}
                        helperText={
                          typeof formData.cprDisclosureBasis === 'string' && formData.cprDisclosureBasis
                            ? translate(`tilsyn.cpr_basis_help.${formData.cprDisclosureBasis}`)
                            : translate('tilsyn.transfers.cpr_help')
                        }
                        fullWidth
                      />
                    </Cell>
                  ) : null
                }
              </FormDataConsumer>
            </Section>
            <Section title="tilsyn.transfers.tool_section">
              <ToolInputs />
            </Section>
            <Section title="tilsyn.transfers.sections.other">
              <Cell md={6}>
                <UserChoiceInput source="ownerId" emptyText="tilsyn.processors.owner_none" fullWidth />
              </Cell>
              <Cell>
                <TextInput source="notes" validate={validate.long} multiline minRows={2} fullWidth />
              </Cell>
            </Section>
          </Grid>
          <Grid size={{ xs: 12, md: 4 }}>
            <TransferLivePanel />
          </Grid>
        </Grid>
      </LiveAssessmentProvider>
    </SimpleForm>
  );
};
