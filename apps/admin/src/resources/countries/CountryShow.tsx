import type React from 'react';
import type { ReactNode } from 'react';
import { Link as RouterLink } from 'react-router';
import { EditButton, Show, TopToolbar, useCreatePath, useGetList, useLocaleState, useRecordContext, useTranslate } from 'react-admin';
import { Alert, Box, Button, Divider, LinearProgress, Link, Stack, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import ListIcon from '@mui/icons-material/List';
import { useFormatIsoDate } from '../../components/IsoDateField';
import { TiaStatusChip, TransferStatusChip } from '../../components/StatusChips';
import type { AdequacyDecisionRecord, CountryRecord, TiaRecord, TransferRecord } from '../../graphql/types';
import { asLocale } from '../../providers/i18nProvider';
import { InForceChip, ToVerifyChip } from '../adequacy-decisions/AdequacyChips';
import { SuggestedTransfersPanel } from '../transfers/SuggestedTransfersPanel';
import { CountryChips } from './CountryChips';

const Actions = () => (
  <TopToolbar>
    <EditButton />
  </TopToolbar>
);

const Section = ({ title, testId, children }: { title: string; testId: string; children: ReactNode }) => {
  const translate = useTranslate();
  return (
    <Box component="section" aria-labelledby={`${testId}-title`} sx={{ mb: 3 }} data-testid={testId}>
      <Typography variant="h6" component="h2" id={`${testId}-title`} gutterBottom>
        {translate(title)}
      </Typography>
      {children}
    </Box>
  );
};

const Loading = ({ isPending, error }: { isPending: boolean; error: unknown }) => {
  const translate = useTranslate();
  if (isPending) return <LinearProgress sx={{ mb: 1 }} />;
  if (error) return <Alert severity="error">{error instanceof Error ? error.message : translate('tilsyn.countries.load_failed')}</Alert>;
  return null;
};

const Empty = ({ text }: { text: string }) => {
  const translate = useTranslate();
  return (
    <Typography variant="body2" color="text.secondary">
      {translate(text)}
    </Typography>
  );
};

/** Adequacy decisions for the country over time, oldest first. */
const Decisions = ({ code }: { code: string }) => {
  const translate = useTranslate();
  const formatDate = useFormatIsoDate();
  const createPath = useCreatePath();
  const { data, isPending, error } = useGetList<AdequacyDecisionRecord>('AdequacyDecision', {
    filter: { jurisdiction: code },
    sort: { field: 'validFrom', order: 'ASC' },
    pagination: { page: 1, perPage: 100 },
  });
  const label = (f: string) => translate(`resources.AdequacyDecision.fields.${f}`);
  return (
    <Section title="tilsyn.countries.decisions_title" testId="country-decisions">
      <Loading isPending={isPending} error={error} />
      {data && data.length === 0 && <Empty text="tilsyn.countries.decisions_none" />}
      {data && data.length > 0 && (
        <Box sx={{ overflowX: 'auto' }}>
          <Table size="small" aria-label={translate('tilsyn.countries.decisions_title')}>
            <TableHead>
              <TableRow>
                <TableCell>{label('instrument')}</TableCell>
                <TableCell>{label('validFrom')}</TableCell>
                <TableCell>{label('validUntil')}</TableCell>
                <TableCell>{label('revokedOn')}</TableCell>
                <TableCell>{label('scope')}</TableCell>
                <TableCell>{label('conditions')}</TableCell>
                <TableCell>{label('inForceToday')}</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {data.map((d) => (
                <TableRow key={d.id}>
                  <TableCell>
                    <Link component={RouterLink} to={createPath({ resource: 'AdequacyDecision', id: d.id, type: 'show' })}>
                      {d.instrument}
                    </Link>
                  </TableCell>
                  <TableCell>{formatDate(d.validFrom)}</TableCell>
                  <TableCell>{formatDate(d.validUntil) || '—'}</TableCell>
                  <TableCell>{formatDate(d.revokedOn) || '—'}</TableCell>
                  <TableCell>{translate(`tilsyn.enums.adequacyScope.${d.scope}`)}</TableCell>
                  <TableCell>{d.conditions.map((c) => translate(`tilsyn.enums.adequacyCondition.${c}`, { _: c })).join(', ') || '—'}</TableCell>
                  <TableCell>
                    <Stack direction="row" spacing={0.5} useFlexGap sx={{ flexWrap: 'wrap' }}>
                      <InForceChip record={d} />
                      <ToVerifyChip record={d} />
                    </Stack>
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </Box>
      )}
    </Section>
  );
};

const Transfers = ({ code }: { code: string }) => {
  const translate = useTranslate();
  const createPath = useCreatePath();
  const { data, total, isPending, error } = useGetList<TransferRecord>('Transfer', {
    filter: { destinationCountry: code },
    sort: { field: 'destinationCountry', order: 'ASC' },
    pagination: { page: 1, perPage: 100 },
  });
  const listTo = `${createPath({ resource: 'Transfer', type: 'list' })}?filter=${encodeURIComponent(JSON.stringify({ destinationCountry: code }))}`;
  return (
    <Section title="tilsyn.countries.transfers_title" testId="country-transfers">
      <Loading isPending={isPending} error={error} />
      {data && data.length === 0 && <Empty text="tilsyn.countries.transfers_none" />}
      {data && data.length > 0 && (
        <>
          <Table size="small" aria-label={translate('tilsyn.countries.transfers_title')}>
            <TableHead>
              <TableRow>
                <TableCell>{translate('tilsyn.transfers.parties')}</TableCell>
                <TableCell>{translate('resources.Transfer.fields.mechanism')}</TableCell>
                <TableCell>{translate('resources.Transfer.fields.status')}</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {data.map((t) => (
                <TableRow key={t.id}>
                  <TableCell>
                    <Link component={RouterLink} to={createPath({ resource: 'Transfer', id: t.id, type: 'show' })} onClick={(e: React.MouseEvent) => e.stopPropagation()}>
                      {t.exporterProcessorId ? t.exporterName : translate('tilsyn.transfers.us')} → {t.importerName}
                    </Link>
                  </TableCell>
                  <TableCell>{translate(`tilsyn.enums.transferMechanism.${t.mechanism ?? 'NONE'}`)}</TableCell>
                  <TableCell>
                    <TransferStatusChip status={t.status} />
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
          {(total ?? 0) > data.length && (
            <Typography variant="body2" color="text.secondary">
              {data.length} / {total}
            </Typography>
          )}
        </>
      )}
      <Button component={RouterLink} to={listTo} size="small" startIcon={<ListIcon />} sx={{ mt: 1 }}>
        {translate('tilsyn.countries.open_in_list')}
      </Button>
    </Section>
  );
};

const Tias = ({ code }: { code: string }) => {
  const translate = useTranslate();
  const formatDate = useFormatIsoDate();
  const createPath = useCreatePath();
  const { data, isPending, error } = useGetList<TiaRecord>('Tia', {
    filter: { destinationCountry: code },
    sort: { field: 'updatedAt', order: 'DESC' },
    pagination: { page: 1, perPage: 100 },
  });
  return (
    <Section title="tilsyn.countries.tias_title" testId="country-tias">
      <Loading isPending={isPending} error={error} />
      {data && data.length === 0 && <Empty text="tilsyn.countries.tias_none" />}
      {data && data.length > 0 && (
        <Table size="small" aria-label={translate('tilsyn.countries.tias_title')}>
          <TableHead>
            <TableRow>
              <TableCell>{translate('resources.Tia.fields.title')}</TableCell>
              <TableCell>{translate('resources.Tia.fields.versionNo')}</TableCell>
              <TableCell>{translate('resources.Tia.fields.status')}</TableCell>
              <TableCell>{translate('resources.Tia.fields.reevaluateOn')}</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {data.map((t) => (
              <TableRow key={t.id}>
                <TableCell>
                  <Link component={RouterLink} to={createPath({ resource: 'Tia', id: t.id, type: 'show' })}>
                    {t.title}
                  </Link>
                </TableCell>
                <TableCell>{t.versionNo}</TableCell>
                <TableCell>
                  <TiaStatusChip status={t.status} />
                </TableCell>
                <TableCell>{formatDate(t.reevaluateOn) || '—'}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
    </Section>
  );
};

const CountryPage = () => {
  const record = useRecordContext<CountryRecord>();
  const translate = useTranslate();
  const [locale] = useLocaleState();
  if (!record) return null;
  const name = asLocale(locale) === 'en' ? record.nameEn : record.nameDa;
  return (
    <Box sx={{ p: 2 }}>
      <Stack direction="row" spacing={1.5} useFlexGap sx={{ alignItems: 'center', flexWrap: 'wrap', mb: 1 }}>
        <Typography variant="h5" component="h1">
          {name}
        </Typography>
        <Typography variant="body1" color="text.secondary">
          {record.code}
        </Typography>
        <CountryChips record={record} />
      </Stack>
      <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
        {translate(record.eeaMember ? 'tilsyn.countries.eea_member_yes' : 'tilsyn.countries.eea_member_no')}
      </Typography>
      {record.notes && (
        <Typography variant="body2" sx={{ mb: 2, whiteSpace: 'pre-wrap' }}>
          {record.notes}
        </Typography>
      )}
      <Divider sx={{ mb: 2 }} />
      <Decisions code={record.code} />
      <Transfers code={record.code} />
      <SuggestedTransfersPanel country={record.code} embedded />
      <Tias code={record.code} />
    </Box>
  );
};

/** The country page: EEA or not, adequacy over time, transfers there, unrecorded locations, TIAs. */
export const CountryShow = () => (
  <Show actions={<Actions />}>
    <CountryPage />
  </Show>
);
