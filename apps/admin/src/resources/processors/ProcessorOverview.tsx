import type { ReactElement, ReactNode } from 'react';
import { BooleanField, EmailField, Labeled, NumberField, SelectField, TextField, useLocaleState, useRecordContext, useTranslate } from 'react-admin';
import { countryName } from '@tilsyn/domain';
import { Box, Grid, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { CountryField } from '../../components/CountryField';
import { DateTimeField } from '../../components/DateTimeField';
import { EnumListField } from '../../components/EnumListField';
import { IsoDateField } from '../../components/IsoDateField';
import { SafeUrlField } from '../../components/SafeUrlField';
import { UserNameField } from '../../components/UserChoiceInput';
import {
  cprDisclosureBasisChoices,
  dpfStatusChoices,
  endOfServiceOutcomeChoices,
  engagementRoleChoices,
  erasureChannelChoices,
  lifecycleChoices,
  serviceKindChoices,
} from '../../components/choices';
import { asLocale } from '../../providers/i18nProvider';
import { RotateWebhookSecretButton } from './RotateWebhookSecretButton';

const EMPTY = '—';
/** Categories that need more than an ordinary basis (Art. 9, Art. 10, databeskyttelsesloven §11). */
const SPECIAL = ['HEALTH', 'CRIMINAL', 'CPR'];

const Cell = ({ children, size = 6 }: { children: ReactElement; size?: number }) => (
  <Grid size={{ xs: 12, md: size }}>
    <Labeled>{children}</Labeled>
  </Grid>
);

/** How many data subjects' data it holds (a risk factor), in the reader's number format. */
const DataSubjectCount = (_props: { label?: string; source?: string }) => {
  const record = useRecordContext<{ dataSubjectCount?: number | null }>();
  const [locale] = useLocaleState();
  const translate = useTranslate();
  return (
    <Labeled label="resources.Processor.fields.dataSubjectCount">
      <Typography variant="body2" data-testid="processor-data-subject-count">
        {record?.dataSubjectCount != null
          ? new Intl.NumberFormat(asLocale(locale) === 'en' ? 'en-GB' : 'da-DK').format(record.dataSubjectCount)
          : translate('tilsyn.processors.data_subject_count_unknown')}
      </Typography>
    </Labeled>
  );
};

const Section = ({ title, children }: { title: string; children: ReactNode }) => {
  const translate = useTranslate();
  return (
    <Box component="section" sx={{ mb: 3 }}>
      <Typography variant="h6" component="h2" gutterBottom>
        {translate(title)}
      </Typography>
      <Grid container spacing={1}>
        {children}
      </Grid>
    </Box>
  );
};

interface Location {
  id?: string;
  country: string;
  kind: string;
  description?: string | null;
}

const Locations = () => {
  const record = useRecordContext<{ processingLocations?: Location[] }>();
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const locations = record?.processingLocations ?? [];
  if (locations.length === 0) {
    return (
      <Grid size={12}>
        <Typography variant="body2" color="text.secondary">
          {translate('tilsyn.processors.no_locations')}
        </Typography>
      </Grid>
    );
  }
  return (
    <Grid size={12}>
      <Table size="small" aria-label={translate('resources.Processor.fields.processingLocations')} data-testid="processing-locations" sx={{ maxWidth: 960 }}>
        <TableHead>
          <TableRow>
            <TableCell>{translate('tilsyn.processors.location.country')}</TableCell>
            <TableCell>{translate('tilsyn.processors.location.kind')}</TableCell>
            <TableCell>{translate('tilsyn.processors.location.description')}</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {locations.map((l, i) => (
            <TableRow key={l.id ?? i}>
              <TableCell title={l.country}>{countryName(l.country, asLocale(locale))}</TableCell>
              <TableCell>{translate(`tilsyn.enums.locationKind.${l.kind}`, { _: l.kind })}</TableCell>
              <TableCell>{l.description ?? ''}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </Grid>
  );
};

const EngagementRole = () => {
  const record = useRecordContext<{ engagementRole?: string | null }>();
  const translate = useTranslate();
  if (!record) return null;
  return (
    <Labeled label="resources.Processor.fields.engagementRole">
      {record.engagementRole ? (
        <SelectField source="engagementRole" choices={engagementRoleChoices} />
      ) : (
        <Typography component="span" variant="body2">
          {translate('tilsyn.processors.sub_only')}
        </Typography>
      )}
    </Labeled>
  );
};

const CprBasis = () => {
  const record = useRecordContext<{ dataCategories?: string[]; cprDisclosureBasis?: string | null }>();
  const translate = useTranslate();
  if (!record?.dataCategories?.includes('CPR') && !record?.cprDisclosureBasis) return null;
  return (
    <>
      <Cell>
        <SelectField source="cprDisclosureBasis" choices={cprDisclosureBasisChoices} emptyText={EMPTY} />
      </Cell>
      <Cell>
        <TextField source="cprDisclosureJustification" emptyText={EMPTY} sx={{ whiteSpace: 'pre-wrap' }} />
      </Cell>
      {record.cprDisclosureBasis && (
        <Grid size={12}>
          <Typography variant="body2" color="text.secondary">
            {translate(`tilsyn.cpr_basis_help.${record.cprDisclosureBasis}`, { _: '' })}
          </Typography>
        </Grid>
      )}
    </>
  );
};

const Offboarding = () => {
  const record = useRecordContext<{ endOfServiceOutcome?: string | null }>();
  if (!record?.endOfServiceOutcome) return null;
  return (
    <Section title="tilsyn.processors.sections.offboarding">
      <Cell>
        <IsoDateField source="engagementEnd" emptyText={EMPTY} />
      </Cell>
      <Cell>
        <SelectField source="endOfServiceOutcome" choices={endOfServiceOutcomeChoices} />
      </Cell>
    </Section>
  );
};

/** Everything recorded about the processor, in the form's sections. */
export const ProcessorOverview = () => (
  <Box sx={{ width: '100%' }}>
    <Section title="tilsyn.processors.sections.identity">
      <Cell size={8}>
        <TextField source="name" />
      </Cell>
      <Cell size={4}>
        <TextField source="registrationNumber" emptyText={EMPTY} />
      </Cell>
      <Cell size={4}>
        <CountryField source="establishmentCountry" />
      </Cell>
      <Cell size={4}>
        <SelectField source="serviceKind" choices={serviceKindChoices} />
      </Cell>
      <Cell size={4}>
        <SelectField source="lifecycle" choices={lifecycleChoices} />
      </Cell>
      <Cell size={12}>
        <TextField source="address" emptyText={EMPTY} sx={{ whiteSpace: 'pre-wrap' }} />
      </Cell>
      <Cell>
        <TextField source="privacyContactName" emptyText={EMPTY} />
      </Cell>
      <Cell>
        <EmailField source="privacyContactEmail" emptyText={EMPTY} />
      </Cell>
      <Cell>
        <TextField source="fallbackContactName" emptyText={EMPTY} />
      </Cell>
      <Cell>
        <EmailField source="fallbackContactEmail" emptyText={EMPTY} />
      </Cell>
      <Cell size={12}>
        <SafeUrlField source="website" />
      </Cell>
      <Cell size={12}>
        <TextField source="notes" emptyText={EMPTY} sx={{ whiteSpace: 'pre-wrap' }} />
      </Cell>
    </Section>
    <Section title="tilsyn.processors.sections.data">
      <Cell size={12}>
        <EnumListField source="dataCategories" group="dataCategory" highlight={SPECIAL} emptyText={EMPTY} />
      </Cell>
      <Cell size={12}>
        <EnumListField source="dataSubjectCategories" group="dataSubjectCategory" emptyText={EMPTY} />
      </Cell>
    </Section>
    <Section title="tilsyn.processors.sections.locations">
      <Locations />
    </Section>
    <Section title="tilsyn.processors.sections.recipient">
      <Cell>
        <SelectField source="dpfStatus" choices={dpfStatusChoices} />
      </Cell>
      <Cell>
        <IsoDateField source="dpfCheckedOn" emptyText={EMPTY} />
      </Cell>
      <Cell>
        <IsoDateField source="dpfCertifiedOn" emptyText={EMPTY} />
      </Cell>
      <Cell>
        <IsoDateField source="dpfLapsedOn" emptyText={EMPTY} />
      </Cell>
      <Cell size={3}>
        <BooleanField source="subjectToPipeda" looseValue />
      </Cell>
      <Cell size={3}>
        <BooleanField source="fscCreditInformation" looseValue />
      </Cell>
      <Cell size={3}>
        <BooleanField source="publicAuthority" looseValue />
      </Cell>
      <Cell size={3}>
        <BooleanField source="danishRealmAuthority" looseValue />
      </Cell>
    </Section>
    <Section title="tilsyn.processors.sections.erasure">
      <Cell size={4}>
        <SelectField source="erasureChannel" choices={erasureChannelChoices} />
      </Cell>
      <Cell size={8}>
        <TextField source="erasureAddress" emptyText={EMPTY} />
      </Cell>
      <Grid size={12}>
        <RotateWebhookSecretButton />
      </Grid>
    </Section>
    <Section title="tilsyn.processors.sections.engagement">
      <Grid size={{ xs: 12, md: 6 }}>
        <EngagementRole />
      </Grid>
      <Cell>
        <UserNameField source="ownerId" emptyText={EMPTY} />
      </Cell>
      <Cell size={12}>
        <TextField source="engagementPurpose" emptyText={EMPTY} sx={{ whiteSpace: 'pre-wrap' }} />
      </Cell>
      <Cell>
        <IsoDateField source="engagementStart" emptyText={EMPTY} />
      </Cell>
      <Cell>
        <IsoDateField source="engagementEnd" emptyText={EMPTY} />
      </Cell>
      <Grid size={{ xs: 12, md: 6 }}>
        <DataSubjectCount />
      </Grid>
      <CprBasis />
    </Section>
    <Offboarding />
    <Section title="tilsyn.processors.sections.timestamps">
      <Cell size={4}>
        <DateTimeField source="createdAt" />
      </Cell>
      <Cell size={4}>
        <DateTimeField source="updatedAt" />
      </Cell>
      <Cell size={4}>
        <NumberField source="version" />
      </Cell>
    </Section>
  </Box>
);
