import { REPORT_SLUGS, type CsvSeparator, type ReportKind } from '@tilsyn/domain';
import { uploadError } from './document-upload';

export type ReportLanguage = 'da' | 'en';

export interface ReportChoice {
  kind: ReportKind | 'INSPECTION_PACK';
  format: 'PDF' | 'CSV' | 'ZIP';
  lang: ReportLanguage;
  asOf: string;
  from?: string;
  to?: string;
  separator?: CsvSeparator;
}

export interface DownloadedReport {
  blob: Blob;
  fileName: string;
  sha256: string;
  runId: string;
}

/** The GET address of a report: /api/reports/<slug>?format=…&lang=…&asOf=… (the inspection pack has its own). */
export function reportUrl(choice: ReportChoice): string {
  const params = new URLSearchParams({ lang: choice.lang });
  if (choice.asOf) params.set('asOf', choice.asOf);
  if (choice.kind === 'INSPECTION_PACK') return `/api/reports/inspection-pack?${params.toString()}`;
  params.set('format', choice.format.toLowerCase());
  if (choice.from) params.set('from', choice.from);
  if (choice.to) params.set('to', choice.to);
  if (choice.format === 'CSV' && choice.separator) params.set('sep', choice.separator);
  return `/api/reports/${REPORT_SLUGS[choice.kind]}?${params.toString()}`;
}

/** The file name the server chose (Content-Disposition), or a fallback. */
export function fileNameOf(disposition: string | null, fallback: string): string {
  const match = disposition ? /filename="([^"]+)"/.exec(disposition) : null;
  return match ? match[1] : fallback;
}

/**
 * Fetches a report with the session cookie, so an error (a date in the future, a missing
 * permission) comes back as the API's translated error rather than as a downloaded JSON file.
 */
export async function fetchReport(choice: ReportChoice, fetcher: typeof fetch = (...args) => fetch(...args)): Promise<DownloadedReport> {
  const response = await fetcher(reportUrl(choice), { credentials: 'same-origin' });
  if (!response.ok) throw uploadError(response.status, await response.json().catch(() => null));
  return {
    blob: await response.blob(),
    fileName: fileNameOf(response.headers.get('Content-Disposition'), 'report'),
    sha256: response.headers.get('X-Content-SHA256') ?? '',
    runId: response.headers.get('X-Report-Run') ?? '',
  };
}

/** Hands a fetched file to the browser as a download. */
export function saveFile(report: DownloadedReport): void {
  const url = URL.createObjectURL(report.blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = report.fileName;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** SHA-256 of a file chosen in the browser, hex: to find the report run that produced it. */
export async function sha256Of(file: Blob): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', await file.arrayBuffer());
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}
