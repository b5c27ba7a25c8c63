import type { LeaderboardRow } from '../rows.ts';
import { CHART_CONFIG, type Chart, chartValues, NOT_SCREENED, SCREENING_SCALE, subtitleLines, VEGA_LITE_SCHEMA } from './chart.ts';

/** The campaign's creators with most plays, coloured by their verdict under the screening ruleset (grey: none). */
export function campaignLeaderboardChart(hashtag: string, rows: readonly LeaderboardRow[], ruleset = 'cohort-v1'): Chart {
  const title = `#${hashtag} creator leaderboard`;
  return {
    id: 'campaign-leaderboard',
    title,
    spec: {
      $schema: VEGA_LITE_SCHEMA,
      title: { text: title, subtitle: subtitleLines(`plays of each creator's videos in the latest snapshot (top ${rows.length})`) },
      config: CHART_CONFIG,
      data: { values: chartValues(rows.map((r) => ({ ...r, verdict: r.verdict ?? NOT_SCREENED, seed_v1_verdict: r.seed_v1_verdict ?? NOT_SCREENED }))) },
      width: 420,
      height: { step: 20 },
      mark: { type: 'bar' },
      encoding: {
        y: { field: 'author', type: 'nominal', sort: '-x', title: null },
        x: { field: 'plays', type: 'quantitative', axis: { format: '~s' }, title: 'plays' },
        color: { field: 'verdict', type: 'nominal', scale: SCREENING_SCALE, title: `${ruleset} verdict` },
        tooltip: [
          { field: 'author', type: 'nominal' },
          { field: 'videos', type: 'quantitative' },
          { field: 'plays', type: 'quantitative', format: ',' },
          { field: 'likes', type: 'quantitative', format: ',' },
          { field: 'verdict', type: 'nominal', title: `${ruleset} verdict` },
          { field: 'seed_v1_verdict', type: 'nominal', title: 'seed-v1 verdict' },
        ],
      },
    },
  };
}
