/** What the notebook tooling tells people, in one place. */
export const notebookMessages = {
  noRows: '(no rows)',
  notInKernel: 'showTable/showChart display in a notebook: run this inside the Deno Jupyter kernel (see notebooks/README.md)',
  noZeromq: (why: string) =>
    `the zeromq npm package did not load (${why}): it ships prebuilt in node_modules; run \`npm ci\` at the repository root`,
  noDeno: (why: string) => `the deno npm package's binary is missing (${why}): run \`npm ci\` at the repository root`,
  kernelDied: (why: string, stderr: string) => `the Deno kernel stopped (${why})${stderr ? `:\n${stderr}` : ''}`,
  kernelTimeout: (what: string, ms: number) => `the Deno kernel took more than ${ms / 1000} s ${what}`,
  cellFailed: (notebook: string, cell: string, source: string, error: string, written: { executed: string; html: string }) =>
    `notebook ${notebook} failed to execute: ${cell} failed, and the cells after it did not run.\n` +
    `------------------\n${source}\n------------------\n${error}\n` +
    `(what ran is in ${written.executed} and ${written.html})`,
  noNotebook: (path: string) => `no notebook at ${path}`,
  kernelWritten: (kernelDir: string, jupyterPath: string, notebooksDir: string) =>
    `Wrote the Deno kernelspec to ${kernelDir}.\nOpen the notebooks with it:\n  JUPYTER_PATH=${jupyterPath} jupyter lab ${notebooksDir}\n` +
    `(or jupyter notebook; the notebooks pick the kernel by name)`,
  executed: (html: string) => `executed: ${html}`,
  usage: 'usage: tsx src/cli.ts kernel [--dir DIR] | execute [--out DIR] [--timeout SECONDS] [NOTEBOOK.ipynb ...]',
};
