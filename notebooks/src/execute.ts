import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { packageRoot } from '@creator-audit/warehouse';
import { stripAnsi } from './kernel/cell-outputs.ts';
import { type CellRun, KernelSession } from './kernel/kernel-session.ts';
import { notebookMessages } from './messages.ts';
import { cellName, type Notebook, type NotebookCell, readNotebook, sourceText, writeNotebook } from './nbformat.ts';
import { notebookHtml } from './notebook-html.ts';

/** The folder the notebooks live in (beside deno.json, which lets cells import the workspace packages). */
export const NOTEBOOKS_DIR = packageRoot(import.meta.url);

/** Every notebook in the folder, in name order. */
export function listNotebooks(dir: string = NOTEBOOKS_DIR): string[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.ipynb'))
    .sort()
    .map((f) => join(dir, f));
}

export interface ExecuteOptions {
  /** Where the executed notebook (.ipynb, outputs included) and its HTML go. */
  outDir: string;
  /** Per cell: a cell running longer fails the notebook. */
  timeoutSeconds?: number;
  /** Added to the kernel's environment. */
  env?: Record<string, string>;
}

export interface ExecutedNotebook {
  notebook: string;
  executed: string;
  html: string;
}

/** The error a cell raised, as the kernel reported it, without terminal colours. */
function errorText(error: NonNullable<CellRun['error']>): string {
  const head = `${error.ename}: ${error.evalue}`;
  const lines = error.traceback.map(stripAnsi);
  return (lines[0]?.includes(error.evalue) ? lines : [head, ...lines]).join('\n').trim();
}

/**
 * Executes a notebook top to bottom on the repository's Deno kernel, spoken to over ZeroMQ (no Jupyter, no
 * Python), and writes the executed notebook (nbformat 4, outputs included) and its HTML. The kernel runs in the
 * notebook's folder. When a cell raises or times out, the cells after it do not run: what ran is still written,
 * and the error names the cell, its code and the error.
 */
export async function executeNotebook(path: string, options: ExecuteOptions): Promise<ExecutedNotebook> {
  if (!existsSync(path)) throw new Error(notebookMessages.noNotebook(path));
  const notebook: Notebook = readNotebook(path);
  mkdirSync(options.outDir, { recursive: true });
  const name = basename(path, '.ipynb');
  const done = { notebook: path, executed: join(options.outDir, `${name}.ipynb`), html: join(options.outDir, `${name}.html`) };
  const write = () => {
    writeNotebook(done.executed, notebook);
    writeFileSync(done.html, notebookHtml(notebook, name));
  };
  const code = notebook.cells.filter((c): c is NotebookCell => c.cell_type === 'code');
  for (const cell of code) {
    cell.execution_count = null;
    cell.outputs = [];
  }
  const timeoutMs = (options.timeoutSeconds ?? 120) * 1000;
  const kernel = await KernelSession.start({ cwd: dirname(path), ...(options.env ? { env: options.env } : {}) });
  try {
    for (const [index, cell] of code.entries()) {
      let run: CellRun;
      try {
        run = await kernel.execute(sourceText(cell.source), timeoutMs);
      } catch (error) {
        write();
        throw new Error(notebookMessages.cellFailed(path, cellName(index, cell), sourceText(cell.source), (error as Error).message, done), { cause: error });
      }
      cell.execution_count = run.executionCount;
      // The same array the kernel session fills: an output published after the cell went idle still lands here.
      cell.outputs = run.outputs;
      if (run.error) {
        write();
        throw new Error(notebookMessages.cellFailed(path, cellName(index, cell), sourceText(cell.source), errorText(run.error), done));
      }
    }
  } finally {
    await kernel.shutdown();
  }
  write();
  return done;
}
