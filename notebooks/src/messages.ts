/** What the notebook tooling tells people, in one place. */
export const notebookMessages = {
  noRows: '(no rows)',
  notInKernel: 'showTable/showChart display in a notebook: run this inside the Deno Jupyter kernel (see notebooks/README.md)',
  noJupyter: (why: string) =>
    `cannot run jupyter nbconvert (${why}): install Debian's jupyter-nbconvert, jupyter-client, python3-nbclient and python3-ipykernel (.ci/run does)`,
  notebookFailed: (notebook: string, log: string) => `notebook ${notebook} failed to execute (a cell raised an error or timed out):\n${log}`,
  conversionFailed: (notebook: string, log: string) => `the executed notebook ${notebook} could not be converted to HTML:\n${log}`,
  noNotebook: (path: string) => `no notebook at ${path}`,
  kernelWritten: (kernelDir: string, jupyterPath: string, notebooksDir: string) =>
    `Wrote the Deno kernelspec to ${kernelDir}.\nOpen the notebooks with it:\n  JUPYTER_PATH=${jupyterPath} jupyter lab ${notebooksDir}\n` +
    `(or jupyter notebook; the notebooks pick the kernel by name)`,
  executed: (html: string) => `executed: ${html}`,
  usage: 'usage: tsx src/cli.ts kernel [--dir DIR] | execute [--out DIR] [--timeout SECONDS] [NOTEBOOK.ipynb ...]',
};
