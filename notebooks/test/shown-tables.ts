import type { NotebookCell } from '../src/nbformat.ts';

const text = (value: unknown) => (Array.isArray(value) ? value.join('') : String(value ?? ''));

/** The executed code cell carrying `tag`, or a failure naming the tag. */
export function taggedCell(cells: readonly NotebookCell[], tag: string): NotebookCell {
  const cell = cells.find((c) => c.metadata.tags?.includes(tag));
  if (!cell) throw new Error(`no cell tagged "${tag}"`);
  return cell;
}

/**
 * The tables a cell showed, read back from their text/plain form (showTable writes a header line, then one line per
 * row, cells separated by tabs; showFacts writes label-tab-value lines without a header).
 */
export function shownTables(cell: NotebookCell): string[][][] {
  return (cell.outputs ?? [])
    .filter((o) => o.output_type === 'display_data' && text(o.data['text/html']).startsWith('<table>'))
    .map((o) => text((o as { data: Record<string, unknown> }).data['text/plain']).split('\n').map((line) => line.split('\t')));
}

/** A table with a header as objects keyed by column label. */
export function shownRows(table: readonly string[][]): Record<string, string>[] {
  const [header = [], ...rows] = table;
  return rows.map((row) => Object.fromEntries(header.map((label, i) => [label, row[i] ?? ''])));
}

/** showFacts' label/value pairs. */
export const shownFacts = (table: readonly string[][]) => new Map(table.map(([label = '', value = '']) => [label, value]));

/**
 * The values of a notebook's parameters cell (`const NAME = literal;` lines: numbers, strings, `new Date('...')`),
 * so a check rebuilds the same warehouse the notebook built, whatever the parameters are changed to.
 */
export function notebookParameters(cells: readonly NotebookCell[]): Record<string, number | string | Date> {
  const source = text(taggedCell(cells, 'parameters').source);
  const values: Record<string, number | string | Date> = {};
  for (const [, name, literal] of source.matchAll(/^const (\w+) = (.+?);/gm)) {
    const raw = (literal as string).trim();
    const date = /^new Date\('([^']+)'\)$/.exec(raw);
    const string = /^'([^']*)'$/.exec(raw);
    if (date) values[name as string] = new Date(date[1] as string);
    else if (string) values[name as string] = string[1] as string;
    else if (/^[\d_]+(\.\d+)?$/.test(raw)) values[name as string] = Number(raw.replaceAll('_', ''));
    else throw new Error(`parameter ${name} = ${raw}: only numbers, 'strings' and new Date('...') are read`);
  }
  return values;
}
