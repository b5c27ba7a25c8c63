import { audienceBreakdownChart, audienceSignalsChart } from '../src/audience/audience-charts.ts';
import type { CreatorAudienceRow } from '../src/audience/audience-rows.ts';
import type { Chart } from '../src/charts/chart.ts';
import { campaignGrowthChart } from '../src/charts/campaign-growth.ts';
import { campaignLeaderboardChart } from '../src/charts/campaign-leaderboard.ts';
import { creatorPositionChart } from '../src/charts/creator-position.ts';
import { fakeViewComponentsChart } from '../src/charts/fake-view-components.ts';
import { flagFrequencyChart } from '../src/charts/flag-frequency.ts';
import { followersVsLikesChart } from '../src/charts/followers-vs-likes.ts';
import { metricBoxChart } from '../src/charts/metric-boxes.ts';
import { riskByTierChart } from '../src/charts/risk-by-tier.ts';
import { verdictsByRulesetChart } from '../src/charts/verdicts-by-ruleset.ts';
import type { CreatorPositionRow } from '../src/rows.ts';

/** Text that would run script if it ever reached HTML unescaped. */
export const HOSTILE = [
  `<script>window.__pwned = 'script'; document.title = 'pwned'</script>`,
  `<img src=x onerror="window.__pwned = 'img'; alert(1)">`,
  `</script><script>window.__pwned = 'close'</script>`,
  `"><svg onload="window.__pwned = 'svg'">`,
  `</style><!-- <script>window.__pwned = 'comment'</script> -->`,
] as const;

const at = (iso: string) => new Date(iso);

const position = (metric: string, value: number | null, extra: Partial<CreatorPositionRow> = {}): CreatorPositionRow => ({
  cohort_kind: 'follower_tier',
  cohort: 'micro',
  metric,
  value,
  value_missing: value === null ? 'no_videos' : null,
  percentile: value === null ? null : 62.5,
  robust_z: value === null ? null : 0.8,
  robust_z_method: value === null ? null : 'mad',
  robust_z_missing: value === null ? 'no_value' : null,
  is_outlier: value === null ? null : false,
  cohort_n: 120,
  p10: 0.01,
  p25: 0.02,
  p50: 0.03,
  p75: 0.05,
  p90: 0.08,
  ...extra,
});

/** A creator's latest audience sample as creator_audience.sql returns it: 200 followers, 40% suspicious. */
const audience = (extra: Partial<CreatorAudienceRow> = {}): CreatorAudienceRow => ({
  provider: 'scavio',
  sampled_at: at('2026-03-01T00:00:00Z'),
  describes: 'the 200 newest followers, who followed between 2026-02-20 10:00 and 2026-03-01 00:00',
  followers_sampled: 200,
  followers_classified: 198,
  suspicious: 80,
  inactive: 70,
  active: 48,
  unknown: 2,
  suspicious_share: 80 / 198,
  suspicious_share_low: 0.34,
  suspicious_share_high: 0.47,
  inactive_share: 70 / 198,
  signals: ['no_posts', 'default_avatar', 'no_profile_text', 'machine_handle', 'mass_following', 'new_account'].map((signal, i) => ({ signal, followers: 150 - 20 * i })),
  comments_sampled: 250,
  videos_sampled: 5,
  coordinated_share: 0.1,
  coordinated_share_missing: null,
  duplicate_share: 0.04,
  generic_share: 0.3,
  suspicious_commenter_share: 0.12,
  ...extra,
});

/** Every chart the package builds, from ordinary, empty and hostile rows: the specs the schema test checks. */
export function sampleCharts(): Chart[] {
  return [
    riskByTierChart([
      { tier: 'nano', risk_from: 0, risk_to: 10, creators: 40 },
      { tier: 'nano', risk_from: 50, risk_to: 60, creators: 3 },
      { tier: 'mega', risk_from: 90, risk_to: 100, creators: 1 },
    ]),
    followersVsLikesChart({
      cells: [
        { verdict: 'LOW RISK', followers: 1258.9, avg_likes: 89.1, creators: 12 },
        { verdict: 'HIGH RISK', followers: 125_892, avg_likes: 3.2, creators: 2 },
      ],
      bands: [{ tier: 'nano', followers_from: 1000, followers_to: 9990, likes_p25: 40, likes_p50: 70, likes_p75: 120, creators: 14 }],
      outliers: HOSTILE.map((username, i) => ({ username, verdict: 'HIGH RISK', tier: 'micro', followers: 20_000 + i, avg_likes: 9000, robust_z: 6 + i, outliers_total: 9 })),
      note: 'hostile usernames in the tooltips',
    }),
    followersVsLikesChart({ cells: [], bands: [], outliers: [], note: 'an empty cohort still draws axes' }),
    metricBoxChart(
      [
        { cohort: 'nano', creators: 10, values_n: 10, p10: 0.01, p25: 0.02, p50: 0.03, p75: 0.05, p90: 0.09 },
        { cohort: HOSTILE[1], creators: 2, values_n: 2, p10: 0.02, p25: 0.02, p50: 0.03, p75: 0.04, p90: 0.04 },
      ],
      { id: 'engagement-by-verdict', title: 'Engagement rate by verdict', subtitle: 'boxes', cohortTitle: 'verdict', valueTitle: 'ER', format: '.1%' },
    ),
    flagFrequencyChart([
      { rule: 'very_low_like_ratio', component: 'engagement', points: 30, creators: 12, share: 0.12 },
      { rule: 'high_follow_ratio', component: 'follow', points: 15, creators: 3, share: 0.03 },
    ]),
    campaignGrowthChart('summersale', [
      { provider: 'synthetic', snapshot_at: at('2026-05-20T12:00:00Z'), total_videos: 120, total_plays: 1_200_000, unique_creators: 80 },
      { provider: 'synthetic', snapshot_at: at('2026-05-21T12:00:00Z'), total_videos: 150, total_plays: 2_100_000, unique_creators: 95 },
    ]),
    campaignLeaderboardChart('summersale', [
      { author: 'top_creator', videos: 3, plays: 900_000, likes: 80_000, verdict: 'LOW RISK' },
      ...HOSTILE.map((author, i) => ({ author, videos: 1, plays: 1000 * (i + 1), likes: 50, verdict: null })),
    ]),
    fakeViewComponentsChart('video 7460937381265411370', [
      { component: 'engagement_score', score: 72.5 },
      { component: 'distribution_score', score: 0 },
      { component: 'consistency_score', score: null, reason: 'only one snapshot of this video: counts over time need two' },
      { component: 'fan_growth_score', score: 100, reason: null },
    ]),
    // A username in a chart title: the HTML report puts titles in an aria-label attribute, which a quote could close.
    creatorPositionChart(HOSTILE[3], 'micro', [
      position('engagement_rate_followers', 0.031),
      position('comments_per_like', null),
      position('risk_score', 85, { p10: 0, p25: 10, p50: 15, p75: 25, p90: 45, is_outlier: true, robust_z: 5.2 }),
    ]),
    audienceBreakdownChart('a_creator', audience()),
    audienceSignalsChart('a_creator', audience()),
    // A sample that read no follower (a creator nobody follows yet): no share, and a username that must stay text.
    audienceBreakdownChart(HOSTILE[0], audience({ followers_sampled: 0, followers_classified: 0, suspicious: 0, inactive: 0, active: 0, unknown: 0, suspicious_share: null, suspicious_share_low: null, suspicious_share_high: null, inactive_share: null })),
    audienceSignalsChart(HOSTILE[0], audience({ signals: [] })),
    verdictsByRulesetChart([
      { tier: 'nano', ruleset: 'cohort-v1', verdict: 'LOW RISK', creators: 40 },
      { tier: 'nano', ruleset: 'cohort-v1', verdict: 'no verdict', creators: 2 },
      { tier: 'nano', ruleset: 'seed-v1', verdict: 'LOW RISK', creators: 35 },
      { tier: 'nano', ruleset: 'seed-v1', verdict: 'MEDIUM RISK', creators: 7 },
      { tier: 'mega', ruleset: 'cohort-v1', verdict: 'HIGH RISK', creators: 1 },
      { tier: 'mega', ruleset: 'seed-v1', verdict: 'HIGH RISK', creators: 1 },
    ]),
  ];
}
