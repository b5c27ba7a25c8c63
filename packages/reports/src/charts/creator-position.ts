import type { CreatorPositionRow } from '../rows.ts';
import { metricLabel } from '../messages.ts';
import { CHART_CONFIG, type Chart, chartValues, subtitleLines, VEGA_LITE_SCHEMA } from './chart.ts';

/**
 * One creator against its cohort, metric by metric: the cohort's p10-p90 whisker, p25-p75 box and median tick
 * (from cohort_benchmarks) and the creator's value as a diamond; each metric on its own scale.
 */
export function creatorPositionChart(username: string, cohort: string, rows: readonly CreatorPositionRow[]): Chart {
  const title = `${username} against the ${cohort} cohort`;
  const values = chartValues(
    rows.map((r) => ({
      metric: metricLabel(r.metric),
      value: r.value,
      p10: r.p10,
      p25: r.p25,
      p50: r.p50,
      p75: r.p75,
      p90: r.p90,
      percentile: r.percentile,
      robust_z: r.robust_z,
      outlier: r.is_outlier === true ? 'outlier' : 'within norm',
    })),
  );
  const x = (field: string) => ({ field, type: 'quantitative', title: null, scale: { zero: false } }) as const;
  return {
    id: 'creator-position',
    title,
    spec: {
      $schema: VEGA_LITE_SCHEMA,
      title: { text: title, subtitle: subtitleLines('box: cohort p25-p75, whisker p10-p90, tick: median; diamond: this creator') },
      config: CHART_CONFIG,
      data: { values },
      facet: { row: { field: 'metric', type: 'nominal', sort: values.map((v) => v.metric as string), title: null, header: { labelAngle: 0, labelAlign: 'left' } } },
      resolve: { scale: { x: 'independent' } },
      spec: {
        width: 380,
        height: 26,
        layer: [
          { mark: { type: 'rule', color: '#555555' }, encoding: { x: x('p10'), x2: { field: 'p90' } } },
          { mark: { type: 'bar', size: 14, color: '#8fa9c8' }, encoding: { x: x('p25'), x2: { field: 'p75' } } },
          { mark: { type: 'tick', thickness: 2, size: 14, color: '#1d3557', orient: 'vertical' }, encoding: { x: x('p50') } },
          {
            transform: [{ filter: 'isValid(datum.value)' }],
            mark: { type: 'point', shape: 'diamond', filled: true, size: 90 },
            encoding: {
              x: x('value'),
              color: { field: 'outlier', type: 'nominal', scale: { domain: ['within norm', 'outlier'], range: ['#1d3557', '#c8403a'] }, title: null },
              tooltip: [
                { field: 'metric', type: 'nominal' },
                { field: 'value', type: 'quantitative', format: '.4~g' },
                { field: 'percentile', type: 'quantitative', format: '.0f' },
                { field: 'robust_z', type: 'quantitative', format: '.2f', title: 'robust z' },
              ],
            },
          },
        ],
      },
    },
  };
}
