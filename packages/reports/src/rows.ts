import { z } from 'zod';

/**
 * The rows each chart and table is drawn from, as the SQL in ../sql returns them (BIGINTs cast in SQL, so every
 * number is a JS number). Parsed once at the boundary: a query and its chart cannot drift apart silently.
 */
const num = z.number();
const maybeNum = z.number().nullable();

export const riskBinRow = z.object({ tier: z.string(), risk_from: num, risk_to: num, creators: num });
export const rulesetVerdictRow = z.object({ tier: z.string(), ruleset: z.string(), verdict: z.string(), creators: num });
export const cohortV1FlaggedRow = z.object({
  username: z.string(),
  tier: z.string(),
  followers: maybeNum,
  verdict: z.string(),
  fraud_probability: num,
  fraud_pattern: z.string().nullable(),
  top_reason: z.string().nullable(),
  seed_v1_verdict: z.string().nullable(),
  flagged_total: num,
});
export const scatterCellRow = z.object({ verdict: z.string(), followers: num, avg_likes: num, creators: num });
export const likesBandRow = z.object({
  tier: z.string(),
  followers_from: num,
  followers_to: num,
  likes_p25: num,
  likes_p50: num,
  likes_p75: num,
  creators: num,
});
export const scatterOutlierRow = z.object({
  username: z.string(),
  verdict: z.string(),
  tier: z.string(),
  followers: num,
  avg_likes: num,
  robust_z: num,
  outliers_total: num,
});
export const metricBoxRow = z.object({ cohort: z.string(), creators: num, values_n: num, p10: num, p25: num, p50: num, p75: num, p90: num });
export const flagFrequencyRow = z.object({ rule: z.string(), component: z.string(), points: num, creators: num, share: num });
export const cohortOverviewRow = z.object({
  creators: num,
  low_risk: num,
  medium_risk: num,
  high_risk: num,
  not_on_scatter: num,
  first_snapshot_at: z.date().nullable(),
  last_snapshot_at: z.date().nullable(),
});
export const tierSummaryRow = z.object({
  tier: z.string(),
  creators: num,
  cohort_v1_high_risk: num,
  cohort_v1_medium_risk: num,
  cohort_v1_no_verdict: num,
  high_risk: num,
  medium_risk: num,
  median_engagement_rate_followers: maybeNum,
  median_engagement_rate_views: maybeNum,
  median_risk_score: maybeNum,
});
export const flaggedCreatorRow = z.object({
  username: z.string(),
  tier: z.string(),
  followers: maybeNum,
  verdict: z.string(),
  risk_score: num,
  flags: z.array(z.string()),
  flagged_total: num,
});
export const benchmarkTableRow = z.object({
  cohort_kind: z.string(),
  cohort: z.string(),
  metric: z.string(),
  creators: num,
  values_n: num,
  p10: maybeNum,
  p25: maybeNum,
  p50: maybeNum,
  p75: maybeNum,
  p90: maybeNum,
});

export const creatorScorecardRow = z.object({
  username: z.string(),
  status: z.string(),
  status_detail: z.string().nullable(),
  provider: z.string(),
  snapshot_at: z.date().nullable(),
  followers: maybeNum,
  following: maybeNum,
  videos_scored: maybeNum,
  verdict: z.string().nullable(),
  risk_score: maybeNum,
  flags: z.array(z.string()),
  tier: z.string().nullable(),
  avg_likes: maybeNum,
  avg_plays: maybeNum,
  benchmarked: z.boolean(),
});
export const creatorCohortV1Row = z.object({
  username: z.string(),
  status: z.string(),
  status_detail: z.string().nullable(),
  verdict: z.string().nullable(),
  fraud_probability: maybeNum,
  risk_score: maybeNum,
  cohort: z.string().nullable(),
  cohort_creators: maybeNum,
  cohort_note: z.string().nullable(),
  base_rate: maybeNum,
  fraud_pattern: z.string().nullable(),
  flags: z.array(z.string()),
  reasons: z.array(z.object({ signal: z.string(), value: num, cohort_median: num, robust_z: num, weight: num, text: z.string() })),
});
export const creatorPositionRow = z.object({
  cohort_kind: z.string(),
  cohort: z.string(),
  metric: z.string(),
  value: maybeNum,
  value_missing: z.string().nullable(),
  percentile: maybeNum,
  robust_z: maybeNum,
  robust_z_method: z.string().nullable(),
  robust_z_missing: z.string().nullable(),
  is_outlier: z.boolean().nullable(),
  cohort_n: num,
  p10: maybeNum,
  p25: maybeNum,
  p50: maybeNum,
  p75: maybeNum,
  p90: maybeNum,
});

export const creatorFakeViewRow = z.object({
  component: z.string(),
  score: maybeNum,
  videos_scored: num,
  videos: num,
  reason_code: z.string().nullable(),
  content_category: z.string(),
});

/** Campaign growth over time: per snapshot (per provider). */
export const campaignSnapshotRow = z.object({
  provider: z.string(),
  snapshot_at: z.date(),
  total_videos: num,
  total_plays: num,
  unique_creators: num,
});
/**
 * The creator leaderboard as the chart and table draw it: scoring's campaign_leaderboard rows, an unknown author
 * named `(unknown)`.
 */
export type LeaderboardRow = {
  author: string;
  videos: number;
  plays: number;
  likes: number;
  verdict: string | null;
  seed_v1_verdict?: string | null;
};
/** The fake-view component breakdown: a score 0-100 per component, or NULL with the reason. */
const fakeViewComponentRow = z.object({ component: z.string(), score: maybeNum, reason: z.string().nullable().optional() });

export type RiskBinRow = z.infer<typeof riskBinRow>;
export type RulesetVerdictRow = z.infer<typeof rulesetVerdictRow>;
export type ScatterCellRow = z.infer<typeof scatterCellRow>;
export type LikesBandRow = z.infer<typeof likesBandRow>;
export type ScatterOutlierRow = z.infer<typeof scatterOutlierRow>;
export type MetricBoxRow = z.infer<typeof metricBoxRow>;
export type FlagFrequencyRow = z.infer<typeof flagFrequencyRow>;
export type CreatorScorecardRow = z.infer<typeof creatorScorecardRow>;
export type CreatorCohortV1Row = z.infer<typeof creatorCohortV1Row>;
export type CreatorPositionRow = z.infer<typeof creatorPositionRow>;
export type CampaignSnapshotRow = z.infer<typeof campaignSnapshotRow>;
export type FakeViewComponentRow = z.infer<typeof fakeViewComponentRow>;
