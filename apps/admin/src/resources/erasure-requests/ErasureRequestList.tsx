import { useRef, useState, type FormEvent } from 'react';
import {
  CreateButton,
  DataTable,
  ExportButton,
  FilterButton,
  List,
  SelectField,
  SelectInput,
  TextInput,
  TopToolbar,
  useCanAccess,
  useListContext,
  useNotify,
  useRecordContext,
  useRefresh,
  useTranslate,
} from 'react-admin';
import { Alert, Box, Button, Paper, Stack, TextField, Typography } from '@mui/material';
import SearchIcon from '@mui/icons-material/Search';
import TaskAltIcon from '@mui/icons-material/TaskAlt';
import { FormDialogButton } from '../../components/FormDialogButton';
import { IsoDateField } from '../../components/IsoDateField';
import { ErasureRequestStatusChip } from '../../components/StatusChips';
import { erasureRequestStatusChoices, erasureSourceChoices } from '../../components/choices';
import type { ErasureRequestRecord } from '../../graphql/types';
import { useTilsynDataProvider } from '../../providers/useTilsynDataProvider';
import { cprSearchProblem } from './erasure-rules';
import { DeadlineText } from './ErasureRequestFields';
import { safeExporter } from '../../components/csv-exporter';

const noWrap = () => ({ whiteSpace: 'nowrap' });

/** Status and our case reference: kept in the address bar like every list's filters. */
const filters = [
  <SelectInput source="status" choices={erasureRequestStatusChoices} key="status" alwaysOn />,
  <TextInput source="caseReference" key="caseReference" alwaysOn />,
];

const ListActions = () => (
  <TopToolbar>
    <FilterButton />
    <CreateButton />
    <ExportButton maxResults={100} />
  </TopToolbar>
);

interface PersonSearch {
  cpr: string;
  email: string;
}

/**
 * Finds a person's requests by CPR number or e-mail, compared by keyed hash on the server. Held in
 * memory only and sent as the list's permanent filter: an identifier never lands in the address
 * bar, the browser history or the list settings stored in the browser.
 */
const PersonSearchBar = ({ value, onChange }: { value: PersonSearch; onChange: (value: PersonSearch) => void }) => {
  const translate = useTranslate();
  const [draft, setDraft] = useState<PersonSearch>(value);
  const cprProblem = cprSearchProblem(draft.cpr);
  const active = value.cpr !== '' || value.email !== '';
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (cprProblem) return;
    onChange({ cpr: draft.cpr.trim(), email: draft.email.trim() });
  };
  const clear = () => {
    setDraft({ cpr: '', email: '' });
    onChange({ cpr: '', email: '' });
  };
  return (
    <Paper variant="outlined" sx={{ p: 2, mb: 1 }} component="form" onSubmit={submit} aria-label={translate('tilsyn.erasure.person_search')} data-testid="erasure-person-search">
      <Stack direction={{ xs: 'column', md: 'row' }} spacing={2} useFlexGap sx={{ alignItems: { md: 'flex-start' } }}>
        <TextField
          size="small"
          label={translate('tilsyn.erasure.search_cpr')}
          value={draft.cpr}
          onChange={(e) => setDraft((d) => ({ ...d, cpr: e.target.value }))}
          error={!!cprProblem}
          helperText={cprProblem ? translate(cprProblem) : translate('tilsyn.erasure.search_cpr_help')}
          autoComplete="off"
          slotProps={{ htmlInput: { 'data-testid': 'erasure-search-cpr', inputMode: 'numeric' } }}
          sx={{ minWidth: 240 }}
        />
        <TextField
          size="small"
          type="email"
          label={translate('tilsyn.erasure.search_email')}
          value={draft.email}
          onChange={(e) => setDraft((d) => ({ ...d, email: e.target.value }))}
          autoComplete="off"
          slotProps={{ htmlInput: { 'data-testid': 'erasure-search-email' } }}
          sx={{ minWidth: 280 }}
        />
        <Stack direction="row" spacing={1}>
          <Button type="submit" variant="outlined" startIcon={<SearchIcon />} disabled={!!cprProblem} data-testid="erasure-search-submit">
            {translate('tilsyn.erasure.search')}
          </Button>
          {active && (
            <Button onClick={clear} data-testid="erasure-search-clear">
              {translate('tilsyn.erasure.search_clear')}
            </Button>
          )}
        </Stack>
      </Stack>
      <Typography variant="caption" color="text.secondary" component="p" sx={{ mt: 1 }}>
        {translate(active ? 'tilsyn.erasure.search_active' : 'tilsyn.erasure.search_note')}
      </Typography>
    </Paper>
  );
};

type ColProps = { label?: string; source?: string };

const StatusField = (_props: ColProps) => {
  const record = useRecordContext<ErasureRequestRecord>();
  return <ErasureRequestStatusChip status={record?.status} testId="erasure-list-status" />;
};

const DeadlineField = (_props: ColProps) => {
  const record = useRecordContext<ErasureRequestRecord>();
  return record ? <DeadlineText request={record} /> : null;
};

/** Notices not yet answered, excepted or cancelled; bold while any are. */
const OutstandingField = (_props: ColProps) => {
  const record = useRecordContext<ErasureRequestRecord>();
  if (!record) return null;
  return (
    <Typography component="span" variant="body2" sx={record.outstanding > 0 ? { fontWeight: 600 } : { color: 'text.secondary' }} data-testid="erasure-list-outstanding" data-value={record.outstanding}>
      {record.outstanding}
    </Typography>
  );
};

/**
 * Approves the selected requests wholly in one call (retention erasures of closed cases): each is
 * told to every recipient the register names, without exclusions. Only requests still awaiting a
 * decision can be approved this way; one with exclusions or a refusal is decided on its own page.
 */
const ApproveSelectedButton = () => {
  const translate = useTranslate();
  const notify = useNotify();
  const refresh = useRefresh();
  const dataProvider = useTilsynDataProvider();
  const { selectedIds, data, onUnselectItems } = useListContext<ErasureRequestRecord>();
  const selected = (data ?? []).filter((r) => selectedIds.includes(r.id));
  const allReceived = selected.length === selectedIds.length && selected.every((r) => r.status === 'RECEIVED');
  const result = useRef<{ approved: number; notices: number } | null>(null);
  return (
    <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
      <FormDialogButton
        resource="ErasureRequest"
        action="approve"
        label="tilsyn.erasure.approve_selected"
        icon={<TaskAltIcon />}
        title={translate('tilsyn.erasure.approve_selected_title', { smart_count: selectedIds.length })}
        intro={translate('tilsyn.erasure.approve_selected_intro')}
        testId="erasure-approve-selected"
        disabled={!allReceived}
        onSubmit={async (values) => {
          result.current = (await dataProvider.approveErasureRequests({ ids: selectedIds, reasoning: typeof values.reasoning === 'string' ? values.reasoning : null })).data;
        }}
        onDone={() => {
          notify('tilsyn.erasure.approved_selected', { type: 'success', messageArgs: { smart_count: result.current?.approved ?? 0, notices: result.current?.notices ?? 0 } });
          onUnselectItems();
          refresh();
        }}
      >
        <TextInput source="reasoning" label="resources.ErasureRequest.fields.reasoning" multiline minRows={2} fullWidth />
      </FormDialogButton>
      {!allReceived && (
        <Typography variant="caption" color="text.secondary">
          {translate('tilsyn.erasure.approve_selected_only_received')}
        </Typography>
      )}
    </Stack>
  );
};

/** What the list is for, in a line. */
const Intro = () => {
  const translate = useTranslate();
  return (
    <Alert severity="info" sx={{ mb: 1 }}>
      {translate('tilsyn.erasure.list_intro')}
    </Alert>
  );
};

/**
 * Erasure requests, newest first: our case reference, where it came from, when it arrived and
 * the Art. 12(3) deadline (red once passed while the request is still open), its status and how
 * many recipients have not answered yet. A person's requests are found by CPR number or e-mail.
 */
export const ErasureRequestList = () => {
  const [person, setPerson] = useState<PersonSearch>({ cpr: '', email: '' });
  const { canAccess: canApprove } = useCanAccess({ resource: 'ErasureRequest', action: 'approve' });
  const permanent = { ...(person.cpr ? { cpr: person.cpr } : {}), ...(person.email ? { email: person.email } : {}) };
  return (
    <Box sx={{ width: '100%' }}>
      <Intro />
      <PersonSearchBar value={person} onChange={setPerson} />
      <List exporter={safeExporter} sort={{ field: 'receivedOn', order: 'DESC' }} filters={filters} filter={permanent} actions={<ListActions />} perPage={25}>
        <DataTable rowClick="show" bulkActionButtons={canApprove ? <ApproveSelectedButton /> : false}>
          <DataTable.Col source="caseReference" />
          <DataTable.Col source="source" disableSort>
            <SelectField source="source" choices={erasureSourceChoices} />
          </DataTable.Col>
          <DataTable.Col source="receivedOn" field={IsoDateField} cellSx={noWrap} />
          <DataTable.Col source="deadlineOn" cellSx={noWrap}>
            <DeadlineField />
          </DataTable.Col>
          <DataTable.Col source="status">
            <StatusField />
          </DataTable.Col>
          <DataTable.Col source="outstanding" disableSort align="right">
            <OutstandingField />
          </DataTable.Col>
        </DataTable>
      </List>
    </Box>
  );
};
