import type { MetricBoxRow } from '../rows.ts';
import { CHART_CONFIG, type Chart, chartValues, subtitleLines, VEGA_LITE_SCHEMA } from './chart.ts';

export interface MetricBoxOptions {
  id: string;
  title: string;
  subtitle: string;
  cohortTitle: string;
  valueTitle: string;
  /** d3-format for the value axis, e.g. `.1%`. */
  format: string;
  /** Cohort order (tiers smallest first); by default the rows' order. */
  sort?: readonly string[];
}

/**
 * Box plots drawn from quartiles the SQL already computed over the whole cohort (rule p10-p90, bar p25-p75, tick
 * at the median): a cohort of any size is one row, and the chart shows the true percentiles, not a sample's.
 */
export function metricBoxChart(rows: readonly MetricBoxRow[], o: MetricBoxOptions): Chart {
  const x = { field: 'cohort', type: 'nominal', sort: [...(o.sort ?? rows.map((r) => r.cohort))], title: o.cohortTitle, axis: { labelAngle: 0 } } as const;
  const y = (field: string) => ({ field, type: 'quantitative', title: o.valueTitle, axis: { format: o.format } }) as const;
  return {
    id: o.id,
    title: o.title,
    spec: {
      $schema: VEGA_LITE_SCHEMA,
      title: { text: o.title, subtitle: subtitleLines(o.subtitle) },
      config: CHART_CONFIG,
      data: { values: chartValues(rows) },
      width: { step: 64 },
      height: 280,
      encoding: {
        x,
        tooltip: [
          { field: 'cohort', type: 'nominal' },
          { field: 'creators', type: 'quantitative', format: ',' },
          ...(['p10', 'p25', 'p50', 'p75', 'p90'] as const).map((field) => ({ field, type: 'quantitative' as const, format: o.format.replace(/^\.1/, '.2') })),
        ],
      },
      layer: [
        { mark: { type: 'rule', color: '#555555' }, encoding: { y: y('p10'), y2: { field: 'p90' } } },
        { mark: { type: 'bar', size: 28, color: '#8fa9c8' }, encoding: { y: y('p25'), y2: { field: 'p75' } } },
        { mark: { type: 'tick', size: 28, thickness: 2, color: '#1d3557' }, encoding: { y: y('p50') } },
      ],
    },
  };
}
