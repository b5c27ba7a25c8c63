import type { CohortMetric } from '@creator-audit/scoring';

/** What the reports tell people, in one place: labels, captions, notes and errors. */

const metricLabels: Record<CohortMetric, string> = {
  engagement_rate_followers: 'engagement rate by followers',
  engagement_rate_views: 'engagement rate by views',
  likes_per_follower: 'likes per follower',
  comments_per_like: 'comments per like',
  follow_ratio: 'follow ratio (following / followers)',
  risk_score: 'seed-v1 risk score',
};

export function metricLabel(metric: string): string {
  return (metricLabels as Record<string, string>)[metric] ?? metric;
}

/** seed-v1's rule ids as readers say them. */
export const ruleLabel = (rule: string) => rule.replaceAll('_', ' ');

const int = (n: number) => Math.round(n).toLocaleString('en-US');

export const reportMessages = {
  /** The `then`/`how` of these messages say how to get what is missing, in the caller's words (report-input-error.ts). */
  noCreator: (username: string, then: string) => `no creator "${username}" in creator_scores: ${then}`,
  noCampaign: (hashtag: string, known: readonly string[], then: string) =>
    `no campaign "#${hashtag}" in campaign_summary${known.length ? ` (tracked: ${known.map((h) => `#${h}`).join(', ')})` : ''}: ${then}`,
  noCampaignTables: (then: string) => `no campaign has been tracked in this warehouse: ${then}`,
  emptyCohort: 'no creator to benchmark: creator_scores holds no seed-v1 row with status ok or partial (ingest creators first)',
  scatterNote: (notShown: number, outliersShown: number, outliersTotal: number) =>
    `${int(notShown)} creator(s) with no followers or no likes are not on the log axes. ` +
    `Circles are cells of 1/10 decade sized by creators; diamonds: ` +
    (outliersTotal > outliersShown
      ? `the ${int(outliersShown)} most extreme of ${int(outliersTotal)} likes-per-follower outliers (|robust z| > 3.5 in their tier).`
      : `${int(outliersTotal)} likes-per-follower outlier(s) (|robust z| > 3.5 in their tier).`),
  flaggedNote: (shown: number, total: number) =>
    total > shown ? `The ${int(shown)} riskiest of ${int(total)} creators with flags; the rest are in creator_scores.` : `${int(total)} creator(s) with flags.`,
  notBenchmarked: (status: string) => `not benchmarked: seed-v1 status is ${status} (only ok and partial creators have cohort positions)`,
  noCohortV1Row: (how: string) => `no cohort-v1 row (${how})`,
  noVerdict: (status: string, detail: string | null) => `no verdict (${status}${detail ? `: ${detail}` : ''})`,
  peers: (cohort: string, creators: number, baseRate: number | null) =>
    `${cohort} peers (${int(creators)} creator(s) in this warehouse)` +
    (baseRate === null ? '' : `; prior ${(100 * baseRate).toFixed(1)}% (the share of fraud estimated for the warehouse)`),
  thinCohort: (note: string) =>
    `cohort-v1 had ${note}: with so few peers its verdict leans on published benchmarks. Score more creators of this tier in the same warehouse to compare it with peers.`,
  reasonsNote:
    "Each reason names the signal, the creator's value, its peers' median and the robust z; evidence is the signal's likelihood ratio (fraud against honest). seed-v1's flags, below, are the tutorial's fixed rules.",
  fakeViewsAbsent: (how: string) => `No fake-view scores in this warehouse: ${how} to add the component breakdown.`,
  noFakeViewsFor: (username: string, how: string) => `No fake-view scores for ${username}: ${how} to add them.`,
  fakeViewSubject: (videos: number, category: string) =>
    `mean over ${int(videos)} video(s), each at its latest snapshot (content category ${category}); 0 ordinary, 100 certain anomaly`,
  scoredFirst: (creators: number) => `creator_scores had no seed-v1 rows: scored ${int(creators)} creator(s) with seed-v1 first.`,
  scoredFirstWith: (ruleset: string, creators: number) => `creator_scores had no ${ruleset} rows: scored ${int(creators)} creator(s) with ${ruleset} first.`,
  cohortV1FlaggedNote: (shown: number, total: number) =>
    total > shown
      ? `The ${int(shown)} most probable of ${int(total)} creators cohort-v1 rates MEDIUM or HIGH RISK; the rest, with every reason, are in creator_scores.`
      : `${int(total)} creator(s) rated MEDIUM or HIGH RISK by cohort-v1; every reason is in creator_scores.`,
  campaignFlaggedNote: (shown: number, total: number) =>
    total > shown
      ? `The ${int(shown)} flagged creators with most plays of ${int(total)}; the rest are in campaign_videos (is_flagged).`
      : total === 0
        ? 'No participant was flagged at this level (campaign_videos has every verdict).'
        : `${int(total)} flagged creator(s), most plays first.`,
  boxNote: 'Boxes span the 25th-75th percentiles, whiskers the 10th-90th, the tick is the median (computed in SQL over the whole cohort).',
};
