import type { Row, Warehouse } from '@creator-audit/warehouse';
import { creatorRow, landRows, videoRow } from './warehouse-rows.ts';

/**
 * Hand-built creator snapshots for the fake-view models: only what they read, the rest filled plainly.
 * (seed-v1's `landCreators` leaves shares, verification and account age NULL, which these models need.)
 */
export interface VideoSpec {
  id: string;
  plays: number | null;
  likes: number | null;
  comments: number | null;
  shares: number | null;
  saves?: number | null;
}

export interface CreatorSpec {
  username: string;
  snapshotAt: Date;
  followers: number | null;
  following?: number | null;
  verified?: boolean | null;
  accountCreatedAt?: Date | null;
  provider?: string;
  videos: readonly VideoSpec[];
}

export const DAY1 = new Date('2026-03-01T00:00:00Z');
export const DAY2 = new Date('2026-03-04T00:00:00Z');
const OLD_ACCOUNT = new Date('2020-01-01T00:00:00Z');

/**
 * A creator's ordinary feed: `n` videos around `plays` views and `rate` engagement per view (likes 80%, shares
 * 15%, comments 5% of it), each a few percent off the others so the baselines have a spread.
 */
export function ordinaryVideos(prefix: string, n: number, plays: number, rate = 0.08): VideoSpec[] {
  return Array.from({ length: n }, (_, i) => ordinaryVideo(`${prefix}-${i}`, Math.round(plays * (1 + 0.1 * ((i % 7) - 3))), rate * (1 + 0.06 * ((i % 5) - 2))));
}

/** One video with `plays` views engaging at `rate` per view, split as in `ordinaryVideos`. */
export function ordinaryVideo(id: string, plays: number, rate = 0.08): VideoSpec {
  const engagements = plays * rate;
  return {
    id,
    plays,
    likes: Math.round(engagements * 0.8),
    comments: Math.round(engagements * 0.05),
    shares: Math.round(engagements * 0.15),
    saves: Math.round(engagements * 0.1),
  };
}

/** Three more creators in the same follower tier, so cohort components have their 30 videos from 3 creators. */
export function cohortOf(followers: number, snapshotAt: Date, plays: number): CreatorSpec[] {
  return ['peer_a', 'peer_b', 'peer_c'].map((username) => ({
    username,
    snapshotAt,
    followers,
    following: 200,
    verified: false,
    accountCreatedAt: OLD_ACCOUNT,
    videos: ordinaryVideos(username, 12, plays),
  }));
}

/** Lands creator snapshots as an ingest would: profile, then videos in feed order. */
export async function landSnapshots(warehouse: Warehouse, specs: readonly CreatorSpec[]): Promise<void> {
  const creatorRows: Row[] = specs.map((s) =>
    creatorRow({
      username: s.username,
      snapshot_at: s.snapshotAt,
      provider: s.provider ?? 'synthetic',
      run_id: 'run',
      verified: s.verified === undefined ? false : s.verified,
      account_created_at: s.accountCreatedAt === undefined ? OLD_ACCOUNT : s.accountCreatedAt,
      followers: s.followers,
      following: s.following === undefined ? 200 : s.following,
      video_count: s.videos.length,
    }),
  );
  const videoRows: Row[] = specs.flatMap((s) =>
    s.videos.map((v, i) =>
      videoRow({
        username: s.username,
        snapshot_at: s.snapshotAt,
        provider: s.provider ?? 'synthetic',
        video_id: v.id,
        feed_position: i + 1,
        created_at: new Date(DAY1.getTime() - (i + 1) * 86_400_000),
        plays: v.plays,
        likes: v.likes,
        comments: v.comments,
        shares: v.shares,
        saves: v.saves ?? null,
        duration_s: 20,
      }),
    ),
  );
  await landRows(warehouse, { creators: creatorRows, videos: videoRows });
}
