import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildHtmlReport } from './html/html-report.ts';
import { svgToPng } from './render/render-png.ts';
import { renderSvg } from './render/render-svg.ts';
import type { Report } from './report.ts';

/** Each file appears whole or not at all: written beside its name, then renamed over it. */
function writeAtomically(path: string, data: string | Buffer): void {
  writeFileSync(`${path}.partial`, data);
  renameSync(`${path}.partial`, path);
}

/**
 * Writes `<outDir>/<slug>/report.html` and, per chart, `<chart>.svg` and `<chart>.png` (labels drawn with the
 * bundled DejaVu Sans). Returns the paths written, HTML first.
 */
export async function writeReport(report: Report, outDir: string): Promise<string[]> {
  const dir = join(outDir, report.slug);
  mkdirSync(dir, { recursive: true });
  const html = join(dir, 'report.html');
  writeAtomically(html, buildHtmlReport(report));
  const files = [html];
  for (const chart of report.charts) {
    const svg = await renderSvg(chart.spec);
    writeAtomically(join(dir, `${chart.id}.svg`), svg);
    writeAtomically(join(dir, `${chart.id}.png`), svgToPng(svg));
    files.push(join(dir, `${chart.id}.svg`), join(dir, `${chart.id}.png`));
  }
  return files;
}
