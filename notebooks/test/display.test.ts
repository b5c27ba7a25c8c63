import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { flagFrequencyChart } from '@creator-audit/reports';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chartBundle, showTable, tableBundle } from '../src/display.ts';
import { denoExecutable, KERNEL_NAME, kernelSpec, writeKernelSpec } from '../src/kernelspec.ts';
import { notebookMessages } from '../src/messages.ts';

const HOSTILE = ['<script>alert(1)</script>', '<img src=x onerror=alert(1)>', '</table><b>', `"'&`];

describe('tables shown in a notebook', () => {
  it('escape untrusted text (usernames, captions, even column labels) in the HTML', () => {
    const rows = HOSTILE.map((caption, i) => ({ username: `user${i}`, caption }));
    const html = tableBundle(rows, [
      { key: 'username', label: '<u>creator</u>' },
      { key: 'caption', label: 'caption' },
    ])['text/html'] as string;
    for (const hostile of HOSTILE) expect(html).not.toContain(hostile);
    expect(html).not.toMatch(/<(script|img|b|u)\b/);
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('&lt;u&gt;creator&lt;/u&gt;');
  });

  it('show BIGINT counts exactly, with thousands separators, beyond 2^53', () => {
    const bundle = tableBundle([{ plays: 11_907_467_940_123_456_789n }], [{ key: 'plays', label: 'plays', format: 'int' }]);
    expect(bundle['text/html']).toContain('11,907,467,940,123,456,789');
  });

  it('infer formats from the values: whole numbers as counts, fractions to 4 digits, dates in UTC, NULL as a dash', () => {
    const bundle = tableBundle([
      { n: 1234567, rate: 0.0712345, at: new Date('2026-06-01T12:00:00Z'), missing: null },
      { n: 3, rate: 0.5, at: new Date('2026-06-02T12:00:00Z'), missing: 'x' },
    ]);
    expect(bundle['text/plain']?.split('\n')).toEqual(['n\trate\tat\tmissing', '1,234,567\t0.07123\t2026-06-01 12:00 UTC\t–', '3\t0.5\t2026-06-02 12:00 UTC\tx']);
  });

  it('say so when there are no rows, instead of an empty grid', () => {
    expect(tableBundle([])['text/plain']).toBe(notebookMessages.noRows);
    expect(tableBundle([])['text/html']).toContain(notebookMessages.noRows);
  });

  it('refuse to display outside the Deno kernel, saying where they work', async () => {
    await expect(showTable([{ a: 1 }])).rejects.toThrow(notebookMessages.notInKernel);
  });
});

describe('charts shown in a notebook', () => {
  it('are PNG (nbconvert drops SVG outputs), drawn from the Vega-Lite spec, with the title as the text fallback', async () => {
    const chart = flagFrequencyChart([{ rule: 'very_low_like_ratio', component: 'engagement', points: 30, creators: 12, share: 0.12 }]);
    const bundle = await chartBundle(chart);
    expect(Buffer.from(bundle['image/png'] as string, 'base64').subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
    expect(bundle['text/plain']).toBe(`[chart] ${chart.title}`);
    expect(Object.keys(bundle)).not.toContain('image/svg+xml');
  });
});

describe('the kernelspec', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'creator-audit-kernelspec-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("starts the repository's deno binary itself (not a Node wrapper a kill would orphan it behind), offline and in UTC", () => {
    const spec = kernelSpec();
    expect(spec.argv).toEqual([denoExecutable(), 'jupyter', '--kernel', '--conn', '{connection_file}']);
    expect(existsSync(spec.argv[0] as string)).toBe(true);
    expect(readFileSync(spec.argv[0] as string).subarray(0, 2).toString('latin1')).not.toBe('#!');
    expect(spec.env).toMatchObject({ NO_COLOR: '1', TZ: 'UTC', DENO_NO_UPDATE_CHECK: '1' });
  });

  it('is written under the folder given (a JUPYTER_PATH entry), named as the notebooks name their kernel', () => {
    const kernelDir = writeKernelSpec(dir);
    expect(kernelDir).toBe(join(dir, 'kernels', KERNEL_NAME));
    expect(JSON.parse(readFileSync(join(kernelDir, 'kernel.json'), 'utf8'))).toEqual(kernelSpec());
  });
});
