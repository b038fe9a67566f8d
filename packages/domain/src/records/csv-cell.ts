/** First characters that make Excel, LibreOffice or Google Sheets evaluate a cell (OWASP "CSV injection"). */
const FORMULA_TRIGGERS = new Set(['=', '+', '-', '@', '\t', '\r']);

/**
 * Prefixes a cell that a spreadsheet would evaluate as a formula with a single quote, so
 * `=HYPERLINK(...)` in a processor's name is shown as text instead of becoming a clickable
 * exfiltration link. Quoting a CSV cell does not stop evaluation. The price is that harmless text
 * such as a phone number "+45 12345678" is shown with a leading quote. Shared by the server's
 * report CSVs and the admin's list exports.
 */
export function neutraliseCsvCell(value: string): string {
  return value.length > 0 && FORMULA_TRIGGERS.has(value[0]) ? `'${value}` : value;
}
