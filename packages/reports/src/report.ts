import type { Chart } from './charts/chart.ts';

/** How a table cell is shown; every value is HTML-escaped after formatting. */
export type CellFormat = 'text' | 'int' | 'pct' | 'num' | 'date' | 'list';

export interface Column {
  key: string;
  label: string;
  format?: CellFormat;
}

export interface Table {
  id: string;
  title: string;
  note?: string;
  columns: readonly Column[];
  rows: readonly Record<string, unknown>[];
}

/**
 * A report before rendering: headline facts, charts (Vega-Lite specs as data) and tables. The same object becomes
 * the HTML page, the SVG and PNG files and the text summary, so the three cannot disagree.
 */
export interface Report {
  kind: 'cohort' | 'creator' | 'campaign';
  /** File-system-safe name of the report's folder (no untrusted text). */
  slug: string;
  title: string;
  subtitle: string;
  facts: readonly [label: string, value: string][];
  charts: readonly Chart[];
  tables: readonly Table[];
  notes: readonly string[];
}

/** A folder name from untrusted text: letters, digits, `_`, `.` and `-` only, never empty, never `.` or `..`. */
export function slugFor(prefix: string, text: string): string {
  const cleaned = text.normalize('NFC').replace(/[^\p{L}\p{N}_.-]+/gu, '_').replace(/^\.+/, '_').slice(0, 80);
  return `${prefix}-${cleaned || '_'}`;
}
