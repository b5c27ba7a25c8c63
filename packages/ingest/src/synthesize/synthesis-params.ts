import { syntheticModel as model } from '@creator-audit/providers';
import type { DuckDBValue } from '@duckdb/node-api';
import { DOUBLE, DuckDBListValue, type DuckDBType, LIST, listValue, VARCHAR } from '@duckdb/node-api';

/**
 * The simulator's draws that model.ts does not export yet: they are written inline in the simulator's
 * creator.ts (`creatorTraits`, `drawArchetypeStrength`, `audienceAt`) and videos.ts (`videoAt`). They are
 * named here once, beside the line they mirror, so `synthesize` draws from the same distributions; the
 * distribution test (test/synthesize.test.ts) compares a synthesized cohort with the simulator itself and
 * fails if the two drift apart. They belong in model.ts, imported by both.
 */
export const SIMULATOR_DRAWS = {
  /** creatorTraits: follow-for-follow accounts are nano or micro, with at most 30K organic followers. */
  followForFollowMaxFollowers: 30_000,
  /** creatorTraits: account age U(0.6, 6) years; organic growth exponent U(0.6, 1.5). */
  ageYears: [0.6, 6],
  growthExponent: [0.6, 1.5],
  /** creatorTraits: following = min(7,000, logNormal(250, 1)); audienceAt: follow-for-follow caps at 10,000. */
  followingMedian: 250,
  followingSigma: 1,
  followingCap: 7_000,
  followForFollowFollowingCap: 10_000,
  /** creatorTraits: posts per week = clamp(logNormal(3, 0.7), 0.3, 20). */
  postsPerWeekMedian: 3,
  postsPerWeekSigma: 0.7,
  postsPerWeekRange: [0.3, 20],
  /** creatorTraits: like factor logNormal(1, 0.25), x0.3 for bot-like accounts; comments per like sigma 0.3. */
  likeFactorSigma: 0.25,
  botLikesLikeFactor: 0.3,
  commentsPerLikeSigma: 0.3,
  /** videoAt: per-video like-rate and comment noise, shares and saves per like, view half-life spread. */
  likeRateSigma: 0.25,
  commentsSigma: 0.5,
  sharesPerLike: [0.01, 0.08],
  savesPerLike: [0.03, 0.15],
  halfLifeSpread: [0.7, 1.5],
  /** videoAt: duration a whole number of seconds in [7, 180]. */
  durationS: [7, 180],
  /** videoAt: a botted video's views are cleaned up (to 10%) after U(3, 20) days, one time in four. */
  cleanupChance: 0.25,
  cleanupDays: [3, 20],
  cleanupKeeps: 0.1,
  /** videoAt: bots top every video's likes up to one target, +-3.5%. */
  botLikesNoise: 0.035,
  /** drawArchetypeStrength: [multiple, delivery days, share] ranges per archetype ([x, x] is a constant). */
  strength: {
    organic: { multiple: [1, 1], deliveryDays: [0, 0], share: [0, 0] },
    bought_followers: { multiple: [2, 9], deliveryDays: [20, 90], share: [1, 1] },
    growth_spike: { multiple: [1.5, 4], deliveryDays: [1, 3], share: [1, 1] },
    follow_for_follow: { multiple: [0.5, 1.5], deliveryDays: [90, 240], share: [0.6, 1.3] },
    bot_likes: { multiple: [1.5, 4], deliveryDays: [0.3, 0.3], share: [1, 1] },
    bought_likes: { multiple: [2, 9], deliveryDays: [1, 1], share: [0.6, 0.95] },
    view_botting: { multiple: [2, 12], deliveryDays: [0.5, 0.5], share: [0.5, 0.9] },
  } satisfies Record<model.Archetype, { multiple: number[]; deliveryDays: number[]; share: number[] }>,
} as const;

/** Functions of followers (engagement, reach, reach spread) are sampled every 0.01 decade and interpolated in SQL. */
export const LOG10_STEP = 0.01;
const LOG10_MAX = 9;

const doubles = (values: readonly number[]) => listValue([...values]);
const grid = (f: (followers: number) => number) =>
  doubles(Array.from({ length: Math.round(LOG10_MAX / LOG10_STEP) + 1 }, (_, i) => f(10 ** (i * LOG10_STEP))));

/** Running totals of the shares, without the final 1: the index of a uniform draw is 1 + how many it passed. */
function cumulative(shares: readonly number[]): number[] {
  const total = shares.reduce((a, b) => a + b, 0);
  let sum = 0;
  return shares.slice(0, -1).map((s) => (sum += s / total));
}

/** Lists are bound with their type: DuckDB would type a list by its first element (1 -> INTEGER[]). */
export function synthesisParamTypes(params: Record<string, DuckDBValue>): Record<string, DuckDBType> {
  const types: Record<string, DuckDBType> = {};
  for (const [name, value] of Object.entries(params)) {
    if (value instanceof DuckDBListValue) types[name] = typeof value.items[0] === 'string' ? LIST(VARCHAR) : LIST(DOUBLE);
  }
  return types;
}

const pick = (archetypes: readonly model.Archetype[], f: (a: model.Archetype) => number) => doubles(archetypes.map(f));

/** Every number the synthesis SQL uses, as bound `$params`; the SQL holds no model number of its own. */
export function synthesisParams(): Record<string, DuckDBValue> {
  const d = SIMULATOR_DRAWS;
  const archetypes = model.ARCHETYPES;
  const tiers = model.TIERS;
  return {
    archetype_names: listValue([...archetypes]),
    archetype_cum: doubles(cumulative(archetypes.map((a) => model.ARCHETYPE_MIX[a]))),
    tier_names: listValue([...tiers]),
    tier_cum: doubles(cumulative(tiers.map((t) => model.TIER_MIX[t].share))),
    tier_min: doubles(tiers.map((t) => model.TIER_MIX[t].min)),
    tier_max: doubles(tiers.map((t) => model.TIER_MIX[t].max)),
    tier_floor: doubles(tiers.map((t) => model.TIER_FLOOR[t])),
    log10_step: LOG10_STEP,
    er_grid: grid(model.engagementRateByFollowers),
    ppf_grid: grid(model.playsPerFollower),
    reach_sigma_grid: grid(model.reachSigma),
    like_share: model.LIKE_SHARE_OF_ENGAGEMENT,
    comments_per_like: model.COMMENTS_PER_LIKE,
    plays_sigma: model.PLAYS_SIGMA,
    viral_chance: model.VIRAL_CHANCE,
    viral_min: model.VIRAL_BOOST.min,
    viral_max: model.VIRAL_BOOST.max,
    max_likes_per_play: model.MAX_LIKES_PER_PLAY,
    half_life_days: model.VIEW_HALF_LIFE_DAYS,
    reference_s: model.FRAUD_WINDOW.endS,
    fraud_start_s: model.FRAUD_WINDOW.startS,
    fraud_end_s: model.FRAUD_WINDOW.endS,
    day_s: model.DAY_S,
    week_s: model.WEEK_S,
    ff4f_max_followers: d.followForFollowMaxFollowers,
    age_min_years: d.ageYears[0],
    age_max_years: d.ageYears[1],
    growth_min: d.growthExponent[0],
    growth_max: d.growthExponent[1],
    following_median: d.followingMedian,
    following_sigma: d.followingSigma,
    following_cap: d.followingCap,
    ff4f_following_cap: d.followForFollowFollowingCap,
    ppw_median: d.postsPerWeekMedian,
    ppw_sigma: d.postsPerWeekSigma,
    ppw_min: d.postsPerWeekRange[0],
    ppw_max: d.postsPerWeekRange[1],
    like_factor_sigma: d.likeFactorSigma,
    bot_likes_like_factor: d.botLikesLikeFactor,
    cpl_sigma: d.commentsPerLikeSigma,
    like_rate_sigma: d.likeRateSigma,
    comments_sigma: d.commentsSigma,
    shares_min: d.sharesPerLike[0],
    shares_max: d.sharesPerLike[1],
    saves_min: d.savesPerLike[0],
    saves_max: d.savesPerLike[1],
    half_life_min: d.halfLifeSpread[0],
    half_life_max: d.halfLifeSpread[1],
    cleanup_chance: d.cleanupChance,
    cleanup_min_days: d.cleanupDays[0],
    cleanup_max_days: d.cleanupDays[1],
    cleanup_keeps: d.cleanupKeeps,
    bot_likes_noise: d.botLikesNoise,
    duration_min_s: d.durationS[0],
    duration_max_s: d.durationS[1],
    multiple_min: pick(archetypes, (a) => d.strength[a].multiple[0] as number),
    multiple_max: pick(archetypes, (a) => d.strength[a].multiple[1] as number),
    delivery_min: pick(archetypes, (a) => d.strength[a].deliveryDays[0] as number),
    delivery_max: pick(archetypes, (a) => d.strength[a].deliveryDays[1] as number),
    share_min: pick(archetypes, (a) => d.strength[a].share[0] as number),
    share_max: pick(archetypes, (a) => d.strength[a].share[1] as number),
  };
}
