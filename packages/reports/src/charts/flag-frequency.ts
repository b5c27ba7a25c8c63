import type { FlagFrequencyRow } from '../rows.ts';
import { ruleLabel } from '../messages.ts';
import { CHART_CONFIG, type Chart, chartValues, subtitleLines, VEGA_LITE_SCHEMA } from './chart.ts';

/** How often each seed-v1 rule fired: share of benchmarked creators, coloured by the component it adds risk to. */
export function flagFrequencyChart(rows: readonly FlagFrequencyRow[]): Chart {
  const title = 'Flag frequency';
  return {
    id: 'flag-frequency',
    title,
    spec: {
      $schema: VEGA_LITE_SCHEMA,
      title: { text: title, subtitle: subtitleLines('share of benchmarked creators each seed-v1 rule flagged') },
      config: CHART_CONFIG,
      data: { values: chartValues(rows.map((r) => ({ ...r, label: `${ruleLabel(r.rule)} (+${r.points})` }))) },
      width: 420,
      height: { step: 22 },
      mark: { type: 'bar' },
      encoding: {
        y: { field: 'label', type: 'nominal', sort: '-x', title: null },
        x: { field: 'share', type: 'quantitative', axis: { format: '.0%' }, title: 'creators flagged' },
        color: { field: 'component', type: 'nominal', scale: { domain: ['engagement', 'consistency', 'follow'] }, title: 'component' },
        tooltip: [
          { field: 'rule', type: 'nominal' },
          { field: 'component', type: 'nominal' },
          { field: 'points', type: 'quantitative' },
          { field: 'creators', type: 'quantitative', format: ',' },
          { field: 'share', type: 'quantitative', format: '.1%' },
        ],
      },
    },
  };
}
