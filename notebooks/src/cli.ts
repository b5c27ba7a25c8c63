import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { executeNotebook, listNotebooks, NOTEBOOKS_DIR } from './execute.ts';
import { writeKernelSpec } from './kernelspec.ts';
import { notebookMessages } from './messages.ts';

/** Executed notebooks go with the other generated output, in data/ (not committed). */
const DEFAULT_OUT = join(NOTEBOOKS_DIR, '..', 'data', 'notebooks');
/** `npm run` starts scripts in the package folder; paths on its command line are meant from where it was typed. */
const fromCaller = (path: string) => resolve(process.env.INIT_CWD ?? process.cwd(), path);
/** A notebook as typed from where the command ran, or by its name in this folder. */
const notebookPath = (path: string) => (existsSync(fromCaller(path)) ? fromCaller(path) : resolve(NOTEBOOKS_DIR, path));

async function main(argv: string[]): Promise<void> {
  const [command, ...rest] = argv;
  if (command === 'kernel') {
    const { values } = parseArgs({ args: rest, options: { dir: { type: 'string' } } });
    const jupyterDir = values.dir ? fromCaller(values.dir) : join(NOTEBOOKS_DIR, '.jupyter');
    const kernelDir = writeKernelSpec(jupyterDir);
    process.stdout.write(`${notebookMessages.kernelWritten(kernelDir, jupyterDir, NOTEBOOKS_DIR)}\n`);
    return;
  }
  if (command === 'execute') {
    const { values, positionals } = parseArgs({
      args: rest,
      allowPositionals: true,
      options: { out: { type: 'string' }, timeout: { type: 'string' } },
    });
    const timeoutSeconds = values.timeout === undefined ? undefined : Number(values.timeout);
    if (timeoutSeconds !== undefined && !(timeoutSeconds > 0)) throw new Error(notebookMessages.usage);
    const notebooks = positionals.length > 0 ? positionals.map(notebookPath) : listNotebooks();
    for (const notebook of notebooks) {
      const done = await executeNotebook(notebook, { outDir: values.out ? fromCaller(values.out) : DEFAULT_OUT, timeoutSeconds });
      process.stdout.write(`${notebookMessages.executed(done.html)}\n`);
    }
    return;
  }
  throw new Error(notebookMessages.usage);
}

main(process.argv.slice(2)).catch((error: unknown) => {
  process.stderr.write(`${(error as Error).message}\n`);
  process.exitCode = 1;
});
