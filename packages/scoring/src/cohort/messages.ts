/** What the cohort benchmarks tell people, in one place: the --by errors and the reasons behind each NULL. */

export const cohortMessages = {
  unknownColumn: (name: string, allowed: readonly string[]) =>
    `--by ${JSON.stringify(name)}: not a cohort column. Cohorts can be drawn by one of: ${allowed.join(', ')}`,
  notCategorical: (name: string, type: string) =>
    `--by ${JSON.stringify(name)}: a ${type} column is not a cohort (each value would be its own cohort); cohorts are drawn by text or true/false columns`,
};

/** Why a metric is NULL, by the code `cohort_creator_metrics` writes in `<metric>_missing`. */
const metricMissingReasons: Record<string, string> = {
  followers_unknown: 'the follower count is unknown',
  no_followers: 'the account has 0 followers: no per-follower ratio',
  no_videos: 'no videos in the scored snapshot',
  engagement_unknown: 'no video with likes, comments, shares (and plays) all known',
  no_views: 'the videos have 0 plays',
  likes_unknown: 'no video with a known like count (and comment count)',
  no_likes: 'the videos have 0 likes',
  following_unknown: 'the following count is unknown',
  not_scored: 'seed-v1 gave no risk score',
};

/** Why a robust z-score is NULL, by the code in `creator_cohort_position.robust_z_missing`. */
export const robustZMissingReasons: Record<string, string> = {
  no_value: 'the creator has no value for this metric',
  no_spread: 'every value in the cohort equals its median (MAD and mean absolute deviation are 0)',
};

export function metricMissingReason(code: string): string {
  return metricMissingReasons[code] ?? code;
}
