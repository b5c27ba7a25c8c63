import type { TopLevelSpec } from 'vega-lite';

/** A chart as the reports ship it: a stable id (file names, HTML ids), a title, and its Vega-Lite spec as data. */
export interface Chart {
  id: string;
  title: string;
  spec: TopLevelSpec;
}

export const VEGA_LITE_SCHEMA = 'https://vega.github.io/schema/vega-lite/v6.json';

/** DejaVu Sans first: the font the PNG renderer ships, so PNG and SVG measure text alike. */
export const CHART_CONFIG = {
  font: 'DejaVu Sans, sans-serif',
  background: 'white',
  title: { anchor: 'start', fontSize: 14, subtitleColor: '#555555' },
  axis: { labelFontSize: 11, titleFontSize: 11, labelLimit: 320 },
} as const;

export const VERDICTS = ['LOW RISK', 'MEDIUM RISK', 'HIGH RISK'] as const;
const VERDICT_COLOURS = ['#4c9a5f', '#e0a030', '#c8403a'];
export const VERDICT_SCALE = { domain: [...VERDICTS], range: VERDICT_COLOURS };
/** Campaign authors may never have been scored (private, not found, not fetched). */
export const NOT_SCREENED = 'not screened';
export const SCREENING_SCALE = { domain: [...VERDICTS, NOT_SCREENED], range: [...VERDICT_COLOURS, '#9a9a9a'] };
/** A ruleset may give no verdict (cohort-v1: insufficient data). */
export const NO_VERDICT = 'no verdict';
export const VERDICT_OR_NONE_SCALE = { domain: [...VERDICTS, NO_VERDICT], range: [...VERDICT_COLOURS, '#9a9a9a'] };

/** A subtitle as lines of at most `width` characters: Vega draws one line per array item and never wraps itself. */
export function subtitleLines(text: string, width = 76): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  return line ? [...lines, line] : lines;
}

/** Vega-Lite JSON: dates as ISO strings (Vega parses them), everything else as it is. */
export function chartValues<T extends object>(rows: readonly T[]): Record<string, unknown>[] {
  return rows.map((row) => Object.fromEntries(Object.entries(row).map(([k, v]) => [k, v instanceof Date ? v.toISOString() : v])));
}
