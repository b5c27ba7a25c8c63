import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { KERNEL_NAME, writeKernelSpec } from './kernelspec.ts';
import { notebookMessages } from './messages.ts';

/** The folder the notebooks live in (cells run with it as their working directory, beside deno.json). */
export const NOTEBOOKS_DIR = fileURLToPath(new URL('..', import.meta.url));

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
}

export interface ExecutedNotebook {
  notebook: string;
  executed: string;
  html: string;
}

interface Finished {
  code: number | null;
  output: string;
}

function run(command: string, args: readonly string[], env: NodeJS.ProcessEnv): Promise<Finished> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
    child.on('error', (error) => reject(new Error(notebookMessages.noJupyter(error.message), { cause: error })));
    child.on('close', (code) => resolve({ code, output }));
  });
}

/** nbclient's report of the failing cell (its code and the error), or the end of the log when there is none. */
function failureLog(output: string): string {
  const at = output.indexOf('An error occurred while executing the following cell');
  if (at >= 0) return output.slice(at).trim();
  return output.trim().split('\n').slice(-40).join('\n');
}

/**
 * Executes a notebook top to bottom with nbconvert on the repository's Deno kernel, then converts the result to
 * HTML. Jupyter's folders (kernelspec, runtime, config) are a fresh temporary directory, so neither the user's
 * Jupyter setup nor their kernels are read or written. Throws when any cell fails, naming the cell and its error.
 */
export async function executeNotebook(notebook: string, options: ExecuteOptions): Promise<ExecutedNotebook> {
  if (!existsSync(notebook)) throw new Error(notebookMessages.noNotebook(notebook));
  mkdirSync(options.outDir, { recursive: true });
  const jupyterDir = mkdtempSync(join(tmpdir(), 'creator-audit-jupyter-'));
  try {
    writeKernelSpec(jupyterDir);
    const env = {
      ...process.env,
      JUPYTER_PATH: jupyterDir,
      JUPYTER_DATA_DIR: join(jupyterDir, 'data'),
      JUPYTER_RUNTIME_DIR: join(jupyterDir, 'runtime'),
      JUPYTER_CONFIG_DIR: join(jupyterDir, 'config'),
      TZ: 'UTC',
    };
    const name = basename(notebook, '.ipynb');
    const executed = join(options.outDir, `${name}.ipynb`);
    const execution = await run(
      'jupyter',
      [
        'nbconvert',
        '--to',
        'notebook',
        '--execute',
        notebook,
        '--output-dir',
        options.outDir,
        '--output',
        name,
        `--ExecutePreprocessor.kernel_name=${KERNEL_NAME}`,
        `--ExecutePreprocessor.timeout=${options.timeoutSeconds ?? 120}`,
      ],
      env,
    );
    if (execution.code !== 0) throw new Error(notebookMessages.notebookFailed(notebook, failureLog(execution.output)));
    const conversion = await run('jupyter', ['nbconvert', '--to', 'html', executed, '--output-dir', options.outDir], env);
    if (conversion.code !== 0) throw new Error(notebookMessages.conversionFailed(executed, failureLog(conversion.output)));
    return { notebook, executed, html: join(options.outDir, `${name}.html`) };
  } finally {
    rmSync(jupyterDir, { recursive: true, force: true });
  }
}
