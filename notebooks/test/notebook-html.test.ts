import { describe, expect, it } from 'vitest';
import type { Notebook } from '../src/nbformat.ts';
import { notebookHtml } from '../src/notebook-html.ts';

const HOSTILE = `<img src=x onerror="alert(1)"></pre><script>alert(2)</script>`;
const PNG = 'iVBORw0KGgo=';

const notebook = (outputs: NonNullable<Notebook['cells'][number]['outputs']>): Notebook => ({
  nbformat: 4,
  nbformat_minor: 5,
  metadata: {},
  cells: [
    { cell_type: 'markdown', id: 'md', metadata: {}, source: ['# A *study*\n', '\n', 'with `code`'] },
    { cell_type: 'code', id: 'c1', metadata: {}, execution_count: 3, source: `const s = '${HOSTILE}';`, outputs },
  ],
});

describe('an executed notebook as HTML', () => {
  it('escapes every text output (streams, plain results, errors) and the code itself', () => {
    const html = notebookHtml(
      notebook([
        { output_type: 'stream', name: 'stdout', text: HOSTILE },
        { output_type: 'stream', name: 'stderr', text: HOSTILE },
        { output_type: 'execute_result', execution_count: 3, data: { 'text/plain': HOSTILE }, metadata: {} },
        { output_type: 'error', ename: 'Error', evalue: HOSTILE, traceback: [`\u001b[31m${HOSTILE}\u001b[0m`] },
      ]),
      `title ${HOSTILE}`,
    );
    expect(html).not.toMatch(/<img|<script|onerror="/);
    expect(html.match(/&lt;img src=x onerror=&quot;alert\(1\)&quot;&gt;&lt;\/pre&gt;&lt;script&gt;alert\(2\)&lt;\/script&gt;/g)).toHaveLength(7);
    expect(html).not.toContain('\u001b[');
    expect(html).toContain('In [3]:');
  });

  it('shows images as data: URIs (an SVG too, as an image that cannot run script) and the notebook\'s HTML as is', () => {
    const svg = `<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"><text>chart</text></svg>`;
    const html = notebookHtml(
      notebook([
        { output_type: 'display_data', data: { 'image/png': `${PNG}\n`, 'text/plain': '[chart] growth' }, metadata: {} },
        { output_type: 'display_data', data: { 'image/svg+xml': svg, 'text/plain': 'svg' }, metadata: {} },
        { output_type: 'display_data', data: { 'text/html': '<table><tr><td>1</td></tr></table>', 'text/plain': '1' }, metadata: {} },
      ]),
      'charts',
    );
    expect(html).toContain(`<img src="data:image/png;base64,${PNG}" alt="[chart] growth">`);
    expect(html).toContain(`<img src="data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}" alt="svg">`);
    expect(html).not.toContain('onload');
    expect(html).toContain('<table><tr><td>1</td></tr></table>');
  });

  it('renders markdown cells, and allows no script and no network in the page', () => {
    const html = notebookHtml(notebook([]), 'md');
    expect(html).toContain('<h1>A <em>study</em></h1>');
    expect(html).toContain('<code>code</code>');
    expect(html).toContain(`content="default-src 'none'; img-src data:; style-src 'unsafe-inline'"`);
  });
});
