import { createRequire } from 'node:module';
import path from 'node:path';
import pdfmake from 'pdfmake';
import type { Content, DocumentDefinition, Style, TableLayout } from 'pdfmake';
import { formatCopenhagenTime } from './copenhagen-time.js';
import type { ReportBlock, ReportColumn, ReportDocument, ReportLocale, ReportSection } from './report-document.js';

/**
 * PDF rendering with pdfmake 0.3's server API. pdfmake is a process-wide singleton (fonts and
 * access policies are set on the module instance), so it is configured once, lazily.
 *
 * Every call builds a fresh document definition: pdfmake mutates the definition it is given
 * (strings become layout objects), so nothing from the caller's ReportDocument is handed over by
 * reference — arrays are always copied.
 */

const require = createRequire(import.meta.url);

/** The Roboto TTFs that pdfmake ships; they cover Danish, Lithuanian, Polish etc. (the built-in PDF fonts are WinAnsi only). */
const FONT_DIR = path.join(path.dirname(require.resolve('pdfmake/package.json')), 'fonts', 'Roboto');

let configured = false;

function configurePdfmake(): void {
  if (configured) return;
  pdfmake.addFonts({
    Roboto: {
      normal: path.join(FONT_DIR, 'Roboto-Regular.ttf'),
      bold: path.join(FONT_DIR, 'Roboto-Medium.ttf'),
      italics: path.join(FONT_DIR, 'Roboto-Italic.ttf'),
      bolditalics: path.join(FONT_DIR, 'Roboto-MediumItalic.ttf'),
    },
  });
  // Reports never embed remote or local images; a report string that looked like a URL or a path
  // must never make the server fetch or read anything but its own fonts.
  pdfmake.setUrlAccessPolicy(() => false);
  pdfmake.setLocalAccessPolicy((requested) => path.resolve(requested).startsWith(FONT_DIR + path.sep));
  configured = true;
}

interface PdfLabels {
  asOf: string;
  period: string;
  producedAt: string;
  producedBy: string;
  contents: string;
  timeZone: string;
  page: (current: number, total: number) => string;
}

const LABELS: Record<ReportLocale, PdfLabels> = {
  da: {
    asOf: 'Opgjort pr.',
    period: 'Periode',
    producedAt: 'Udarbejdet',
    producedBy: 'Udarbejdet af',
    contents: 'Indhold',
    timeZone: 'dansk tid',
    page: (current, total) => `Side ${current} af ${total}`,
  },
  en: {
    asOf: 'As of',
    period: 'Period',
    producedAt: 'Produced',
    producedBy: 'Produced by',
    contents: 'Contents',
    timeZone: 'Copenhagen time',
    page: (current, total) => `Page ${current} of ${total}`,
  },
};

/** BCP 47 tag written into the PDF catalogue (/Lang) so screen readers pick the right voice. */
const PDF_LANGUAGE: Record<ReportLocale, string> = { da: 'da-DK', en: 'en-GB' };

const PAGE_MARGIN_X = 40;
const TEXT_SIZE = 9;
const TABLE_TEXT_SIZE = 8;
const GRID_COLOUR = '#bbbbbb';
const HEADER_FILL = '#eeeeee';

const STYLES: Record<string, Style> = {
  coverOrganisation: { fontSize: 14, margin: [0, 0, 0, 8] },
  coverTitle: { fontSize: 20, bold: true, margin: [0, 0, 0, 28] },
  coverLabel: { bold: true, fontSize: 10 },
  coverValue: { fontSize: 10 },
  h1: { fontSize: 14, bold: true, margin: [0, 12, 0, 6] },
  h2: { fontSize: 11, bold: true, margin: [0, 10, 0, 4] },
  tocTitle: { fontSize: 14, bold: true, margin: [0, 0, 0, 10] },
  muted: { italics: true, color: '#333333' },
  warning: { bold: true },
  table: { fontSize: TABLE_TEXT_SIZE },
  tableHeader: { bold: true },
  fieldLabel: { bold: true },
  running: { fontSize: 8, color: '#333333' },
};

/**
 * Thin grey grid (prints lighter than the text), a light header fill only: no zebra stripes,
 * which photocopy badly.
 */
function gridLayout(): TableLayout {
  return {
    hLineWidth: () => 0.5,
    vLineWidth: () => 0.5,
    hLineColor: () => GRID_COLOUR,
    vLineColor: () => GRID_COLOUR,
    paddingLeft: () => 3,
    paddingRight: () => 3,
    paddingTop: () => 2,
    paddingBottom: () => 2,
  };
}

export async function renderPdf(doc: ReportDocument): Promise<Buffer> {
  configurePdfmake();
  return pdfmake.createPdf(buildDocDefinition(doc)).getBuffer();
}

/** Exported for tests; builds a new definition on every call (pdfmake mutates it). */
export function buildDocDefinition(doc: ReportDocument): DocumentDefinition {
  const labels = LABELS[doc.locale];
  const headerText = `${doc.title} · ${labels.asOf} ${doc.asOf}`;
  return {
    pageSize: 'A4',
    pageOrientation: doc.orientation,
    pageMargins: [PAGE_MARGIN_X, 50, PAGE_MARGIN_X, 45],
    language: PDF_LANGUAGE[doc.locale],
    info: {
      title: doc.title,
      author: doc.organisation,
      subject: headerText,
      creator: 'Tilsyn',
      producer: 'Tilsyn',
      // Fixed dates (instead of pdfkit's "now") make the output a function of the input only.
      creationDate: new Date(doc.producedAt.getTime()),
      modDate: new Date(doc.producedAt.getTime()),
    },
    defaultStyle: { font: 'Roboto', fontSize: TEXT_SIZE, color: '#000000', lineHeight: 1.15 },
    styles: structuredClone(STYLES),
    // A heading left alone at the foot of a page moves to the next page, with its content.
    pageBreakBefore: (node, nodes) => node.headlineLevel !== undefined && nodes.getFollowingNodesOnPage().length === 0,
    header: (currentPage) => (currentPage === 1 ? null : runningHeader(doc.organisation, headerText)),
    footer: (currentPage, pageCount) => (currentPage === 1 ? null : runningFooter(labels.page(currentPage, pageCount))),
    content: [...coverPage(doc, labels), ...tableOfContents(doc, labels), ...doc.sections.flatMap((section, index) => sectionContent(doc, section, index))],
  };
}

function runningHeader(organisation: string, headerText: string): Content {
  return {
    margin: [PAGE_MARGIN_X, 20, PAGE_MARGIN_X, 0],
    style: 'running',
    columns: [
      { width: '40%', text: organisation },
      { width: '*', text: headerText, alignment: 'right' },
    ],
  };
}

function runningFooter(pageText: string): Content {
  return { margin: [PAGE_MARGIN_X, 15, PAGE_MARGIN_X, 0], style: 'running', text: pageText, alignment: 'right' };
}

function coverPage(doc: ReportDocument, labels: PdfLabels): Content[] {
  const facts: [string, string][] = [[labels.asOf, doc.asOf]];
  if (doc.period) facts.push([labels.period, `${doc.period.from} – ${doc.period.to}`]);
  facts.push([labels.producedAt, formatCopenhagenTime(doc.producedAt, labels.timeZone)]);
  facts.push([labels.producedBy, doc.producedBy]);
  return [
    { text: doc.organisation, style: 'coverOrganisation', margin: [0, doc.orientation === 'portrait' ? 140 : 70, 0, 8] },
    { text: doc.title, style: 'coverTitle' },
    {
      layout: 'noBorders',
      table: {
        widths: ['auto', '*'],
        body: facts.map(([label, value]): Content[] => [
          { text: label, style: 'coverLabel' },
          { text: breakableText(value), style: 'coverValue' },
        ]),
      },
    },
    ...doc.coverLines.map((line): Content => ({ text: line, margin: [0, 6, 0, 0] })),
  ];
}

function tableOfContents(doc: ReportDocument, labels: PdfLabels): Content[] {
  if (!doc.tableOfContents) return [];
  return [
    {
      pageBreak: 'before',
      toc: {
        title: { text: labels.contents, style: 'tocTitle' },
        textMargin: [0, 2, 0, 2],
        // The TOC entries double as PDF bookmarks.
        outlines: true,
      },
    },
  ];
}

function sectionContent(doc: ReportDocument, section: ReportSection, index: number): Content[] {
  // The first section always starts after the cover (or the table of contents).
  const breakBefore = index === 0 || section.pageBreakBefore === true;
  return [headingContent(doc, section, breakBefore), ...section.blocks.flatMap(blockContent)];
}

function headingContent(doc: ReportDocument, section: ReportSection, breakBefore: boolean): Content {
  const base = {
    text: section.heading,
    style: section.level === 1 ? 'h1' : 'h2',
    // Marks headings for the pageBreakBefore rule (no heading alone at the foot of a page).
    headlineLevel: section.level,
    ...(breakBefore ? { pageBreak: 'before' as const } : {}),
  };
  if (doc.tableOfContents && section.level === 1) return { ...base, tocItem: true };
  // Without a TOC, level-1 headings are still bookmarks so a long register can be navigated.
  return section.level === 1 ? { ...base, outline: true } : base;
}

function blockContent(block: ReportBlock): Content[] {
  switch (block.type) {
    case 'paragraph':
      return [paragraphContent(block.text, block.style ?? 'normal')];
    case 'fields':
      return [fieldsContent(block.rows)];
    case 'table':
      return [tableContent(block.columns, block.rows, block.emptyText)];
    case 'list':
      return [{ ul: block.items.map((item) => ({ text: breakableText(item) })), margin: [0, 0, 0, 6] }];
  }
}

function paragraphContent(text: string, style: 'normal' | 'muted' | 'warning'): Content {
  if (style === 'warning') {
    // A boxed, bold paragraph: stands out on a black-and-white printout without relying on colour.
    return {
      margin: [0, 2, 0, 8],
      table: { widths: ['*'], body: [[{ text: breakableText(text), style: 'warning', margin: [4, 3, 4, 3] }]] },
      layout: { hLineWidth: () => 1, vLineWidth: () => 1, hLineColor: () => '#000000', vLineColor: () => '#000000' },
    };
  }
  return { text: breakableText(text), margin: [0, 0, 0, 6], ...(style === 'muted' ? { style: 'muted' } : {}) };
}

function fieldsContent(rows: { label: string; value: string }[]): Content {
  return {
    style: 'table',
    margin: [0, 0, 0, 8],
    layout: gridLayout(),
    table: {
      widths: ['30%', '*'],
      dontBreakRows: true,
      body: rows.map((row): Content[] => [
        { text: breakableText(row.label), style: 'fieldLabel' },
        { text: breakableText(row.value) },
      ]),
    },
  };
}

function tableContent(columns: ReportColumn[], rows: Record<string, string>[], emptyText: string): Content {
  if (rows.length === 0) return paragraphContent(emptyText, 'muted');
  const header: Content[] = columns.map((column) => ({ text: breakableText(column.header), style: 'tableHeader', fillColor: HEADER_FILL }));
  const body: Content[][] = rows.map((row) => columns.map((column): Content => ({ text: breakableText(row[column.key] ?? '') })));
  return {
    style: 'table',
    margin: [0, 0, 0, 8],
    layout: gridLayout(),
    table: {
      headerRows: 1,
      dontBreakRows: true,
      widths: columns.map((column) => column.width ?? '*'),
      body: [header, ...body],
    },
  };
}

/** Runs without whitespace longer than this are cut into fragments (see breakableText). */
const LONG_RUN = 24;
const FRAGMENT = 12;

/**
 * pdfmake sizes table columns from their longest unbreakable word: one long URL, e-mail address
 * or hash makes the column at least that wide and pushes the table off the page. Cutting such
 * runs into adjacent text fragments lets pdfmake wrap them at a fragment boundary while still
 * keeping them on one line when there is room (adjacent fragments are joined like one word). The
 * text itself is unchanged: no hyphen or hidden character is added, so copy and search still work.
 * Cuts fall on grapheme boundaries so a letter and its combining accent stay together.
 */
export function breakableText(text: string): string | string[] {
  const tokens = text.split(/(\s+)/);
  if (!tokens.some((token) => token.length > LONG_RUN)) return text;
  const pieces: string[] = [];
  let pending = '';
  for (const token of tokens) {
    if (token.length <= LONG_RUN) {
      pending += token;
      continue;
    }
    const fragments = graphemeChunks(token, FRAGMENT);
    pieces.push(pending + fragments[0]);
    pieces.push(...fragments.slice(1, -1));
    pending = fragments.length > 1 ? fragments[fragments.length - 1] : '';
  }
  if (pending) pieces.push(pending);
  return pieces;
}

const segmenter = new Intl.Segmenter('en', { granularity: 'grapheme' });

function graphemeChunks(text: string, size: number): string[] {
  const chunks: string[] = [];
  let current = '';
  let count = 0;
  for (const { segment } of segmenter.segment(text)) {
    current += segment;
    count += 1;
    if (count === size) {
      chunks.push(current);
      current = '';
      count = 0;
    }
  }
  if (current) chunks.push(current);
  return chunks;
}
