import type { FakeViewComponentRow } from '../rows.ts';
import { CHART_CONFIG, type Chart, chartValues, subtitleLines, VEGA_LITE_SCHEMA } from './chart.ts';

/**
 * The fake-view score's components, 0 (ordinary) to 100 (certain anomaly); a component that could not be computed
 * is listed with its reason instead of a bar, never drawn as 0.
 */
export function fakeViewComponentsChart(subject: string, rows: readonly FakeViewComponentRow[]): Chart {
  const title = 'Fake-view component breakdown';
  const values = chartValues(rows.map((r) => ({ component: r.component, score: r.score, note: r.score === null ? `n/a: ${r.reason ?? 'not computed'}` : '' })));
  return {
    id: 'fake-view-components',
    title,
    spec: {
      $schema: VEGA_LITE_SCHEMA,
      title: { text: title, subtitle: subtitleLines(subject) },
      config: CHART_CONFIG,
      data: { values },
      width: 420,
      height: { step: 22 },
      encoding: { y: { field: 'component', type: 'nominal', sort: rows.map((r) => r.component), title: null } },
      layer: [
        {
          transform: [{ filter: 'isValid(datum.score)' }],
          mark: { type: 'bar' },
          encoding: {
            x: { field: 'score', type: 'quantitative', scale: { domain: [0, 100] }, title: 'score (0 ordinary - 100 anomalous)' },
            color: { field: 'score', type: 'quantitative', scale: { domain: [0, 100], range: ['#e8a36b', '#a50f15'] }, legend: null },
            tooltip: [
              { field: 'component', type: 'nominal' },
              { field: 'score', type: 'quantitative', format: '.1f' },
            ],
          },
        },
        {
          transform: [{ filter: '!isValid(datum.score)' }],
          mark: { type: 'text', align: 'left', dx: 4, color: '#555555' },
          encoding: { x: { datum: 0, type: 'quantitative' }, text: { field: 'note' } },
        },
      ],
    },
  };
}
