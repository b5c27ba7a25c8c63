/** What the cohort benchmarks tell people, in one place: the cohort column errors and the reasons behind each NULL. */

/** What a CohortColumnError knows: the name asked for and why it draws no cohort. */
export interface CohortColumnProblem {
  /** The column name as asked. */
  column: string;
  /** Which scoring asked: the cohort benchmarks, or cohort-v1 (whose peers share the follower tier and these). */
  model: 'cohort' | 'cohort-v1';
  /** No such column, or a column whose values are not categories (a number, a time). */
  reason: 'unknown' | 'not_categorical';
  /** The columns cohorts can be drawn by, in the source's order. */
  allowed: readonly string[];
  /** The column's DuckDB type when it exists (reason not_categorical), else null. */
  type: string | null;
}

/**
 * The words for a column that draws no cohort. `subject` names it as the caller asked for it: `cohort column "x"`
 * for a library user, `--by "x"` in the CLI; the rest is the same for both.
 */
export function cohortColumnMessage(subject: string, p: CohortColumnProblem): string {
  if (p.reason === 'not_categorical') {
    return `${subject}: a ${p.type} column is not a cohort (each value would be its own cohort); cohorts are drawn by text or true/false columns`;
  }
  return p.model === 'cohort'
    ? `${subject}: not a cohort column. Cohorts can be drawn by one of: ${p.allowed.join(', ')}`
    : `${subject}: not a column creators can be grouped by. cohort-v1 compares peers within the follower tier and any of: ${p.allowed.join(', ') || '(none in this warehouse)'}`;
}

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
