import { Buffer } from 'node:buffer';
import { type CellFormat, type Chart, type Column, escapeHtml, formatCell, renderSvg, svgToPng } from '@creator-audit/reports';
import { notebookMessages } from './messages.ts';

/** A Jupyter MIME bundle: what one output holds, keyed by MIME type. */
export type MimeBundle = Record<string, string>;

/** Columns inferred from the first row when none are given: whole numbers as counts, dates as UTC times. */
function inferColumns(rows: readonly Record<string, unknown>[]): Column[] {
  const first = rows[0] ?? {};
  return Object.keys(first).map((key) => {
    const sample = rows.map((r) => r[key]).find((v) => v !== null && v !== undefined);
    let format: CellFormat = 'text';
    if (typeof sample === 'number') format = rows.every((r) => r[key] == null || Number.isInteger(r[key])) ? 'int' : 'num';
    else if (typeof sample === 'bigint') format = 'int';
    else if (sample instanceof Date) format = 'date';
    else if (Array.isArray(sample)) format = 'list';
    return { key, label: key, format };
  });
}

const NUMERIC: readonly CellFormat[] = ['int', 'pct', 'num'];

/** formatCell, plus DuckDB's BIGINT counts (JS bigint) shown exactly with thousands separators. */
function formatValue(value: unknown, format: CellFormat = 'text'): string {
  if (typeof value === 'bigint' && format === 'int') return value.toLocaleString('en-US');
  return formatCell(value, format);
}

/**
 * Rows as an HTML table (every cell formatted as the reports format it, then HTML-escaped: usernames and captions
 * are untrusted text) with a plain-text fallback for consoles.
 */
export function tableBundle(rows: readonly Record<string, unknown>[], columns: readonly Column[] = inferColumns(rows)): MimeBundle {
  const cell = (row: Record<string, unknown>, c: Column) => formatValue(row[c.key], c.format);
  // Jupyter's stylesheet right-aligns every cell: text goes back to the left, lists keep their line breaks.
  const align = (c: Column) => (NUMERIC.includes(c.format ?? 'text') ? 'text-align:right' : 'text-align:left');
  const style = (c: Column) => ` style="${align(c)}${c.format === 'list' ? ';white-space:pre-line' : ''}"`;
  const labelled = columns.some((c) => c.label !== '');
  const head = labelled ? `<thead><tr>${columns.map((c) => `<th${style(c)}>${escapeHtml(c.label)}</th>`).join('')}</tr></thead>` : '';
  const body = rows.map((row) => `<tr>${columns.map((c) => `<td${style(c)}>${escapeHtml(cell(row, c))}</td>`).join('')}</tr>`).join('\n');
  const caption = rows.length === 0 ? `<caption>${escapeHtml(notebookMessages.noRows)}</caption>` : '';
  const lines = rows.map((row) => columns.map((c) => cell(row, c).replace(/\s+/g, ' ')).join('\t'));
  const text = labelled ? [columns.map((c) => c.label).join('\t'), ...lines] : lines;
  return {
    'text/html': `<table>${caption}${head}<tbody>\n${body}\n</tbody></table>`,
    'text/plain': rows.length === 0 ? notebookMessages.noRows : text.join('\n'),
  };
}

/**
 * A chart as PNG, drawn headless from its Vega-Lite spec with the reports' renderer (DejaVu Sans, so labels show).
 * PNG rather than SVG: every front end shows it, where nbconvert 6.5 drops image/svg+xml from executed notebooks.
 */
export async function chartBundle(chart: Chart): Promise<MimeBundle> {
  const png = svgToPng(await renderSvg(chart.spec));
  return { 'image/png': Buffer.from(png).toString('base64'), 'text/plain': `[chart] ${chart.title}` };
}

interface DenoJupyter {
  display(bundle: MimeBundle, options: { raw: true }): Promise<void>;
}

function jupyter(): DenoJupyter {
  const deno = (globalThis as { Deno?: { jupyter?: DenoJupyter } }).Deno;
  if (!deno?.jupyter) throw new Error(notebookMessages.notInKernel);
  return deno.jupyter;
}

/**
 * How long a cell waits after its output: Deno 2.9's kernel publishes a cell's outputs from a queue drained apart
 * from the status messages, so an output sent just before the cell ends can follow its `idle` status. JupyterLab's
 * Run All then files it under the next cell, and nbconvert (nbclient) drops it. Waiting lets the queue drain first.
 * (`npm run notebooks` and the tests file each output under the request it answers, so they keep it either way;
 * the CI test counts every cell's outputs.)
 */
const SETTLE_MS = 300;

async function display(bundle: MimeBundle): Promise<void> {
  await jupyter().display(bundle, { raw: true });
  await new Promise((resolve) => setTimeout(resolve, SETTLE_MS));
}

/** Shows rows as a table in the notebook. End cells with a show call, not a bare value (see SETTLE_MS). */
export async function showTable(rows: readonly Record<string, unknown>[], columns?: readonly Column[]): Promise<void> {
  await display(tableBundle(rows, columns));
}

/**
 * Shows a chart (a Chart from @creator-audit/reports, or one built the same way) as a PNG in the notebook.
 * @public the notebooks (*.ipynb) call it, where knip does not look.
 */
export async function showChart(chart: Chart): Promise<void> {
  await display(await chartBundle(chart));
}

/**
 * Shows label/value pairs, such as a report's headline facts.
 * @public the notebooks (*.ipynb) call it.
 */
export async function showFacts(facts: readonly (readonly [label: string, value: string])[]): Promise<void> {
  await showTable(facts.map(([label, value]) => ({ label, value })), [
    { key: 'label', label: '' },
    { key: 'value', label: '' },
  ]);
}
