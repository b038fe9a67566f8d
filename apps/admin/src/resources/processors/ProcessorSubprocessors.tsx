import { useState } from 'react';
import { Link as RouterLink } from 'react-router';
import {
  Button,
  Confirm,
  DateInput,
  maxLength,
  required,
  TextInput,
  useCanAccess,
  useCreatePath,
  useGetMany,
  useNotify,
  useRecordContext,
  useRefresh,
  useTranslate,
} from 'react-admin';
import { Box, Chip, Link, Stack, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import AddIcon from '@mui/icons-material/Add';
import CheckIcon from '@mui/icons-material/Check';
import BlockIcon from '@mui/icons-material/Block';
import EditIcon from '@mui/icons-material/Edit';
import DeleteIcon from '@mui/icons-material/Delete';
import { FormDialogButton } from '../../components/FormDialogButton';
import { LinkFindingChips } from '../../components/FindingsTable';
import { useFormatIsoDate } from '../../components/IsoDateField';
import { todayIso } from '../../components/dates';
import type { ProcessorRecord, SubprocessorLinkRecord } from '../../graphql/types';
import { useTilsynDataProvider } from '../../providers/useTilsynDataProvider';
import { LinkFactsInputs, SubprocessorPicker } from './SubprocessorLinkInputs';

const RESOURCE = 'SubprocessorLink';
const label = (field: string) => `resources.SubprocessorLink.fields.${field}`;
const dateValidators = [required()];
const reasonValidators = [required(), maxLength(2000)];

type Values = Record<string, unknown>;
const text = (value: unknown) => (typeof value === 'string' && value.trim() !== '' ? value : null);
const number = (value: unknown) => (typeof value === 'number' && Number.isFinite(value) ? value : null);

/** The names of the processors on the other side of the links (a link carries ids only). */
function useProcessorNames(ids: string[]): (id: string) => string {
  const { data } = useGetMany<ProcessorRecord>('Processor', { ids }, { enabled: ids.length > 0 });
  return (id) => data?.find((p) => String(p.id) === id)?.name ?? id;
}

const ProcessorLink = ({ id, name }: { id: string; name: string }) => {
  const createPath = useCreatePath();
  return (
    <Link component={RouterLink} to={createPath({ resource: 'Processor', id, type: 'show' })}>
      {name}
    </Link>
  );
};

const AuthorisedChip = ({ authorised }: { authorised: boolean }) => {
  const translate = useTranslate();
  return (
    <Chip
      size="small"
      color={authorised ? 'success' : 'default'}
      variant={authorised ? 'filled' : 'outlined'}
      label={translate(authorised ? 'tilsyn.subprocessors.authorised_yes' : 'tilsyn.subprocessors.authorised_no')}
      data-testid="link-authorised"
      data-value={authorised ? 'true' : 'false'}
    />
  );
};

/** SPECIFIC, or GENERAL with its notice period. */
const Regime = ({ link }: { link: SubprocessorLinkRecord }) => {
  const translate = useTranslate();
  return (
    <Box>
      <Typography variant="body2">{translate(`tilsyn.enums.subprocessorRegime.${link.regime}`, { _: link.regime })}</Typography>
      {link.regime === 'GENERAL' && link.noticeDays != null && (
        <Typography variant="caption" color="text.secondary">
          {translate('tilsyn.subprocessors.notice_days_short', { smart_count: link.noticeDays })}
        </Typography>
      )}
    </Box>
  );
};

/** When we were notified, and under GENERAL the last day to object. */
const Notice = ({ link }: { link: SubprocessorLinkRecord }) => {
  const translate = useTranslate();
  const formatDate = useFormatIsoDate();
  return (
    <Box>
      <Typography variant="body2">{formatDate(link.notifiedOn) || '—'}</Typography>
      {link.objectionDeadline && (
        <Typography variant="caption" color="text.secondary" data-testid="link-objection-deadline">
          {translate('resources.SubprocessorLink.fields.objectionDeadline')}: {formatDate(link.objectionDeadline)}
        </Typography>
      )}
    </Box>
  );
};

const Decision = ({ link }: { link: SubprocessorLinkRecord }) => {
  const translate = useTranslate();
  const formatDate = useFormatIsoDate();
  if (link.objectedOn) {
    return (
      <Box>
        <Typography variant="body2" color="error">
          {translate('tilsyn.subprocessors.objected_on', { date: formatDate(link.objectedOn) })}
        </Typography>
        {link.objectionReason && (
          <Typography variant="caption" color="text.secondary">
            {link.objectionReason}
          </Typography>
        )}
      </Box>
    );
  }
  if (link.approvedOn) return <Typography variant="body2">{translate('tilsyn.subprocessors.approved_on', { date: formatDate(link.approvedOn) })}</Typography>;
  return (
    <Typography variant="body2" color="text.secondary">
      {translate('tilsyn.subprocessors.no_decision')}
    </Typography>
  );
};

const RemoveLinkButton = ({ link, name }: { link: SubprocessorLinkRecord; name: string }) => {
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
      await dataProvider.deleteSubprocessorLink(link.id);
      notify('tilsyn.subprocessors.removed', { type: 'success' });
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
      <Button label="tilsyn.subprocessors.remove" color="error" size="small" onClick={() => setOpen(true)} data-testid="link-remove">
        <DeleteIcon />
      </Button>
      <Confirm
        isOpen={open}
        loading={busy}
        title={translate('tilsyn.subprocessors.remove_confirm_title', { name })}
        content={translate('tilsyn.subprocessors.remove_confirm_content')}
        onConfirm={confirm}
        onClose={() => setOpen(false)}
      />
    </>
  );
};

/** Edit facts, approve, object, remove: each shown only to the roles that may (subprocessor.write / .decide). */
const LinkActions = ({ link, name }: { link: SubprocessorLinkRecord; name: string }) => {
  const translate = useTranslate();
  const dataProvider = useTilsynDataProvider();
  return (
    <Stack direction="row" spacing={0.5} useFlexGap sx={{ flexWrap: 'wrap' }}>
      <FormDialogButton
        resource={RESOURCE}
        action="edit"
        label="tilsyn.subprocessors.edit"
        icon={<EditIcon />}
        title={translate('tilsyn.subprocessors.edit_title', { name })}
        record={{ regime: link.regime, noticeDays: link.noticeDays ?? null, notifiedOn: link.notifiedOn ?? null, firstUsedOn: link.firstUsedOn ?? null, approvedOn: link.approvedOn ?? null, objectedOn: link.objectedOn ?? null }}
        submitLabel="ra.action.save"
        successMessage="tilsyn.subprocessors.updated"
        testId="link-edit"
        onSubmit={(values: Values) =>
          dataProvider.updateSubprocessorLink({
            id: link.id,
            version: link.version,
            regime: String(values.regime),
            noticeDays: values.regime === 'GENERAL' ? number(values.noticeDays) : null,
            notifiedOn: text(values.notifiedOn),
            firstUsedOn: text(values.firstUsedOn),
          })
        }
      >
        <LinkFactsInputs />
      </FormDialogButton>
      {!link.approvedOn && (
        <FormDialogButton
          resource={RESOURCE}
          action="approve"
          label="tilsyn.subprocessors.approve"
          icon={<CheckIcon />}
          color="primary"
          title={translate('tilsyn.subprocessors.approve_title', { name })}
          intro={translate('tilsyn.subprocessors.approve_intro')}
          record={{ on: todayIso() }}
          successMessage="tilsyn.subprocessors.approved"
          testId="link-approve"
          onSubmit={(values: Values) => dataProvider.approveSubprocessor({ id: link.id, version: link.version, on: String(values.on) })}
        >
          <DateInput source="on" label={label('approvedOn')} validate={dateValidators} fullWidth />
        </FormDialogButton>
      )}
      {!link.objectedOn && (
        <FormDialogButton
          resource={RESOURCE}
          action="object"
          label="tilsyn.subprocessors.object"
          icon={<BlockIcon />}
          color="warning"
          title={translate('tilsyn.subprocessors.object_title', { name })}
          intro={translate('tilsyn.subprocessors.object_intro')}
          record={{ on: todayIso() }}
          successMessage="tilsyn.subprocessors.objected"
          testId="link-object"
          onSubmit={(values: Values) =>
            dataProvider.objectToSubprocessor({ id: link.id, version: link.version, on: String(values.on), reason: String(values.reason ?? '') })
          }
        >
          <DateInput source="on" label={label('objectedOn')} validate={dateValidators} fullWidth />
          <TextInput source="reason" label={label('objectionReason')} validate={reasonValidators} multiline minRows={2} fullWidth />
        </FormDialogButton>
      )}
      <RemoveLinkButton link={link} name={name} />
    </Stack>
  );
};

/** The processor's latest DPA says which sub-processor option applies: the default for a new link. */
function regimeDefaults(processor: ProcessorRecord): Values {
  const latest = [...(processor.agreements ?? [])].sort((a, b) => b.versionNo - a.versionNo).find((a) => a.subprocessorRegime);
  return latest
    ? { regime: latest.subprocessorRegime, noticeDays: latest.subprocessorRegime === 'GENERAL' ? (latest.subprocessorNoticeDays ?? null) : null }
    : { regime: 'SPECIFIC' };
}

const AddSubprocessorButton = ({ processor }: { processor: ProcessorRecord }) => {
  const translate = useTranslate();
  const dataProvider = useTilsynDataProvider();
  return (
    <FormDialogButton
      resource={RESOURCE}
      action="create"
      label="tilsyn.subprocessors.add"
      icon={<AddIcon />}
      variant="outlined"
      title={translate('tilsyn.subprocessors.add_title', { name: processor.name })}
      record={regimeDefaults(processor)}
      successMessage="tilsyn.subprocessors.added"
      testId="add-subprocessor"
      onSubmit={(values: Values) =>
        dataProvider.createSubprocessorLink({
          processorId: processor.id,
          subprocessorId: String(values.subprocessorId ?? ''),
          regime: String(values.regime),
          noticeDays: values.regime === 'GENERAL' ? number(values.noticeDays) : null,
          notifiedOn: text(values.notifiedOn),
          firstUsedOn: text(values.firstUsedOn),
        })
      }
    >
      <SubprocessorPicker />
      <LinkFactsInputs />
    </FormDialogButton>
  );
};

/** The sub-processors this processor engaged (one level), with the facts, the decision and the actions; and who engaged it. */
export const ProcessorSubprocessors = () => {
  const record = useRecordContext<ProcessorRecord>();
  const translate = useTranslate();
  const formatDate = useFormatIsoDate();
  const links = record?.subprocessorLinks ?? [];
  const engagedBy = record?.engagedBy ?? [];
  const ids = [...new Set([...links.map((l) => l.subprocessorId), ...engagedBy.map((l) => l.processorId)])];
  const nameOf = useProcessorNames(ids);
  if (!record) return null;
  const th = (field: string) => translate(label(field));
  return (
    <Box sx={{ width: '100%' }}>
      <Box sx={{ mb: 2 }}>
        <AddSubprocessorButton processor={record} />
      </Box>
      {links.length === 0 ? (
        <Typography variant="body2" color="text.secondary" sx={{ mb: 3 }}>
          {translate('tilsyn.subprocessors.none')}
        </Typography>
      ) : (
        <Box sx={{ overflowX: 'auto', contain: 'inline-size', mb: 3 }}>
          <Table size="small" aria-label={translate('resources.Processor.fields.subprocessorLinks')} data-testid="subprocessor-links">
            <TableHead>
              <TableRow>
                <TableCell>{th('subprocessorId')}</TableCell>
                <TableCell>{th('regime')}</TableCell>
                <TableCell>{th('notifiedOn')}</TableCell>
                <TableCell>{th('firstUsedOn')}</TableCell>
                <TableCell>{translate('tilsyn.subprocessors.decision')}</TableCell>
                <TableCell>{th('findings')}</TableCell>
                <TableCell>{translate('tilsyn.subprocessors.actions')}</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {links.map((link) => (
                <TableRow key={link.id} data-testid={`subprocessor-row-${link.subprocessorId}`} sx={{ verticalAlign: 'top' }}>
                  <TableCell>
                    <ProcessorLink id={link.subprocessorId} name={nameOf(link.subprocessorId)} />
                  </TableCell>
                  <TableCell>
                    <Regime link={link} />
                  </TableCell>
                  <TableCell>
                    <Notice link={link} />
                  </TableCell>
                  <TableCell sx={{ whiteSpace: 'nowrap' }}>{formatDate(link.firstUsedOn) || '—'}</TableCell>
                  <TableCell>
                    <Stack spacing={0.5} sx={{ alignItems: 'flex-start' }}>
                      <AuthorisedChip authorised={link.authorised} />
                      <Decision link={link} />
                    </Stack>
                  </TableCell>
                  <TableCell>
                    <LinkFindingChips findings={link.findings} />
                  </TableCell>
                  <TableCell>
                    <LinkActions link={link} name={nameOf(link.subprocessorId)} />
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </Box>
      )}
      <Typography variant="h6" component="h2" gutterBottom>
        {translate('tilsyn.subprocessors.engaged_by_title')}
      </Typography>
      {engagedBy.length === 0 ? (
        <Typography variant="body2" color="text.secondary">
          {translate('tilsyn.subprocessors.engaged_by_none')}
        </Typography>
      ) : (
        <Box sx={{ overflowX: 'auto', contain: 'inline-size' }}>
          <Table size="small" aria-label={translate('resources.Processor.fields.engagedBy')} data-testid="engaged-by">
            <TableHead>
              <TableRow>
                <TableCell>{th('processorId')}</TableCell>
                <TableCell>{th('regime')}</TableCell>
                <TableCell>{th('firstUsedOn')}</TableCell>
                <TableCell>{translate('tilsyn.subprocessors.decision')}</TableCell>
                <TableCell>{th('findings')}</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {engagedBy.map((link) => (
                <TableRow key={link.id} data-testid={`engaged-by-row-${link.processorId}`} sx={{ verticalAlign: 'top' }}>
                  <TableCell>
                    <ProcessorLink id={link.processorId} name={nameOf(link.processorId)} />
                  </TableCell>
                  <TableCell>
                    <Regime link={link} />
                  </TableCell>
                  <TableCell sx={{ whiteSpace: 'nowrap' }}>{formatDate(link.firstUsedOn) || '—'}</TableCell>
                  <TableCell>
                    <Stack spacing={0.5} sx={{ alignItems: 'flex-start' }}>
                      <AuthorisedChip authorised={link.authorised} />
                      <Decision link={link} />
                    </Stack>
                  </TableCell>
                  <TableCell>
                    <LinkFindingChips findings={link.findings} />
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </Box>
      )}
    </Box>
  );
};
