/**
 * The simulated world's parameters, in one place so the per-request simulator and the vectorized
 * `synthesize` generator draw from the same model. Sources: FIELD-NOTES (Influencer Marketing Factory's
 * engagement by follower size, HypeAuditor's tiers and red flags); the rest are stated assumptions.
 */

export const TIERS = ['nano', 'micro', 'mid', 'macro', 'mega'] as const;
export type Tier = (typeof TIERS)[number];

/** Lower follower bound of each tier (nano 1-10K, micro 10-100K, mid 100-500K, macro 500K-1M, mega 1M+). */
export const TIER_FLOOR: Readonly<Record<Tier, number>> = { nano: 0, micro: 10_000, mid: 100_000, macro: 500_000, mega: 1_000_000 };

export function tierOf(followers: number): Tier {
  if (followers >= TIER_FLOOR.mega) return 'mega';
  if (followers >= TIER_FLOOR.macro) return 'macro';
  if (followers >= TIER_FLOOR.mid) return 'mid';
  if (followers >= TIER_FLOOR.micro) return 'micro';
  return 'nano';
}

/** Share of a cohort per tier of organic followers, and the follower range drawn log-uniformly within it. */
export const TIER_MIX: Readonly<Record<Tier, { share: number; min: number; max: number }>> = {
  nano: { share: 0.38, min: 1_000, max: 10_000 },
  micro: { share: 0.32, min: 10_000, max: 100_000 },
  mid: { share: 0.15, min: 100_000, max: 500_000 },
  macro: { share: 0.08, min: 500_000, max: 1_000_000 },
  mega: { share: 0.07, min: 1_000_000, max: 40_000_000 },
};

export const ARCHETYPES = [
  'organic',
  'bought_followers',
  'bot_likes',
  'view_botting',
  'follow_for_follow',
  'bought_likes',
  'growth_spike',
] as const;
export type Archetype = (typeof ARCHETYPES)[number];

/** Planted shares: 70% organic, 5% for each fraud archetype. */
export const ARCHETYPE_MIX: Readonly<Record<Archetype, number>> = {
  organic: 0.7,
  bought_followers: 0.05,
  bot_likes: 0.05,
  view_botting: 0.05,
  follow_for_follow: 0.05,
  bought_likes: 0.05,
  growth_spike: 0.05,
};

/** Accounts that answer with no profile to score: TikTok's 10202 and private accounts (10222 on posts). */
export const STATUS_MIX = { not_found: 0.015, private: 0.02 } as const;

/**
 * Engagement rate by followers ((likes + comments + shares) / followers per video) at log10(followers),
 * interpolated linearly between points: under 100K 7.5%, 100-500K 5.1%, 500K-1M 4.5%, 1-5M 3.8%, 10M+ 2.9%.
 */
const ER_BY_FOLLOWERS: ReadonlyArray<readonly [number, number]> = [
  [3, 0.078],
  [5, 0.075],
  [5.4, 0.051],
  [5.85, 0.045],
  [6.4, 0.038],
  [7, 0.029],
  [8, 0.026],
];

/** Median plays per video over followers: small accounts reach beyond their followers, big ones a fraction. */
const PLAYS_PER_FOLLOWER: ReadonlyArray<readonly [number, number]> = [
  [3, 1.4],
  [4, 0.9],
  [5, 0.45],
  [5.85, 0.35],
  [7, 0.25],
  [8, 0.18],
];

function interpolate(points: ReadonlyArray<readonly [number, number]>, x: number): number {
  const first = points[0] as readonly [number, number];
  if (x <= first[0]) return first[1];
  for (let i = 1; i < points.length; i++) {
    const [x1, y1] = points[i] as readonly [number, number];
    const [x0, y0] = points[i - 1] as readonly [number, number];
    if (x <= x1) return y0 + ((y1 - y0) * (x - x0)) / (x1 - x0);
  }
  return (points[points.length - 1] as readonly [number, number])[1];
}

export const engagementRateByFollowers = (followers: number) => interpolate(ER_BY_FOLLOWERS, Math.log10(Math.max(followers, 1)));
export const playsPerFollower = (followers: number) => interpolate(PLAYS_PER_FOLLOWER, Math.log10(Math.max(followers, 1)));

/** Likes are most of the engagement; comments and shares share the rest. */
export const LIKE_SHARE_OF_ENGAGEMENT = 0.9;

/**
 * Spread of a creator's typical reach around its tier's norm (log scale): wider for big accounts, whose
 * follower bases hold more dormant fans; a fixed plays/followers threshold then flags some honest big accounts.
 */
export const reachSigma = (followers: number) => (followers >= 500_000 ? 0.6 : 0.35);

/** Median comments per like, and the spread of per-video plays (log scale) and viral hits. */
export const COMMENTS_PER_LIKE = 0.015;
export const PLAYS_SIGMA = 0.8;
export const VIRAL_CHANCE = 0.02;
export const VIRAL_BOOST = { min: 5, max: 30 } as const;
/** Likes per play never exceed this, whatever the benchmarks imply for a creator's size. */
export const MAX_LIKES_PER_PLAY = 0.25;

/** Days for a video to gather 63% of its plays (plays grow as 1 - exp(-age / this)). */
export const VIEW_HALF_LIFE_DAYS = 2;

/** Where the simulated calendar starts; posts and follower growth are laid out from here in absolute time. */
export const SIM_EPOCH_S = Date.UTC(2020, 0, 1) / 1000;
/** The reference date the planted frauds happened before (a clock earlier than a fraud's onset sees none). */
export const FRAUD_WINDOW = { startS: Date.UTC(2025, 6, 1) / 1000, endS: Date.UTC(2026, 4, 15) / 1000 } as const;

export const DAY_S = 86_400;
export const WEEK_S = 7 * DAY_S;
