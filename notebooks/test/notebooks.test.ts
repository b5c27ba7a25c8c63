import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { executeNotebook, listNotebooks, NOTEBOOKS_DIR } from '../src/execute.ts';

interface Output {
  output_type: string;
  name?: string;
  data?: Record<string, string | string[]>;
}
interface Cell {
  cell_type: string;
  id: string;
  source: string | string[];
  execution_count?: number | null;
  metadata: { tags?: string[] };
  outputs?: Output[];
}

const text = (value: string | string[] | undefined) => (Array.isArray(value) ? value.join('') : (value ?? ''));
const calls = (source: string, fn: RegExp) => source.match(fn)?.length ?? 0;

/** What must show in a tagged cell's output: the simulated cohort and campaign are fixed by their seeds. */
const EXPECTED: Record<string, Record<string, readonly string[]>> = {
  'cohort-benchmarks.ipynb': {
    'tier-percentiles': ['nano', 'micro', 'mid', 'macro', 'mega'],
    'by-verdict': ['LOW RISK', 'MEDIUM RISK', 'HIGH RISK'],
    'extreme-outliers': ['engagement_rate_followers', 'engagement_rate_views', 'likes_per_follower', 'comments_per_like', 'follow_ratio'],
    evaluation: ['follow_for_follow', 'organic'],
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

describe('the analyst notebooks, executed with nbconvert on the Deno kernel', () => {
  const notebooks = listNotebooks();

  it('ship at least the cohort study and the campaign retrospective', () => {
    expect(notebooks.map((n) => basename(n))).toEqual(expect.arrayContaining(Object.keys(EXPECTED)));
  });

  for (const notebook of notebooks) {
    const name = basename(notebook);
    it(`${name} runs end to end: every cell executes, each show call leaves its output in its own cell, charts are PNG in the HTML`, async () => {
      const done = await executeNotebook(notebook, { outDir: out, timeoutSeconds: 120 });
      const cells = (JSON.parse(readFileSync(done.executed, 'utf8')) as { cells: Cell[] }).cells.filter((c) => c.cell_type === 'code');
      let charts = 0;
      for (const cell of cells) {
        const source = text(cell.source);
        const outputs = cell.outputs ?? [];
        expect(cell.execution_count, `cell ${cell.id} ran`).toBeGreaterThan(0);
        expect(outputs.filter((o) => o.output_type === 'error' || o.name === 'stderr'), `cell ${cell.id}: no error`).toEqual([]);
        const pngs = outputs.filter((o) => o.data?.['image/png']).length;
        const tables = outputs.filter((o) => text(o.data?.['text/html']).startsWith('<table>')).length;
        // Deno's kernel can publish an output after the cell's idle status: nbconvert then drops it or files it under
        // the next cell. Counting per cell catches both (see SETTLE_MS in src/display.ts).
        expect(pngs, `cell ${cell.id}: one PNG per showChart`).toBe(calls(source, /\bshowChart\(/g));
        expect(tables, `cell ${cell.id}: one table per showTable/showFacts`).toBe(calls(source, /\bshow(Table|Facts)\(/g));
        charts += pngs;
        for (const tag of cell.metadata.tags ?? []) {
          const shown = outputs.map((o) => text(o.data?.['text/html'])).join('\n');
          for (const expected of EXPECTED[name]?.[tag] ?? []) expect(shown, `cell ${cell.id} (${tag})`).toContain(expected);
        }
      }
      expect(charts).toBeGreaterThanOrEqual(3);
      const html = readFileSync(done.html, 'utf8');
      expect(html.match(/<img[^>]+src="data:image\/png;base64,/g)?.length).toBe(charts);
    }, 180_000);
  }

  it('a cell that throws fails the run, naming the cell and its error, and the cells after it do not run', async () => {
    const failing = join(NOTEBOOKS_DIR, 'test', 'fixtures', 'failing-cell.ipynb');
    const run = executeNotebook(failing, { outDir: out, timeoutSeconds: 60 });
    await expect(run).rejects.toThrow(/failing-cell\.ipynb failed to execute/);
    await expect(run).rejects.toThrow(/throw new Error\('planted failure in the second cell'\)/);
    await expect(run).rejects.toThrow(/Error: planted failure in the second cell/);
    await expect(run).rejects.not.toThrow(/never = 'reached'/);
  }, 120_000);
});
