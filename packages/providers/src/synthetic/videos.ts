import { audienceAt, type CreatorTraits, likesPerPlay, medianPlays, organicFollowersAt, weekOf, weekStartS } from './creator.ts';
import { captionFor } from './captions.ts';
import { type Archetype, DAY_S, LOOKALIKE_DRAWS, PLAYS_SIGMA, VIDEO_DRAWS, VIEW_HALF_LIFE_DAYS, VIRAL_BOOST, VIRAL_CHANCE, WEEK_S } from './model.ts';
import { Rng } from './random.ts';

/** A post: who, when, and the key its numbers are drawn from. */
export interface Post {
  creator: CreatorTraits;
  postedAtS: number;
  key: string;
  /** Campaign posts carry their hashtag in the caption. */
  hashtag?: string;
}

/** A video as the simulated world holds it at one time, with the planted fake parts beside the totals. */
export interface SimVideo {
  videoId: string;
  username: string;
  postedAtS: number;
  caption: string;
  hashtags: string[];
  durationS: number;
  plays: number;
  likes: number;
  comments: number;
  shares: number;
  saves: number;
  /** Bought or botted parts of `plays` and `likes` (0 for organic videos). */
  fakePlays: number;
  fakeLikes: number;
  /** When the platform removed the video, if it did (campaign videos only). */
  deletedAtS: number | null;
}

/** Posts in one absolute week: the count from the Beatty sequence, the times drawn per week. */
export function postsInWeek(t: CreatorTraits, week: number): Post[] {
  const first = weekOf(t.createdAtS) + 1;
  if (week < first) return [];
  const n = Math.floor((week + 1) * t.postsPerWeek + t.postingPhase) - Math.floor(week * t.postsPerWeek + t.postingPhase);
  if (n === 0) return [];
  const rng = new Rng(t.seed, 'week', t.username, week);
  const offsets = Array.from({ length: n }, () => Math.floor(rng.next() * WEEK_S)).sort((a, b) => a - b);
  return offsets.map((offset, i) => ({ creator: t, postedAtS: weekStartS(week) + offset, key: `${week}.${i}` }));
}

/** Exact number of posts up to a time: whole weeks in O(1), the current week counted. */
function videoCountAt(t: CreatorTraits, atS: number): number {
  const first = weekOf(t.createdAtS) + 1;
  const week = weekOf(atS);
  if (week < first) return 0;
  const whole = Math.floor(week * t.postsPerWeek + t.postingPhase) - Math.floor(first * t.postsPerWeek + t.postingPhase);
  return whole + postsInWeek(t, week).filter((p) => p.postedAtS <= atS).length;
}

/** Posts made by `atS` and strictly before `beforeS`, newest first, at most `limit`. */
export function recentPosts(t: CreatorTraits, atS: number, beforeS: number, limit: number): Post[] {
  const bound = Math.min(atS + 1, beforeS);
  const first = weekOf(t.createdAtS) + 1;
  const out: Post[] = [];
  for (let week = weekOf(bound); week >= first && out.length < limit; week--) {
    const posts = postsInWeek(t, week);
    for (let i = posts.length - 1; i >= 0 && out.length < limit; i--) {
      const post = posts[i] as Post;
      if (post.postedAtS < bound) out.push(post);
    }
  }
  return out;
}

/** The first post of each pinned week that exists by `atS`: what the creator pinned to the top of its feed. */
export function pinnedPosts(t: CreatorTraits, atS: number): Post[] {
  return t.pinnedWeeks.flatMap((week) => postsInWeek(t, week).slice(0, 1)).filter((p) => p.postedAtS <= atS);
}

/** TikTok video ids carry the post time in their top 32 bits. */
function videoIdOf(postedAtS: number, rng: Rng): string {
  return ((BigInt(postedAtS) << 32n) | BigInt(rng.int(0, 2 ** 32 - 1))).toString();
}

/** How often a creator's videos go viral, and how far: viral-hit look-alikes more often and further. */
function viralityOf(archetype: Archetype): { chance: number; boost: { min: number; max: number }; likeRate: { min: number; max: number } } {
  const viral = LOOKALIKE_DRAWS.viral_hits;
  return archetype === 'viral_hits'
    ? { chance: viral.viralChance, boost: viral.viralBoost, likeRate: viral.viralLikeRate }
    : { chance: VIRAL_CHANCE, boost: VIRAL_BOOST, likeRate: { min: 1, max: 1 } };
}

/** A dormant celebrity's posts since it went quiet reach a fraction of what they did. */
function reachAt(t: CreatorTraits, postedAtS: number): number {
  return t.quietSinceS !== null && postedAtS >= t.quietSinceS ? t.recentReach : 1;
}

/** Delivered share of something that arrives over `days` after posting. */
const delivered = (ageDays: number, days: number) => Math.min(1, Math.max(0, ageDays / days));

/**
 * A post's numbers at a time. Organic plays follow the creator's size and a heavy tail with rare viral
 * hits, and gather over days; the archetype adds its fake part where the fraud was running when the video
 * was posted (bots on a video arrive within hours; botted views are sometimes cleaned up, so counts drop).
 */
export function videoAt(post: Post, atS: number): SimVideo {
  const t = post.creator;
  const rng = new Rng(t.seed, 'post', t.username, post.key);
  const d = VIDEO_DRAWS;
  const ageDays = Math.max(0, (atS - post.postedAtS) / DAY_S);
  const followers = organicFollowersAt(t, post.postedAtS);
  // Honest look-alikes draw what makes them from a stream of their own: the post's main draws stay as they were.
  const lookalike = new Rng(t.seed, 'lookalike-post', t.username, post.key);
  const virality = viralityOf(t.archetype);
  const viral = rng.chance(virality.chance) ? rng.uniform(virality.boost.min, virality.boost.max) : 1;
  const finalPlays = medianPlays(t, followers) * Math.exp(PLAYS_SIGMA * rng.normal()) * viral * reachAt(t, post.postedAtS);
  const organicPlays = Math.floor(finalPlays * (1 - Math.exp(-ageDays / (VIEW_HALF_LIFE_DAYS * rng.uniform(d.halfLifeSpread.min, d.halfLifeSpread.max)))));
  const likeRate =
    likesPerPlay(t, followers) * rng.logNormal(1, d.likeRateSigma) * (viral > 1 && t.archetype === 'viral_hits' ? lookalike.uniform(virality.likeRate.min, virality.likeRate.max) : 1);
  const giveaway = LOOKALIKE_DRAWS.giveaway;
  const isGiveaway = t.archetype === 'giveaway' && lookalike.chance(giveaway.postChance);
  const entryLikes = isGiveaway ? lookalike.uniform(giveaway.likes.min, giveaway.likes.max) : 1;
  const entryComments = isGiveaway ? lookalike.uniform(giveaway.comments.min, giveaway.comments.max) : 1;
  const entryShares = isGiveaway ? lookalike.uniform(giveaway.shares.min, giveaway.shares.max) : 1;
  const organicLikes = Math.floor(organicPlays * likeRate * entryLikes);
  const comments = Math.floor(organicLikes * t.commentsPerLike * rng.logNormal(1, d.commentsSigma) * entryComments);
  const shares = Math.floor(organicLikes * rng.uniform(d.sharesPerLike.min, d.sharesPerLike.max) * entryShares);
  const saves = Math.floor(organicLikes * rng.uniform(d.savesPerLike.min, d.savesPerLike.max));
  const caption = captionFor(rng, t.username, post.hashtag);
  const video: SimVideo = {
    videoId: videoIdOf(post.postedAtS, rng),
    username: t.username,
    postedAtS: post.postedAtS,
    caption: caption.text,
    hashtags: caption.hashtags,
    durationS: rng.int(d.durationS.min, d.durationS.max),
    plays: organicPlays,
    likes: organicLikes,
    comments,
    shares,
    saves,
    fakePlays: 0,
    fakeLikes: 0,
    deletedAtS: null,
  };
  // Draws below happen for every video, fraud or not, so a creator's organic numbers never depend on its archetype's draws.
  const fraudRoll = rng.next();
  const strength = rng.uniform(1, t.fraud.multiple);
  const cleanup = rng.chance(d.cleanupChance) ? rng.uniform(d.cleanupAfterDays.min, d.cleanupAfterDays.max) : null;
  const noise = rng.normal();
  if (t.onsetS === null || post.postedAtS < t.onsetS) return video;

  switch (t.archetype) {
    case 'view_botting': {
      if (fraudRoll >= t.fraud.share) break;
      const cleaned = cleanup !== null && ageDays > cleanup ? d.cleanupKeeps : 1;
      video.fakePlays = Math.floor(Math.min(finalPlays * strength, t.fraud.packagePerVideo) * delivered(ageDays, t.fraud.deliveryDays) * cleaned);
      break;
    }
    case 'bot_likes': {
      // Bots top every video up to one target: likes become uniform, comments stay those of the small real audience.
      const target = Math.min(medianPlays(t, followers) * likesPerPlay({ ...t, likeFactor: 1 }, followers) * t.fraud.multiple, t.fraud.packagePerVideo);
      const topped = Math.round(target * (1 + d.botLikesNoise * noise) * delivered(ageDays, t.fraud.deliveryDays));
      video.fakeLikes = Math.max(0, topped - organicLikes);
      break;
    }
    case 'bought_likes': {
      if (fraudRoll >= t.fraud.share) break;
      video.fakeLikes = Math.floor(Math.min(organicLikes * t.fraud.multiple, t.fraud.packagePerVideo) * delivered(ageDays, t.fraud.deliveryDays));
      break;
    }
    default:
      break;
  }
  video.plays += video.fakePlays;
  video.likes += video.fakeLikes;
  return video;
}

/**
 * Likes received over every video, as `heartCount` reports them. Summing hundreds of videos per profile call
 * would be slow, so this is the expected total: posts times the mean organic likes over the account's life,
 * plus the fraud's likes on posts since its onset. Monotone in time, like the real counter.
 */
function likesReceivedAt(t: CreatorTraits, atS: number): number {
  const count = videoCountAt(t, atS);
  const lifetimeFollowers = organicFollowersAt(t, atS) / (t.growthExponent + 1);
  const { chance, boost, likeRate } = viralityOf(t.archetype);
  // Viral posts bring their boost in plays, liked at their own rate (strangers like less on a viral hit's posts).
  const viralLikes = 1 + chance * (((boost.min + boost.max) / 2) * ((likeRate.min + likeRate.max) / 2) - 1);
  const meanLikes =
    medianPlays(t, lifetimeFollowers) * Math.exp((PLAYS_SIGMA * PLAYS_SIGMA) / 2) * viralLikes * likesPerPlay(t, lifetimeFollowers) * lookalikeLikesFactor(t, atS, count);
  const sinceOnset = t.onsetS === null || atS <= t.onsetS ? 0 : count - videoCountAt(t, t.onsetS);
  let fakeLikes = 0;
  if (t.archetype === 'bought_likes') fakeLikes = sinceOnset * t.fraud.share * Math.min(meanLikes * t.fraud.multiple, t.fraud.packagePerVideo);
  if (t.archetype === 'bot_likes') fakeLikes = sinceOnset * Math.min((meanLikes * t.fraud.multiple) / t.likeFactor, t.fraud.packagePerVideo);
  return Math.round(count * meanLikes + fakeLikes);
}

/**
 * Honest look-alikes' lifetime likes against an ordinary creator's, per post on average: giveaway posts bring more
 * likes; a dormant celebrity's posts since it went quiet bring its recent reach's share.
 */
function lookalikeLikesFactor(t: CreatorTraits, atS: number, count: number): number {
  const g = LOOKALIKE_DRAWS.giveaway;
  if (t.archetype === 'giveaway') return 1 + g.postChance * ((g.likes.min + g.likes.max) / 2 - 1);
  if (t.quietSinceS === null || count === 0 || atS <= t.quietSinceS) return 1;
  const quietPosts = count - videoCountAt(t, t.quietSinceS);
  return 1 - (quietPosts / count) * (1 - t.recentReach);
}

/** What the profile reports at a time. */
export function profileAt(t: CreatorTraits, atS: number) {
  const audience = audienceAt(t, atS);
  return { ...audience, likesReceived: likesReceivedAt(t, atS), videoCount: videoCountAt(t, atS) };
}

