/**
 * The intermediate model between the report builders (which know the domain) and the renderers
 * (which know PDF, CSV and ZIP). Builders produce plain strings already formatted for the
 * report's language, so the renderers never format dates, numbers or enums themselves.
 */

export type ReportLocale = 'da' | 'en';

export interface ReportColumn {
  key: string;
  header: string;
  /** pdf width hint: points, '*' (share the rest) or 'auto' (fit the content). Default '*'. */
  width?: number | '*' | 'auto';
}

export type ReportBlock =
  | { type: 'paragraph'; text: string; style?: 'normal' | 'muted' | 'warning' }
  /** A two-column label/value table. */
  | { type: 'fields'; rows: { label: string; value: string }[] }
  | { type: 'table'; columns: ReportColumn[]; rows: Record<string, string>[]; emptyText: string }
  | { type: 'list'; items: string[] };

export interface ReportSection {
  heading: string;
  level: 1 | 2;
  blocks: ReportBlock[];
  /** Start on a new page. */
  pageBreakBefore?: boolean;
}

export interface ReportDocument {
  locale: ReportLocale;
  /** e.g. "Fortegnelse over behandlingsaktiviteter (art. 30, stk. 1)" */
  title: string;
  /** The agency's name, on the cover and in the running header. */
  organisation: string;
  /** ISO date YYYY-MM-DD the report describes. */
  asOf: string;
  period?: { from: string; to: string };
  /** Shown on the cover in Europe/Copenhagen time. */
  producedAt: Date;
  /** Name and role of the user who produced it. */
  producedBy: string;
  /** Extra lines on the cover (e.g. "Register as recorded at the end of 2026-03-01; last audit event #123"). */
  coverLines: string[];
  orientation: 'portrait' | 'landscape';
  /** The builder sets it for long reports. */
  tableOfContents: boolean;
  sections: ReportSection[];
}

/** A flat table for CSV export. */
export interface ReportTable {
  columns: ReportColumn[];
  rows: Record<string, string | number | null>[];
}
