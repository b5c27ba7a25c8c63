import { creatorTraits } from '../creator.ts';
import { pinnedPosts, recentPosts, videoAt } from '../videos.ts';
import { FAKE_FOLLOWER_KINDS, type FollowerKind } from './audience-model.ts';
import { audienceTraits } from './audience-traits.ts';
import { type CommentKind, commentList } from './comments.ts';
import { followersListedAt, fraudArrivalShare } from './follow-stream.ts';
import { followersFrom } from './followers.ts';

/**
 * Ground truth of the simulated audiences, for evaluation only: the analysis never reads it. A follower is fake
 * when it is a bot (bought, or a spam bot nobody paid for); a follow-for-follow partner is a real account.
 */
export interface SyntheticFollowerTruth {
  userId: string;
  rank: number;
  followedAt: Date;
  kind: FollowerKind;
  isFake: boolean;
}

/** The newest `count` followers at `at`, with what each is. */
export function syntheticFollowerTruth(seed: number, handle: string, at: Date, count: number): SyntheticFollowerTruth[] {
  const t = creatorTraits(seed, handle.toLowerCase());
  if (t.status !== 'ok') return [];
  const atS = Math.floor(at.getTime() / 1000);
  return followersFrom(t, audienceTraits(t), atS, Number.POSITIVE_INFINITY, count).map((f) => ({
    userId: f.account.uid,
    rank: f.rank,
    followedAt: new Date(f.followedAtS * 1000),
    kind: f.kind,
    isFake: FAKE_FOLLOWER_KINDS.includes(f.kind),
  }));
}

/** What the creator's audience is, as planted: the chance each of its newest followers is fake, and its pod. */
export interface SyntheticAudienceTruth {
  username: string;
  archetype: string;
  /** Followers listed at `at`. */
  followers: number;
  /**
   * Expected fake share among the newest `window` followers: for each, its chance of being a bot given when it
   * followed (the purchase's share of arrivals then, the creator's spam share otherwise), averaged. The share a
   * sample of those followers estimates; a sample's own share differs from it by sampling error.
   */
  windowFakeShare: number;
  /** Bots among followers overall, where the simulator knows (bought followers over all followers); spam bots apart. */
  spamShare: number;
  activeShare: number;
  inPod: boolean;
  podRing: number;
  podParticipation: number;
  botCommentsPerVideo: number;
}

export function syntheticAudienceTruth(seed: number, handle: string, at: Date, window: number): SyntheticAudienceTruth {
  const t = creatorTraits(seed, handle.toLowerCase());
  const audience = audienceTraits(t);
  const atS = Math.floor(at.getTime() / 1000);
  const followers = t.status === 'ok' ? followersListedAt(t, atS) : 0;
  const sampled = followersFrom(t, audience, atS, Number.POSITIVE_INFINITY, t.status === 'ok' ? window : 0);
  const fraudIsFake = t.archetype === 'bought_followers' || t.archetype === 'growth_spike';
  const chances = sampled.map((f) => {
    const fraud = fraudArrivalShare(t, f.followedAtS);
    return (fraudIsFake ? fraud : 0) + (1 - fraud) * audience.spamShare;
  });
  return {
    username: t.username,
    archetype: t.archetype,
    followers,
    windowFakeShare: chances.length === 0 ? 0 : chances.reduce((s, c) => s + c, 0) / chances.length,
    spamShare: audience.spamShare,
    activeShare: audience.activeShare,
    inPod: audience.pod !== null,
    podRing: audience.pod?.ring ?? 0,
    podParticipation: audience.pod?.participation ?? 0,
    botCommentsPerVideo: audience.botCommentsPerVideo,
  };
}

interface SyntheticCommentTruth {
  commentId: string;
  videoId: string;
  kind: CommentKind;
}

/** A video's comment list: its planted counts, and the first `count` comments in list order with what each is. */
export interface SyntheticVideoCommentsTruth {
  videoId: string;
  organic: number;
  pod: number;
  bots: number;
  comments: SyntheticCommentTruth[];
}

/** The comments of a creator's newest `videos` videos (pinned ones apart) at `at`, the first `count` of each. */
export function syntheticCommentTruth(seed: number, handle: string, at: Date, videos: number, count: number): SyntheticVideoCommentsTruth[] {
  const t = creatorTraits(seed, handle.toLowerCase());
  if (t.status !== 'ok') return [];
  const atS = Math.floor(at.getTime() / 1000);
  const audience = audienceTraits(t);
  const pinned = new Set(pinnedPosts(t, atS).map((p) => p.key));
  return recentPosts(t, atS, Number.POSITIVE_INFINITY, videos + pinned.size)
    .filter((p) => !pinned.has(p.key))
    .slice(0, videos)
    .map((post) => {
      const list = commentList(t, audience, videoAt(post, atS), atS);
      const comments = Array.from({ length: Math.min(count, list.total) }, (_, i) => {
        const c = list.at(i);
        return { commentId: c.commentId, videoId: c.videoId, kind: c.kind };
      });
      return { videoId: list.video.videoId, organic: list.organic, pod: list.podMembers.length, bots: list.bots, comments };
    });
}

/** What one video's comment list holds, for labelling comments sampled from it. */
export function syntheticVideoCommentsTruth(seed: number, videoId: string, handle: string, at: Date, count: number): SyntheticVideoCommentsTruth | null {
  const t = creatorTraits(seed, handle.toLowerCase());
  const atS = Math.floor(at.getTime() / 1000);
  const postedAtS = Number(BigInt(videoId) >> 32n);
  const post = recentPosts(t, atS, postedAtS + 1, 64).find((p) => p.postedAtS === postedAtS && videoAt(p, postedAtS).videoId === videoId);
  if (!post) return null;
  const list = commentList(t, audienceTraits(t), videoAt(post, atS), atS);
  const comments = Array.from({ length: Math.min(count, list.total) }, (_, i) => {
    const c = list.at(i);
    return { commentId: c.commentId, videoId: c.videoId, kind: c.kind };
  });
  return { videoId, organic: list.organic, pod: list.podMembers.length, bots: list.bots, comments };
}
