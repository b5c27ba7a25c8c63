import { readFileSync, writeFileSync } from 'node:fs';
import type { CellOutput } from './kernel/cell-outputs.ts';

/** The parts of nbformat 4 the runner reads and writes; everything else in a notebook file is kept as it was. */
export interface NotebookCell {
  cell_type: 'code' | 'markdown' | 'raw';
  id?: string;
  source: string | string[];
  metadata: { tags?: string[]; [key: string]: unknown };
  execution_count?: number | null;
  outputs?: CellOutput[];
  [key: string]: unknown;
}

export interface Notebook {
  cells: NotebookCell[];
  metadata: Record<string, unknown>;
  nbformat: number;
  nbformat_minor: number;
}

export const sourceText = (source: string | string[]) => (Array.isArray(source) ? source.join('') : source);

export function readNotebook(path: string): Notebook {
  const notebook = JSON.parse(readFileSync(path, 'utf8')) as Notebook;
  if (notebook.nbformat !== 4 || !Array.isArray(notebook.cells)) throw new Error(`${path} is not an nbformat 4 notebook`);
  return notebook;
}

/** Written as Jupyter writes it (one-space indent, trailing newline), so executed files diff like Jupyter's. */
export function writeNotebook(path: string, notebook: Notebook): void {
  writeFileSync(path, `${JSON.stringify(notebook, null, 1)}\n`);
}

/** Where a cell is, for messages: its 1-based place among the code cells and its id. */
export const cellName = (index: number, cell: NotebookCell) => `code cell ${index + 1}${cell.id ? ` (id "${cell.id}")` : ''}`;
