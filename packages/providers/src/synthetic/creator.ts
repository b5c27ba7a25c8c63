import {
  ARCHETYPE_MIX,
  ARCHETYPE_STRENGTH,
  type Archetype,
  COMMENTS_PER_LIKE,
  CREATOR_DRAWS,
  DAY_S,
  DAYS_PER_YEAR,
  engagementRateByFollowers,
  FRAUD_WINDOW,
  isFraudArchetype,
  LIKE_SHARE_OF_ENGAGEMENT,
  LOOKALIKE_DRAWS,
  MAX_LIKES_PER_PLAY,
  MIN_DELIVERY_DAYS,
  MIN_REACH_FOLLOWERS,
  PLAYS_SIGMA,
  playsPerFollower,
  reachSigma,
  SIM_EPOCH_S,
  STATUS_MIX,
  type Strength,
  type Tier,
  TIER_MIX,
  WEEK_S,
} from './model.ts';
import { Rng } from './random.ts';

export type AccountStatus = 'ok' | 'not_found' | 'private';

/**
 * What never changes about a simulated creator: drawn once from (seed, handle). Everything observed at a
 * time (followers, videos and their counts) is computed from these by `followersAt` and the feed functions.
 */
export interface CreatorTraits {
  seed: number;
  username: string;
  status: AccountStatus;
  archetype: Archetype;
  /** Tier its organic audience was drawn in (the label tier is judged on shown followers at a time). */
  organicTier: Tier;
  userId: string;
  nickname: string;
  verified: boolean;
  createdAtS: number;
  /** Organic followers at `FRAUD_WINDOW.endS`; they grow as a power of account age. */
  followersAtReference: number;
  growthExponent: number;
  following: number;
  /** Posts per week, laid out by a Beatty sequence so the count up to any time is exact in O(1). */
  postsPerWeek: number;
  postingPhase: number;
  /** The creator's own reach and like rate around the tier's norms. */
  reachFactor: number;
  likeFactor: number;
  commentsPerLike: number;
  /** Weeks (absolute) whose first post the creator pinned. */
  pinnedWeeks: number[];
  /**
   * A dormant celebrity's posts since it went quiet reach this share of its old reach (1 for everyone else, and
   * before `quietSinceS`).
   */
  quietSinceS: number | null;
  recentReach: number;
  /** When the planted fraud started (seconds); null for organic creators. */
  onsetS: number | null;
  /**
   * Archetype strength: bought follower multiple, bot-like target multiple, share of botted videos... and the
   * size of the package bought per video (likes or plays): fraud is bought in packages, so a big account's
   * bought likes are not a multiple of its millions.
   */
  fraud: { multiple: number; deliveryDays: number; share: number; packagePerVideo: number };
}

const REFERENCE_S = FRAUD_WINDOW.endS;

export function weekOf(timeS: number): number {
  return Math.floor((timeS - SIM_EPOCH_S) / WEEK_S);
}

export function weekStartS(week: number): number {
  return SIM_EPOCH_S + week * WEEK_S;
}

/** The archetype's strength (ARCHETYPE_STRENGTH), drawn field by field in the table's order; fixed numbers take no draw. */
function drawArchetypeStrength(rng: Rng, archetype: Archetype): CreatorTraits['fraud'] {
  const s = ARCHETYPE_STRENGTH[archetype];
  const draw = (v: Strength) => (typeof v === 'number' ? v : rng.uniform(v.min, v.max));
  const multiple = draw(s.multiple);
  const deliveryDays = draw(s.deliveryDays);
  const share = draw(s.share);
  const packagePerVideo = s.packagePerVideo === null ? Number.POSITIVE_INFINITY : rng.logUniform(s.packagePerVideo.min, s.packagePerVideo.max);
  return { multiple, deliveryDays, share, packagePerVideo };
}

/** The tiers an archetype is drawn in when they are not the tier mix's. */
function tierChoices(archetype: Archetype): readonly Tier[] | null {
  if (archetype === 'follow_for_follow') return CREATOR_DRAWS.followForFollowTiers;
  if (archetype === 'dormant_celebrity') return LOOKALIKE_DRAWS.dormant_celebrity.tiers;
  if (archetype === 'new_account') return LOOKALIKE_DRAWS.new_account.tiers;
  return null;
}

function followingOf(archetype: Archetype, drawn: number, heavy: () => number): number {
  return archetype === 'heavy_follower' ? heavy() : drawn;
}

/** Years of account age at the reference date: the archetype's own range where it has one, else every creator's. */
function ageRange(archetype: Archetype): { min: number; max: number } {
  if (archetype === 'dormant_celebrity') return LOOKALIKE_DRAWS.dormant_celebrity.ageYears;
  if (archetype === 'new_account') return LOOKALIKE_DRAWS.new_account.ageYears;
  return CREATOR_DRAWS.ageYears;
}

/**
 * The creator behind a handle. Any handle is a creator: the simulator answers for names it never listed too.
 * Honest look-alikes take what makes them (LOOKALIKE_DRAWS) from a stream of their own, and reshape the main
 * stream's draws without adding or skipping any: every other creator draws exactly what it drew before they existed.
 */
export function creatorTraits(seed: number, username: string): CreatorTraits {
  const rng = new Rng(seed, 'creator', username);
  const lookalike = new Rng(seed, 'lookalike', username);
  const d = CREATOR_DRAWS;
  const roll = rng.next();
  const status: AccountStatus = roll < STATUS_MIX.not_found ? 'not_found' : roll < STATUS_MIX.not_found + STATUS_MIX.private ? 'private' : 'ok';
  const archetype = rng.weighted(ARCHETYPE_MIX);
  // Follow-for-follow rings are a small-account practice: TikTok caps following at 10,000. Celebrities are big,
  // new accounts small. Each of these is one draw, as the tier mix's is.
  const tiers = tierChoices(archetype);
  const organicTier: Tier = tiers
    ? rng.pick(tiers)
    : rng.weighted(Object.fromEntries(Object.entries(TIER_MIX).map(([t, m]) => [t, m.share])) as Record<Tier, number>);
  const range = TIER_MIX[organicTier];
  const followersAtReference = Math.round(rng.logUniform(range.min, archetype === 'follow_for_follow' ? Math.min(range.max, d.followForFollowMaxFollowers) : range.max));
  const ages = ageRange(archetype);
  const ageYears = rng.uniform(ages.min, ages.max);
  const createdAtS = Math.round(REFERENCE_S - ageYears * DAYS_PER_YEAR * DAY_S);
  const ppw = d.postsPerWeek;
  const drawnPostsPerWeek = rng.chance(d.rarePosterChance)
    ? rng.uniform(d.rarePostsPerWeek.min, d.rarePostsPerWeek.max)
    : Math.min(ppw.max, Math.max(ppw.min, rng.logNormal(ppw.median, ppw.sigma)));
  const newAccount = LOOKALIKE_DRAWS.new_account.postsPerWeek;
  const postsPerWeek = archetype === 'new_account' ? lookalike.uniform(newAccount.min, newAccount.max) : drawnPostsPerWeek;
  const onsetS = isFraudArchetype(archetype) ? Math.round(rng.uniform(FRAUD_WINDOW.startS, FRAUD_WINDOW.endS)) : null;
  const lastWeek = weekOf(REFERENCE_S);
  // Up to three pins, each a distinct week's first post (a video cannot be pinned twice).
  const pinnedWeeks = rng.chance(d.pinChance)
    ? [...new Set(Array.from({ length: rng.int(d.pins.min, d.pins.max) }, () => lastWeek - rng.int(d.pinWeeksBack.min, d.pinWeeksBack.max)))]
    : [];
  const heavy = LOOKALIKE_DRAWS.heavy_follower.following;
  const brand = LOOKALIKE_DRAWS.brand_account;
  const dormant = LOOKALIKE_DRAWS.dormant_celebrity;
  return {
    seed,
    username,
    status,
    archetype,
    organicTier,
    userId: `68${String(rng.int(10_000_000, 99_999_999))}${String(rng.int(100_000_000, 999_999_999))}`,
    nickname: nicknameOf(username),
    verified: followersAtReference > d.verifiedFromFollowers ? rng.chance(d.verifiedChanceBig) : rng.chance(d.verifiedChanceSmall),
    createdAtS,
    followersAtReference,
    growthExponent: rng.uniform(d.growthExponent.min, d.growthExponent.max),
    // The main stream's draw stays in its place for everyone; a heavy follower then replaces it.
    following: followingOf(archetype, Math.min(d.following.max, Math.round(rng.logNormal(d.following.median, d.following.sigma))), () =>
      Math.round(lookalike.logUniform(heavy.min, heavy.max)),
    ),
    postsPerWeek,
    postingPhase: rng.next(),
    reachFactor: rng.logNormal(1, reachSigma(followersAtReference)) * (archetype === 'brand_account' ? lookalike.uniform(brand.reach.min, brand.reach.max) : 1),
    likeFactor:
      rng.logNormal(1, d.likeFactorSigma) *
      (archetype === 'bot_likes' ? d.botLikesLikeFactor : archetype === 'brand_account' ? lookalike.uniform(brand.likeRate.min, brand.likeRate.max) : 1),
    commentsPerLike: rng.logNormal(COMMENTS_PER_LIKE, d.commentsPerLikeSigma),
    pinnedWeeks,
    quietSinceS:
      archetype === 'dormant_celebrity'
        ? Math.round(REFERENCE_S - lookalike.uniform(dormant.quietYearsBeforeReference.min, dormant.quietYearsBeforeReference.max) * DAYS_PER_YEAR * DAY_S)
        : null,
    recentReach: archetype === 'dormant_celebrity' ? lookalike.uniform(dormant.recentReach.min, dormant.recentReach.max) : 1,
    onsetS,
    fraud: drawArchetypeStrength(rng, archetype),
  };
}

function nicknameOf(username: string): string {
  const words = username.split(/[._\d]+/).filter(Boolean);
  return words.map((w) => w[0]?.toUpperCase() + w.slice(1)).join(' ') || username;
}

/** Organic followers at a time: a power of account age, zero before the account existed. */
export function organicFollowersAt(t: CreatorTraits, timeS: number): number {
  if (timeS <= t.createdAtS) return 0;
  return t.followersAtReference * ((timeS - t.createdAtS) / (REFERENCE_S - t.createdAtS)) ** t.growthExponent;
}

/** How far a fraud delivered by `timeS`: 0 before its onset, rising linearly to 1 over its delivery days. */
export function fraudProgress(t: CreatorTraits, timeS: number): number {
  if (t.onsetS === null || timeS <= t.onsetS) return 0;
  return Math.min(1, (timeS - t.onsetS) / (Math.max(t.fraud.deliveryDays, MIN_DELIVERY_DAYS) * DAY_S));
}

/** Followers and following as the profile shows them at a time, with the bought or reciprocal part. */
export function audienceAt(t: CreatorTraits, timeS: number): { followers: number; fakeFollowers: number; following: number } {
  const organic = organicFollowersAt(t, timeS);
  const progress = fraudProgress(t, timeS);
  let fake = 0;
  let following = t.following;
  if (t.archetype === 'bought_followers' || t.archetype === 'growth_spike') {
    fake = organicFollowersAt(t, t.onsetS ?? timeS) * t.fraud.multiple * progress;
  } else if (t.archetype === 'follow_for_follow') {
    fake = organic * t.fraud.multiple * progress;
    following = Math.min(CREATOR_DRAWS.followForFollowMaxFollowing, t.following + (organic + fake) * t.fraud.share * progress);
  }
  return { followers: Math.round(organic + fake), fakeFollowers: Math.round(fake), following: Math.round(following) };
}

/** Median organic plays of a video posted when the creator had `followers` organic followers. */
export function medianPlays(t: CreatorTraits, followers: number): number {
  // Scaled so the MEAN of the log-normal spread matches the tier's plays per follower.
  return Math.max(MIN_REACH_FOLLOWERS, followers) * playsPerFollower(followers) * t.reachFactor * Math.exp((-PLAYS_SIGMA * PLAYS_SIGMA) / 2);
}

/** Likes per play, so that likes per follower match the engagement benchmark for the creator's size. */
export function likesPerPlay(t: CreatorTraits, followers: number): number {
  return Math.min(MAX_LIKES_PER_PLAY, ((LIKE_SHARE_OF_ENGAGEMENT * engagementRateByFollowers(followers)) / playsPerFollower(followers)) * t.likeFactor);
}

