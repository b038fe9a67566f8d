import { useId, useState } from 'react';
import { useCanAccess, useLocaleState, useNotify, useRecordContext, useRefresh, useTranslate } from 'react-admin';
import { Box, Button, Chip, Stack, Table, TableBody, TableCell, TableHead, TableRow, TextField, Tooltip, Typography } from '@mui/material';
import ReplayIcon from '@mui/icons-material/Replay';
import { CLAUSE_ASSESSMENTS } from '@tilsyn/domain';
import { useFormatDateTime } from '../../components/useFormatDateTime';
import { useUserChoices } from '../../components/useUserChoices';
import { AssessmentChip } from '../../components/StatusChips';
import type { AgreementClauseRecord, AgreementRecord } from '../../graphql/types';
import { asLocale } from '../../providers/i18nProvider';
import { useTilsynDataProvider } from '../../providers/useTilsynDataProvider';

/** The DPO's editor of one row: assessment, where in the document, a note, Save (assessAgreementClause). */
const ClauseEditor = ({ agreementId, clause }: { agreementId: string; clause: AgreementClauseRecord }) => {
  const translate = useTranslate();
  const dataProvider = useTilsynDataProvider();
  const notify = useNotify();
  const refresh = useRefresh();
  const selectId = useId();
  const [assessment, setAssessment] = useState<string>(clause.assessment);
  const [location, setLocation] = useState(clause.location ?? '');
  const [note, setNote] = useState(clause.note ?? '');
  const [busy, setBusy] = useState(false);

  const save = async () => {
    setBusy(true);
    try {
      await dataProvider.assessAgreementClause({
        agreementId,
        code: clause.code,
        assessment,
        location: location.trim() === '' ? null : location,
        note: note.trim() === '' ? null : note,
      });
      notify('tilsyn.agreements.assessment_saved', { type: 'success' });
      // The status and the gaps are derived from the checklist: read the agreement again.
      refresh();
    } catch (error) {
      notify(error instanceof Error ? error.message : 'ra.notification.http_error', { type: 'error' });
    } finally {
      setBusy(false);
    }
  };

  return (
    <Stack spacing={1} sx={{ minWidth: 340 }}>
      <Stack direction="row" spacing={1}>
        <TextField
          select
          size="small"
          id={selectId}
          label={translate('tilsyn.agreements.assessment')}
          value={assessment}
          onChange={(event) => setAssessment(event.target.value)}
          sx={{ width: 150, flexShrink: 0 }}
          slotProps={{ select: { native: true }, inputLabel: { shrink: true }, htmlInput: { 'data-testid': 'clause-assessment' } }}
        >
          {CLAUSE_ASSESSMENTS.map((value) => (
            <option key={value} value={value}>
              {translate(`tilsyn.enums.clauseAssessment.${value}`)}
            </option>
          ))}
        </TextField>
        <TextField
          size="small"
          label={translate('tilsyn.agreements.location')}
          value={location}
          onChange={(event) => setLocation(event.target.value)}
          sx={{ flex: 1 }}
          slotProps={{ htmlInput: { maxLength: 200, 'data-testid': 'clause-location' } }}
        />
      </Stack>
      <Stack direction="row" spacing={1} sx={{ alignItems: 'flex-start' }}>
        <TextField
          size="small"
          multiline
          minRows={1}
          label={translate('tilsyn.agreements.note')}
          value={note}
          onChange={(event) => setNote(event.target.value)}
          sx={{ flex: 1 }}
          slotProps={{ htmlInput: { maxLength: 5000, 'data-testid': 'clause-note' } }}
        />
        <Button variant="contained" size="small" onClick={save} disabled={busy} data-testid="clause-save" sx={{ mt: 0.5 }}>
          {translate('tilsyn.agreements.save_assessment')}
        </Button>
      </Stack>
    </Stack>
  );
};

/** The stored assessment: chip, re-confirmation marker, location, note, who assessed it when. */
const ClauseState = ({ clause }: { clause: AgreementClauseRecord }) => {
  const translate = useTranslate();
  const formatDateTime = useFormatDateTime();
  const { nameOf } = useUserChoices();
  return (
    <Stack spacing={0.5} sx={{ alignItems: 'flex-start' }}>
      <Stack direction="row" spacing={0.5} useFlexGap sx={{ flexWrap: 'wrap' }}>
        <AssessmentChip assessment={clause.assessment} testId="clause-assessment-chip" />
        {clause.needsReconfirmation && (
          <Tooltip title={translate('tilsyn.agreements.needs_reconfirmation')}>
            <Chip
              size="small"
              color="warning"
              variant="outlined"
              icon={<ReplayIcon />}
              label={translate('tilsyn.agreements.reconfirm')}
              data-testid="clause-needs-reconfirmation"
              aria-label={translate('tilsyn.agreements.needs_reconfirmation')}
            />
          </Tooltip>
        )}
      </Stack>
      {clause.location && (
        <Typography variant="body2">
          <strong>{translate('tilsyn.agreements.location')}:</strong> {clause.location}
        </Typography>
      )}
      {clause.note && (
        <Typography variant="body2" sx={{ whiteSpace: 'pre-wrap' }}>
          <strong>{translate('tilsyn.agreements.note')}:</strong> {clause.note}
        </Typography>
      )}
      <Typography variant="caption" color="text.secondary">
        {!clause.assessedAt
          ? translate('tilsyn.agreements.not_assessed_yet')
          : clause.assessedById
            ? translate('tilsyn.agreements.assessed_by', {
                date: formatDateTime(clause.assessedAt),
                name: nameOf(clause.assessedById) ?? translate('tilsyn.processors.unknown_user'),
              })
            : `${translate('tilsyn.agreements.assessed')} ${formatDateTime(clause.assessedAt)}`}
      </Typography>
    </Stack>
  );
};

/**
 * The clause checklist, one row per catalogue item in catalogue order: what the law asks for and
 * what to look for beside the stored assessment, and for roles with agreement.assess an editor.
 */
export const AgreementChecklist = () => {
  const record = useRecordContext<AgreementRecord>();
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const { canAccess: canAssess } = useCanAccess({ resource: 'Agreement', action: 'assess' });
  if (!record) return null;
  const en = asLocale(locale) === 'en';
  const clauses = record.clauses ?? [];
  return (
    <Box component="section" aria-labelledby="agreement-checklist-title" sx={{ mt: 3 }}>
      <Typography variant="h6" component="h2" id="agreement-checklist-title" gutterBottom>
        {translate('tilsyn.agreements.checklist')}
      </Typography>
      <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
        {translate('tilsyn.agreements.checklist_help')}
      </Typography>
      <Box sx={{ overflowX: 'auto', contain: 'inline-size' }}>
        <Table size="small" aria-labelledby="agreement-checklist-title" data-testid="agreement-checklist">
          <TableHead>
            <TableRow>
              <TableCell>{translate('tilsyn.agreements.clause')}</TableCell>
              <TableCell>{translate('tilsyn.agreements.look_for')}</TableCell>
              <TableCell>{translate('tilsyn.agreements.assessment')}</TableCell>
              {canAssess && <TableCell>{translate('tilsyn.agreements.edit_assessment')}</TableCell>}
            </TableRow>
          </TableHead>
          <TableBody>
            {clauses.map((clause) => (
              <TableRow
                key={clause.code}
                data-testid={`clause-row-${clause.code}`}
                data-assessment={clause.assessment}
                sx={{ verticalAlign: 'top', bgcolor: clause.needsReconfirmation ? 'action.hover' : undefined }}
              >
                <TableCell sx={{ minWidth: 180 }}>
                  <Typography variant="body2" sx={{ fontWeight: 600 }}>
                    {en ? clause.titleEn : clause.titleDa}
                  </Typography>
                  <Typography variant="caption" color="text.secondary" component="div">
                    {clause.article}
                  </Typography>
                  <Typography variant="caption" color="text.secondary" component="div" sx={{ fontFamily: 'monospace' }}>
                    {clause.code}
                  </Typography>
                </TableCell>
                <TableCell sx={{ maxWidth: 420 }}>
                  <Typography variant="body2">{en ? clause.explanationEn : clause.explanationDa}</Typography>
                </TableCell>
                <TableCell sx={{ minWidth: 200 }}>
                  <ClauseState clause={clause} />
                </TableCell>
                {canAssess && (
                  <TableCell>
                    <ClauseEditor
                      key={`${clause.assessment}-${clause.assessedAt ?? ''}-${clause.location ?? ''}-${clause.note ?? ''}`}
                      agreementId={String(record.id)}
                      clause={clause}
                    />
                  </TableCell>
                )}
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </Box>
    </Box>
  );
};
