import type { Report } from './report.ts';

/** The short summary printed on stdout: title, headline facts, notes, and where the files went. */
export function textSummary(report: Report, files: readonly string[] = []): string {
  const width = Math.max(0, ...report.facts.map(([label]) => label.length));
  const lines = [report.title, report.subtitle, ...report.facts.map(([label, value]) => `  ${label.padEnd(width)}  ${value}`)];
  lines.push(...report.notes.map((n) => `  ${n}`));
  if (files.length) lines.push(`Wrote ${files.length} file(s):`, ...files.map((f) => `  ${f}`));
  return lines.join('\n');
}
