import type { RenderedImage } from '@resvg/resvg-js';
import { describe, expect, it } from 'vitest';
import { flagFrequencyChart } from '../src/charts/flag-frequency.ts';
import { DEJAVU_SANS, rasterize, svgToPng } from '../src/render/render-png.ts';
import { renderSvg } from '../src/render/render-svg.ts';

const chart = flagFrequencyChart([
  { rule: 'very_low_like_ratio', component: 'engagement', points: 30, creators: 12, share: 0.12 },
  { rule: 'high_follow_ratio', component: 'follow', points: 15, creators: 3, share: 0.03 },
]);

/** Pixels in a box that are not the white background. */
function inkIn(image: RenderedImage, box: { x: number; y: number; width: number; height: number }): number {
  const { pixels, width } = image;
  let ink = 0;
  for (let y = box.y; y < box.y + box.height; y++) {
    for (let x = box.x; x < box.x + box.width; x++) {
      const i = (y * width + x) * 4;
      if ((pixels[i] as number) < 200 || (pixels[i + 1] as number) < 200 || (pixels[i + 2] as number) < 200) ink++;
    }
  }
  return ink;
}

describe('SVG and PNG without a browser', () => {
  it('renders SVG text for titles, axes and labels', async () => {
    const svg = await renderSvg(chart.spec);
    for (const text of ['Flag frequency', 'very low like ratio (+30)', 'creators flagged']) expect(svg).toContain(text);
    expect(svg).toContain('font-family="DejaVu Sans, sans-serif"');
  });

  it('PNG labels are drawn with the bundled DejaVu Sans, and vanish without it (what the font is for)', async () => {
    const svg = await renderSvg(chart.spec);
    const withFont = rasterize(svg);
    const withoutFont = rasterize(svg, { fontFiles: [] });
    // The title sits alone in the top-left corner: only text can put ink there.
    const titleBox = { x: 0, y: 0, width: 260, height: 36 };
    expect(inkIn(withFont, titleBox)).toBeGreaterThan(500);
    expect(inkIn(withoutFont, titleBox)).toBe(0);
    expect(DEJAVU_SANS).toMatch(/DejaVuSans\.ttf$/);
  });

  it('PNG is twice the SVG size by default, and a real PNG', async () => {
    const svg = await renderSvg(chart.spec);
    const [, w, h] = /width="(\d+)" height="(\d+)"/.exec(svg) ?? [];
    const image = rasterize(svg);
    expect([image.width, image.height]).toEqual([2 * Number(w), 2 * Number(h)]);
    expect(svgToPng(svg).subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  });
});
