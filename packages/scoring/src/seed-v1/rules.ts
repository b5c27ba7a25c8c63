/** The vocabulary of seed-v1: its name, the rules that add risk points, and the verdict bands. */

export const SEED_V1 = 'seed-v1';

/** The seed fetches one page of 30 recent videos; later videos are never scored. */
export const VIDEOS_SCORED = 30;

export type Component = 'engagement' | 'consistency' | 'follow';

export const RULES = {
  no_videos: { component: 'engagement', points: 50 },
  very_low_like_ratio: { component: 'engagement', points: 30 },
  abnormally_high_like_ratio: { component: 'engagement', points: 20 },
  very_low_play_ratio: { component: 'engagement', points: 25 },
  too_few_videos: { component: 'consistency', points: 10 },
  uniform_likes: { component: 'consistency', points: 25 },
  play_spikes: { component: 'consistency', points: 20 },
  low_comment_ratio: { component: 'consistency', points: 5 },
  following_exceeds_followers: { component: 'follow', points: 30 },
  high_follow_ratio: { component: 'follow', points: 15 },
  inflated_total_likes: { component: 'follow', points: 15 },
} as const satisfies Record<string, { component: Component; points: number }>;

export type RuleId = keyof typeof RULES;

/** One rule that fired: which component it belongs to, the points it added and the seed's flag text. */
export interface RuleHit {
  component: Component;
  rule: RuleId;
  points: number;
  flag: string;
}

export type Verdict = 'LOW RISK' | 'MEDIUM RISK' | 'HIGH RISK';

/** Judged on the uncapped total, as `fraud_report` does. */
export function verdictFor(totalRisk: number): Verdict {
  return totalRisk < 20 ? 'LOW RISK' : totalRisk < 50 ? 'MEDIUM RISK' : 'HIGH RISK';
}

export const CONSISTENCY_CAP = 50;
export const TOTAL_CAP = 100;
