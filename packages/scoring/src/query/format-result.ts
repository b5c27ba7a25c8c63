import { guardCsvText } from '../scores/csv-guard.ts';
import { terminalSafe } from '../campaign/terminal-text.ts';
import type { DuckDBValue } from '@duckdb/node-api';
import type { QueryResult } from './run-query.ts';
import { queryMessages } from './messages.ts';
import { QueryError } from './query-error.ts';
import { cellText, isNumeric, jsonText } from './sql-values.ts';

export const QUERY_FORMATS = ['table', 'csv', 'json'] as const;
export type QueryFormat = (typeof QUERY_FORMATS)[number];

/** An array of row objects, one line per row; exact numbers (see sql-values.ts). */
export function resultJson(result: QueryResult): string {
  const twice = result.columns.filter((c, i) => result.columns.indexOf(c) !== i);
  // A JSON object cannot hold a key twice: the second value would silently replace the first.
  if (twice.length > 0) throw new QueryError({ kind: 'duplicate_columns', names: [...new Set(twice)] });
  if (result.rows.length === 0) return '[]\n';
  const keys = result.columns.map((c) => JSON.stringify(c));
  const rows = result.rows.map((row) => `{${row.map((v, i) => `${keys[i]}:${jsonText(v)}`).join(',')}}`);
  return `[\n${rows.join(',\n')}\n]\n`;
}

function csvField(text: string): string {
  return /[",\n\r]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** RFC 4180 CSV with a header; NULL is an empty field; text cells (and headers) guarded against formula injection. */
export function resultCsv(result: QueryResult): string {
  const lines = [result.columns.map((c) => csvField(guardCsvText(c))).join(',')];
  for (const row of result.rows) {
    lines.push(row.map((v) => {
      const text = cellText(v);
      if (text === undefined) return '';
      return csvField(isNumeric(v) ? text : guardCsvText(text));
    }).join(','));
  }
  return `${lines.join('\r\n')}\r\n`;
}

const MAX_CELL = 60;

/** An aligned table for a terminal: numbers right-aligned, text made terminal-safe and cut at 60 characters. */
export function resultTable(result: QueryResult): string {
  const header = result.columns.map((c) => terminalSafe(c, MAX_CELL));
  const cells = result.rows.map((row) => row.map((v) => terminalSafe(cellText(v) ?? 'NULL', MAX_CELL)));
  const width = (s: string) => [...s].length;
  const widths = header.map((h, i) => Math.max(width(h), ...cells.map((r) => width(r[i] ?? ''))));
  const fit = (text: string, i: number, right: boolean) => {
    const gap = ' '.repeat(Math.max(0, (widths[i] ?? 0) - width(text)));
    return right ? gap + text : text + gap;
  };
  const numeric = result.columns.map((_, i) => result.rows.some((r) => isNumeric(r[i] ?? null)));
  const lines = [
    header.map((h, i) => fit(h, i, numeric[i] ?? false)).join(' | '),
    widths.map((w) => '-'.repeat(w)).join('-+-'),
    ...cells.map((r) => r.map((c, i) => fit(c, i, numeric[i] ?? false)).join(' | ')),
  ];
  lines.push(`(${result.rows.length.toLocaleString('en-US')} row${result.rows.length === 1 ? '' : 's'})`);
  return `${lines.join('\n')}\n`;
}

/** Writes a result as it streams in, chunk by chunk: CSV and JSON never hold more than a chunk in memory. */
export interface ResultWriter {
  start(columns: readonly string[]): string;
  rows(rows: readonly DuckDBValue[][]): string;
  end(): string;
}

export function csvWriter(): ResultWriter {
  return {
    start: (columns) => resultCsv({ columns: [...columns], rows: [] }),
    rows: (rows) => (rows.length === 0 ? '' : resultCsv({ columns: [], rows: [...rows] }).replace(/^\r\n/, '')),
    end: () => '',
  };
}

export function jsonWriter(): ResultWriter {
  let columns: string[] = [];
  let written = 0;
  return {
    start: (names) => {
      columns = [...names];
      resultJson({ columns, rows: [] });
      return '';
    },
    rows: (rows) => {
      if (rows.length === 0) return '';
      const body = resultJson({ columns, rows: [...rows] }).slice(2, -3);
      const text = `${written === 0 ? '[\n' : ',\n'}${body}`;
      written += rows.length;
      return text;
    },
    end: () => (written === 0 ? '[]\n' : '\n]\n'),
  };
}

/**
 * An aligned table needs every row's width first: it holds up to `limit` rows and says when it showed fewer, and
 * how to have them all (`stream`, in the caller's words: the CLI names its --format values).
 */
export function tableWriter(limit: number, stream = 'the CSV and JSON writers'): ResultWriter & { truncated(): boolean } {
  let columns: string[] = [];
  const held: DuckDBValue[][] = [];
  let more = false;
  return {
    start: (names) => {
      columns = [...names];
      return '';
    },
    rows: (rows) => {
      for (const row of rows) {
        if (held.length < limit) held.push(row);
        else more = true;
      }
      return '';
    },
    end: () => resultTable({ columns, rows: held }) + (more ? `${queryMessages.tableTruncated(limit, stream)}\n` : ''),
    truncated: () => more,
  };
}
