import { useState } from 'react';
import {
  Button,
  CheckboxGroupInput,
  Confirm,
  FormDataConsumer,
  maxLength,
  maxValue,
  minValue,
  NumberInput,
  required,
  SelectInput,
  TextInput,
  useCanAccess,
  useNotify,
  useRecordContext,
  useRefresh,
  useTranslate,
} from 'react-admin';
import { Alert, Box, Stack, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import AddIcon from '@mui/icons-material/Add';
import DeleteIcon from '@mui/icons-material/Delete';
import EditIcon from '@mui/icons-material/Edit';
import { RECORD_LIMITS } from '@tilsyn/domain';
import { EnumListField } from '../../components/EnumListField';
import { FormDialogButton } from '../../components/FormDialogButton';
import { dataCategoryChoices, retentionTriggerChoices, retentionUnitChoices } from '../../components/choices';
import type { ProcessingActivityRecord, RetentionRuleRecord } from '../../graphql/types';
import { useTilsynDataProvider } from '../../providers/useTilsynDataProvider';
import { retentionRuleText } from './retention-rule-text';

const RESOURCE = 'RetentionRule';
const label = (field: string) => `resources.RetentionRule.fields.${field}`;
const { min: PERIOD_MIN, max: PERIOD_MAX } = RECORD_LIMITS.retentionPeriod;

const validate = {
  label: [required(), maxLength(RECORD_LIMITS.label)],
  period: [required(), minValue(PERIOD_MIN), maxValue(PERIOD_MAX)],
  unit: [required()],
  trigger: [required()],
  legalReference: [maxLength(RECORD_LIMITS.legalReference)],
};

type Values = Record<string, unknown>;
const text = (value: unknown) => (typeof value === 'string' && value.trim() !== '' ? value.trim() : null);

/** The rule's fields as the mutation takes them. */
const ruleData = (values: Values) => ({
  label: typeof values.label === 'string' ? values.label : '',
  dataCategories: Array.isArray(values.dataCategories) ? values.dataCategories : [],
  period: typeof values.period === 'number' ? values.period : Number(values.period),
  unit: values.unit,
  trigger: values.trigger,
  legalReference: text(values.legalReference),
});

/** "Sagsdata: 5 år efter sagens afslutning", live while the form is filled in. */
const RulePreview = ({ values }: { values: Values }) => {
  const translate = useTranslate();
  const period = typeof values.period === 'number' ? values.period : Number(values.period);
  if (!text(values.label) || !Number.isInteger(period) || period < PERIOD_MIN || period > PERIOD_MAX || !values.unit || !values.trigger) return null;
  return (
    <Alert severity="info" role="status" sx={{ mt: 1 }} data-testid="retention-rule-preview">
      {retentionRuleText({ label: String(values.label).trim(), period, unit: String(values.unit), trigger: String(values.trigger) }, translate)}
    </Alert>
  );
};

/** Label, period, unit, trigger, the data it covers and where the period comes from. */
const RuleInputs = () => (
  <>
    <TextInput source="label" label={label('label')} validate={validate.label} helperText="tilsyn.records.rule_label_help" fullWidth />
    <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2}>
      <NumberInput source="period" label={label('period')} validate={validate.period} min={PERIOD_MIN} max={PERIOD_MAX} step={1} sx={{ minWidth: 120 }} />
      <SelectInput source="unit" label={label('unit')} choices={retentionUnitChoices} validate={validate.unit} sx={{ minWidth: 140 }} />
      <SelectInput source="trigger" label={label('trigger')} choices={retentionTriggerChoices} validate={validate.trigger} sx={{ minWidth: 260 }} />
    </Stack>
    <TextInput source="legalReference" label={label('legalReference')} validate={validate.legalReference} helperText="tilsyn.records.legal_reference_help" fullWidth />
    <CheckboxGroupInput source="dataCategories" label={label('dataCategories')} choices={dataCategoryChoices} helperText="tilsyn.records.rule_categories_help" />
    <FormDataConsumer>{({ formData }) => <RulePreview values={formData} />}</FormDataConsumer>
  </>
);

const DeleteRuleButton = ({ rule }: { rule: RetentionRuleRecord }) => {
  const { canAccess } = useCanAccess({ resource: RESOURCE, action: 'delete' });
  const dataProvider = useTilsynDataProvider();
  const translate = useTranslate();
  const notify = useNotify();
  const refresh = useRefresh();
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  if (!canAccess) return null;
  const confirm = async () => {
    setBusy(true);
    try {
      await dataProvider.delete(RESOURCE, { id: rule.id, previousData: rule });
      notify('tilsyn.records.rule_deleted', { type: 'success' });
      refresh();
    } catch (error) {
      notify(error instanceof Error ? error.message : 'ra.notification.http_error', { type: 'error' });
    } finally {
      setBusy(false);
      setOpen(false);
    }
  };
  return (
    <>
      <Button label="ra.action.delete" color="error" size="small" onClick={() => setOpen(true)} data-testid="retention-rule-delete">
        <DeleteIcon />
      </Button>
      <Confirm
        isOpen={open}
        loading={busy}
        title={translate('tilsyn.records.rule_delete_title', { label: rule.label })}
        content={translate('tilsyn.records.rule_delete_content')}
        onConfirm={confirm}
        onClose={() => setOpen(false)}
      />
    </>
  );
};

const EditRuleButton = ({ rule }: { rule: RetentionRuleRecord }) => {
  const translate = useTranslate();
  const dataProvider = useTilsynDataProvider();
  return (
    <FormDialogButton
      resource={RESOURCE}
      action="edit"
      label="ra.action.edit"
      icon={<EditIcon />}
      title={translate('tilsyn.records.rule_edit_title', { label: rule.label })}
      record={{ label: rule.label, period: rule.period, unit: rule.unit, trigger: rule.trigger, legalReference: rule.legalReference ?? '', dataCategories: rule.dataCategories }}
      submitLabel="ra.action.save"
      successMessage="tilsyn.records.rule_updated"
      testId="retention-rule-edit"
      onSubmit={(values: Values) =>
        dataProvider.update(RESOURCE, { id: rule.id, data: { id: rule.id, version: rule.version, ...ruleData(values) }, previousData: rule })
      }
    >
      <RuleInputs />
    </FormDialogButton>
  );
};

const AddRuleButton = ({ activity }: { activity: ProcessingActivityRecord }) => {
  const translate = useTranslate();
  const dataProvider = useTilsynDataProvider();
  return (
    <FormDialogButton
      resource={RESOURCE}
      action="create"
      label="tilsyn.records.rule_add"
      icon={<AddIcon />}
      variant="outlined"
      title={translate('tilsyn.records.rule_add_title', { name: activity.name })}
      record={{ unit: 'YEARS', dataCategories: [] }}
      submitLabel="tilsyn.records.rule_add"
      successMessage="tilsyn.records.rule_added"
      testId="retention-rule-add"
      onSubmit={(values: Values) => dataProvider.create(RESOURCE, { data: { activityId: activity.id, ...ruleData(values) } })}
    >
      <RuleInputs />
    </FormDialogButton>
  );
};

/**
 * Art. 30(1)(f): the activity's retention rules, each said as the record says it, with add, edit
 * and delete for the roles that keep the records (records.write); everyone else reads them.
 */
export const RetentionRules = () => {
  const record = useRecordContext<ProcessingActivityRecord>();
  const translate = useTranslate();
  if (!record) return null;
  const rules = record.retentionRules ?? [];
  return (
    <Box sx={{ width: '100%' }} data-testid="retention-rules">
      {rules.length === 0 ? (
        <Alert severity="warning" sx={{ mb: 2, maxWidth: 800 }} data-testid="retention-rules-none">
          {translate('tilsyn.records.rules_none')}
        </Alert>
      ) : (
        <Box sx={{ overflowX: 'auto', contain: 'inline-size', mb: 2 }}>
          <Table size="small" aria-label={translate('resources.ProcessingActivity.fields.retentionRules')}>
            <TableHead>
              <TableRow>
                <TableCell>{translate('tilsyn.records.rule')}</TableCell>
                <TableCell>{translate(label('dataCategories'))}</TableCell>
                <TableCell>{translate(label('legalReference'))}</TableCell>
                <TableCell>{translate('tilsyn.records.actions')}</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {rules.map((rule) => (
                <TableRow key={rule.id} data-testid="retention-rule-row" data-id={rule.id} sx={{ verticalAlign: 'top' }}>
                  <TableCell>
                    <Typography variant="body2" data-testid="retention-rule-text">
                      {retentionRuleText(rule, translate)}
                    </Typography>
                  </TableCell>
                  <TableCell>
                    <EnumListField record={rule} source="dataCategories" group="dataCategory" emptyText="—" />
                  </TableCell>
                  <TableCell>{rule.legalReference ?? '—'}</TableCell>
                  <TableCell>
                    <Stack direction="row" spacing={0.5} useFlexGap sx={{ flexWrap: 'wrap' }}>
                      <EditRuleButton rule={rule} />
                      <DeleteRuleButton rule={rule} />
                    </Stack>
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </Box>
      )}
      <AddRuleButton activity={record} />
    </Box>
  );
};
