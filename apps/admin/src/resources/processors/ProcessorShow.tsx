import { DeleteButton, EditButton, Show, TabbedShowLayout, TopToolbar, useRecordContext, useTranslate } from 'react-admin';
import { Box, Stack, Typography } from '@mui/material';
import { ProcessorStatusChip } from '../../components/StatusChips';
import type { ProcessorRecord } from '../../graphql/types';
import { EngagementField } from './EngagementField';
import { OffboardButton } from './OffboardButton';
import { ProcessorAgreements } from './ProcessorAgreements';
import { ProcessorChain } from './ProcessorChain';
import { ProcessorCompliance } from './ProcessorCompliance';
import { ProcessorHistory } from './ProcessorHistory';
import { ProcessorOverview } from './ProcessorOverview';
import { ProcessorRiskPanel } from './ProcessorRiskPanel';
import { ProcessorSubprocessors } from './ProcessorSubprocessors';

const ShowActions = () => (
  <TopToolbar>
    <EditButton />
    <OffboardButton />
    <DeleteButton mutationMode="pessimistic" />
  </TopToolbar>
);

/** Name, today's status with the whole chain (`processor-status`), and whether we engage it directly. */
const ProcessorHeader = () => {
  const record = useRecordContext<ProcessorRecord>();
  const translate = useTranslate();
  if (!record) return null;
  return (
    <Stack direction="row" spacing={1.5} useFlexGap sx={{ alignItems: 'center', flexWrap: 'wrap', px: 2, pt: 2 }}>
      <Typography variant="h5" component="h1">
        {record.name}
      </Typography>
      <Box component="span" title={translate('tilsyn.processors.status_today')}>
        <ProcessorStatusChip status={record.compliance?.status} testId="processor-status" size="medium" />
      </Box>
      <EngagementField />
    </Stack>
  );
};

/** Tabs are links (…/show/compliance): a tab can be bookmarked and e2e tests open them by name. */
export const ProcessorShow = () => (
  <Show actions={<ShowActions />}>
    <ProcessorHeader />
    <TabbedShowLayout sx={{ '& .RaTab-row': { display: 'block', width: '100%' } }}>
      <TabbedShowLayout.Tab label="tilsyn.processors.tabs.overview">
        <div>
          <ProcessorRiskPanel />
          <ProcessorOverview />
        </div>
      </TabbedShowLayout.Tab>
      <TabbedShowLayout.Tab label="tilsyn.processors.tabs.compliance" path="compliance">
        <div>
          <ProcessorCompliance />
        </div>
      </TabbedShowLayout.Tab>
      <TabbedShowLayout.Tab label="tilsyn.processors.tabs.agreements" path="agreements">
        <div>
          <ProcessorAgreements />
        </div>
      </TabbedShowLayout.Tab>
      <TabbedShowLayout.Tab label="tilsyn.processors.tabs.subprocessors" path="subprocessors">
        <div>
          <ProcessorSubprocessors />
        </div>
      </TabbedShowLayout.Tab>
      <TabbedShowLayout.Tab label="tilsyn.processors.tabs.chain" path="chain">
        <div>
          <ProcessorChain />
        </div>
      </TabbedShowLayout.Tab>
      <TabbedShowLayout.Tab label="tilsyn.processors.tabs.history" path="history">
        <div>
          <ProcessorHistory />
        </div>
      </TabbedShowLayout.Tab>
    </TabbedShowLayout>
  </Show>
);
