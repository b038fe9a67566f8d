import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { breakableText, renderPdf } from '../pdf.js';
import type { ReportDocument, ReportLocale } from '../report-document.js';

/**
 * The PDFs are checked with poppler (Debian's poppler-utils): page count, a rasterised cover that
 * is not blank, the extracted text, and word positions (nothing may run off the page). Poppler is
 * a prerequisite like Chromium for the end-to-end tests: the test fails, never skips, without it.
 */

/** No break opportunity at all: only breakableText keeps it from widening its column. */
const LONG_HASH = 'sha256:9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08';
const LONG_URL = 'https://www.eksempel-databehandler.dk/privatlivspolitik/underdatabehandlere/2026-03-01/fuld-liste.pdf?version=17';

const workDir = mkdtempSync(path.join(tmpdir(), 'tilsyn-pdf-'));
afterAll(() => rmSync(workDir, { recursive: true, force: true }));

function poppler(tool: 'pdfinfo' | 'pdftoppm' | 'pdftotext', args: string[]): string {
  try {
    return execFileSync(tool, args, { encoding: 'latin1', maxBuffer: 64 * 1024 * 1024 });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
      throw new Error(`${tool} not found: the PDF tests need Debian's poppler-utils package (apt-get install -y poppler-utils)`, { cause: error });
    }
    throw error;
  }
}

function pdftotext(file: string, args: string[] = []): string {
  return Buffer.from(poppler('pdftotext', [...args, '-enc', 'UTF-8', file, '-']), 'latin1').toString('utf8');
}

function pageCount(file: string): number {
  const match = /^Pages:\s+(\d+)$/m.exec(poppler('pdfinfo', [file]));
  if (!match) throw new Error('pdfinfo reported no page count');
  return Number(match[1]);
}

function sampleDocument(locale: ReportLocale, orientation: 'portrait' | 'landscape'): ReportDocument {
  const da = locale === 'da';
  const countries = ['Danmark', 'Kalaallit Nunaat', 'Føroyar', 'Lietuva', 'Polska', 'USA'];
  const rows = Array.from({ length: 120 }, (_, i) => ({
    name: `${da ? 'Behandling' : 'Processing'} ${i + 1}: ${['Inddrivelse af gæld', 'Løn og personale', 'Kundeservice på Ærø', 'Økonomi og regnskab'][i % 4]}`,
    processor: i % 7 === 0 ? 'Rūta Kazlauskienė UAB, Vilnius' : `Databehandler ${String.fromCharCode(65 + (i % 26))} ApS`,
    country: countries[i % countries.length],
    basis: i % 3 === 0 ? 'Art. 46(2)(c) SCC 2021/914' : 'Art. 45 (EU-US DPF)',
    link: i % 10 === 0 ? LONG_URL : i % 10 === 5 ? LONG_HASH : `https://example.dk/${i}`,
  }));
  return {
    locale,
    title: da ? 'Fortegnelse over behandlingsaktiviteter (art. 30, stk. 1)' : 'Record of processing activities (Art. 30(1))',
    organisation: 'Inkasso Æbeløgård A/S',
    asOf: '2026-03-01',
    period: { from: '2026-01-01', to: '2026-03-01' },
    producedAt: new Date('2026-03-02T13:05:00Z'),
    producedBy: 'Åse Øberg (DPO)',
    coverLines: [da ? 'Registeret som registreret ved udgangen af 2026-03-01; seneste revisionshændelse #123' : 'Register as recorded at the end of 2026-03-01; last audit event #123'],
    orientation,
    tableOfContents: true,
    sections: [
      {
        heading: da ? '1. Behandlingsaktiviteter' : '1. Processing activities',
        level: 1,
        blocks: [
          { type: 'paragraph', text: da ? 'Oversigt over alle aktiviteter. Særlige tegn: æøå ÆØÅ.' : 'All activities. Special letters: æøå ÆØÅ.' },
          { type: 'fields', rows: [{ label: da ? 'Dataansvarlig' : 'Controller', value: 'Inkasso Æbeløgård A/S, CVR 12345678' }, { label: 'URL', value: LONG_URL }] },
          {
            type: 'table',
            emptyText: da ? 'Ingen aktiviteter.' : 'No activities.',
            columns: [
              { key: 'name', header: da ? 'Aktivitet' : 'Activity', width: '*' },
              { key: 'processor', header: da ? 'Databehandler' : 'Processor', width: 'auto' },
              { key: 'country', header: da ? 'Land' : 'Country', width: 'auto' },
              { key: 'basis', header: da ? 'Overførselsgrundlag' : 'Transfer basis' },
              { key: 'link', header: 'Link', width: 'auto' },
            ],
            rows,
          },
        ],
      },
      {
        heading: da ? '1.1 Bemærkninger' : '1.1 Notes',
        level: 2,
        blocks: [
          { type: 'list', items: ['Kalaallit Nunaat', 'Rūta Kazlauskienė', LONG_URL] },
          { type: 'paragraph', style: 'warning', text: da ? 'Tre aftaler mangler en gyldig overførselsmekanisme.' : 'Three agreements lack a valid transfer mechanism.' },
          { type: 'paragraph', style: 'muted', text: da ? 'Opgjort efter registerets stand.' : 'Computed from the register as recorded.' },
        ],
      },
      {
        heading: da ? '2. Tredjelandsoverførsler' : '2. Third-country transfers',
        level: 1,
        pageBreakBefore: true,
        blocks: [{ type: 'table', columns: [{ key: 'a', header: 'A' }], rows: [], emptyText: da ? 'Ingen overførsler i perioden.' : 'No transfers in the period.' }],
      },
      {
        heading: da ? '3. Underdatabehandlere' : '3. Sub-processors',
        level: 1,
        blocks: [{ type: 'fields', rows: [{ label: 'Føroyar', value: 'Tórshavn' }] }],
      },
    ],
  };
}

async function renderToFile(name: string, doc: ReportDocument): Promise<string> {
  const file = path.join(workDir, `${name}.pdf`);
  writeFileSync(file, await renderPdf(doc));
  return file;
}

/** Reads a binary PGM (P5) as written by `pdftoppm -gray`. */
function readPgm(file: string): { width: number; height: number; pixels: Buffer } {
  const data = readFileSync(file);
  const header = /^P5\s+(\d+)\s+(\d+)\s+(\d+)\s/.exec(data.subarray(0, 64).toString('latin1'));
  if (!header) throw new Error(`${file} is not a binary PGM`);
  return { width: Number(header[1]), height: Number(header[2]), pixels: data.subarray(header[0].length) };
}

/** Every word's right edge, per page, from `pdftotext -bbox`. */
function wordRightEdges(file: string): { pageWidth: number; xMax: number; word: string }[] {
  const html = pdftotext(file, ['-bbox']);
  const result: { pageWidth: number; xMax: number; word: string }[] = [];
  for (const page of html.split('<page ').slice(1)) {
    const pageWidth = Number(/width="([\d.]+)"/.exec(page)?.[1]);
    for (const match of page.matchAll(/<word xMin="[\d.]+" yMin="[\d.]+" xMax="([\d.]+)" yMax="[\d.]+">([^<]*)<\/word>/g)) {
      result.push({ pageWidth, xMax: Number(match[1]), word: match[2] });
    }
  }
  return result;
}

describe('renderPdf', () => {
  it('renders the Danish report (landscape): cover, contents, running header and footer, Danish labels', async () => {
    const file = await renderToFile('da', sampleDocument('da', 'landscape'));
    expect(readFileSync(file).subarray(0, 5).toString('latin1')).toBe('%PDF-');

    const pages = pageCount(file);
    expect(pages).toBeGreaterThanOrEqual(4);

    poppler('pdftoppm', ['-png', '-r', '30', file, path.join(workDir, 'da-page')]);
    const pngs = readdirSync(workDir).filter((name) => name.startsWith('da-page') && name.endsWith('.png'));
    expect(pngs).toHaveLength(pages);

    poppler('pdftoppm', ['-gray', '-r', '20', '-f', '1', '-l', '1', '-singlefile', file, path.join(workDir, 'da-cover')]);
    const cover = readPgm(path.join(workDir, 'da-cover.pgm'));
    expect(cover.width).toBeGreaterThan(cover.height); // landscape
    const darkPixels = cover.pixels.filter((value) => value < 128).length;
    expect(darkPixels).toBeGreaterThan(50);

    const coverText = pdftotext(file, ['-f', '1', '-l', '1']);
    expect(coverText).toContain('Inkasso Æbeløgård A/S');
    expect(coverText).toContain('Fortegnelse over behandlingsaktiviteter (art. 30, stk. 1)');
    expect(coverText).toContain('Opgjort pr.');
    expect(coverText).toContain('2026-03-01');
    expect(coverText).toContain('Periode');
    expect(coverText).toContain('2026-01-01 – 2026-03-01');
    expect(coverText).toContain('Udarbejdet af');
    expect(coverText).toContain('Åse Øberg (DPO)');
    expect(coverText).toContain('2026-03-02 14:05 (dansk tid, UTC+1)');
    expect(coverText).toContain('seneste revisionshændelse #123');
    expect(coverText).not.toContain('Side 1 af'); // no footer on the cover

    const contentsPage = pdftotext(file, ['-f', '2', '-l', '2']);
    expect(contentsPage).toContain('Indhold');
    expect(contentsPage).toContain('2. Tredjelandsoverførsler');
    expect(contentsPage).toContain(`Side 2 af ${pages}`);
    expect(contentsPage).toContain('Inkasso Æbeløgård A/S'); // running header

    const allText = pdftotext(file);
    expect(allText).toContain('Rūta Kazlauskienė');
    expect(allText).toContain('Kalaallit Nunaat');
    expect(allText).toContain('Ingen overførsler i perioden.');
    expect(allText).toContain(`Side ${pages} af ${pages}`);
    // 120 rows, one per activity (the repeated header row does not count).
    expect(allText.match(/Behandling \d+:/g)).toHaveLength(120);
    expect(allText.match(/Overførselsgrundlag/g)?.length).toBeGreaterThan(1);
  });

  it('renders the English report (portrait) with English labels', async () => {
    const file = await renderToFile('en', sampleDocument('en', 'portrait'));
    const pages = pageCount(file);
    expect(pages).toBeGreaterThanOrEqual(4);

    const coverText = pdftotext(file, ['-f', '1', '-l', '1']);
    for (const label of ['As of', 'Period', 'Produced', 'Produced by', 'Copenhagen time', 'Inkasso Æbeløgård A/S']) expect(coverText).toContain(label);
    expect(coverText).not.toContain('Opgjort');

    const contentsPage = pdftotext(file, ['-f', '2', '-l', '2']);
    expect(contentsPage).toContain('Contents');
    expect(contentsPage).toContain(`Page 2 of ${pages}`);
  });

  it('wraps long words and URLs inside the page instead of running off it', async () => {
    for (const orientation of ['portrait', 'landscape'] as const) {
      const file = await renderToFile(`wrap-${orientation}`, sampleDocument('da', orientation));
      const words = wordRightEdges(file);
      expect(words.length).toBeGreaterThan(1000);
      const overflowing = words.filter((w) => w.xMax > w.pageWidth - 40 + 1);
      expect(overflowing).toEqual([]);
    }
  });

  it('gives the same bytes for the same input and leaves the input untouched', async () => {
    const doc = sampleDocument('da', 'portrait');
    const before = structuredClone(doc);
    const first = await renderPdf(doc);
    const second = await renderPdf(doc);
    expect(doc).toEqual(before);
    expect(first.equals(second)).toBe(true);
    const file = path.join(workDir, 'metadata.pdf');
    writeFileSync(file, first);
    const info = Buffer.from(poppler('pdfinfo', ['-enc', 'UTF-8', file]), 'latin1').toString('utf8');
    expect(info).toMatch(/^Creator:\s+Tilsyn$/m);
    expect(info).toMatch(/^Author:\s+Inkasso Æbeløgård A\/S$/m);
    expect(info).toMatch(/^Title:\s+Fortegnelse over behandlingsaktiviteter/m);
  });

  it('renders a short report without contents or page breaks beyond the cover', async () => {
    const doc: ReportDocument = { ...sampleDocument('en', 'portrait'), tableOfContents: false, period: undefined, sections: [{ heading: 'Only', level: 1, blocks: [{ type: 'list', items: ['one'] }] }] };
    const file = await renderToFile('short', doc);
    expect(pageCount(file)).toBe(2);
    expect(poppler('pdfinfo', [file])).toMatch(/Page size:\s+595\.\d+ x 841\.\d+ pts \(A4\)/);
  });
});

describe('breakableText', () => {
  it('leaves ordinary text as one string', () => {
    expect(breakableText('Inddrivelse af gæld')).toBe('Inddrivelse af gæld');
  });

  it('cuts long runs into fragments that join back to the same text', () => {
    const text = `Se ${LONG_URL} for detaljer`;
    const pieces = breakableText(text);
    expect(Array.isArray(pieces)).toBe(true);
    expect((pieces as string[]).join('')).toBe(text);
    expect(Math.max(...(pieces as string[]).map((p) => p.length))).toBeLessThanOrEqual(24);
  });

  it('keeps a letter and its combining accent together', () => {
    const decomposed = 'e\u0307'.repeat(30); // ė as e + combining dot above
    for (const piece of breakableText(decomposed) as string[]) expect(piece.startsWith('\u0307')).toBe(false);
  });
});
