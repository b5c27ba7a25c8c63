import type { CampaignSnapshotRow } from '../rows.ts';
import { CHART_CONFIG, type Chart, chartValues, subtitleLines, VEGA_LITE_SCHEMA } from './chart.ts';

const MEASURES = { total_videos: 'videos', total_plays: 'plays', unique_creators: 'unique creators' } as const;

/** A campaign over time: videos, plays and unique creators at each snapshot, one panel each (own y scales). */
export function campaignGrowthChart(hashtag: string, rows: readonly CampaignSnapshotRow[]): Chart {
  const title = `#${hashtag} over time`;
  return {
    id: 'campaign-growth',
    title,
    spec: {
      $schema: VEGA_LITE_SCHEMA,
      title: { text: title, subtitle: subtitleLines('totals at each snapshot of the hashtag') },
      config: CHART_CONFIG,
      data: { values: chartValues(rows) },
      transform: [
        { fold: Object.keys(MEASURES), as: ['measure', 'value'] },
        { calculate: `${JSON.stringify(MEASURES)}[datum.measure]`, as: 'label' },
      ],
      facet: { row: { field: 'label', type: 'nominal', sort: Object.values(MEASURES), title: null, header: { labelAngle: 0, labelAlign: 'left' } } },
      resolve: { scale: { y: 'independent' } },
      spec: {
        width: 480,
        height: 110,
        mark: { type: 'line', point: true },
        encoding: {
          x: { field: 'snapshot_at', type: 'temporal', title: 'snapshot (UTC)', axis: { format: '%b %d %H:%M' } },
          y: { field: 'value', type: 'quantitative', title: null, axis: { format: '~s' } },
          color: { field: 'provider', type: 'nominal', title: 'provider' },
          tooltip: [
            { field: 'snapshot_at', type: 'temporal', format: '%Y-%m-%d %H:%M', title: 'snapshot' },
            { field: 'provider', type: 'nominal' },
            { field: 'label', type: 'nominal', title: 'measure' },
            { field: 'value', type: 'quantitative', format: ',' },
          ],
        },
      },
    },
  };
}
