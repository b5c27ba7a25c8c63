import { syntheticModel as model } from '@creator-audit/providers';
import type { DuckDBValue } from '@duckdb/node-api';
import { DOUBLE, DuckDBListValue, type DuckDBType, LIST, listValue, VARCHAR } from '@duckdb/node-api';

/** Functions of followers (engagement, reach, reach spread) are sampled every 0.01 decade and interpolated in SQL. */
const LOG10_STEP = 0.01;
const LOG10_MAX = 9;

const doubles = (values: readonly number[]) => listValue([...values]);
const grid = (f: (followers: number) => number) =>
  doubles(Array.from({ length: Math.round(LOG10_MAX / LOG10_STEP) + 1 }, (_, i) => f(10 ** (i * LOG10_STEP))));
const mid = (r: { min: number; max: number }) => (r.min + r.max) / 2;

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

/** The look-alikes' numbers (model.LOOKALIKE_DRAWS), per archetype where they replace a number every creator has. */
function lookalikeParams(archetypes: readonly model.Archetype[]): Record<string, DuckDBValue> {
  const l = model.LOOKALIKE_DRAWS;
  const c = model.CREATOR_DRAWS;
  const ages = (a: model.Archetype) => (a === 'dormant_celebrity' ? l.dormant_celebrity.ageYears : a === 'new_account' ? l.new_account.ageYears : c.ageYears);
  const viral = (a: model.Archetype) => a === 'viral_hits';
  return {
    fraud_flags: pick(archetypes, (a) => (model.isFraudArchetype(a) ? 1 : 0)),
    age_min_by: pick(archetypes, (a) => ages(a).min),
    age_max_by: pick(archetypes, (a) => ages(a).max),
    viral_chance_by: pick(archetypes, (a) => (viral(a) ? l.viral_hits.viralChance : model.VIRAL_CHANCE)),
    viral_min_by: pick(archetypes, (a) => (viral(a) ? l.viral_hits.viralBoost.min : model.VIRAL_BOOST.min)),
    viral_max_by: pick(archetypes, (a) => (viral(a) ? l.viral_hits.viralBoost.max : model.VIRAL_BOOST.max)),
    viral_rate_min_by: pick(archetypes, (a) => (viral(a) ? l.viral_hits.viralLikeRate.min : 1)),
    viral_rate_max_by: pick(archetypes, (a) => (viral(a) ? l.viral_hits.viralLikeRate.max : 1)),
    // The mean viral post's likes over an ordinary post's median-based mean (likesReceivedAt's viralLikes).
    viral_likes_by: pick(archetypes, (a) =>
      viral(a)
        ? 1 + l.viral_hits.viralChance * (mid(l.viral_hits.viralBoost) * mid(l.viral_hits.viralLikeRate) - 1)
        : 1 + model.VIRAL_CHANCE * (mid(model.VIRAL_BOOST) * 1 - 1),
    ),
    giveaway_chance_by: pick(archetypes, (a) => (a === 'giveaway' ? l.giveaway.postChance : 0)),
    giveaway_comments_min: l.giveaway.comments.min,
    giveaway_comments_max: l.giveaway.comments.max,
    giveaway_likes_min: l.giveaway.likes.min,
    giveaway_likes_max: l.giveaway.likes.max,
    giveaway_shares_min: l.giveaway.shares.min,
    giveaway_shares_max: l.giveaway.shares.max,
    dormant_tiers: listValue([...l.dormant_celebrity.tiers]),
    new_account_tiers: listValue([...l.new_account.tiers]),
    quiet_min_years: l.dormant_celebrity.quietYearsBeforeReference.min,
    quiet_max_years: l.dormant_celebrity.quietYearsBeforeReference.max,
    recent_reach_min: l.dormant_celebrity.recentReach.min,
    recent_reach_max: l.dormant_celebrity.recentReach.max,
    brand_like_min: l.brand_account.likeRate.min,
    brand_like_max: l.brand_account.likeRate.max,
    brand_reach_min: l.brand_account.reach.min,
    brand_reach_max: l.brand_account.reach.max,
    new_ppw_min: l.new_account.postsPerWeek.min,
    new_ppw_max: l.new_account.postsPerWeek.max,
    heavy_following_min: l.heavy_follower.following.min,
    heavy_following_max: l.heavy_follower.following.max,
  };
}

/**
 * Every number the synthesis SQL uses, as bound `$params`; the SQL holds no model number of its own. A variant
 * (model.MODEL_VARIANTS) scales the engagement curve, swaps the tier mix or weakens the fraud.
 */
export function synthesisParams(variant: model.ModelVariant = model.MODEL_VARIANTS.baseline): Record<string, DuckDBValue> {
  const c = model.CREATOR_DRAWS;
  const v = model.VIDEO_DRAWS;
  const archetypes = model.ARCHETYPES;
  const strength = Object.fromEntries(archetypes.map((a) => [a, model.scaledStrength(a, variant.fraudScale)])) as Record<model.Archetype, model.ArchetypeStrength>;
  const tiers = model.TIERS;
  const tierShares = variant.tierShares ?? Object.fromEntries(tiers.map((t) => [t, model.TIER_MIX[t].share]));
  return {
    ...lookalikeParams(archetypes),
    archetype_names: listValue([...archetypes]),
    archetype_cum: doubles(cumulative(archetypes.map((a) => model.ARCHETYPE_MIX[a]))),
    tier_names: listValue([...tiers]),
    tier_cum: doubles(cumulative(tiers.map((t) => tierShares[t] ?? 0))),
    tier_min: doubles(tiers.map((t) => model.TIER_MIX[t].min)),
    tier_max: doubles(tiers.map((t) => model.TIER_MIX[t].max)),
    tier_floor: doubles(tiers.map((t) => model.TIER_FLOOR[t])),
    log10_step: LOG10_STEP,
    er_grid: grid((followers) => model.engagementRateByFollowers(followers) * variant.engagementScale),
    ppf_grid: grid(model.playsPerFollower),
    reach_sigma_grid: grid(model.reachSigma),
    like_share: model.LIKE_SHARE_OF_ENGAGEMENT,
    comments_per_like: model.COMMENTS_PER_LIKE,
    plays_sigma: model.PLAYS_SIGMA,
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
