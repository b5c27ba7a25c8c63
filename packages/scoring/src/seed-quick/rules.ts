/** The vocabulary of seed-quick: the seed's cheaper check (seed 000, "Exemple Python"). */

export const SEED_QUICK = 'seed-quick';

/** The seed asks `user/posts` for `count: 20` and reads that one page. */
export const QUICK_VIDEOS_SCORED = 20;

export type QuickVerdict = 'LOW RISK' | 'MEDIUM RISK' | 'HIGH RISK';

/** Which band of the like ratio decided, or `no_videos` when the seed's average over nothing is 0. */
export type QuickRule = 'no_videos' | 'like_ratio_under_0_5_pct' | 'like_ratio_under_1_pct' | 'like_ratio_at_least_1_pct';

/** `'HIGH' if ratio < 0.5 else 'MEDIUM' if ratio < 1.0 else 'LOW'`, in percent. */
export function quickVerdictFor(likesToFollowers: number): QuickVerdict {
  return likesToFollowers < 0.5 ? 'HIGH RISK' : likesToFollowers < 1.0 ? 'MEDIUM RISK' : 'LOW RISK';
}

export function quickRuleFor(likesToFollowers: number, videos: number): QuickRule {
  if (videos === 0) return 'no_videos';
  return likesToFollowers < 0.5 ? 'like_ratio_under_0_5_pct' : likesToFollowers < 1.0 ? 'like_ratio_under_1_pct' : 'like_ratio_at_least_1_pct';
}
