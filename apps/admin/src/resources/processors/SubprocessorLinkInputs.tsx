import {
  AutocompleteInput,
  DateInput,
  FormDataConsumer,
  maxValue,
  minValue,
  NumberInput,
  ReferenceInput,
  required,
  SelectInput,
  useTranslate,
} from 'react-admin';
import { Alert, Stack } from '@mui/material';
import { assessSubprocessorLink, isIsoDate, type SubprocessorAuthorisation } from '@tilsyn/domain';
import { LinkFindingChips } from '../../components/FindingsTable';
import { useFormatIsoDate } from '../../components/IsoDateField';
import { todayIso } from '../../components/dates';
import { subprocessorRegimeChoices } from '../../components/choices';
import { PICKER_QUERY_OPTIONS } from '../../graphql/sparse-fields';

const label = (field: string) => `resources.SubprocessorLink.fields.${field}`;

/** GENERAL needs a notice period; SPECIFIC has none. */
const requiredForGeneral = (value: unknown, values: Record<string, unknown> = {}) =>
  values.regime === 'GENERAL' && (value === null || value === undefined || value === '') ? 'tilsyn.validation.required_for_general' : undefined;

const noticeDaysValidators = [requiredForGeneral, minValue(0), maxValue(365)];

const asDate = (value: unknown) => (typeof value === 'string' && isIsoDate(value) ? value : null);

/**
 * What the rules say about these facts today (the same domain function the API uses): authorised
 * or not, the objection deadline, and what would be found.
 */
const LinkPreview = ({ values }: { values: Record<string, unknown> }) => {
  const translate = useTranslate();
  const formatDate = useFormatIsoDate();
  const regime = values.regime === 'GENERAL' || values.regime === 'SPECIFIC' ? (values.regime as SubprocessorAuthorisation) : null;
  if (!regime) return null;
  const result = assessSubprocessorLink(
    {
      regime,
      noticeDays: typeof values.noticeDays === 'number' ? values.noticeDays : null,
      notifiedOn: asDate(values.notifiedOn),
      firstUsedOn: asDate(values.firstUsedOn),
      approvedOn: asDate(values.approvedOn),
      objectedOn: asDate(values.objectedOn),
    },
    todayIso(),
  );
  return (
    <Alert severity={result.findings.length > 0 ? 'warning' : 'info'} sx={{ mt: 1 }} role="status" data-testid="link-preview">
      <Stack spacing={1}>
        <span>
          {translate('tilsyn.subprocessors.preview', {
            authorised: translate(result.authorised ? 'tilsyn.subprocessors.authorised_yes' : 'tilsyn.subprocessors.authorised_no'),
            deadline: result.objectionDeadline ? formatDate(result.objectionDeadline) : translate('tilsyn.subprocessors.preview_none'),
          })}
        </span>
        <LinkFindingChips findings={result.findings} />
      </Stack>
    </Alert>
  );
};

/** Regime, notice, notification and first use: the facts a vendor manager records about a link. */
export const LinkFactsInputs = () => (
  <>
    <SelectInput source="regime" label={label('regime')} choices={subprocessorRegimeChoices} validate={required()} fullWidth />
    <FormDataConsumer>
      {({ formData }) =>
        formData.regime === 'GENERAL' ? (
          <NumberInput
            source="noticeDays"
            label={label('noticeDays')}
            validate={noticeDaysValidators}
            helperText="tilsyn.subprocessors.notice_days_help"
            min={0}
            max={365}
            fullWidth
          />
        ) : null
      }
    </FormDataConsumer>
    <DateInput source="notifiedOn" label={label('notifiedOn')} fullWidth />
    <DateInput source="firstUsedOn" label={label('firstUsedOn')} fullWidth />
    <FormDataConsumer>{({ formData }) => <LinkPreview values={formData} />}</FormDataConsumer>
  </>
);

/** The sub-processor to add: any processor in the register (a cycle is refused by the API, and said so). */
export const SubprocessorPicker = () => (
  <ReferenceInput source="subprocessorId" reference="Processor" sort={{ field: 'name', order: 'ASC' }} queryOptions={PICKER_QUERY_OPTIONS} perPage={25}>
    <AutocompleteInput label={label('subprocessorId')} optionText="name" filterToQuery={(q: string) => ({ q })} validate={required()} fullWidth />
  </ReferenceInput>
);
