import { countryName, ESSENTIAL_GUARANTEE_TEXTS, labelOf } from '@tilsyn/domain';
import type { DataSource } from 'typeorm';
import { readRegisterAsOf } from './register-as-of.js';
import { formatDate } from './report-documents.js';
import { renderPdf } from './render/pdf.js';
import type { ReportLocale, ReportSection } from './render/report-document.js';
import type { InspectionPackFile } from './render/zip.js';
import type { GuaranteeRatingValue, MeasureValue } from '../transfers/transfer.entities.js';

/** A file name safe inside a ZIP on every system: letters, digits, dot, dash, underscore. */
export function safeName(name: string): string {
  const cleaned = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/æ/g, 'ae')
    .replace(/ø/g, 'oe')
    .replace(/å/g, 'aa')
    .replace(/Æ/g, 'Ae')
    .replace(/Ø/g, 'Oe')
    .replace(/Å/g, 'Aa')
    .replace(/[^A-Za-z0-9._-]+/g, '_')
    .replace(/^[._]+|_+$/g, '');
  return cleaned.slice(0, 120) || 'file';
}

interface TiaRow {
  id: string;
  title: string;
  version_no: number;
  status: string;
  destination_country: string;
  importer: string | null;
  circumstances: string | null;
  tool_relied: string | null;
  laws_and_practices: string | null;
  guarantees: GuaranteeRatingValue[];
  measures: MeasureValue[];
  conclusion: string | null;
  conclusion_rationale: string | null;
  reevaluation_months: number | null;
  approved_on: string | null;
}

/**
 * The documents of the inspection pack, as they were on file at `cutoff`: the signed DPA of every
 * agreement version, the transfers' evidence, and the transfer impact assessments as one PDF.
 */
export async function inspectionDocuments(dataSource: DataSource, cutoff: Date, locale: ReportLocale, cover: TiaCover): Promise<InspectionPackFile[]> {
  const da = locale === 'da';
  return readRegisterAsOf(dataSource, cutoff, async (em) => {
    const files: InspectionPackFile[] = [];
    const dpas = (await em.query(
      `SELECT p.name AS processor, a.version_no, d.file_name, d.content
         FROM agreement a JOIN processor p ON p.id = a.processor_id
         JOIN public.agreement_document d ON d.agreement_id = a.id
        WHERE d.uploaded_at < $1 ORDER BY p.name, a.version_no`,
      [cutoff],
    )) as { processor: string; version_no: number; file_name: string; content: Buffer }[];
    for (const d of dpas) files.push({ path: `${da ? 'databehandleraftaler' : 'dpas'}/${safeName(d.processor)}/v${d.version_no}-${safeName(d.file_name)}`, content: d.content });
    const evidence = (await em.query(
      `SELECT p.name AS importer, t.destination_country, d.id, d.file_name, d.content
         FROM transfer t JOIN processor p ON p.id = t.importer_processor_id
         JOIN public.transfer_document d ON d.transfer_id = t.id
        WHERE d.uploaded_at < $1 ORDER BY p.name, d.uploaded_at`,
      [cutoff],
    )) as { importer: string; destination_country: string; id: string; file_name: string; content: Buffer }[];
    for (const d of evidence) files.push({ path: `${da ? 'overfoersler' : 'transfers'}/${safeName(`${d.importer}-${d.destination_country}`)}/${d.id.slice(0, 8)}-${safeName(d.file_name)}`, content: d.content });
    const tias = (await em.query(
      `SELECT t.id, t.title, t.version_no, t.status, t.destination_country, p.name AS importer, t.circumstances, t.tool_relied, t.laws_and_practices,
              t.guarantees, t.measures, t.conclusion, t.conclusion_rationale, t.reevaluation_months, t.approved_on::text AS approved_on
         FROM tia t LEFT JOIN processor p ON p.id = t.importer_processor_id
        ORDER BY t.title, t.version_no`,
    )) as TiaRow[];
    if (tias.length > 0) files.push({ path: `${da ? 'konsekvensanalyser-tia' : 'transfer-impact-assessments'}.pdf`, content: await tiaPdf(tias, cover, locale) });
    return files;
  });
}

/** What the TIA document's cover says: the same as the pack's reports. */
export interface TiaCover {
  organisation: string;
  asOf: string;
  producedAt: Date;
  producedBy: string;
}

async function tiaPdf(tias: TiaRow[], cover: TiaCover, locale: ReportLocale): Promise<Buffer> {
  const da = locale === 'da';
  const sections: ReportSection[] = tias.map((t, i) => ({
    heading: `${t.title} (v${t.version_no})`,
    level: 1,
    pageBreakBefore: i > 0,
    blocks: [
      {
        type: 'fields',
        rows: [
          { label: da ? 'Modtager' : 'Importer', value: t.importer ?? '' },
          { label: da ? 'Land' : 'Country', value: countryName(t.destination_country, locale) },
          { label: 'Status', value: labelOf('tiaStatuses', t.status, locale) },
          { label: da ? 'Godkendt' : 'Approved', value: formatDate(t.approved_on, locale) },
          { label: da ? 'Overførselsgrundlag' : 'Transfer tool', value: t.tool_relied ?? '' },
          { label: da ? 'Omstændigheder' : 'Circumstances', value: t.circumstances ?? '' },
          { label: da ? 'Lovgivning og praksis' : 'Laws and practices', value: t.laws_and_practices ?? '' },
          { label: da ? 'Konklusion' : 'Conclusion', value: `${t.conclusion ? labelOf('tiaConclusions', t.conclusion, locale) : ''}${t.conclusion_rationale ? ` — ${t.conclusion_rationale}` : ''}` },
          { label: da ? 'Revurdering (måneder)' : 'Re-evaluation (months)', value: t.reevaluation_months ? String(t.reevaluation_months) : '' },
        ],
      },
      {
        type: 'table',
        columns: [
          { key: 'guarantee', header: da ? 'Europæisk væsentlig garanti' : 'European Essential Guarantee', width: 160 },
          { key: 'rating', header: da ? 'Vurdering' : 'Rating', width: 80 },
          { key: 'rationale', header: da ? 'Begrundelse' : 'Rationale', width: '*' },
        ],
        rows: (t.guarantees ?? []).map((g) => ({ guarantee: ESSENTIAL_GUARANTEE_TEXTS[g.guarantee]?.title[locale] ?? g.guarantee, rating: labelOf('guaranteeRatings', g.rating, locale), rationale: g.rationale ?? '' })),
        emptyText: da ? 'Garantierne er ikke vurderet.' : 'The guarantees are not assessed.',
      },
      {
        type: 'list',
        items: (t.measures ?? []).map((m) => `${labelOf('measureKinds', m.kind, locale)}: ${m.description} (${m.effective ? (da ? 'effektiv' : 'effective') : da ? 'ikke effektiv' : 'not effective'})`),
      },
    ],
  }));
  return renderPdf({
    locale,
    title: da ? 'Konsekvensanalyser for overførsler (TIA)' : 'Transfer impact assessments (TIA)',
    ...cover,
    coverLines: [da ? 'EDPB-anbefaling 01/2020 og 02/2020: de fire europæiske væsentlige garantier.' : 'EDPB Recommendations 01/2020 and 02/2020: the four European Essential Guarantees.'],
    orientation: 'portrait',
    tableOfContents: tias.length > 1,
    sections,
  });
}
