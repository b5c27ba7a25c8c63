import { formatFixed, formatGrouped } from '../python/format.ts';
import { sampleStdev, trueDivide } from '../python/numbers.ts';
import { unreadableCounts } from '../unreadable-counts.ts';
import { CONSISTENCY_CAP, RULES, type RuleHit, type RuleId, TOTAL_CAP, type Verdict, VIDEOS_SCORED, verdictFor } from './rules.ts';

/** Counts as stored: exact non-negative safe integers, or null when the API did not give a usable one. */
export interface FeedVideo {
  plays: number | null;
  likes: number | null;
  comments: number | null;
  videoId?: string;
  /** Why a count the vendor sent is null (`likes: negative (-3)`), as ingest recorded it. */
  countProblems?: readonly string[];
}

export interface CreatorSnapshot {
  username: string;
  followers: number | null;
  following: number | null;
  likesReceived: number | null;
  videoCount: number | null;
  countProblems?: readonly string[];
  /** In feed order. */
  videos: readonly FeedVideo[];
}

/**
 * One creator's seed-v1 score. Keys are the `creator_scores` column names, so the oracle and the SQL row
 * compare field by field and `check --json` prints what the table holds.
 */
export interface SeedV1Score {
  username: string;
  videos_scored: number;
  likes_to_followers: number | null;
  plays_to_followers: number | null;
  likes_cv: number | null;
  median_plays: number | null;
  play_spikes: number | null;
  follow_ratio: number;
  likes_per_video: number | null;
  engagement_risk: number;
  consistency_risk: number;
  follow_risk: number;
  total_risk_uncapped: number;
  total_risk_score: number;
  verdict: Verdict;
  flags: string[];
  rules: RuleHit[];
}

const hit = (rule: RuleId, flag: string): RuleHit => ({ ...RULES[rule], rule, flag });
const points = (hits: readonly RuleHit[]) => hits.reduce((sum, h) => sum + h.points, 0);
// The seed reads `stats.get('diggCount', 0)`: a count we do not have counts as 0.
const count = (n: number | null) => n ?? 0;

function sumOf(values: readonly number[]): bigint {
  return values.reduce((sum, v) => sum + BigInt(v), 0n);
}

/** `check_engagement_ratio`; where the seed crashes on no videos, 50 points and "No videos to analyze". */
function engagementRatio(followers: number, videos: readonly FeedVideo[]) {
  if (videos.length === 0) return { hits: [hit('no_videos', 'No videos to analyze')], likesToFollowers: null, playsToFollowers: null };
  const n = BigInt(videos.length);
  const avgLikes = trueDivide(sumOf(videos.map((v) => count(v.likes))), n);
  const avgPlays = trueDivide(sumOf(videos.map((v) => count(v.plays))), n);
  const likesToFollowers = (avgLikes / followers) * 100;
  const playsToFollowers = (avgPlays / followers) * 100;
  const hits: RuleHit[] = [];
  if (likesToFollowers < 0.5) hits.push(hit('very_low_like_ratio', `Very low like ratio: ${formatFixed(likesToFollowers, 2)}%`));
  else if (likesToFollowers > 25) hits.push(hit('abnormally_high_like_ratio', `Abnormally high like ratio: ${formatFixed(likesToFollowers, 2)}%`));
  if (playsToFollowers < 5) hits.push(hit('very_low_play_ratio', `Very low play ratio: ${formatFixed(playsToFollowers, 2)}%`));
  return { hits, likesToFollowers, playsToFollowers };
}

/** `statistics.median`: the middle value, or the two middle values' mean rounded once. */
function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  if (sorted.length % 2 === 1) return sorted[mid] as number;
  return trueDivide(BigInt(sorted[mid - 1] as number) + BigInt(sorted[mid] as number), 2n);
}

/** `check_engagement_consistency`. */
function engagementConsistency(videos: readonly FeedVideo[]) {
  if (videos.length < 5) return { hits: [hit('too_few_videos', 'Too few videos to analyze')], likesCv: null, medianPlays: null, playSpikes: null };
  const likes = videos.map((v) => count(v.likes));
  const plays = videos.map((v) => count(v.plays));
  const hits: RuleHit[] = [];
  const likesSum = sumOf(likes);
  let likesCv: number | null = null;
  if (likesSum > 0n) {
    const sumOfSquares = likes.reduce((sum, v) => sum + BigInt(v) * BigInt(v), 0n);
    likesCv = sampleStdev(likesSum, sumOfSquares, likes.length) / trueDivide(likesSum, BigInt(likes.length));
    if (likesCv < 0.1) hits.push(hit('uniform_likes', `Suspiciously uniform likes (CV=${formatFixed(likesCv, 3)})`));
  }
  const medianPlays = median(plays);
  // Python compares an int with `median * 10` exactly. Counts are at most 2**53 - 1, so the double product
  // either is exact or already exceeds every count: the comparison comes out the same.
  const spikeLine = medianPlays * 10;
  const playSpikes = plays.filter((p) => p > spikeLine).length;
  if (playSpikes / plays.length > 0.3) hits.push(hit('play_spikes', `${playSpikes}/${plays.length} videos have 10x play spikes`));
  for (const v of videos) {
    const videoLikes = count(v.likes);
    if (videoLikes > 1000 && count(v.comments) < videoLikes * 0.005) {
      hits.push(hit('low_comment_ratio', `Very low comment ratio on video with ${videoLikes} likes`));
      break; // the seed flags the first such video only
    }
  }
  return { hits, likesCv, medianPlays, playSpikes };
}

/** `check_follow_ratio`. */
function followRatio(followers: number, following: number, likesReceived: number, videoCount: number) {
  const ratio = following / followers;
  const hits: RuleHit[] = [];
  if (followers > 10000 && ratio > 1.0) {
    hits.push(hit('following_exceeds_followers', `Following > followers (${formatGrouped(following)} / ${formatGrouped(followers)})`));
  } else if (followers > 10000 && ratio > 0.5) {
    hits.push(hit('high_follow_ratio', `High follow ratio: ${formatFixed(ratio, 2)}`));
  }
  let likesPerVideo: number | null = null;
  if (videoCount > 0) {
    likesPerVideo = likesReceived / videoCount;
    const expectedLikes = followers * 0.05;
    if (likesPerVideo > expectedLikes * 5) {
      hits.push(
        hit('inflated_total_likes', `Inflated total likes: ${formatFixed(likesPerVideo, 0, true)}/video vs ${formatFixed(expectedLikes, 0, true)} expected`),
      );
    }
  }
  return { hits, ratio, likesPerVideo };
}

/** The counts seed-v1 reads that the vendor sent but we could not read: with any, no verdict (`unreadable_counts`). */
export function seedV1Unreadable(snapshot: CreatorSnapshot): string[] {
  return unreadableCounts(snapshot, {
    profileFields: ['followers', 'following', 'likes_received', 'video_count'],
    videoFields: ['plays', 'likes', 'comments'],
    pageSize: VIDEOS_SCORED,
  });
}

/** `fraud_report` for one creator, without the fetch: the plain reference the SQL models must equal. */
export function scoreSeedV1(snapshot: CreatorSnapshot): SeedV1Score {
  const videos = snapshot.videos.slice(0, VIDEOS_SCORED);
  const followers = Math.max(count(snapshot.followers), 1);
  const engagement = engagementRatio(followers, videos);
  const consistency = engagementConsistency(videos);
  const follow = followRatio(followers, count(snapshot.following), count(snapshot.likesReceived), count(snapshot.videoCount));
  const consistencyRisk = Math.min(points(consistency.hits), CONSISTENCY_CAP);
  const total = points(engagement.hits) + consistencyRisk + points(follow.hits);
  const rules = [...engagement.hits, ...consistency.hits, ...follow.hits];
  return {
    username: snapshot.username,
    videos_scored: videos.length,
    likes_to_followers: engagement.likesToFollowers,
    plays_to_followers: engagement.playsToFollowers,
    likes_cv: consistency.likesCv,
    median_plays: consistency.medianPlays,
    play_spikes: consistency.playSpikes,
    follow_ratio: follow.ratio,
    likes_per_video: follow.likesPerVideo,
    engagement_risk: points(engagement.hits),
    consistency_risk: consistencyRisk,
    follow_risk: points(follow.hits),
    total_risk_uncapped: total,
    total_risk_score: Math.min(total, TOTAL_CAP),
    verdict: verdictFor(total),
    flags: rules.map((r) => r.flag),
    rules,
  };
}
