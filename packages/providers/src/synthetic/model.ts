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

/**
 * Honest creators that look like fraud to fixed rules: a viral hit or two, giveaway posts, a dormant celebrity,
 * a brand account, a new account with a handful of videos, a creator who follows many. Labelled honest.
 */
export const HONEST_LOOKALIKES = ['viral_hits', 'giveaway', 'dormant_celebrity', 'brand_account', 'new_account', 'heavy_follower'] as const;
const FRAUD_ARCHETYPES = ['bought_followers', 'bot_likes', 'view_botting', 'follow_for_follow', 'bought_likes', 'growth_spike'] as const;

/** In the order the archetype draw walks them: organic, the honest look-alikes, then fraud (see ARCHETYPE_MIX). */
export const ARCHETYPES = ['organic', ...HONEST_LOOKALIKES, ...FRAUD_ARCHETYPES] as const;
export type Archetype = (typeof ARCHETYPES)[number];

export const isFraudArchetype = (archetype: Archetype): boolean => (FRAUD_ARCHETYPES as readonly string[]).includes(archetype);

/**
 * Planted shares: 58% organic, 2% for each honest look-alike, 5% for each fraud archetype. The look-alikes take their
 * 12% from the top of organic's old 70%, so a draw lands on the same fraud archetype as before they existed.
 */
export const ARCHETYPE_MIX: Readonly<Record<Archetype, number>> = {
  organic: 0.58,
  viral_hits: 0.02,
  giveaway: 0.02,
  dormant_celebrity: 0.02,
  brand_account: 0.02,
  new_account: 0.02,
  heavy_follower: 0.02,
  bought_followers: 0.05,
  bot_likes: 0.05,
  view_botting: 0.05,
  follow_for_follow: 0.05,
  bought_likes: 0.05,
  growth_spike: 0.05,
};

/**
 * What makes each honest look-alike, drawn from streams of their own (creator.ts, videos.ts) so no other creator's
 * numbers change. Ranges are drawn uniformly unless said otherwise.
 */
export const LOOKALIKE_DRAWS = {
  /** Videos go viral more often and further; strangers from the For You feed like less than followers do. */
  viral_hits: { viralChance: 0.05, viralBoost: { min: 20, max: 100 }, viralLikeRate: { min: 0.4, max: 0.8 } },
  /** Now and then a "like, comment and share to win" post: comments, likes and shares jump on that post alone. */
  giveaway: { postChance: 0.05, comments: { min: 10, max: 60 }, likes: { min: 1.5, max: 3 }, shares: { min: 3, max: 10 } },
  /**
   * A big, old account whose audience stopped watching: posts since it went quiet reach a small share of the reach
   * it had; its lifetime likes remember the old days.
   */
  dormant_celebrity: {
    tiers: ['macro', 'mega'] as const satisfies readonly Tier[],
    ageYears: { min: 3, max: 6 },
    quietYearsBeforeReference: { min: 1, max: 2.5 },
    recentReach: { min: 0.03, max: 0.15 },
  },
  /** Brand content: fewer likes per play and a reach below the tier's, every post alike. */
  brand_account: { likeRate: { min: 0.15, max: 0.4 }, reach: { min: 0.4, max: 1 } },
  /**
   * Opened weeks before the reference date with a nano audience, posting rarely: a handful of videos when seen
   * months later (its followers grow as a power of its young age, so they have grown by then).
   */
  new_account: { tiers: ['nano'] as const satisfies readonly Tier[], ageYears: { min: 0.02, max: 0.15 }, postsPerWeek: { min: 0.15, max: 0.3 } },
  /** Follows thousands of accounts (log-uniform), whatever its followers. */
  heavy_follower: { following: { min: 2_000, max: 10_000 } },
} as const;

/** A range a value is drawn from: uniformly, unless its doc says otherwise. */
export interface Range {
  readonly min: number;
  readonly max: number;
}

/** A fraud strength: a fixed number (no draw), or a range drawn uniformly. */
export type Strength = number | Range;

export interface ArchetypeStrength {
  /**
   * bought_followers, growth_spike: fake followers over the organic ones at onset; follow_for_follow: reciprocal
   * followers over the organic ones; bot_likes: the like target over the organic like norm; bought_likes: bought
   * likes over a video's organic likes; view_botting: the most fake plays over organic plays (each video draws U(1, this)).
   */
  multiple: Strength;
  /** Days the fraud takes to arrive: followers over weeks, likes and plays on a video within hours. */
  deliveryDays: Strength;
  /** bought_likes, view_botting: share of videos touched; follow_for_follow: accounts followed back per follower gained. */
  share: Strength;
  /**
   * Size of the package bought per video, log-uniform (likes; plays for view_botting); null where nothing is bought
   * per video. Fraud is bought in packages, so a big account's bought likes are not a multiple of its millions.
   */
  packagePerVideo: Range | null;
}

/**
 * Each archetype's strength, drawn once per creator in this field order (creator.ts `drawArchetypeStrength`);
 * fixed numbers take no draw, so changing one to a range shifts every later draw of the creator's stream.
 */
const HONEST: ArchetypeStrength = { multiple: 1, deliveryDays: 0, share: 0, packagePerVideo: null };

export const ARCHETYPE_STRENGTH: Readonly<Record<Archetype, ArchetypeStrength>> = {
  organic: HONEST,
  viral_hits: HONEST,
  giveaway: HONEST,
  dormant_celebrity: HONEST,
  brand_account: HONEST,
  new_account: HONEST,
  heavy_follower: HONEST,
  bought_followers: { multiple: { min: 2, max: 9 }, deliveryDays: { min: 20, max: 90 }, share: 1, packagePerVideo: null },
  growth_spike: { multiple: { min: 1.5, max: 4 }, deliveryDays: { min: 1, max: 3 }, share: 1, packagePerVideo: null },
  follow_for_follow: { multiple: { min: 0.5, max: 1.5 }, deliveryDays: { min: 90, max: 240 }, share: { min: 0.6, max: 1.3 }, packagePerVideo: null },
  bot_likes: { multiple: { min: 1.5, max: 4 }, deliveryDays: 0.3, share: 1, packagePerVideo: { min: 2_000, max: 200_000 } },
  bought_likes: { multiple: { min: 2, max: 9 }, deliveryDays: 1, share: { min: 0.6, max: 0.95 }, packagePerVideo: { min: 5_000, max: 300_000 } },
  view_botting: { multiple: { min: 2, max: 12 }, deliveryDays: 0.5, share: { min: 0.5, max: 0.9 }, packagePerVideo: { min: 50_000, max: 5_000_000 } },
};

/** Progress divides by the delivery days: a fraud delivered "at once" still takes this long (about 15 minutes). */
export const MIN_DELIVERY_DAYS = 0.01;

/**
 * What creator.ts `creatorTraits` draws once per creator beside its tier, archetype and strength. Log-normals
 * are given by median and sigma (log scale); `min`/`max` beside them clamp the draw.
 */
export const CREATOR_DRAWS = {
  /** Follow-for-follow rings are a small-account practice: nano or micro, at most 30K organic followers. */
  followForFollowTiers: ['nano', 'micro'] as const satisfies readonly Tier[],
  followForFollowMaxFollowers: 30_000,
  /** Account age in years at the fraud window's end. */
  ageYears: { min: 0.6, max: 6 },
  /** A few accounts barely post: they get "too few videos" or nothing at all to score. */
  rarePosterChance: 0.02,
  rarePostsPerWeek: { min: 0, max: 0.04 },
  postsPerWeek: { median: 3, sigma: 0.7, min: 0.3, max: 20 },
  /** A quarter of creators pin 1-3 videos, each the first post of a week 4-40 weeks before the reference. */
  pinChance: 0.25,
  pins: { min: 1, max: 3 },
  pinWeeksBack: { min: 4, max: 40 },
  /** Verified: most accounts past a million followers, almost none below. */
  verifiedFromFollowers: 1_000_000,
  verifiedChanceBig: 0.6,
  verifiedChanceSmall: 0.01,
  /** Organic followers grow as (account age)^this. */
  growthExponent: { min: 0.6, max: 1.5 },
  following: { median: 250, sigma: 1, max: 7_000 },
  /** Follow-for-follow raises following up to TikTok's cap. */
  followForFollowMaxFollowing: 10_000,
  /** The creator's like rate around the norm; bot-like accounts have a small real audience behind the bots. */
  likeFactorSigma: 0.25,
  botLikesLikeFactor: 0.3,
  /** Comments per like: log-normal around COMMENTS_PER_LIKE. */
  commentsPerLikeSigma: 0.3,
} as const;

/** What videos.ts `videoAt` draws per video beside its plays and viral boost. */
export const VIDEO_DRAWS = {
  /** The view half-life of one video, as a multiple of VIEW_HALF_LIFE_DAYS. */
  halfLifeSpread: { min: 0.7, max: 1.5 },
  /** Log-scale spreads of a video's like rate and comments around the creator's. */
  likeRateSigma: 0.25,
  commentsSigma: 0.5,
  /** Shares and saves per organic like. */
  sharesPerLike: { min: 0.01, max: 0.08 },
  savesPerLike: { min: 0.03, max: 0.15 },
  /** Duration, whole seconds. */
  durationS: { min: 7, max: 180 },
  /** One botted video in four is cleaned up after some days, keeping a tenth of its fake plays. */
  cleanupChance: 0.25,
  cleanupAfterDays: { min: 3, max: 20 },
  cleanupKeeps: 0.1,
  /** Bots top every video's likes up to one target, with this relative normal noise. */
  botLikesNoise: 0.035,
} as const;

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

/** A video reaches at least this many followers' worth of plays, however new the account. */
export const MIN_REACH_FOLLOWERS = 50;

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
export const DAYS_PER_YEAR = 365.25;
export const WEEK_S = 7 * DAY_S;

/**
 * A perturbed world for evaluating on data a model was not tuned on: the same model with its engagement norms
 * scaled, another tier mix, or weaker fraud. `synthesize --variant` generates one.
 */
export interface ModelVariant {
  /** Likes per play (so engagement) over the benchmark curve's; still capped at MAX_LIKES_PER_PLAY. */
  engagementScale: number;
  /** Tier shares of organic followers; null keeps TIER_MIX's. */
  tierShares: Readonly<Record<Tier, number>> | null;
  /**
   * How much of each fraud is delivered: what it adds (fake followers, bought likes, botted plays, a bot-like target's
   * excess over the norm) and the package sizes are scaled by it; 1 is the fraud as planted.
   */
  fraudScale: number;
}

export const MODEL_VARIANTS = {
  baseline: { engagementScale: 1, tierShares: null, fraudScale: 1 },
  engagement_half: { engagementScale: 0.5, tierShares: null, fraudScale: 1 },
  engagement_double: { engagementScale: 2, tierShares: null, fraudScale: 1 },
  /** A list of mostly small accounts, as a campaign's applicants are. */
  small_accounts: { engagementScale: 1, tierShares: { nano: 0.6, micro: 0.28, mid: 0.08, macro: 0.025, mega: 0.015 }, fraudScale: 1 },
  weak_fraud: { engagementScale: 1, tierShares: null, fraudScale: 0.5 },
} as const satisfies Record<string, ModelVariant>;

const scaleRange = (v: Strength, f: (x: number) => number): Strength => (typeof v === 'number' ? f(v) : { min: f(v.min), max: f(v.max) });

/**
 * An archetype's strength under a variant's fraud scale: multiples are fakes over the organic part (scaled), except
 * bot likes' target over the norm (its excess over 1 scaled); packages scaled; delivery and shares unchanged.
 */
export function scaledStrength(archetype: Archetype, fraudScale: number): ArchetypeStrength {
  const s = ARCHETYPE_STRENGTH[archetype];
  if (fraudScale === 1 || !isFraudArchetype(archetype)) return s;
  const multiple = archetype === 'bot_likes' ? (m: number) => 1 + (m - 1) * fraudScale : (m: number) => m * fraudScale;
  const pkg = s.packagePerVideo;
  return {
    ...s,
    multiple: scaleRange(s.multiple, multiple),
    packagePerVideo: pkg === null ? null : { min: pkg.min * fraudScale, max: pkg.max * fraudScale },
  };
}
