import { escapeHtml } from '@creator-audit/reports';
import { marked } from 'marked';
import { type CellOutput, stripAnsi } from './kernel/cell-outputs.ts';
import { type Notebook, type NotebookCell, sourceText } from './nbformat.ts';

/**
 * No script, no network: the page is text, tables and data: images. A text/html output is the notebook's own
 * (the show helpers escape every cell), and even one that carried a script could not run it.
 */
const CSP = "default-src 'none'; img-src data:; style-src 'unsafe-inline'";

const STYLE = `body{font:15px/1.5 system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;color:#1d1d1f}
pre{background:#f6f6f8;padding:.6rem .8rem;overflow-x:auto;font:13px/1.4 ui-monospace,monospace;white-space:pre-wrap}
.cell{margin:1.2rem 0}.prompt{color:#777;font:12px ui-monospace,monospace}.output pre{background:none;padding:0}
.stderr,.error{color:#b00020}table{border-collapse:collapse;font-size:13px}td,th{padding:.2rem .6rem;border-bottom:1px solid #ddd}
img{max-width:100%}`;

const base64 = (value: unknown) => (Array.isArray(value) ? value.join('') : String(value)).replace(/\s+/g, '');
const text = (value: unknown) => (Array.isArray(value) ? value.join('') : String(value));

/** The richest form Jupyter would show: images as data: URIs, the notebook's HTML, else plain text escaped. */
function richOutput(data: Record<string, unknown>): string {
  for (const mime of ['image/png', 'image/jpeg'] as const) {
    if (data[mime] !== undefined) return `<img src="data:${mime};base64,${base64(data[mime])}" alt="${escapeHtml(text(data['text/plain'] ?? ''))}">`;
  }
  if (data['image/svg+xml'] !== undefined) {
    // As an <img>, an SVG cannot run script; inlined, it could.
    return `<img src="data:image/svg+xml;base64,${Buffer.from(text(data['image/svg+xml']), 'utf8').toString('base64')}" alt="${escapeHtml(text(data['text/plain'] ?? ''))}">`;
  }
  if (data['text/html'] !== undefined) return text(data['text/html']);
  if (data['text/plain'] !== undefined) return `<pre>${escapeHtml(text(data['text/plain']))}</pre>`;
  return '';
}

function outputHtml(output: CellOutput): string {
  switch (output.output_type) {
    case 'stream':
      return `<pre class="${output.name}">${escapeHtml(output.text)}</pre>`;
    case 'error':
      return `<pre class="error">${escapeHtml(stripAnsi([`${output.ename}: ${output.evalue}`, ...output.traceback].join('\n')))}</pre>`;
    default:
      return richOutput(output.data);
  }
}

function cellHtml(cell: NotebookCell): string {
  const source = sourceText(cell.source);
  if (cell.cell_type === 'markdown') return `<section class="cell markdown">${marked.parse(source, { async: false })}</section>`;
  if (cell.cell_type !== 'code') return `<section class="cell raw"><pre>${escapeHtml(source)}</pre></section>`;
  const prompt = `In [${cell.execution_count ?? ' '}]:`;
  const outputs = (cell.outputs ?? []).map((o) => `<div class="output">${outputHtml(o)}</div>`).join('\n');
  return `<section class="cell code"><div class="prompt">${prompt}</div><pre class="input">${escapeHtml(source)}</pre>\n${outputs}</section>`;
}

/** An executed notebook as one self-contained HTML page (what `jupyter nbconvert --to html` gave, without Python). */
export function notebookHtml(notebook: Notebook, title: string): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${CSP}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<style>${STYLE}</style>
</head>
<body>
<main>
${notebook.cells.map(cellHtml).join('\n')}
</main>
</body>
</html>
`;
}
