import { DataTable, ExportButton, FilterButton, List, NullableBooleanInput, SelectInput, TopToolbar, useRecordContext, useTranslate } from 'react-admin';
import { Alert, Stack } from '@mui/material';
import PlayArrowIcon from '@mui/icons-material/PlayArrow';
import { DateTimeField } from '../../components/DateTimeField';
import { IsoDateField } from '../../components/IsoDateField';
import { RunNowButton } from '../../components/RunNowButton';
import { reminderStatusChoices } from '../../components/choices';
import type { ReminderRecord } from '../../graphql/types';
import { DeliveryProblemText, RecipientsText, ReminderStatus, ReminderSubjectLink, RetryReminderButton, ThresholdText } from './ReminderFields';
import { safeExporter } from '../../components/csv-exporter';

const noWrap = () => ({ whiteSpace: 'nowrap' });

const filters = [
  <SelectInput source="status" choices={reminderStatusChoices} key="status" alwaysOn />,
  <NullableBooleanInput source="escalation" key="escalation" trueLabel="tilsyn.reminders.filter_escalation" falseLabel="tilsyn.reminders.filter_not_escalation" alwaysOn />,
];

/** Runs the daily scan now (the administrator; it also runs every morning): how many reminders were new. */
const RunScanButton = () => (
  <RunNowButton
    resource="Reminder"
    action="scan"
    label="tilsyn.reminders.run_scan"
    icon={<PlayArrowIcon />}
    run={(dataProvider) => dataProvider.runReminderScan()}
    successMessage="tilsyn.reminders.scanned"
    testId="reminder-run-scan"
  />
);

const ListActions = () => (
  <TopToolbar>
    <FilterButton />
    <RunScanButton />
    <ExportButton maxResults={100} />
  </TopToolbar>
);

type ColProps = { label?: string; source?: string };

const SubjectField = (_props: ColProps) => {
  const record = useRecordContext<ReminderRecord>();
  return record ? <ReminderSubjectLink reminder={record} /> : null;
};
const ThresholdField = (_props: ColProps) => {
  const record = useRecordContext<ReminderRecord>();
  return record ? <ThresholdText reminder={record} /> : null;
};
const RecipientsField = (_props: ColProps) => {
  const record = useRecordContext<ReminderRecord>();
  return record ? <RecipientsText reminder={record} /> : null;
};
const StatusField = (_props: ColProps) => {
  const record = useRecordContext<ReminderRecord>();
  return record ? <ReminderStatus reminder={record} /> : null;
};
const ProblemField = (_props: ColProps) => {
  const record = useRecordContext<ReminderRecord>();
  return record ? <DeliveryProblemText reminder={record} /> : null;
};
const RetryField = (_props: ColProps) => {
  const record = useRecordContext<ReminderRecord>();
  return record ? <RetryReminderButton reminder={record} /> : null;
};

/** What the statuses mean, and that FAILED is the one that needs attention. */
const Intro = () => {
  const translate = useTranslate();
  return (
    <Alert severity="info" sx={{ mb: 1 }}>
      {translate('tilsyn.reminders.intro')}
    </Alert>
  );
};

/**
 * Every reminder with its delivery record: one per subject, due date and threshold, sent at most
 * once. FAILED ones need attention: the mail server refused them or the attempts ran out.
 */
export const ReminderList = () => (
  <Stack sx={{ width: '100%' }}>
    <Intro />
    <List exporter={safeExporter} sort={{ field: 'thresholdOn', order: 'DESC' }} filters={filters} actions={<ListActions />} perPage={25}>
      <DataTable bulkActionButtons={false} rowClick={false}>
        <DataTable.Col source="subjectType" disableSort>
          <SubjectField />
        </DataTable.Col>
        <DataTable.Col source="processorName" disableSort />
        <DataTable.Col source="thresholdKey" disableSort>
          <ThresholdField />
        </DataTable.Col>
        <DataTable.Col source="thresholdOn" field={IsoDateField} cellSx={noWrap} />
        <DataTable.Col source="dueOn" field={IsoDateField} cellSx={noWrap} />
        <DataTable.Col source="recipients" disableSort>
          <RecipientsField />
        </DataTable.Col>
        <DataTable.Col source="status">
          <StatusField />
        </DataTable.Col>
        <DataTable.Col source="attempts" disableSort />
        <DataTable.Col source="lastError" disableSort>
          <ProblemField />
        </DataTable.Col>
        <DataTable.Col source="sentAt" field={DateTimeField} disableSort cellSx={noWrap} />
        <DataTable.Col label="" disableSort>
          <RetryField />
        </DataTable.Col>
      </DataTable>
    </List>
  </Stack>
);
