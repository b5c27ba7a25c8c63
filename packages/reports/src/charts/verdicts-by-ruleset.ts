import { FOLLOWER_TIERS } from '@creator-audit/scoring';
import type { RulesetVerdictRow } from '../rows.ts';
import { CHART_CONFIG, type Chart, chartValues, NO_VERDICT, subtitleLines, VEGA_LITE_SCHEMA, VERDICT_OR_NONE_SCALE, VERDICTS } from './chart.ts';

/** Verdicts by follower tier, cohort-v1's bar beside seed-v1's: the share of each tier at each verdict. */
export function verdictsByRulesetChart(rows: readonly RulesetVerdictRow[]): Chart {
  const title = 'Verdicts by follower tier: cohort-v1 beside seed-v1';
  return {
    id: 'verdicts-by-ruleset',
    title,
    spec: {
      $schema: VEGA_LITE_SCHEMA,
      title: {
        text: title,
        subtitle: subtitleLines("share of each tier's creators per verdict; cohort-v1 compares each creator with its tier's peers, seed-v1 applies fixed rules"),
      },
      config: CHART_CONFIG,
      data: { values: chartValues(rows) },
      transform: [
        { joinaggregate: [{ op: 'sum', field: 'creators', as: 'group_creators' }], groupby: ['tier', 'ruleset'] },
        { calculate: 'datum.creators / datum.group_creators', as: 'share' },
        { calculate: `indexof(${JSON.stringify([...VERDICTS, NO_VERDICT])}, datum.verdict)`, as: 'verdict_order' },
      ],
      facet: {
        row: { field: 'tier', type: 'nominal', sort: [...FOLLOWER_TIERS], title: null, header: { labelAngle: 0, labelAlign: 'left' } },
      },
      spec: {
        width: 420,
        height: 40,
        mark: { type: 'bar' },
        encoding: {
          y: { field: 'ruleset', type: 'nominal', sort: ['cohort-v1', 'seed-v1'], title: null },
          x: { field: 'share', type: 'quantitative', stack: 'zero', axis: { format: '.0%' }, scale: { domain: [0, 1] }, title: 'share of the tier' },
          color: { field: 'verdict', type: 'nominal', scale: VERDICT_OR_NONE_SCALE, title: 'verdict' },
          order: { field: 'verdict_order', type: 'quantitative' },
          tooltip: [
            { field: 'tier', type: 'nominal' },
            { field: 'ruleset', type: 'nominal' },
            { field: 'verdict', type: 'nominal' },
            { field: 'creators', type: 'quantitative', format: ',' },
            { field: 'share', type: 'quantitative', format: '.1%' },
          ],
        },
      },
    },
  };
}
