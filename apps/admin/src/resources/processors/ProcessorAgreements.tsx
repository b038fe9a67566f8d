import { Link as RouterLink, useNavigate } from 'react-router';
import { SelectField, useCanAccess, useCreatePath, useRecordContext, useTranslate } from 'react-admin';
import { Box, Button, Link, Stack, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import AddIcon from '@mui/icons-material/Add';
import ContentCopyIcon from '@mui/icons-material/ContentCopy';
import { useFormatIsoDate } from '../../components/IsoDateField';
import { AgreementStatusChip } from '../../components/StatusChips';
import { agreementTemplateChoices } from '../../components/choices';
import type { AgreementRecord, ProcessorRecord } from '../../graphql/types';

/** "New DPA version" (the processor prefilled), and when one exists, a new version that copies the latest checklist. */
const NewVersionButtons = ({ processorId, latest }: { processorId: string; latest?: AgreementRecord }) => {
  const translate = useTranslate();
  const createPath = useCreatePath();
  const { canAccess } = useCanAccess({ resource: 'Agreement', action: 'create' });
  if (!canAccess) return null;
  const to = createPath({ resource: 'Agreement', type: 'create' });
  return (
    <Stack direction="row" spacing={1} sx={{ mb: 2 }}>
      <Button component={RouterLink} to={to} state={{ record: { processorId } }} startIcon={<AddIcon />} variant="outlined" size="small" data-testid="new-agreement">
        {translate('tilsyn.agreement_tab.new_version')}
      </Button>
      {latest && (
        <Button
          component={RouterLink}
          to={to}
          state={{
            record: {
              processorId,
              copyAssessmentFrom: latest.id,
              template: latest.template,
              title: latest.title,
              reviewIntervalMonths: latest.reviewIntervalMonths ?? 12,
              subprocessorRegime: latest.subprocessorRegime ?? null,
              subprocessorNoticeDays: latest.subprocessorNoticeDays ?? null,
            },
          }}
          startIcon={<ContentCopyIcon />}
          size="small"
          data-testid="new-agreement-from-latest"
        >
          {translate('tilsyn.agreement_tab.new_version_from', { version: latest.versionNo })}
        </Button>
      )}
    </Stack>
  );
};

/** Every DPA version with the processor, newest first, each linking to its page with the checklist. */
export const ProcessorAgreements = () => {
  const record = useRecordContext<ProcessorRecord>();
  const translate = useTranslate();
  const formatDate = useFormatIsoDate();
  const createPath = useCreatePath();
  const navigate = useNavigate();
  if (!record) return null;
  const agreements = [...(record.agreements ?? [])].sort((a, b) => b.versionNo - a.versionNo);
  const label = (field: string) => translate(`resources.Agreement.fields.${field}`);
  return (
    <Box sx={{ width: '100%' }}>
      <NewVersionButtons processorId={String(record.id)} latest={agreements[0]} />
      {agreements.length === 0 ? (
        <Typography variant="body2" color="text.secondary">
          {translate('tilsyn.agreement_tab.none')}
        </Typography>
      ) : (
        <Box sx={{ overflowX: 'auto', contain: 'inline-size' }}>
          <Table size="small" aria-label={translate('resources.Processor.fields.agreements')} data-testid="processor-agreements">
            <TableHead>
              <TableRow>
                <TableCell>{label('versionNo')}</TableCell>
                <TableCell>{label('title')}</TableCell>
                <TableCell>{label('template')}</TableCell>
                <TableCell>{label('status')}</TableCell>
                <TableCell>{label('signedOn')}</TableCell>
                <TableCell>{label('endsOn')}</TableCell>
                <TableCell>{translate('tilsyn.agreement_tab.gaps_count')}</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {agreements.map((a) => {
                const to = createPath({ resource: 'Agreement', id: a.id, type: 'show' });
                return (
                  <TableRow key={a.id} hover sx={{ cursor: 'pointer' }} onClick={() => navigate(to)} data-testid={`agreement-row-${a.versionNo}`}>
                    <TableCell>{a.versionNo}</TableCell>
                    <TableCell>
                      <Link component={RouterLink} to={to} onClick={(e: React.MouseEvent) => e.stopPropagation()}>
                        {a.title}
                      </Link>
                    </TableCell>
                    <TableCell>
                      <SelectField source="template" record={a} choices={agreementTemplateChoices} />
                    </TableCell>
                    <TableCell>
                      <AgreementStatusChip status={a.status} />
                    </TableCell>
                    <TableCell>{formatDate(a.signedOn) || '—'}</TableCell>
                    <TableCell>{formatDate(a.endsOn) || '—'}</TableCell>
                    <TableCell>{a.gaps?.length ?? 0}</TableCell>
                  </TableRow>
                );
              })}
            </TableBody>
          </Table>
        </Box>
      )}
    </Box>
  );
};
