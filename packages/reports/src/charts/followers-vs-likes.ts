import type { LikesBandRow, ScatterCellRow, ScatterOutlierRow } from '../rows.ts';
import { CHART_CONFIG, type Chart, chartValues, subtitleLines, VEGA_LITE_SCHEMA, VERDICT_SCALE } from './chart.ts';

export interface FollowersVsLikesRows {
  cells: readonly ScatterCellRow[];
  bands: readonly LikesBandRow[];
  outliers: readonly ScatterOutlierRow[];
  /** The caption: what the binned view leaves out or thins. */
  note: string;
}

const LOG = { type: 'log' } as const;

/**
 * Followers vs average likes per video on log-log axes: binned cells coloured by verdict, each tier's median and
 * 25th-75th percentile band of average likes across its follower range, and the most extreme outliers as points.
 */
export function followersVsLikesChart(rows: FollowersVsLikesRows): Chart {
  const title = 'Followers vs average likes per video';
  const x = { field: 'followers', type: 'quantitative', scale: LOG, title: 'followers (log)', axis: { format: '~s' } } as const;
  return {
    id: 'followers-vs-likes',
    title,
    spec: {
      $schema: VEGA_LITE_SCHEMA,
      title: { text: title, subtitle: subtitleLines(rows.note) },
      config: CHART_CONFIG,
      width: 520,
      height: 360,
      layer: [
        {
          data: { values: chartValues(rows.bands) },
          mark: { type: 'rect', color: '#8fa9c8', opacity: 0.3 },
          encoding: {
            x: { ...x, field: 'followers_from' },
            x2: { field: 'followers_to' },
            y: { field: 'likes_p25', type: 'quantitative', scale: LOG, title: 'average likes per video (log)', axis: { format: '~s' } },
            y2: { field: 'likes_p75' },
            tooltip: [
              { field: 'tier', type: 'nominal' },
              { field: 'likes_p25', type: 'quantitative', format: ',.0f', title: 'p25 likes' },
              { field: 'likes_p50', type: 'quantitative', format: ',.0f', title: 'median likes' },
              { field: 'likes_p75', type: 'quantitative', format: ',.0f', title: 'p75 likes' },
            ],
          },
        },
        {
          data: { values: chartValues(rows.bands) },
          mark: { type: 'rule', color: '#2f4f7f', strokeWidth: 2 },
          encoding: { x: { ...x, field: 'followers_from' }, x2: { field: 'followers_to' }, y: { field: 'likes_p50', type: 'quantitative', scale: LOG } },
        },
        {
          data: { values: chartValues(rows.cells) },
          mark: { type: 'circle', opacity: 0.65 },
          encoding: {
            x,
            y: { field: 'avg_likes', type: 'quantitative', scale: LOG },
            size: { field: 'creators', type: 'quantitative', title: 'creators per cell', scale: { range: [8, 400] } },
            color: { field: 'verdict', type: 'nominal', scale: VERDICT_SCALE, title: 'seed-v1 verdict' },
            tooltip: [
              { field: 'verdict', type: 'nominal' },
              { field: 'creators', type: 'quantitative', format: ',' },
              { field: 'followers', type: 'quantitative', format: ',.0f', title: 'followers (cell centre)' },
              { field: 'avg_likes', type: 'quantitative', format: ',.0f', title: 'avg likes (cell centre)' },
            ],
          },
        },
        {
          data: { values: chartValues(rows.outliers) },
          mark: { type: 'point', shape: 'diamond', filled: true, size: 60, stroke: 'black', strokeWidth: 0.6 },
          encoding: {
            x,
            y: { field: 'avg_likes', type: 'quantitative', scale: LOG },
            color: { field: 'verdict', type: 'nominal', scale: VERDICT_SCALE },
            tooltip: [
              { field: 'username', type: 'nominal' },
              { field: 'tier', type: 'nominal' },
              { field: 'followers', type: 'quantitative', format: ',' },
              { field: 'avg_likes', type: 'quantitative', format: ',.1f' },
              { field: 'robust_z', type: 'quantitative', format: '.1f', title: 'robust z (likes/follower)' },
            ],
          },
        },
      ],
    },
  };
}
