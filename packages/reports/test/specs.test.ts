import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { Ajv } from 'ajv';
import { compile } from 'vega-lite';
import { describe, expect, it } from 'vitest';
import { renderSvg } from '../src/render/render-svg.ts';
import { sampleCharts } from './chart-fixtures.ts';

const require = createRequire(import.meta.url);
const schema = JSON.parse(readFileSync(require.resolve('vega-lite/vega-lite-schema.json'), 'utf8')) as object;
// The schema's `format`s (uri, color-hex) need ajv-formats; structure and types are what the test is about.
const validate = new Ajv({ allErrors: true, strict: false, allowUnionTypes: true, validateFormats: false }).compile(schema);

/** A vega-lite logger that keeps what it is told, so a test can say "no warnings". */
function recordingLogger() {
  const said: string[] = [];
  const logger = {
    level: () => logger,
    error: (...args: unknown[]) => {
      said.push(`error: ${args.join(' ')}`);
      return logger;
    },
    warn: (...args: unknown[]) => {
      said.push(`warn: ${args.join(' ')}`);
      return logger;
    },
    info: () => logger,
    debug: () => logger,
  };
  return { said, logger };
}

describe('chart specs are data: valid Vega-Lite, compiled, rendered', () => {
  const charts = sampleCharts();

  it.each(charts.map((c, i) => [`${c.id} #${i}`, c] as const))('%s validates against the Vega-Lite JSON schema', (_, chart) => {
    const valid = validate(chart.spec);
    expect(validate.errors ?? [], JSON.stringify(validate.errors?.slice(0, 3), null, 1)).toEqual([]);
    expect(valid).toBe(true);
  });

  it.each(charts.map((c, i) => [`${c.id} #${i}`, c] as const))('%s compiles to Vega without a warning and renders marks', async (_, chart) => {
    const { said, logger } = recordingLogger();
    const vega = compile(chart.spec, { logger: logger as never }).spec;
    expect(said).toEqual([]);
    expect(vega.marks?.length).toBeGreaterThan(0);
    const svg = await renderSvg(chart.spec);
    expect(svg).toMatch(/^<svg[^>]+width="\d+"/);
    // The title drawn as text content: Vega's SVG writer escapes &, < and >, and leaves quotes as they are.
    expect(svg).toContain(chart.title.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;'));
  });

  it('the schema check can fail: a misspelt mark and a field of the wrong type are refused', () => {
    const [first] = charts;
    expect(validate({ ...first?.spec, mark: 'barr' })).toBe(false);
    expect(validate({ ...first?.spec, width: 'wide' })).toBe(false);
  });

  it('data is inline (nothing to fetch) and every chart id is a safe file and element name', () => {
    for (const chart of charts) {
      expect(JSON.stringify(chart.spec)).not.toMatch(/"url"\s*:/);
      expect(chart.id).toMatch(/^[a-z0-9-]+$/);
    }
  });

  it('untrusted text in chart data is escaped in the SVG', async () => {
    const leaderboard = charts.find((c) => c.id === 'campaign-leaderboard');
    const svg = await renderSvg(leaderboard?.spec as never);
    expect(svg).toContain('&lt;img src=x onerror=');
    expect(svg).not.toMatch(/<img|<script|<svg[^>]*onload/i);
  });
});
