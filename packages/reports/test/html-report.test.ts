import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { escapeHtml, jsonForScript, scriptSafe } from '../src/html/escape.ts';
import { buildHtmlReport } from '../src/html/html-report.ts';
import { browserBundlePath, CHART_LIBRARIES, inlineLibraries } from '../src/html/inline-libraries.ts';
import { HOSTILE } from './chart-fixtures.ts';
import { hostileReport } from './report-fixtures.ts';

describe('self-contained HTML, escaped', () => {
  it('escapes the five HTML-special characters', () => {
    expect(escapeHtml(`<a href="x" title='y'>&</a>`)).toBe('&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;');
  });

  it('JSON for a script block has no <, > or & at all, and parses back unchanged', () => {
    // Both JS line separators and an ampersand too: each replacement must keep the value, not just drop characters.
    const value = { hostile: [...HOSTILE], line: 'a\u2028b\u2029c', amp: 'Tom & Jerry &amp; co' };
    const text = jsonForScript(value);
    expect(text).not.toMatch(/[<>&\u2028\u2029]/);
    expect(JSON.parse(text)).toEqual(value);
  });

  it('inlined code cannot close its script element: </script in any case is broken up, and still means the same', () => {
    const code = scriptSafe(`const s = "</SCRIPT>"; const t = '</script >';`);
    expect(code).not.toMatch(/<\/script/i);
    expect(new Function(`${code}; return [s, t];`)()).toEqual(['</SCRIPT>', '</script >']);
  });

  it('inlines vega, vega-lite and vega-embed from node_modules, with no </script or <!-- left in them', () => {
    const libraries = inlineLibraries();
    expect(CHART_LIBRARIES.map((name) => browserBundlePath(name).split('/node_modules/')[1])).toEqual([
      'vega/build/vega.min.js',
      'vega-lite/build/vega-lite.min.js',
      'vega-embed/build/vega-embed.min.js',
    ]);
    for (const code of libraries) {
      expect(code.length).toBeGreaterThan(50_000);
      expect(code).not.toMatch(/<\/script|<!--/i);
    }
    expect(libraries[0]).toBe(scriptSafe(readFileSync(browserBundlePath('vega'), 'utf8')));
  });

  it('untrusted text appears only escaped, and the CSP allows exactly the scripts written', () => {
    const html = buildHtmlReport(hostileReport());
    // Everything before the inlined libraries is ours plus the data: no tag may come from the data.
    const page = html.slice(0, html.indexOf('<script>'));
    expect(page.match(/<[a-z!/][^>]*>/gi)?.filter((tag) => !/^<\/?(!doctype|html|head|meta|title|style|body|header|h1|h2|p|dl|dt|dd|figure|div|section|table|thead|tbody|tr|th|td)\b/i.test(tag) && !/^<script type="application\/json" id="spec-[a-z0-9-]+">$|^<\/script>$/.test(tag))).toEqual([]);
    expect(html.match(/<script>/g)).toHaveLength(4);
    // Chart titles (a username among them) live in aria-label attributes: each must read back as the exact title.
    const unescapeHtml = (text: string) => text.replace(/&(lt|gt|quot|#39|amp);/g, (_, e: string) => ({ lt: '<', gt: '>', quot: '"', '#39': "'", amp: '&' })[e] as string);
    const labels = [...page.matchAll(/<figure role="img" aria-label="([^"]*)"><div class="chart"/g)].map((m) => unescapeHtml(m[1] as string));
    expect(labels).toEqual(hostileReport().charts.map((c) => c.title));
    expect(labels.some((label) => label.includes(HOSTILE[3]))).toBe(true);
    expect(html).toContain('&lt;script&gt;window.__pwned = &#39;script&#39;');
    const csp = (/http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)?.[1] ?? '').replaceAll('&#39;', "'");
    const scripts = [...html.matchAll(/<script>([\s\S]*?)<\/script>/g)].map((m) => m[1] as string);
    const hashes = scripts.map((s) => `'sha256-${createHash('sha256').update(s).digest('base64')}'`);
    expect(csp.match(/'sha256-[^']+'/g)).toEqual(hashes);
    expect(csp).toMatch(/^default-src 'none'; /);
    expect(page).not.toMatch(/https?:\/\/(?!vega\.github\.io\/schema)/);
  });

  it('refuses a chart id that is not a safe element and file name', () => {
    const report = hostileReport();
    const [chart] = report.charts;
    expect(() => buildHtmlReport({ ...report, charts: [{ ...(chart as NonNullable<typeof chart>), id: '"><img' }] }, [])).toThrow(/chart or table id/);
  });
});
