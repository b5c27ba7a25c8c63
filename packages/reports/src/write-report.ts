import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { removeAbandonedFolders, writeOwnedFolder } from '@creator-audit/warehouse';
import { buildHtmlReport } from './html/html-report.ts';
import { svgToPng } from './render/render-png.ts';
import { renderSvg } from './render/render-svg.ts';
import type { Report } from './report.ts';

/**
 * Writes `<outDir>/<slug>/report.html` and, per chart, `<chart>.svg` and `<chart>.png` (labels drawn with the
 * bundled DejaVu Sans), as one folder swapped in whole: a killed report leaves the previous one as it was, never a
 * new report.html beside older charts. Returns the paths written, HTML first.
 */
export async function writeReport(report: Report, outDir: string): Promise<string[]> {
  removeAbandonedFolders(outDir, [report.slug]);
  const names = ['report.html', ...report.charts.flatMap((c) => [`${c.id}.svg`, `${c.id}.png`])];
  const dir = await writeOwnedFolder(outDir, report.slug, { report: report.slug }, async (tmp) => {
    mkdirSync(tmp, { recursive: true });
    writeFileSync(join(tmp, 'report.html'), buildHtmlReport(report));
    for (const chart of report.charts) {
      const svg = await renderSvg(chart.spec);
      writeFileSync(join(tmp, `${chart.id}.svg`), svg);
      writeFileSync(join(tmp, `${chart.id}.png`), svgToPng(svg));
    }
  });
  return names.map((name) => join(dir, name));
}
