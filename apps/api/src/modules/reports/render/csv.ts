import { stringify } from 'csv-stringify/sync';
import { neutraliseCsvCell } from '@tilsyn/domain';

export { neutraliseCsvCell };
import type { ReportTable } from './report-document.js';

/**
 * CSV export for spreadsheets. The files are opened in Excel by Danish users, hence: UTF-8 with a
 * BOM (without it Excel reads æøå as Windows-1252), CRLF line endings, and a choice of separator
 * (Danish Excel expects ';' because ',' is the decimal separator).
 */
export function renderCsv(table: ReportTable, options: { separator: ';' | ',' }): Buffer {
  const header = table.columns.map((column) => neutraliseCsvCell(column.header));
  const records = table.rows.map((row) => table.columns.map((column) => csvCell(row[column.key])));
  const text = stringify([header, ...records], {
    bom: true,
    delimiter: options.separator,
    record_delimiter: 'windows',
  });
  return Buffer.from(text, 'utf8');
}

/**
 * Strings are guarded; values typed `number` are written as they are. A genuine number such as -3
 * cannot carry a formula and must stay a number in the spreadsheet, while the *string* "-3" (or
 * "-1+1") came from text a user typed and is guarded like any other text. Builders that want a
 * numeric cell therefore pass a number, not a formatted string.
 */
function csvCell(value: string | number | null | undefined): string | number {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return value;
  return neutraliseCsvCell(value);
}
