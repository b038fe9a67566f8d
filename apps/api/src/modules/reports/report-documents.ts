import {
  countryName,
  labelOf,
  type ControllerRecord,
  type DpaGapReport,
  type ErasureReport,
  type IsoDate,
  type ProcessorRecord,
  type RecordRecipient,
  type RecordTransfer,
  type ReportKind,
  type RetentionRuleFacts,
  type SupervisionReport,
  type TransferRegister,
  CLAUSE_CATALOGUE,
} from '@tilsyn/domain';
import type { ReportBlock, ReportColumn, ReportLocale, ReportSection, ReportTable } from './render/report-document.js';

/**
 * Turns the domain's report data into the renderers' model: sections for the PDF and one flat
 * table for the CSV, every word in the report's language. Vocabulary words come from the domain's
 * VOCABULARY_LABELS, the same the admin shows.
 */
export interface BuiltReport {
  title: string;
  orientation: 'portrait' | 'landscape';
  tableOfContents: boolean;
  sections: ReportSection[];
  table: ReportTable;
}

type Text = Record<ReportLocale, string>;
const t = (text: Text, locale: ReportLocale) => text[locale];

const W = {
  none: { da: 'Ingen', en: 'None' },
  notStated: { da: 'Ikke oplyst', en: 'Not stated' },
  yes: { da: 'Ja', en: 'Yes' },
  no: { da: 'Nej', en: 'No' },
  us: { da: 'Os (dataansvarlig)', en: 'Us (controller)' },
  via: { da: 'via', en: 'via' },
  gaps: { da: 'Mangler i fortegnelsen', en: 'Gaps in the record' },
} satisfies Record<string, Text>;

const GAP_TEXT: Record<string, Text> = {
  PURPOSES_MISSING: { da: 'Formålet er ikke beskrevet (art. 30, stk. 1, litra b).', en: 'The purposes are not described (Art. 30(1)(b)).' },
  DATA_CATEGORIES_MISSING: { da: 'Kategorier af personoplysninger mangler (litra c).', en: 'Categories of personal data are missing (point (c)).' },
  DATA_SUBJECTS_MISSING: { da: 'Kategorier af registrerede mangler (litra c).', en: 'Categories of data subjects are missing (point (c)).' },
  RETENTION_MISSING: { da: 'Ingen slettefrister (litra f).', en: 'No time limits for erasure (point (f)).' },
  SECURITY_MEASURES_MISSING: { da: 'Ingen beskrivelse af sikkerhedsforanstaltninger (litra g; art. 32, stk. 1).', en: 'No description of security measures (point (g); Art. 32(1)).' },
  SAFEGUARDS_MISSING: { da: 'En overførsel efter art. 49, stk. 1, andet afsnit, mangler dokumentation af de fornødne garantier (litra e).', en: 'A transfer under Art. 49(1) second subparagraph lacks the documented suitable safeguards (point (e)).' },
  DPO_MISSING: { da: 'Databeskyttelsesrådgiverens kontaktoplysninger mangler (litra a).', en: 'The DPO’s contact details are missing (point (a)).' },
  CONTROLLER_CONTACT_MISSING: { da: 'Den dataansvarliges navn og kontaktoplysninger mangler (litra a).', en: 'The controller’s name and contact details are missing (point (a)).' },
};

/** "1. marts 2026" / "1 March 2026"; CSV cells keep the ISO date. */
export function formatDate(date: IsoDate | null | undefined, locale: ReportLocale): string {
  if (!date) return '';
  return new Intl.DateTimeFormat(locale === 'da' ? 'da-DK' : 'en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${date}T00:00:00Z`));
}

const list = <T>(items: readonly T[], word: (item: T) => string, empty = '') => (items.length ? items.map(word).join(', ') : empty);
const country = (code: string, locale: ReportLocale) => `${countryName(code, locale)} (${code})`;

function retentionText(r: RetentionRuleFacts, locale: ReportLocale): string {
  const when = `${r.period} ${labelOf('retentionUnits', r.unit, locale)} ${labelOf('retentionTriggers', r.trigger, locale)}`;
  const cats = r.dataCategories.length ? ` (${list(r.dataCategories, (c) => labelOf('dataCategories', c, locale))})` : '';
  return `${r.label}${cats}: ${when}${r.legalReference ? ` — ${r.legalReference}` : ''}`;
}

function recipientText(r: RecordRecipient, locale: ReportLocale): string {
  const role = r.role ? `, ${labelOf('engagementRoles', r.role, locale)}` : '';
  const via = r.via.length ? ` — ${t(W.via, locale)} ${r.via.join(' → ')}` : '';
  return `${r.name} (${labelOf('serviceKinds', r.serviceKind, locale)}, ${countryName(r.country, locale)}${role})${via}`;
}

export function toolText(x: { mechanism: RecordTransfer['mechanism']; sccModule: number | null; derogationGround: RecordTransfer['derogationGround'] }, locale: ReportLocale): string {
  if (!x.mechanism) return labelOf('transferMechanisms', 'NONE', locale);
  const base = labelOf('transferMechanisms', x.mechanism, locale);
  if (x.mechanism === 'SCC' && x.sccModule) return `${base}, ${locale === 'da' ? 'modul' : 'module'} ${x.sccModule}`;
  if (x.mechanism === 'DEROGATION' && x.derogationGround) return `${base}: ${labelOf('derogationGrounds', x.derogationGround, locale)}`;
  return base;
}

function transferText(x: RecordTransfer, locale: ReportLocale): string {
  const from = x.exporter ? `${x.exporter} → ` : '';
  const safeguards = x.safeguards ? ` — ${locale === 'da' ? 'garantier' : 'safeguards'}: ${x.safeguards}` : '';
  return `${from}${x.importer}, ${country(x.country, locale)}: ${toolText(x, locale)} [${labelOf('transferStatuses', x.status, locale)}]${safeguards}`;
}

function organisationFields(o: ControllerRecord['controller'], locale: ReportLocale, role: Text): ReportBlock {
  const dash = (v: string) => v.trim() || t(W.notStated, locale);
  return {
    type: 'fields',
    rows: [
      { label: t(role, locale), value: dash(o.name) },
      { label: locale === 'da' ? 'CVR-nummer' : 'Registration number', value: dash(o.registrationNumber) },
      { label: locale === 'da' ? 'Adresse' : 'Address', value: dash(o.address) },
      { label: locale === 'da' ? 'E-mail og telefon' : 'E-mail and phone', value: dash([o.email, o.phone].filter((v) => v.trim()).join(', ')) },
      { label: locale === 'da' ? 'Databeskyttelsesrådgiver (DPO)' : 'Data protection officer (DPO)', value: dash([o.dpoName, o.dpoEmail, o.dpoPhone].filter((v) => v.trim()).join(', ')) },
      { label: locale === 'da' ? 'Fælles dataansvarlige og repræsentant' : 'Joint controllers and representative', value: o.jointControllers.trim() || t(W.none, locale) },
    ],
  };
}

function gapBlocks(gaps: readonly string[], locale: ReportLocale): ReportBlock[] {
  return gaps.length ? [{ type: 'paragraph', style: 'warning', text: `${t(W.gaps, locale)}: ${gaps.map((g) => GAP_TEXT[g]?.[locale] ?? g).join(' ')}` }] : [];
}

/** Art. 30(1): the controller's record, one section per processing activity. */
export function controllerRecordReport(r: ControllerRecord, locale: ReportLocale): BuiltReport {
  const da = locale === 'da';
  const general = r.controller.securityMeasures.trim();
  const sections: ReportSection[] = [
    {
      heading: da ? 'Den dataansvarlige (art. 30, stk. 1, litra a)' : 'The controller (Art. 30(1)(a))',
      level: 1,
      blocks: [
        organisationFields(r.controller, locale, { da: 'Dataansvarlig', en: 'Controller' }),
        ...gapBlocks(r.gaps, locale),
        { type: 'paragraph', text: `${da ? 'Generel beskrivelse af tekniske og organisatoriske sikkerhedsforanstaltninger (litra g)' : 'General description of technical and organisational security measures (point (g))'}: ${general || t(W.notStated, locale)}` },
        { type: 'paragraph', style: 'muted', text: da ? `${r.activities.length} behandlingsaktiviteter. Modtagere og overførsler er hentet fra registeret over databehandlere, som det så ud ${formatDate(r.asOf, locale)}.` : `${r.activities.length} processing activities. Recipients and transfers come from the processor register as it stood on ${formatDate(r.asOf, locale)}.` },
      ],
    },
    ...r.activities.map(
      (a): ReportSection => ({
        heading: a.name,
        level: 1,
        pageBreakBefore: true,
        blocks: [
          {
            type: 'fields',
            rows: [
              { label: da ? 'Formål (litra b)' : 'Purposes (point (b))', value: a.purposes || t(W.notStated, locale) },
              { label: da ? 'Behandlingsgrundlag' : 'Legal basis', value: a.legalBasis ?? t(W.notStated, locale) },
              { label: da ? 'Kategorier af registrerede (litra c)' : 'Categories of data subjects (point (c))', value: list(a.dataSubjectCategories, (c) => labelOf('dataSubjectCategories', c, locale), t(W.notStated, locale)) },
              { label: da ? 'Kategorier af personoplysninger (litra c)' : 'Categories of personal data (point (c))', value: list(a.dataCategories, (c) => labelOf('dataCategories', c, locale), t(W.notStated, locale)) },
              { label: da ? 'Heraf følsomme og CPR-numre' : 'Of which sensitive, and CPR numbers', value: list(a.sensitiveCategories, (c) => labelOf('dataCategories', c, locale), t(W.none, locale)) },
              { label: da ? 'Andre modtagere (litra d)' : 'Other recipients (point (d))', value: a.otherRecipients ?? t(W.none, locale) },
              { label: da ? 'Sikkerhedsforanstaltninger for aktiviteten (litra g)' : 'Security measures of the activity (point (g))', value: a.securityMeasures ?? (da ? 'Se den generelle beskrivelse' : 'See the general description') },
            ],
          },
          { type: 'paragraph', text: da ? 'Modtagere i registeret (litra d), med underdatabehandlere:' : 'Recipients in the register (point (d)), with sub-processors:' },
          a.recipients.length ? { type: 'list', items: a.recipients.map((x) => recipientText(x, locale)) } : { type: 'paragraph', style: 'muted', text: t(W.none, locale) },
          { type: 'paragraph', text: da ? 'Overførsler til tredjelande (litra e):' : 'Transfers to third countries (point (e)):' },
          a.transfers.length ? { type: 'list', items: a.transfers.map((x) => transferText(x, locale)) } : { type: 'paragraph', style: 'muted', text: t(W.none, locale) },
          { type: 'paragraph', text: da ? 'Slettefrister (litra f):' : 'Time limits for erasure (point (f)):' },
          a.retention.length ? { type: 'list', items: a.retention.map((x) => retentionText(x, locale)) } : { type: 'paragraph', style: 'muted', text: t(W.notStated, locale) },
          ...gapBlocks(a.gaps, locale),
        ],
      }),
    ),
  ];
  const columns: ReportColumn[] = [
    { key: 'activity', header: da ? 'Behandlingsaktivitet' : 'Processing activity' },
    { key: 'purposes', header: da ? 'Formål' : 'Purposes' },
    { key: 'legalBasis', header: da ? 'Behandlingsgrundlag' : 'Legal basis' },
    { key: 'dataSubjects', header: da ? 'Kategorier af registrerede' : 'Categories of data subjects' },
    { key: 'dataCategories', header: da ? 'Kategorier af personoplysninger' : 'Categories of personal data' },
    { key: 'recipients', header: da ? 'Modtagere' : 'Recipients' },
    { key: 'otherRecipients', header: da ? 'Andre modtagere' : 'Other recipients' },
    { key: 'transfers', header: da ? 'Overførsler til tredjelande' : 'Third-country transfers' },
    { key: 'retention', header: da ? 'Slettefrister' : 'Time limits for erasure' },
    { key: 'securityMeasures', header: da ? 'Sikkerhedsforanstaltninger' : 'Security measures' },
    { key: 'gaps', header: t(W.gaps, locale) },
  ];
  const rows = r.activities.map((a) => ({
    activity: a.name,
    purposes: a.purposes,
    legalBasis: a.legalBasis ?? '',
    dataSubjects: list(a.dataSubjectCategories, (c) => labelOf('dataSubjectCategories', c, locale)),
    dataCategories: list(a.dataCategories, (c) => labelOf('dataCategories', c, locale)),
    recipients: a.recipients.map((x) => recipientText(x, locale)).join('; '),
    otherRecipients: a.otherRecipients ?? '',
    transfers: a.transfers.map((x) => transferText(x, locale)).join('; '),
    retention: a.retention.map((x) => retentionText(x, locale)).join('; '),
    securityMeasures: [a.securityMeasures, general].filter(Boolean).join(' | '),
    gaps: a.gaps.map((g) => GAP_TEXT[g]?.[locale] ?? g).join(' '),
  }));
  return { title: labelOf('reportKinds', 'ART30_CONTROLLER', locale), orientation: 'portrait', tableOfContents: r.activities.length > 2, sections, table: { columns, rows } };
}

/** Art. 30(2): the record kept as processor, one section per client (controller). */
export function processorRecordReport(r: ProcessorRecord, locale: ReportLocale): BuiltReport {
  const da = locale === 'da';
  const general = r.processor.securityMeasures.trim();
  const sections: ReportSection[] = [
    {
      heading: da ? 'Databehandleren (art. 30, stk. 2, litra a)' : 'The processor (Art. 30(2)(a))',
      level: 1,
      blocks: [
        organisationFields(r.processor, locale, { da: 'Databehandler', en: 'Processor' }),
        ...gapBlocks(r.gaps, locale),
        { type: 'paragraph', text: `${da ? 'Generel beskrivelse af sikkerhedsforanstaltninger (litra d)' : 'General description of security measures (point (d))'}: ${general || t(W.notStated, locale)}` },
        ...(r.clients.length === 0 ? [{ type: 'paragraph' as const, style: 'muted' as const, text: da ? 'Vi behandlede ikke personoplysninger for nogen dataansvarlig på datoen.' : 'We processed personal data for no controller on the date.' }] : []),
      ],
    },
    ...r.clients.map(
      (c): ReportSection => ({
        heading: c.client.name,
        level: 1,
        blocks: [
          {
            type: 'fields',
            rows: [
              { label: da ? 'Dataansvarlig (litra a)' : 'Controller (point (a))', value: [c.client.name, c.client.registrationNumber, c.client.contact].filter(Boolean).join(', ') },
              { label: da ? 'Den dataansvarliges DPO eller repræsentant' : 'The controller’s DPO or representative', value: c.client.dpoContact ?? t(W.notStated, locale) },
              { label: da ? 'Databehandleraftale' : 'Data processing agreement', value: c.agreementReference ?? t(W.notStated, locale) },
              { label: da ? 'Kategorier af behandling (litra b)' : 'Categories of processing (point (b))', value: c.processingCategories },
              { label: da ? 'Kategorier af registrerede' : 'Categories of data subjects', value: list(c.dataSubjectCategories, (x) => labelOf('dataSubjectCategories', x, locale), t(W.notStated, locale)) },
              { label: da ? 'Kategorier af personoplysninger' : 'Categories of personal data', value: list(c.dataCategories, (x) => labelOf('dataCategories', x, locale), t(W.notStated, locale)) },
              { label: da ? 'Sikkerhedsforanstaltninger (litra d)' : 'Security measures (point (d))', value: c.securityMeasures ?? (da ? 'Se den generelle beskrivelse' : 'See the general description') },
            ],
          },
          { type: 'paragraph', text: da ? 'Underdatabehandlere:' : 'Sub-processors:' },
          c.subprocessors.length ? { type: 'list', items: c.subprocessors.map((x) => recipientText(x, locale)) } : { type: 'paragraph', style: 'muted', text: t(W.none, locale) },
          { type: 'paragraph', text: da ? 'Overførsler til tredjelande (litra c):' : 'Transfers to third countries (point (c)):' },
          c.transfers.length ? { type: 'list', items: c.transfers.map((x) => transferText(x, locale)) } : { type: 'paragraph', style: 'muted', text: t(W.none, locale) },
          ...(c.transfersNote ? [{ type: 'paragraph' as const, text: c.transfersNote }] : []),
          ...gapBlocks(c.gaps, locale),
        ],
      }),
    ),
  ];
  const columns: ReportColumn[] = [
    { key: 'client', header: da ? 'Dataansvarlig' : 'Controller' },
    { key: 'clientContact', header: da ? 'Kontakt' : 'Contact' },
    { key: 'clientDpo', header: da ? 'DPO eller repræsentant' : 'DPO or representative' },
    { key: 'processing', header: da ? 'Kategorier af behandling' : 'Categories of processing' },
    { key: 'dataCategories', header: da ? 'Kategorier af personoplysninger' : 'Categories of personal data' },
    { key: 'subprocessors', header: da ? 'Underdatabehandlere' : 'Sub-processors' },
    { key: 'transfers', header: da ? 'Overførsler til tredjelande' : 'Third-country transfers' },
    { key: 'securityMeasures', header: da ? 'Sikkerhedsforanstaltninger' : 'Security measures' },
  ];
  const rows = r.clients.map((c) => ({
    client: c.client.name,
    clientContact: [c.client.registrationNumber, c.client.contact].filter(Boolean).join(', '),
    clientDpo: c.client.dpoContact ?? '',
    processing: c.processingCategories,
    dataCategories: list(c.dataCategories, (x) => labelOf('dataCategories', x, locale)),
    subprocessors: c.subprocessors.map((x) => recipientText(x, locale)).join('; '),
    transfers: [...c.transfers.map((x) => transferText(x, locale)), c.transfersNote ?? ''].filter(Boolean).join('; '),
    securityMeasures: [c.securityMeasures, general].filter(Boolean).join(' | '),
  }));
  return { title: labelOf('reportKinds', 'ART30_PROCESSOR', locale), orientation: 'portrait', tableOfContents: r.clients.length > 3, sections, table: { columns, rows } };
}

function findingText(code: string, locale: ReportLocale): string {
  return labelOf('findingCodes', code, locale);
}

/** Chapter V: every transfer with destination, tool, TIA and findings. */
export function transferRegisterReport(r: TransferRegister, locale: ReportLocale): BuiltReport {
  const da = locale === 'da';
  const tiaText = (row: TransferRegister['rows'][number]) => {
    if (!row.tia) return row.tiaRequired ? (da ? 'Mangler' : 'Missing') : da ? 'Ikke krævet' : 'Not required';
    const parts = [labelOf('tiaStatuses', row.tia.status, locale)];
    if (row.tia.approvedOn) parts.push(`${da ? 'godkendt' : 'approved'} ${formatDate(row.tia.approvedOn, locale)}`);
    if (row.tia.reevaluateOn) parts.push(`${da ? 'revurderes' : 're-evaluate by'} ${formatDate(row.tia.reevaluateOn, locale)}`);
    return parts.join(', ');
  };
  const columns: ReportColumn[] = [
    { key: 'importer', header: da ? 'Modtager' : 'Importer', width: 90 },
    { key: 'exporter', header: da ? 'Eksportør' : 'Exporter', width: 70 },
    { key: 'destination', header: da ? 'Land' : 'Destination', width: 70 },
    { key: 'data', header: da ? 'Oplysninger' : 'Data', width: '*' },
    { key: 'tool', header: da ? 'Overførselsgrundlag' : 'Transfer tool', width: 90 },
    { key: 'tia', header: 'TIA', width: 90 },
    { key: 'status', header: 'Status', width: 60 },
    { key: 'findings', header: da ? 'Fund' : 'Findings', width: '*' },
  ];
  const pdfRows = r.rows.map((row) => ({
    importer: `${row.importer} (${labelOf('engagementRoles', row.importerRole, locale)})`,
    exporter: row.exporter ?? t(W.us, locale),
    destination: `${country(row.destinationCountry, locale)}${row.accessKind === 'REMOTE_ACCESS' ? ` — ${labelOf('accessKinds', 'REMOTE_ACCESS', locale)}` : ''}`,
    data: `${list(row.dataCategories, (c) => labelOf('dataCategories', c, locale))}; ${labelOf('transferFrequencies', row.frequency, locale)}${row.startedOn ? `; ${da ? 'fra' : 'since'} ${formatDate(row.startedOn, locale)}` : ''}${row.endedOn ? ` ${da ? 'til' : 'until'} ${formatDate(row.endedOn, locale)}` : ''}`,
    tool: toolText(row, locale),
    tia: tiaText(row),
    status: labelOf('transferStatuses', row.status, locale),
    findings: row.findings.map((f) => `${findingText(f.code, locale)} (${labelOf('severities', f.severity, locale)})`).join('; ') || t(W.none, locale),
  }));
  const counts = (Object.entries(r.counts) as [keyof typeof r.counts, number][]).filter(([, n]) => n > 0).map(([s, n]) => `${labelOf('transferStatuses', s, locale)}: ${n}`);
  const sections: ReportSection[] = [
    {
      heading: da ? 'Overførsler' : 'Transfers',
      level: 1,
      blocks: [
        { type: 'paragraph', text: `${r.rows.length} ${da ? 'overførsler' : 'transfers'}. ${counts.join(', ')}` },
        { type: 'table', columns, rows: pdfRows, emptyText: da ? 'Ingen overførsler registreret på datoen.' : 'No transfers recorded on the date.' },
      ],
    },
  ];
  const csvRows = r.rows.map((row, i) => ({
    ...pdfRows[i],
    destination: row.destinationCountry,
    startedOn: row.startedOn ?? '',
    endedOn: row.endedOn ?? '',
    findings: row.findings.map((f) => f.code).join(' '),
  }));
  return {
    title: labelOf('reportKinds', 'TRANSFER_REGISTER', locale),
    orientation: 'landscape',
    tableOfContents: false,
    sections,
    table: { columns: [...columns, { key: 'startedOn', header: da ? 'Startet' : 'Started' }, { key: 'endedOn', header: da ? 'Ophørt' : 'Ended' }], rows: csvRows },
  };
}

function clauseTitle(code: string, locale: ReportLocale): string {
  const item = CLAUSE_CATALOGUE.find((c) => c.code === code);
  return item ? `${item.article} ${item.title[locale]}` : code;
}

/** Art. 28(3): every processor with its DPA status and the exact missing clauses, oldest first. */
export function dpaGapReport(r: DpaGapReport, locale: ReportLocale): BuiltReport {
  const da = locale === 'da';
  const columns: ReportColumn[] = [
    { key: 'processor', header: da ? 'Databehandler' : 'Processor', width: 100 },
    { key: 'status', header: da ? 'Aftalens status' : 'DPA status', width: 65 },
    { key: 'agreement', header: da ? 'Aftale' : 'Agreement', width: 110 },
    { key: 'missing', header: da ? 'Manglende bestemmelser' : 'Missing clauses', width: '*' },
    { key: 'partial', header: da ? 'Delvist opfyldt' : 'Partly met', width: 90 },
    { key: 'review', header: da ? 'Gennemgang' : 'Review', width: 70 },
    { key: 'since', header: da ? 'Mangel siden' : 'Gap since', width: 65 },
  ];
  const statusText = (s: DpaGapReport['rows'][number]['status']) => (s === 'MISSING' ? (da ? 'Ingen aftale' : 'No DPA') : labelOf('agreementStatuses', s, locale));
  const pdfRows = r.rows.map((row) => ({
    processor: `${row.processor} (${countryName(row.country, locale)})`,
    status: statusText(row.status),
    agreement: row.agreement ? `${row.agreement.title} (v${row.agreement.versionNo}; ${labelOf('agreementTemplates', row.agreement.template, locale)})${row.agreement.signedOn ? `, ${da ? 'underskrevet' : 'signed'} ${formatDate(row.agreement.signedOn, locale)}` : ''}${row.agreement.endsOn ? `, ${da ? 'udløber' : 'ends'} ${formatDate(row.agreement.endsOn, locale)}` : ''}` : '',
    missing: [...row.missing.map((c) => clauseTitle(c, locale)), ...(row.notAssessed.length ? [`${da ? 'Ikke vurderet' : 'Not assessed'}: ${row.notAssessed.length}`] : [])].join('; ') || t(W.none, locale),
    partial: row.partial.map((c) => clauseTitle(c, locale)).join('; '),
    review: row.reviewDueOn ? `${formatDate(row.reviewDueOn, locale)}${row.reviewOverdue ? (da ? ' (overskredet)' : ' (overdue)') : ''}` : '',
    since: row.gapSince ? `${formatDate(row.gapSince, locale)}${row.gapDays != null ? ` (${row.gapDays} ${da ? 'dage' : 'days'})` : ''}` : '',
  }));
  const counts = (Object.entries(r.counts) as [DpaGapReport['rows'][number]['status'], number][]).filter(([, n]) => n > 0).map(([s, n]) => `${statusText(s)}: ${n}`);
  const csvRows = r.rows.map((row, i) => ({ ...pdfRows[i], missing: row.missing.join(' '), partial: row.partial.join(' '), notAssessed: row.notAssessed.join(' '), since: row.gapSince ?? '', gapDays: row.gapDays }));
  return {
    title: labelOf('reportKinds', 'DPA_GAPS', locale),
    orientation: 'landscape',
    tableOfContents: false,
    sections: [
      {
        heading: da ? 'Databehandleraftaler' : 'Data processing agreements',
        level: 1,
        blocks: [
          { type: 'paragraph', text: `${r.rows.length} ${da ? 'databehandlere' : 'processors'}. ${counts.join(', ')}` },
          { type: 'paragraph', style: 'muted', text: da ? 'Ældste mangel først; databehandlere uden mangler sidst. Bestemmelserne er de syv indledende punkter, art. 28, stk. 3, litra a–h, underretning om ulovlige instrukser og skriftlighed (art. 28, stk. 9).' : 'Oldest gap first; processors without gaps last. The clauses are the seven preamble items, Art. 28(3)(a)–(h), the infringing-instruction notice and written form (Art. 28(9)).' },
          { type: 'table', columns, rows: pdfRows, emptyText: da ? 'Ingen databehandlere på datoen.' : 'No processors on the date.' },
        ],
      },
    ],
    table: { columns: [...columns, { key: 'notAssessed', header: da ? 'Ikke vurderet' : 'Not assessed' }, { key: 'gapDays', header: da ? 'Dage' : 'Days' }], rows: csvRows },
  };
}

/** Supervision of processors in a period, by risk level. */
export function supervisionReport(r: SupervisionReport, locale: ReportLocale): BuiltReport {
  const da = locale === 'da';
  const riskColumns: ReportColumn[] = [
    { key: 'riskLevel', header: da ? 'Risikoniveau' : 'Risk level' },
    { key: 'done', header: da ? 'Gennemført' : 'Done' },
    { key: 'doneLate', header: da ? 'Heraf for sent' : 'Of which late' },
    { key: 'overdue', header: da ? 'Overskredet' : 'Overdue' },
    { key: 'approved', header: labelOf('reviewOutcomes', 'APPROVED', locale) },
    { key: 'approvedWithActions', header: labelOf('reviewOutcomes', 'APPROVED_WITH_ACTIONS', locale) },
    { key: 'rejected', header: labelOf('reviewOutcomes', 'REJECTED', locale) },
    { key: 'openActions', header: da ? 'Åbne opfølgningspunkter' : 'Open actions' },
  ];
  const reviewColumns: ReportColumn[] = [
    { key: 'processor', header: da ? 'Databehandler' : 'Processor' },
    { key: 'riskLevel', header: da ? 'Risiko' : 'Risk' },
    { key: 'kind', header: da ? 'Type' : 'Kind' },
    { key: 'dueOn', header: da ? 'Frist' : 'Due' },
    { key: 'completedOn', header: da ? 'Afsluttet' : 'Completed' },
    { key: 'outcome', header: da ? 'Resultat' : 'Outcome' },
    { key: 'late', header: da ? 'Dage for sent' : 'Days late' },
  ];
  const reviewRow = (x: SupervisionReport['done'][number] | SupervisionReport['overdue'][number], late: number) => ({
    processor: x.processor,
    riskLevel: labelOf('riskLevels', x.riskLevel, locale),
    kind: `${labelOf('reviewKinds', x.kind, locale)}${x.method ? ` (${labelOf('supervisionMethods', x.method, locale)})` : ''}`,
    dueOn: formatDate(x.dueOn, locale),
    completedOn: x.completedOn ? formatDate(x.completedOn, locale) : '',
    outcome: x.outcome ? labelOf('reviewOutcomes', x.outcome, locale) : labelOf('reviewStatuses', x.status, locale),
    late: String(late),
  });
  const actionColumns: ReportColumn[] = [
    { key: 'processor', header: da ? 'Databehandler' : 'Processor' },
    { key: 'riskLevel', header: da ? 'Risiko' : 'Risk' },
    { key: 'description', header: da ? 'Opfølgningspunkt' : 'Follow-up action', width: '*' },
    { key: 'dueOn', header: da ? 'Frist' : 'Due' },
  ];
  const actionRows = r.openActions.map((a) => ({ processor: a.processor, riskLevel: labelOf('riskLevels', a.riskLevel, locale), description: a.description, dueOn: `${formatDate(a.dueOn, locale)}${a.overdue ? (da ? ' (overskredet)' : ' (overdue)') : ''}` }));
  const csvRows = [
    ...r.done.map((x) => ({ state: da ? 'Gennemført' : 'Done', ...reviewRow(x, x.daysLate), dueOn: x.dueOn, completedOn: x.completedOn ?? '' })),
    ...r.overdue.map((x) => ({ state: da ? 'Overskredet' : 'Overdue', ...reviewRow(x, x.daysOverdue), dueOn: x.dueOn, completedOn: '' })),
  ];
  return {
    title: labelOf('reportKinds', 'SUPERVISION', locale),
    orientation: 'landscape',
    tableOfContents: false,
    sections: [
      { heading: da ? 'Efter risikoniveau' : 'By risk level', level: 1, blocks: [{ type: 'table', columns: riskColumns, rows: r.byRisk.map((x) => ({ ...Object.fromEntries(Object.entries(x).map(([k, v]) => [k, String(v)])), riskLevel: labelOf('riskLevels', x.riskLevel, locale) })), emptyText: '' }] },
      { heading: da ? 'Gennemførte gennemgange' : 'Reviews done', level: 1, blocks: [{ type: 'table', columns: reviewColumns, rows: r.done.map((x) => reviewRow(x, x.daysLate)), emptyText: da ? 'Ingen gennemgange afsluttet i perioden.' : 'No reviews completed in the period.' }] },
      { heading: da ? 'Overskredne gennemgange' : 'Overdue reviews', level: 1, blocks: [{ type: 'table', columns: reviewColumns.map((c) => (c.key === 'late' ? { ...c, header: da ? 'Dage overskredet' : 'Days overdue' } : c)), rows: r.overdue.map((x) => reviewRow(x, x.daysOverdue)), emptyText: da ? 'Ingen overskredne gennemgange ved periodens udgang.' : 'No overdue reviews at the end of the period.' }] },
      { heading: da ? 'Åbne opfølgningspunkter' : 'Open follow-up actions', level: 1, blocks: [{ type: 'table', columns: actionColumns, rows: actionRows, emptyText: t(W.none, locale) }] },
    ],
    table: { columns: [{ key: 'state', header: da ? 'Tilstand' : 'State' }, ...reviewColumns], rows: csvRows },
  };
}

/** Erasure requests and notices in a period: counts only, never a data subject's identity. */
export function erasureReport(r: ErasureReport, locale: ReportLocale): BuiltReport {
  const da = locale === 'da';
  const n = (v: number | null) => (v === null ? '–' : String(v));
  const columns: ReportColumn[] = [
    { key: 'request', header: da ? 'Anmodning' : 'Request' },
    { key: 'source', header: da ? 'Kilde' : 'Source' },
    { key: 'receivedOn', header: da ? 'Modtaget' : 'Received' },
    { key: 'deadlineOn', header: da ? 'Svarfrist' : 'Deadline' },
    { key: 'decision', header: da ? 'Afgørelse' : 'Decision' },
    { key: 'notices', header: da ? 'Underretninger' : 'Notices' },
    { key: 'answered', header: da ? 'Besvaret' : 'Answered' },
    { key: 'outstanding', header: da ? 'Udestående' : 'Outstanding' },
    { key: 'completedOn', header: da ? 'Afsluttet' : 'Completed' },
    { key: 'daysToComplete', header: da ? 'Dage' : 'Days' },
  ];
  const rows = r.rows.map((x) => ({
    request: x.request,
    source: labelOf('erasureSources', x.source, locale),
    receivedOn: formatDate(x.receivedOn, locale),
    deadlineOn: formatDate(x.deadlineOn, locale),
    decision: x.decision ? labelOf('erasureDecisions', x.decision, locale) : da ? 'Ikke afgjort' : 'Undecided',
    notices: String(x.notices),
    answered: String(x.answered),
    outstanding: String(x.outstanding),
    completedOn: formatDate(x.completedOn, locale),
    daysToComplete: n(x.daysToComplete),
  }));
  const summary = [
    { label: da ? 'Anmodninger modtaget' : 'Requests received', value: String(r.requests) },
    { label: da ? 'Efter kilde' : 'By source', value: Object.entries(r.bySource).map(([k, v]) => `${labelOf('erasureSources', k, locale)}: ${v}`).join(', ') || t(W.none, locale) },
    { label: da ? 'Efter afgørelse' : 'By decision', value: Object.entries(r.byDecision).map(([k, v]) => `${k === 'UNDECIDED' ? (da ? 'Ikke afgjort' : 'Undecided') : labelOf('erasureDecisions', k, locale)}: ${v}`).join(', ') || t(W.none, locale) },
    { label: da ? 'Afsluttet / heraf inden fristen (art. 12, stk. 3)' : 'Completed / of which by the deadline (Art. 12(3))', value: `${r.completed} / ${r.completedInTime}` },
    { label: da ? 'Underretninger / besvaret / heraf inden fristen' : 'Notices / answered / of which by the deadline', value: `${r.notices} / ${r.answered} / ${r.answeredInTime}` },
    { label: da ? 'Dage til svar (median, 90 %, maks.)' : 'Days to answer (median, 90%, max)', value: `${n(r.answerDays.median)}, ${n(r.answerDays.p90)}, ${n(r.answerDays.max)}` },
  ];
  return {
    title: labelOf('reportKinds', 'ERASURE', locale),
    orientation: 'landscape',
    tableOfContents: false,
    sections: [
      {
        heading: da ? 'Overblik' : 'Summary',
        level: 1,
        blocks: [
          { type: 'fields', rows: summary },
          { type: 'paragraph', style: 'muted', text: da ? 'Rapporten indeholder ingen oplysninger om de registreredes identitet; anmodninger nævnes kun ved Tilsyns eget løbenummer.' : 'The report holds nothing of the data subjects’ identity; requests are named only by Tilsyn’s own reference.' },
        ],
      },
      { heading: da ? 'Anmodninger' : 'Requests', level: 1, blocks: [{ type: 'table', columns, rows, emptyText: da ? 'Ingen anmodninger i perioden.' : 'No requests in the period.' }] },
      {
        heading: da ? 'Undtagelser efter art. 19 og begrundelser' : 'Art. 19 exceptions and their reasons',
        level: 1,
        blocks: [
          {
            type: 'table',
            columns: [
              { key: 'request', header: da ? 'Anmodning' : 'Request', width: 70 },
              { key: 'recipient', header: da ? 'Modtager' : 'Recipient', width: 120 },
              { key: 'reason', header: da ? 'Begrundelse' : 'Reason', width: '*' },
            ],
            rows: r.exceptions,
            emptyText: t(W.none, locale),
          },
        ],
      },
    ],
    table: { columns, rows: r.rows.map((x, i) => ({ ...rows[i], receivedOn: x.receivedOn, deadlineOn: x.deadlineOn, completedOn: x.completedOn ?? '', daysToComplete: x.daysToComplete })) },
  };
}

export const REPORT_FILE_STEMS: Record<ReportKind | 'INSPECTION_PACK', Text> = {
  ART30_CONTROLLER: { da: 'fortegnelse-art30-1', en: 'record-art30-1' },
  ART30_PROCESSOR: { da: 'fortegnelse-art30-2', en: 'record-art30-2' },
  TRANSFER_REGISTER: { da: 'overfoersler', en: 'transfer-register' },
  DPA_GAPS: { da: 'databehandleraftaler-mangler', en: 'dpa-gaps' },
  SUPERVISION: { da: 'tilsyn', en: 'supervision' },
  ERASURE: { da: 'sletning', en: 'erasure' },
  INSPECTION_PACK: { da: 'tilsynspakke', en: 'inspection-pack' },
};
