import { createHash } from 'node:crypto';
import { formatCell } from '../format.ts';
import type { Report, Table } from '../report.ts';
import { escapeHtml, jsonForScript } from './escape.ts';
import { inlineLibraries } from './inline-libraries.ts';

/** Chart and table ids become element ids and file names: never untrusted text. */
const SAFE_ID = /^[a-z0-9-]+$/;

/** Draws every chart from its JSON block; a chart that fails says so in place of the chart. */
const BOOTSTRAP = `for (const el of document.querySelectorAll('[data-chart]')) {
  const spec = JSON.parse(document.getElementById('spec-' + el.dataset.chart).textContent);
  vegaEmbed(el, spec, { actions: false, renderer: 'svg' }).catch((error) => {
    el.textContent = 'This chart could not be drawn: ' + error.message;
    el.classList.add('chart-error');
  });
}`;

const STYLE = `body{font-family:"DejaVu Sans",system-ui,sans-serif;margin:2rem auto;max-width:72rem;padding:0 1rem;color:#1b1b1b}
h1{margin-bottom:.2rem}.subtitle{color:#555;margin-top:0}dl.facts{display:grid;grid-template-columns:max-content 1fr;gap:.2rem 1rem}
dt{color:#555}dd{margin:0;font-weight:600}figure{margin:2rem 0}.chart-error{color:#b00020}
table{border-collapse:collapse;margin:.5rem 0 2rem;font-size:.9rem}th,td{border-bottom:1px solid #ddd;padding:.25rem .6rem;text-align:left;vertical-align:top}
td.num{text-align:right;font-variant-numeric:tabular-nums}td.list{white-space:pre-line}.note{color:#555;font-size:.9rem}`;

const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

function tableHtml(table: Table): string {
  const head = table.columns.map((c) => `<th scope="col">${escapeHtml(c.label)}</th>`).join('');
  const body = table.rows
    .map((row) => {
      const cells = table.columns.map((c) => {
        const kind = c.format === 'int' || c.format === 'pct' || c.format === 'num' ? 'num' : c.format === 'list' ? 'list' : 'text';
        return `<td class="${kind}">${escapeHtml(formatCell(row[c.key], c.format))}</td>`;
      });
      return `<tr>${cells.join('')}</tr>`;
    })
    .join('\n');
  const note = table.note ? `<p class="note">${escapeHtml(table.note)}</p>` : '';
  return `<section id="table-${table.id}"><h2>${escapeHtml(table.title)}</h2>${note}
<table><thead><tr>${head}</tr></thead><tbody>
${body}
</tbody></table></section>`;
}

/**
 * One self-contained HTML page: vega, vega-lite and vega-embed inlined, specs in JSON data blocks, every
 * untrusted string (usernames, captions, flag texts, even titles) escaped. The Content-Security-Policy allows
 * exactly the inline scripts written here (by hash; `unsafe-eval` because Vega compiles its expressions) and no
 * network at all, so even text that escaped escaping could not run or phone home.
 */
export function buildHtmlReport(report: Report, libraries: readonly string[] = inlineLibraries()): string {
  for (const { id } of [...report.charts, ...report.tables]) {
    if (!SAFE_ID.test(id)) throw new Error(`chart or table id "${id}" must be lower-case letters, digits and dashes`);
  }
  const scripts = [...libraries, BOOTSTRAP];
  const csp = [
    "default-src 'none'",
    `script-src ${scripts.map(sha256).join(' ')} 'unsafe-eval'`,
    "style-src 'unsafe-inline'",
    'img-src data:',
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
  const facts = report.facts.map(([label, value]) => `<dt>${escapeHtml(label)}</dt><dd>${escapeHtml(value)}</dd>`).join('');
  const charts = report.charts
    .map(
      // The accessible name sits on the figure: vega-embed relabels the element it draws into ("Vega visualization").
      (c) => `<figure role="img" aria-label="${escapeHtml(c.title)}"><div class="chart" id="chart-${c.id}" data-chart="${c.id}"></div></figure>
<script type="application/json" id="spec-${c.id}">${jsonForScript(c.spec)}</script>`,
    )
    .join('\n');
  const notes = report.notes.map((n) => `<p class="note">${escapeHtml(n)}</p>`).join('\n');
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${escapeHtml(csp)}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(report.title)}</title>
<style>${STYLE}</style>
</head>
<body>
<header><h1>${escapeHtml(report.title)}</h1><p class="subtitle">${escapeHtml(report.subtitle)}</p></header>
<dl class="facts">${facts}</dl>
${notes}
${charts}
${report.tables.map(tableHtml).join('\n')}
${scripts.map((code) => `<script>${code}</script>`).join('\n')}
</body>
</html>
`;
}
