import { syntheticModel as model } from '@creator-audit/providers';
import type { DuckDBValue } from '@duckdb/node-api';
import { DOUBLE, DuckDBListValue, type DuckDBType, LIST, listValue, VARCHAR } from '@duckdb/node-api';

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
/** A fixed strength is its own range. */
const low = (v: model.Strength) => (typeof v === 'number' ? v : v.min);
const high = (v: model.Strength) => (typeof v === 'number' ? v : v.max);

/** Every number the synthesis SQL uses, as bound `$params`; the SQL holds no model number of its own. */
export function synthesisParams(): Record<string, DuckDBValue> {
  const c = model.CREATOR_DRAWS;
  const v = model.VIDEO_DRAWS;
  const strength = model.ARCHETYPE_STRENGTH;
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
    days_per_year: model.DAYS_PER_YEAR,
    min_reach_followers: model.MIN_REACH_FOLLOWERS,
    min_delivery_days: model.MIN_DELIVERY_DAYS,
    week_s: model.WEEK_S,
    ff4f_tiers: listValue([...c.followForFollowTiers]),
    ff4f_max_followers: c.followForFollowMaxFollowers,
    age_min_years: c.ageYears.min,
    age_max_years: c.ageYears.max,
    growth_min: c.growthExponent.min,
    growth_max: c.growthExponent.max,
    following_median: c.following.median,
    following_sigma: c.following.sigma,
    following_cap: c.following.max,
    ff4f_following_cap: c.followForFollowMaxFollowing,
    ppw_median: c.postsPerWeek.median,
    ppw_sigma: c.postsPerWeek.sigma,
    ppw_min: c.postsPerWeek.min,
    ppw_max: c.postsPerWeek.max,
    like_factor_sigma: c.likeFactorSigma,
    bot_likes_like_factor: c.botLikesLikeFactor,
    cpl_sigma: c.commentsPerLikeSigma,
    like_rate_sigma: v.likeRateSigma,
    comments_sigma: v.commentsSigma,
    shares_min: v.sharesPerLike.min,
    shares_max: v.sharesPerLike.max,
    saves_min: v.savesPerLike.min,
    saves_max: v.savesPerLike.max,
    half_life_min: v.halfLifeSpread.min,
    half_life_max: v.halfLifeSpread.max,
    cleanup_chance: v.cleanupChance,
    cleanup_min_days: v.cleanupAfterDays.min,
    cleanup_max_days: v.cleanupAfterDays.max,
    cleanup_keeps: v.cleanupKeeps,
    bot_likes_noise: v.botLikesNoise,
    duration_min_s: v.durationS.min,
    duration_max_s: v.durationS.max,
    multiple_min: pick(archetypes, (a) => low(strength[a].multiple)),
    multiple_max: pick(archetypes, (a) => high(strength[a].multiple)),
    delivery_min: pick(archetypes, (a) => low(strength[a].deliveryDays)),
    delivery_max: pick(archetypes, (a) => high(strength[a].deliveryDays)),
    share_min: pick(archetypes, (a) => low(strength[a].share)),
    share_max: pick(archetypes, (a) => high(strength[a].share)),
    // An archetype that buys nothing per video has an infinite package: least(x, package) is x, as in the simulator.
    package_min: pick(archetypes, (a) => strength[a].packagePerVideo?.min ?? Number.POSITIVE_INFINITY),
    package_max: pick(archetypes, (a) => strength[a].packagePerVideo?.max ?? Number.POSITIVE_INFINITY),
  };
}
