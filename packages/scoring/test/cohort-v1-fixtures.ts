import type { Row, Warehouse } from '@creator-audit/warehouse';
import { creatorRow, landRows, outcomeRow, videoRow } from './warehouse-rows.ts';

export const AT = new Date('2026-01-01T00:00:00Z');

interface FixtureVideo {
  plays: number | null;
  likes: number | null;
  comments?: number | null;
  shares?: number | null;
  saves?: number | null;
}

export interface FixtureCreator {
  username: string;
  followers: number | null;
  following?: number | null;
  likesReceived?: number | null;
  videoCount?: number | null;
  verified?: boolean | null;
  outcome?: string;
  videos: FixtureVideo[];
}

/** Lands creators as an ingest would (profile, feed 1..n, one outcome each), all at AT unless a snapshot says so. */
export async function landFixture(warehouse: Warehouse, creators: readonly FixtureCreator[], at = AT): Promise<void> {
  const profiles: Row[] = [];
  const videos: Row[] = [];
  const outcomes: Row[] = [];
  for (const c of creators) {
    const outcome = c.outcome ?? 'ok';
    if (outcome === 'ok' || outcome === 'partial') {
      profiles.push(
        creatorRow({
          username: c.username,
          snapshot_at: at,
          verified: c.verified ?? false,
          account_created_at: new Date(at.getTime() - 800 * 86_400_000),
          followers: c.followers,
          following: c.following ?? 100,
          likes_received: c.likesReceived === undefined ? null : c.likesReceived,
          video_count: c.videoCount === undefined ? null : c.videoCount,
        }),
      );
      c.videos.forEach((v, i) => {
        videos.push(
          videoRow({
            username: c.username,
            snapshot_at: at,
            video_id: `${c.username}-${i}`,
            feed_position: i + 1,
            plays: v.plays,
            likes: v.likes,
            comments: v.comments === undefined ? null : v.comments,
            shares: v.shares === undefined ? null : v.shares,
            saves: v.saves === undefined ? null : v.saves,
          }),
        );
      });
    }
    outcomes.push(outcomeRow({ username: c.username, outcome, decided_at: at, snapshot_at: outcome === 'ok' || outcome === 'partial' ? at : null }));
  }
  await landRows(warehouse, { creators: profiles, videos, outcomes });
}

/** A deterministic wobble in [-1, 1] (no randomness in fixtures): the same index, the same value. */
const wobble = (i: number) => Math.sin(i * 12.9898 + 78.233) * 0.5 + Math.sin(i * 4.1414) * 0.5;

export interface PeerShape {
  followers: number;
  /** Median plays per follower, likes per play, comments per like, shares + saves per like. */
  reach: number;
  likeRate: number;
  commentRate?: number;
  shareRate?: number;
  following?: number;
  videos?: number;
}

/**
 * An ordinary creator: plays spread about its reach by a factor up to e^0.8 either way, likes tracking plays at its
 * like rate (with a little spread of their own), comments and shares tracking likes; lifetime likes as its videos show.
 */
export function ordinaryCreator(username: string, shape: PeerShape, seed: number): FixtureCreator {
  const n = shape.videos ?? 30;
  const videos = Array.from({ length: n }, (_, i) => {
    const plays = Math.round(shape.followers * shape.reach * Math.exp(0.8 * wobble(seed * 100 + i)));
    const likes = Math.round(plays * shape.likeRate * Math.exp(0.2 * wobble(seed * 100 + i + 50)));
    return {
      plays,
      likes,
      comments: Math.round(likes * (shape.commentRate ?? 0.015) * Math.exp(0.3 * wobble(seed * 100 + i + 80))),
      shares: Math.round(likes * (shape.shareRate ?? 0.1) * 0.4),
      saves: Math.round(likes * (shape.shareRate ?? 0.1) * 0.6),
    };
  });
  const meanLikes = videos.reduce((s, v) => s + v.likes, 0) / n;
  return {
    username,
    followers: shape.followers,
    following: shape.following ?? 150,
    likesReceived: Math.round(meanLikes * 200),
    videoCount: 200,
    videos,
  };
}

/** A cohort of ordinary peers: followers, reach and like rate each wobble a little about the shape. */
export function peers(prefix: string, count: number, shape: PeerShape): FixtureCreator[] {
  return Array.from({ length: count }, (_, i) =>
    ordinaryCreator(
      `${prefix}${i}`,
      {
        ...shape,
        followers: Math.round(shape.followers * Math.exp(0.5 * wobble(i + 1000))),
        reach: shape.reach * Math.exp(0.3 * wobble(i + 2000)),
        likeRate: shape.likeRate * Math.exp(0.2 * wobble(i + 3000)),
      },
      i + 1,
    ),
  );
}
