import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { executeNotebook, listNotebooks, NOTEBOOKS_DIR } from '../src/execute.ts';
import { type Notebook, readNotebook, sourceText } from '../src/nbformat.ts';
import { NUMBER_CHECKS } from './shown-numbers.ts';

const text = (value: unknown) => (Array.isArray(value) ? value.join('') : String(value ?? ''));
const calls = (source: string, fn: RegExp) => source.match(fn)?.length ?? 0;
const codeCells = (notebook: Notebook) => notebook.cells.filter((c) => c.cell_type === 'code');

/** What must show in a tagged cell's output, beside the numbers NUMBER_CHECKS compares with the warehouse. */
const EXPECTED: Record<string, Record<string, readonly string[]>> = {
  'cohort-benchmarks.ipynb': {
    'tier-percentiles': ['nano', 'micro', 'mid', 'macro', 'mega'],
    'cohort-v1-flagged': ['fraud probability', 'heaviest reason', 'seed-v1 verdict', 'robust z'],
    'by-verdict': ['LOW RISK', 'MEDIUM RISK', 'HIGH RISK'],
    'extreme-outliers': ['engagement_rate_followers', 'engagement_rate_views', 'likes_per_follower', 'comments_per_like', 'follow_ratio'],
    'verdict-crosstab': ['cohort-v1', 'seed-v1'],
    evaluation: ['follow_for_follow', 'organic', 'cohort-v1 MEDIUM or HIGH'],
  },
  'campaign-retrospective.ipynb': {
    summary: ['2026-06-01 12:00 UTC', '2026-06-02 12:00 UTC'],
    'went-down': ['plays'],
    evaluation: ['planted fake plays'],
  },
};

let out: string;
beforeAll(() => {
  out = mkdtempSync(join(tmpdir(), 'creator-audit-notebooks-'));
});
afterAll(() => rmSync(out, { recursive: true, force: true }));

describe('the analyst notebooks, executed on the Deno kernel over the Jupyter protocol', () => {
  const notebooks = listNotebooks();

  it('ship at least the cohort study and the campaign retrospective, each with a check of its numbers', () => {
    expect(notebooks.map((n) => basename(n))).toEqual(expect.arrayContaining(Object.keys(EXPECTED)));
    expect(Object.keys(NUMBER_CHECKS).sort()).toEqual(notebooks.map((n) => basename(n)).sort());
  });

  for (const notebook of notebooks) {
    const name = basename(notebook);
    it(`${name} runs end to end: every cell executes, each show call leaves its output in its own cell, its numbers are the warehouse's, charts are PNG in the HTML`, async () => {
      const done = await executeNotebook(notebook, { outDir: out, timeoutSeconds: 120 });
      const cells = codeCells(readNotebook(done.executed));
      let charts = 0;
      for (const cell of cells) {
        const source = sourceText(cell.source);
        const outputs = cell.outputs ?? [];
        expect(cell.execution_count, `cell ${cell.id} ran`).toBeGreaterThan(0);
        expect(outputs.filter((o) => o.output_type === 'error' || (o.output_type === 'stream' && o.name === 'stderr')), `cell ${cell.id}: no error`).toEqual([]);
        const data = outputs.map((o) => (o.output_type === 'display_data' || o.output_type === 'execute_result' ? o.data : {}));
        const pngs = data.filter((d) => d['image/png']).length;
        const tables = data.filter((d) => text(d['text/html']).startsWith('<table>')).length;
        // Counting per cell catches an output lost or filed under another cell (see SETTLE_MS in src/display.ts).
        expect(pngs, `cell ${cell.id}: one PNG per showChart`).toBe(calls(source, /\bshowChart\(/g));
        expect(tables, `cell ${cell.id}: one table per showTable/showFacts`).toBe(calls(source, /\bshow(Table|Facts)\(/g));
        charts += pngs;
        for (const tag of cell.metadata.tags ?? []) {
          const shown = data.map((d) => text(d['text/html'])).join('\n');
          for (const expected of EXPECTED[name]?.[tag] ?? []) expect(shown, `cell ${cell.id} (${tag})`).toContain(expected);
        }
      }
      expect(charts).toBeGreaterThanOrEqual(3);
      await NUMBER_CHECKS[name]?.(cells);
      const html = readFileSync(done.html, 'utf8');
      expect(html.match(/<img[^>]+src="data:image\/png;base64,/g)?.length).toBe(charts);
      expect(html).not.toMatch(/<script/i);
    }, 240_000);
  }

  it('a cell that throws fails the run, naming the cell, its code and its error, and the cells after it do not run', async () => {
    const failing = join(NOTEBOOKS_DIR, 'test', 'fixtures', 'failing-cell.ipynb');
    const marker = join(out, 'third-cell-ran');
    const error = await executeNotebook(failing, { outDir: out, timeoutSeconds: 60, env: { REACHED_MARKER: marker } }).then(
      () => null,
      (e: unknown) => e as Error,
    );
    expect(error?.message).toMatch(/failing-cell\.ipynb failed to execute: code cell 2 \(id "fails"\) failed, and the cells after it did not run/);
    expect(error?.message).toContain("if (answer === 42) throw new Error('planted failure in the second cell');");
    expect(error?.message).toMatch(/\nError: planted failure in the second cell\n/);
    // The third cell writes this file if it ever runs.
    expect(existsSync(marker)).toBe(false);
    // What ran is written for the analyst: the first cell's output, the second's error, the third untouched.
    const [first, second, third] = codeCells(readNotebook(join(out, 'failing-cell.ipynb')));
    expect(first?.outputs).toEqual([{ output_type: 'stream', name: 'stdout', text: "<script>alert('the answer')</script> is 42\n" }]);
    expect(second?.outputs).toMatchObject([{ output_type: 'error', ename: 'Error', evalue: 'planted failure in the second cell' }]);
    expect([third?.execution_count, third?.outputs]).toEqual([null, []]);
    const html = readFileSync(join(out, 'failing-cell.html'), 'utf8');
    expect(html).toContain('&lt;script&gt;alert(&#39;the answer&#39;)&lt;/script&gt; is 42');
    expect(html).not.toMatch(/<script/i);
  }, 120_000);
});
