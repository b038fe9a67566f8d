import type { ReactElement } from 'react';
import {
  Labeled,
  NumberField,
  ReferenceField,
  SelectField,
  Show,
  TextField,
  useCreatePath,
  useRecordContext,
  useTranslate,
} from 'react-admin';
import { Link as RouterLink } from 'react-router';
import { Alert, Box, Chip, Divider, Grid, Link, Stack, Typography } from '@mui/material';
import { GapList } from '../../components/FindingsTable';
import { DateTimeField } from '../../components/DateTimeField';
import { IsoDateField } from '../../components/IsoDateField';
import { AgreementStatusChip } from '../../components/StatusChips';
import { agreementTemplateChoices, subprocessorRegimeChoices } from '../../components/choices';
import type { AgreementRecord } from '../../graphql/types';
import { AgreementActions } from './AgreementActions';
import { AgreementTitle } from './AgreementTitle';
import { AgreementChecklist } from './AgreementChecklist';
import { AgreementDocument } from './AgreementDocument';

const EMPTY = '—';

const Cell = ({ children, size = 4 }: { children: ReactElement; size?: number }) => (
  <Grid size={{ xs: 12, md: size }}>
    <Labeled>{children}</Labeled>
  </Grid>
);

/** Title, version, status today (`agreement-status`), in force, review overdue. */
const AgreementHeader = () => {
  const record = useRecordContext<AgreementRecord>();
  const translate = useTranslate();
  if (!record) return null;
  return (
    <Stack direction="row" spacing={1.5} useFlexGap sx={{ alignItems: 'center', flexWrap: 'wrap', mb: 2 }}>
      <Typography variant="h5" component="h1">
        {record.title}
      </Typography>
      <Typography variant="body1" color="text.secondary">
        {translate('resources.Agreement.fields.versionNo')} {record.versionNo}
      </Typography>
      <AgreementStatusChip status={record.status} testId="agreement-status" size="medium" />
      <Chip
        size="small"
        variant="outlined"
        color={record.inForce ? 'success' : 'default'}
        label={translate(record.inForce ? 'tilsyn.agreements.in_force_yes' : 'tilsyn.agreements.in_force_no')}
        data-testid="agreement-in-force"
        data-value={record.inForce ? 'true' : 'false'}
      />
      {record.reviewOverdue && (
        <Chip size="small" color="error" label={translate('tilsyn.agreements.review_overdue')} data-testid="agreement-review-overdue" />
      )}
    </Stack>
  );
};

/** Exactly what the DPA lacks: the checklist items not PRESENT, by title. */
const Gaps = () => {
  const record = useRecordContext<AgreementRecord>();
  const translate = useTranslate();
  if (!record) return null;
  return (
    <Box component="section" aria-labelledby="agreement-gaps-title" sx={{ mt: 3 }}>
      <Typography variant="h6" component="h2" id="agreement-gaps-title" gutterBottom>
        {translate('tilsyn.agreements.gaps_title')}
      </Typography>
      {record.gaps.length === 0 ? (
        <Alert severity="success" data-testid="agreement-gaps" data-count={0}>
          {translate('tilsyn.agreements.no_gaps')}
        </Alert>
      ) : (
        <Box data-testid="agreement-gaps" data-count={record.gaps.length}>
          <GapList gaps={record.gaps} />
        </Box>
      )}
    </Box>
  );
};

const PreviousVersion = () => {
  const record = useRecordContext<AgreementRecord>();
  const createPath = useCreatePath();
  if (!record?.previousVersionId) return null;
  return (
    <Grid size={{ xs: 12, md: 4 }}>
      <Labeled label="resources.Agreement.fields.previousVersionId">
        <ReferenceField source="previousVersionId" reference="Agreement" link={false}>
          <Link component={RouterLink} to={createPath({ resource: 'Agreement', id: record.previousVersionId, type: 'show' })}>
            <TextField source="title" />
          </Link>
        </ReferenceField>
      </Labeled>
    </Grid>
  );
};

const Termination = () => {
  const record = useRecordContext<AgreementRecord>();
  if (!record?.terminatedOn) return null;
  return (
    <>
      <Cell>
        <IsoDateField source="terminatedOn" />
      </Cell>
      <Cell size={8}>
        <TextField source="terminationReason" emptyText={EMPTY} sx={{ whiteSpace: 'pre-wrap' }} />
      </Cell>
    </>
  );
};

/** One DPA version: its terms and dates, the gaps, the document, and the clause checklist. */
export const AgreementShow = () => (
  <Show actions={<AgreementActions />} title={<AgreementTitle />}>
    <Box sx={{ p: 2 }}>
      <AgreementHeader />
      <Grid container spacing={1}>
        <Cell size={8}>
          <ReferenceField source="processorId" reference="Processor" />
        </Cell>
        <Cell>
          <SelectField source="template" choices={agreementTemplateChoices} />
        </Cell>
        <Cell>
          <IsoDateField source="signedOn" emptyText={EMPTY} />
        </Cell>
        <Cell>
          <IsoDateField source="effectiveFrom" emptyText={EMPTY} />
        </Cell>
        <Cell>
          <IsoDateField source="endsOn" emptyText={EMPTY} />
        </Cell>
        <Cell>
          <NumberField source="reviewIntervalMonths" emptyText={EMPTY} />
        </Cell>
        <Cell>
          <IsoDateField source="lastReviewedOn" emptyText={EMPTY} />
        </Cell>
        <Cell>
          <IsoDateField source="reviewDueOn" emptyText={EMPTY} />
        </Cell>
        <Cell>
          <SelectField source="subprocessorRegime" choices={subprocessorRegimeChoices} emptyText={EMPTY} />
        </Cell>
        <Cell>
          <NumberField source="subprocessorNoticeDays" emptyText={EMPTY} />
        </Cell>
        <PreviousVersion />
        <Termination />
        <Cell>
          <DateTimeField source="createdAt" />
        </Cell>
        <Cell>
          <DateTimeField source="updatedAt" />
        </Cell>
      </Grid>
      <Gaps />
      <AgreementDocument />
      <Divider sx={{ my: 2 }} />
      <AgreementChecklist />
    </Box>
  </Show>
);
