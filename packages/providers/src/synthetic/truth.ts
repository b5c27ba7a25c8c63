import { type AccountStatus, audienceAt, creatorTraits } from './creator.ts';
import { campaignVideosAt } from './campaign.ts';
import { type Archetype, type Tier, tierOf } from './model.ts';
import { pinnedPosts, recentPosts, type SimVideo, videoAt } from './videos.ts';

/**
 * Ground truth of the simulated world, for evaluation only: the analysis never reads it. A fraud counts
 * from its onset: asked about a time before it, a planted creator is still organic (`fraudActive` false).
 */
export interface SyntheticCreatorTruth {
  username: string;
  status: AccountStatus;
  archetype: Archetype;
  fraudActive: boolean;
  /** Tier of the followers the profile shows at that time, as an analyst would bucket it. */
  tier: Tier;
  followers: number;
  fakeFollowers: number;
  following: number;
  fraudOnset: Date | null;
}

export interface SyntheticVideoTruth {
  videoId: string;
  username: string;
  postedAt: Date;
  plays: number;
  fakePlays: number;
  likes: number;
  fakeLikes: number;
  comments: number;
  /** Planted fake share of the plays, 0 to 1 (0 when there are no plays). */
  fakeViewShare: number;
}

export function syntheticCreatorTruth(seed: number, handle: string, at: Date): SyntheticCreatorTruth {
  const t = creatorTraits(seed, handle.toLowerCase());
  const atS = Math.floor(at.getTime() / 1000);
  const audience = audienceAt(t, atS);
  return {
    username: t.username,
    status: t.status,
    archetype: t.archetype,
    fraudActive: t.onsetS !== null && t.onsetS < atS,
    tier: tierOf(audience.followers),
    followers: audience.followers,
    fakeFollowers: audience.fakeFollowers,
    following: audience.following,
    fraudOnset: t.onsetS === null ? null : new Date(t.onsetS * 1000),
  };
}

function videoTruth(v: SimVideo): SyntheticVideoTruth {
  return {
    videoId: v.videoId,
    username: v.username,
    postedAt: new Date(v.postedAtS * 1000),
    plays: v.plays,
    fakePlays: v.fakePlays,
    likes: v.likes,
    fakeLikes: v.fakeLikes,
    comments: v.comments,
    fakeViewShare: v.plays === 0 ? 0 : v.fakePlays / v.plays,
  };
}

/** A creator's feed as the first pages show it at `at`: pinned videos first, then the newest, without repeats. */
export function syntheticFeedTruth(seed: number, handle: string, at: Date, limit: number): SyntheticVideoTruth[] {
  const t = creatorTraits(seed, handle.toLowerCase());
  if (t.status !== 'ok') return [];
  const atS = Math.floor(at.getTime() / 1000);
  const seen = new Set<string>();
  const feed: SyntheticVideoTruth[] = [];
  for (const post of [...pinnedPosts(t, atS), ...recentPosts(t, atS, Number.POSITIVE_INFINITY, limit)]) {
    const video = videoTruth(videoAt(post, atS));
    if (seen.has(video.videoId) || feed.length >= limit) continue;
    seen.add(video.videoId);
    feed.push(video);
  }
  return feed;
}

/** A hashtag's listed videos at `at`, in list order. */
export function syntheticHashtagTruth(seed: number, hashtag: string, at: Date): SyntheticVideoTruth[] {
  return campaignVideosAt(seed, hashtag.toLowerCase(), Math.floor(at.getTime() / 1000)).map(videoTruth);
}
