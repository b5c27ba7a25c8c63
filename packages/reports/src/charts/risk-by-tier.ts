import { FOLLOWER_TIERS } from '@creator-audit/scoring';
import type { RiskBinRow } from '../rows.ts';
import { CHART_CONFIG, type Chart, chartValues, subtitleLines, VEGA_LITE_SCHEMA, VERDICT_SCALE } from './chart.ts';

/** Risk score distribution by follower tier: share of each tier per 10-point bin, coloured by seed-v1's verdict band. */
export function riskByTierChart(rows: readonly RiskBinRow[]): Chart {
  const title = 'Risk score distribution by follower tier';
  return {
    id: 'risk-by-tier',
    title,
    spec: {
      $schema: VEGA_LITE_SCHEMA,
      title: { text: title, subtitle: subtitleLines('seed-v1 total risk score; share of each tier per 10-point bin') },
      config: CHART_CONFIG,
      data: { values: chartValues(rows) },
      transform: [
        { joinaggregate: [{ op: 'sum', field: 'creators', as: 'tier_creators' }], groupby: ['tier'] },
        { calculate: 'datum.creators / datum.tier_creators', as: 'share' },
        { calculate: "datum.risk_from < 20 ? 'LOW RISK' : datum.risk_from < 50 ? 'MEDIUM RISK' : 'HIGH RISK'", as: 'band' },
      ],
      facet: {
        row: { field: 'tier', type: 'nominal', sort: [...FOLLOWER_TIERS], title: null, header: { labelAngle: 0, labelAlign: 'left' } },
      },
      spec: {
        width: 420,
        height: 56,
        mark: { type: 'bar', binSpacing: 1 },
        encoding: {
          x: { field: 'risk_from', type: 'quantitative', bin: { binned: true, step: 10 }, scale: { domain: [0, 100] }, title: 'risk score' },
          x2: { field: 'risk_to' },
          y: { field: 'share', type: 'quantitative', axis: { format: '.0%', tickCount: 2 }, title: 'share' },
          color: { field: 'band', type: 'nominal', scale: VERDICT_SCALE, title: 'verdict band' },
          tooltip: [
            { field: 'tier', type: 'nominal' },
            { field: 'risk_from', type: 'quantitative', title: 'from' },
            { field: 'creators', type: 'quantitative', format: ',' },
            { field: 'share', type: 'quantitative', format: '.1%' },
          ],
        },
      },
    },
  };
}
