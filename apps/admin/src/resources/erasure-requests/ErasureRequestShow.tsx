import type { ReactNode } from 'react';
import { ListButton, Show, TopToolbar, useCanAccess, useGetMany, useRecordContext, useTranslate } from 'react-admin';
import { Alert, Box, Grid, Stack, Typography } from '@mui/material';
import { ErasureRequestStatusChip } from '../../components/StatusChips';
import { useFormatIsoDate } from '../../components/IsoDateField';
import { useFormatDateTime } from '../../components/useFormatDateTime';
import { UserNameField } from '../../components/UserChoiceInput';
import { PICKER_QUERY_OPTIONS } from '../../graphql/sparse-fields';
import type { ErasureRequestRecord } from '../../graphql/types';
import { Section } from '../reviews/ReviewContent';
import { ErasureDecisionPanel } from './ErasureDecisionPanel';
import { ErasureIdentifiers } from './ErasureIdentifiers';
import { ErasureMessagesTable } from './ErasureMessagesTable';
import { ErasureNoticesTable } from './ErasureNoticesTable';
import { DeadlineText, EnumChips, ProcessorLink } from './ErasureRequestFields';
import { ExtendDeadlineButton } from './ExtendDeadlineButton';
import { RecipientStatementButton } from './RecipientStatementButton';

const ShowActions = () => (
  <TopToolbar>
    <ListButton />
  </TopToolbar>
);

const Fact = ({ label, children, testId, size = 3 }: { label: string; children: ReactNode; testId?: string; size?: number }) => {
  const translate = useTranslate();
  return (
    <Grid size={{ xs: 12, sm: 6, md: size }}>
      <Typography variant="caption" color="text.secondary" component="div">
        {translate(label)}
      </Typography>
      <Box data-testid={testId}>{children}</Box>
    </Grid>
  );
};

const Text = ({ children }: { children: ReactNode }) => (
  <Typography variant="body2" sx={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
    {children}
  </Typography>
);

/** Names of the processors a request mentions (its case recipients and the reviewer's exclusions), by id. */
function useProcessorNames(ids: string[]): Map<string, string> {
  const { data } = useGetMany('Processor', { ids, meta: PICKER_QUERY_OPTIONS.meta }, { enabled: ids.length > 0 });
  return new Map((data ?? []).map((p) => [String(p.id), String(p.name)]));
}

/** Our case reference and status, where the request came from, on which grounds, and the Art. 12(3) deadline. */
const Header = ({ record }: { record: ErasureRequestRecord }) => {
  const translate = useTranslate();
  const formatDate = useFormatIsoDate();
  const formatDateTime = useFormatDateTime();
  const recipients = record.caseRecipients ?? [];
  const names = useProcessorNames([...recipients.map((r) => r.processorId), ...(record.exclusions ?? []).map((e) => e.processorId)]);
  const { canAccess: canExtend } = useCanAccess({ resource: 'ErasureRequest', action: 'extend' });
  return (
    <Box sx={{ mb: 2 }}>
      <Stack direction="row" spacing={1.5} useFlexGap sx={{ alignItems: 'center', flexWrap: 'wrap', mb: 1 }}>
        <Typography variant="h5" component="h1">
          {translate('tilsyn.erasure.title', { reference: record.caseReference })}
        </Typography>
        <ErasureRequestStatusChip status={record.status} testId="erasure-status" size="medium" />
      </Stack>
      <Grid container spacing={1}>
        <Fact label="resources.ErasureRequest.fields.source">
          <Text>{translate(`tilsyn.enums.erasureSource.${record.source}`, { _: record.source })}</Text>
        </Fact>
        <Fact label="resources.ErasureRequest.fields.dataSubjectCategory">
          <Text>{translate(`tilsyn.enums.dataSubjectCategory.${record.dataSubjectCategory}`, { _: record.dataSubjectCategory })}</Text>
        </Fact>
        <Fact label="resources.ErasureRequest.fields.receivedOn">
          <Text>{formatDate(record.receivedOn)}</Text>
        </Fact>
        <Fact label="resources.ErasureRequest.fields.deadlineOn">
          <DeadlineText request={record} />
          {canExtend && <ExtendDeadlineButton record={record} />}
          {record.extensionMonths > 0 && (
            <Typography variant="caption" color="text.secondary" component="div">
              {translate('tilsyn.erasure.extended', { smart_count: record.extensionMonths, reason: record.extensionReason ?? '—' })}
            </Typography>
          )}
        </Fact>
        <Fact label="resources.ErasureRequest.fields.grounds" size={6}>
          <EnumChips group="erasureGround" values={record.grounds} testId="erasure-grounds" />
        </Fact>
        <Fact label="resources.ErasureRequest.fields.caseRecipients" size={6} testId="erasure-case-recipients">
          {recipients.length === 0 ? (
            <Text>—</Text>
          ) : (
            <Stack spacing={0}>
              {recipients.map((r) => (
                <Box key={r.processorId}>
                  <ProcessorLink processorId={r.processorId} name={names.get(r.processorId) ?? r.processorId} />
                  {r.reference && (
                    <Typography component="span" variant="body2" color="text.secondary">
                      {' '}
                      ({translate('tilsyn.erasure.notices.their_reference', { reference: r.reference })})
                    </Typography>
                  )}
                </Box>
              ))}
            </Stack>
          )}
        </Fact>
        <Fact label="resources.ErasureRequest.fields.createdAt">
          <Text>{formatDateTime(record.createdAt) || '—'}</Text>
        </Fact>
        <Fact label="resources.ErasureRequest.fields.outstanding" testId="erasure-outstanding">
          <Text>{record.outstanding}</Text>
        </Fact>
        <Fact label="resources.ErasureRequest.fields.completedAt">
          <Text>{formatDateTime(record.completedAt) || '—'}</Text>
        </Fact>
      </Grid>
    </Box>
  );
};

/** What was decided, by whom and when, on which Art. 17(3) basis, which categories, and the recipients left out with their reasons. */
const DecisionFacts = ({ record }: { record: ErasureRequestRecord }) => {
  const translate = useTranslate();
  const formatDateTime = useFormatDateTime();
  const exclusions = record.exclusions ?? [];
  const names = useProcessorNames(exclusions.map((e) => e.processorId));
  if (!record.decision) return null;
  return (
    <Section title="tilsyn.erasure.sections.decided" testId="erasure-decided">
      <Grid container spacing={1}>
        <Fact label="resources.ErasureRequest.fields.decision" testId="erasure-decision-value">
          <Text>{translate(`tilsyn.enums.erasureDecision.${record.decision}`, { _: record.decision })}</Text>
        </Fact>
        <Fact label="resources.ErasureRequest.fields.decidedById">
          <Typography variant="body2" component="div">
            <UserNameField record={record} source="decidedById" emptyText="—" />
          </Typography>
        </Fact>
        <Fact label="resources.ErasureRequest.fields.decidedAt">
          <Text>{formatDateTime(record.decidedAt) || '—'}</Text>
        </Fact>
        {record.refusalBasis && (
          <Fact label="resources.ErasureRequest.fields.refusalBasis">
            <Text>{translate(`tilsyn.enums.erasureRefusalBasis.${record.refusalBasis}`, { _: record.refusalBasis })}</Text>
          </Fact>
        )}
        {record.decision === 'APPROVE_PARTLY' && (
          <Fact label="resources.ErasureRequest.fields.eraseCategories" size={12}>
            <EnumChips group="dataCategory" values={record.eraseCategories} />
          </Fact>
        )}
        <Fact label="resources.ErasureRequest.fields.reasoning" size={12}>
          <Text>{record.reasoning || '—'}</Text>
        </Fact>
        {exclusions.length > 0 && (
          <Fact label="resources.ErasureRequest.fields.exclusions" size={12} testId="erasure-exclusions">
            <Stack spacing={0.5}>
              {exclusions.map((e) => (
                <Box key={e.processorId}>
                  <ProcessorLink processorId={e.processorId} name={names.get(e.processorId) ?? e.processorId} />
                  <Typography component="span" variant="body2">
                    : {e.reason}
                  </Typography>
                </Box>
              ))}
            </Stack>
          </Fact>
        )}
      </Grid>
    </Section>
  );
};

const ErasureRequestPage = () => {
  const record = useRecordContext<ErasureRequestRecord>();
  const translate = useTranslate();
  if (!record) return null;
  const notices = record.notices ?? [];
  const decided = record.status !== 'RECEIVED';
  return (
    <Box sx={{ p: 2, maxWidth: 1400 }}>
      <Header record={record} />
      {record.status === 'COMPLETED' && (
        <Alert severity="success" sx={{ mb: 2 }} data-testid="erasure-completed">
          {translate('tilsyn.erasure.completed')}
        </Alert>
      )}
      <ErasureIdentifiers record={record} />
      <ErasureDecisionPanel record={record} />
      <DecisionFacts record={record} />
      {decided && record.decision !== 'REFUSE' && (
        <Section title="tilsyn.erasure.sections.notices" testId="erasure-notices-section">
          <Stack direction={{ xs: 'column', sm: 'row' }} spacing={1} useFlexGap sx={{ justifyContent: 'space-between', alignItems: { sm: 'center' }, mb: 1 }}>
            <Typography variant="body2" color="text.secondary">
              {translate('tilsyn.erasure.notices.help')}
            </Typography>
            {notices.length > 0 && <RecipientStatementButton record={record} />}
          </Stack>
          <ErasureNoticesTable notices={notices} />
        </Section>
      )}
      {decided && record.decision !== 'REFUSE' && (
        <Section title="tilsyn.erasure.sections.messages" testId="erasure-messages-section">
          <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
            {translate('tilsyn.erasure.messages.help')}
          </Typography>
          <ErasureMessagesTable messages={record.messages ?? []} />
        </Section>
      )}
    </Box>
  );
};

/**
 * One erasure request: the facts, the person's identifiers behind a logged "show" button, the
 * decision (recipient preview, exclusions with reasons, approve / approve partly / refuse), then
 * one notice per recipient with its answer and the steps staff may take, the messages that carried
 * them as evidence, and the Art. 19 statement of recipients for the person.
 */
export const ErasureRequestShow = () => (
  <Show actions={<ShowActions />}>
    <ErasureRequestPage />
  </Show>
);
