import {
  AutocompleteInput,
  BooleanInput,
  DataTable,
  ExportButton,
  FilterButton,
  List,
  ReferenceInput,
  SelectInput,
  TopToolbar,
  useRecordContext,
  useTranslate,
  type Identifier,
  type RaRecord,
} from 'react-admin';
import { Alert, Box, Typography } from '@mui/material';
import PlayArrowIcon from '@mui/icons-material/PlayArrow';
import { DateTimeField } from '../../components/DateTimeField';
import { IsoDateField } from '../../components/IsoDateField';
import { RunNowButton } from '../../components/RunNowButton';
import { ErasureNoticeStatusChip } from '../../components/StatusChips';
import { erasureChannelChoices, erasureNoticeStatusChoices } from '../../components/choices';
import { PICKER_QUERY_OPTIONS } from '../../graphql/sparse-fields';
import type { ErasureNoticeRecord } from '../../graphql/types';
import { NextActionText } from '../erasure-requests/ErasureNoticesTable';
import { safeExporter } from '../../components/csv-exporter';

const noWrap = () => ({ whiteSpace: 'nowrap' });

/** Every field of ErasureNoticeFilter; the escalation e-mail links here with a processor and "outstanding". */
const filters = [
  <BooleanInput source="outstanding" key="outstanding" label="tilsyn.erasure.notices.filter_outstanding" alwaysOn />,
  <SelectInput source="status" choices={erasureNoticeStatusChoices} key="status" alwaysOn />,
  <SelectInput source="channel" choices={erasureChannelChoices} key="channel" />,
  <BooleanInput source="escalated" key="escalated" label="tilsyn.erasure.notices.filter_escalated" />,
  <ReferenceInput source="processorId" reference="Processor" sort={{ field: 'name', order: 'ASC' }} queryOptions={PICKER_QUERY_OPTIONS} key="processorId">
    <AutocompleteInput optionText="name" filterToQuery={(q: string) => ({ q })} label="resources.ErasureNotice.fields.processorId" sx={{ minWidth: 260 }} />
  </ReferenceInput>,
];

/** Runs the follow-up now (the administrator; it also runs every day): reminders and escalations due. */
export const RunErasureFollowUpButton = () => (
  <RunNowButton
    resource="ErasureSettings"
    action="followUp"
    label="tilsyn.erasure.run_follow_up"
    icon={<PlayArrowIcon />}
    run={(dataProvider) => dataProvider.runErasureFollowUp()}
    successMessage="tilsyn.erasure.followed_up"
    testId="erasure-run-follow-up"
  />
);

const ListActions = () => (
  <TopToolbar>
    <FilterButton />
    <RunErasureFollowUpButton />
    <ExportButton maxResults={100} />
  </TopToolbar>
);

type ColProps = { label?: string; source?: string };

const StatusField = (_props: ColProps) => {
  const record = useRecordContext<ErasureNoticeRecord>();
  return record ? <ErasureNoticeStatusChip status={record.status} testId={`erasure-notice-list-status-${record.id}`} /> : null;
};

const ChannelField = (_props: ColProps) => {
  const record = useRecordContext<ErasureNoticeRecord>();
  const translate = useTranslate();
  return record ? <>{translate(`tilsyn.enums.erasureChannel.${record.channel}`, { _: record.channel })}</> : null;
};

const NextActionField = (_props: ColProps) => {
  const record = useRecordContext<ErasureNoticeRecord>();
  return record ? <NextActionText notice={record} details={false} /> : null;
};

/** The day the reviewers were told, in red; nothing while they have not been. */
const EscalatedField = (_props: ColProps) => {
  const record = useRecordContext<ErasureNoticeRecord>();
  if (!record?.escalatedAt) return null;
  return (
    <Typography component="span" color="error" variant="body2">
      <DateTimeField source="escalatedAt" />
    </Typography>
  );
};

const Intro = () => {
  const translate = useTranslate();
  return (
    <Alert severity="info" sx={{ mb: 1 }}>
      {translate('tilsyn.erasure.notices.list_intro')}
    </Alert>
  );
};

/** A row opens the request it belongs to, where its actions are. */
const toRequest = (_id: Identifier, _resource: string, record: RaRecord) => `/ErasureRequest/${encodeURIComponent(String(record.requestId))}/show`;

/**
 * Notices across all requests, the unanswered ones by default with the nearest deadline first: who
 * was told of which case, the state of the notice, when it went out, what happens next (a reminder
 * or the reviewers told) and on which day, how many reminders it took, and whether it was escalated.
 */
export const ErasureNoticeList = () => {
  const translate = useTranslate();
  return (
    <Box sx={{ width: '100%' }}>
      <Intro />
      <List exporter={safeExporter}
        title={translate('tilsyn.erasure.notices.title')}
        sort={{ field: 'deadlineOn', order: 'ASC' }}
        filters={filters}
        filterDefaultValues={{ outstanding: true }}
        actions={<ListActions />}
        perPage={25}
      >
        <DataTable rowClick={toRequest} bulkActionButtons={false}>
          <DataTable.Col source="processorName" disableSort />
          <DataTable.Col source="caseReference" disableSort />
          <DataTable.Col source="channel" disableSort>
            <ChannelField />
          </DataTable.Col>
          <DataTable.Col source="status">
            <StatusField />
          </DataTable.Col>
          <DataTable.Col source="deadlineOn" field={IsoDateField} cellSx={noWrap} />
          <DataTable.Col source="sentAt" field={DateTimeField} cellSx={noWrap} />
          <DataTable.Col source="nextAction" disableSort>
            <NextActionField />
          </DataTable.Col>
          <DataTable.Col source="remindersSent" disableSort align="right" />
          <DataTable.Col source="escalatedAt" disableSort>
            <EscalatedField />
          </DataTable.Col>
        </DataTable>
      </List>
    </Box>
  );
};
