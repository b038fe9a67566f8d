import { downloadCSV, type Exporter, type RaRecord } from 'react-admin';
import { neutraliseCsvCell } from '@tilsyn/domain';

type Cell = string | number | boolean | null | undefined;

/** One level of nesting becomes `parent.child`; lists of words become "a, b"; anything deeper is JSON. */
function flatten(record: Record<string, unknown>, prefix = ''): Record<string, Cell> {
  const out: Record<string, Cell> = {};
  for (const [key, value] of Object.entries(record)) {
    if (key === '__typename') continue;
    const name = prefix ? `${prefix}.${key}` : key;
    if (Array.isArray(value)) out[name] = value.every((v) => v === null || typeof v !== 'object') ? value.join(', ') : JSON.stringify(value);
    else if (value instanceof Date) out[name] = value.toISOString();
    else if (value && typeof value === 'object') Object.assign(out, prefix ? { [name]: JSON.stringify(value) } : flatten(value as Record<string, unknown>, name));
    else out[name] = value as Cell;
  }
  return out;
}

function quoted(cell: string, separator: string): string {
  return /["\r\n]/.test(cell) || cell.includes(separator) || cell !== cell.trim() ? `"${cell.replace(/"/g, '""')}"` : cell;
}

/**
 * The list exports as CSV for Danish Excel: UTF-8 with a BOM, ';' between cells, CRLF, and every
 * text cell that a spreadsheet would run as a formula neutralised (OWASP CSV injection; a
 * processor named `=HYPERLINK(…)` stays text). react-admin's default exporter only quotes.
 */
export function recordsToCsv(records: readonly RaRecord[], separator = ';'): string {
  const rows = records.map((r) => flatten(r as Record<string, unknown>));
  const columns: string[] = [];
  for (const row of rows) for (const key of Object.keys(row)) if (!columns.includes(key)) columns.push(key);
  const cell = (value: Cell) => (value === null || value === undefined ? '' : typeof value === 'string' ? quoted(neutraliseCsvCell(value), separator) : String(value));
  const lines = [columns.map((c) => quoted(neutraliseCsvCell(c), separator)).join(separator), ...rows.map((row) => columns.map((c) => cell(row[c])).join(separator))];
  return `\ufeff${lines.join('\r\n')}\r\n`;
}

export const safeExporter: Exporter = (records, _fetchRelated, _dataProvider, resource) => downloadCSV(recordsToCsv(records), resource);
