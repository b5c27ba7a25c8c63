import type { Row, Warehouse } from '@creator-audit/warehouse';
import { creatorRow, landRows, outcomeRow, videoRow } from './warehouse-rows.ts';

/** Hand-built creators for the cohort models: the profile counts and feed they read, the rest filled plainly. */
interface CohortVideo {
  plays: number | null;
  likes: number | null;
  comments: number | null;
  shares: number | null;
}

export interface CohortCreator {
  username: string;
  followers: number | null;
  following?: number | null;
  verified?: boolean | null;
  outcome?: 'ok' | 'partial' | 'private' | 'not_found';
  videos?: readonly CohortVideo[];
}

const SNAPSHOT_AT = new Date('2026-02-01T00:00:00Z');

/** Five plain videos: enough for seed-v1 to score the consistency checks. */
const plainVideos = (plays = 1000, likes = 100): CohortVideo[] =>
  Array.from({ length: 5 }, (_, i) => ({ plays: plays + i * 10, likes: likes + i, comments: 5, shares: 2 }));

export async function landCohort(warehouse: Warehouse, cohort: readonly CohortCreator[]): Promise<void> {
  const profileRows: Row[] = [];
  const videoRows: Row[] = [];
  const outcomeRows: Row[] = [];
  for (const c of cohort) {
    const outcome = c.outcome ?? 'ok';
    const stored = outcome !== 'not_found';
    const feed = c.videos ?? plainVideos();
    if (stored) {
      profileRows.push(
        creatorRow({
          username: c.username,
          snapshot_at: SNAPSHOT_AT,
          verified: c.verified === undefined ? false : c.verified,
          private_account: outcome === 'private',
          followers: c.followers,
          following: c.following === undefined ? 100 : c.following,
          likes_received: 1000,
          video_count: feed.length,
        }),
      );
      feed.forEach((v, i) => {
        videoRows.push(videoRow({ username: c.username, snapshot_at: SNAPSHOT_AT, video_id: `${c.username}-${i}`, feed_position: i + 1, ...v }));
      });
    }
    outcomeRows.push(
      outcomeRow({
        username: c.username,
        outcome,
        snapshot_at: stored ? SNAPSHOT_AT : null,
        videos_fetched: stored ? feed.length : 0,
        decided_at: SNAPSHOT_AT,
      }),
    );
  }
  await landRows(warehouse, { creators: profileRows, videos: videoRows, outcomes: outcomeRows });
}
