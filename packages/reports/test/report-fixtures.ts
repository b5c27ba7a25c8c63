import type { Report } from '../src/report.ts';
import { HOSTILE, sampleCharts } from './chart-fixtures.ts';

/** A report with hostile text in every field a string can reach: title, facts, notes, tables, flags, chart data. */
export function hostileReport(): Report {
  return {
    kind: 'creator',
    slug: 'creator-hostile',
    title: `Report for ${HOSTILE[0]}`,
    subtitle: HOSTILE[2],
    facts: HOSTILE.map((text, i) => [`fact ${i} ${text}`, text] as const),
    notes: [HOSTILE[3]],
    charts: sampleCharts(),
    tables: [
      {
        id: 'posts',
        title: `Posts ${HOSTILE[4]}`,
        note: HOSTILE[1],
        columns: [
          { key: 'author', label: 'creator' },
          { key: 'caption', label: 'caption' },
          { key: 'flags', label: 'flags', format: 'list' },
          { key: 'plays', label: 'plays', format: 'int' },
        ],
        rows: HOSTILE.map((text, i) => ({ author: text, caption: `caption ${text}`, flags: [text, `flag ${i}`], plays: 1000 * i })),
      },
    ],
  };
}
