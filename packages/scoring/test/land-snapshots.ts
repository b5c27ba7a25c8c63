import type { Row, Warehouse } from '@creator-audit/warehouse';
import type { CreatorSnapshot } from '../src/seed-v1/reference.ts';
import { creatorRow, landRows, outcomeRow, videoRow } from './warehouse-rows.ts';

const SNAPSHOT_AT = new Date('2026-01-01T00:00:00Z');

export interface LandedCreator {
  snapshot: CreatorSnapshot;
  outcome?: string;
  detail?: string | null;
  snapshotAt?: Date;
  runId?: string;
  decidedAt?: Date;
  provider?: string;
}

const HAS_PROFILE = new Set(['ok', 'partial', 'private']);

/** Lands creators as an ingest would: profile, videos in feed order 1..n, and one outcome row each. */
export async function landCreators(warehouse: Warehouse, landed: readonly LandedCreator[]): Promise<void> {
  const profileRows: Row[] = [];
  const videoRows: Row[] = [];
  const outcomeRows: Row[] = [];
  for (const c of landed) {
    const outcome = c.outcome ?? 'ok';
    const at = c.snapshotAt ?? SNAPSHOT_AT;
    const common = { provider: c.provider ?? 'synthetic', run_id: c.runId ?? 'run-1' };
    const { snapshot: s } = c;
    const stored = HAS_PROFILE.has(outcome);
    if (stored) {
      profileRows.push(
        creatorRow({
          ...common,
          username: s.username,
          snapshot_at: at,
          verified: null,
          private_account: outcome === 'private',
          followers: s.followers,
          following: s.following,
          likes_received: s.likesReceived,
          video_count: s.videoCount,
          count_problems: [...(s.countProblems ?? [])],
        }),
      );
      s.videos.forEach((v, i) => {
        videoRows.push(
          videoRow({
            provider: common.provider,
            username: s.username,
            snapshot_at: at,
            video_id: v.videoId ?? `${s.username}-${i}`,
            feed_position: i + 1,
            plays: v.plays,
            likes: v.likes,
            comments: v.comments,
            count_problems: [...(v.countProblems ?? [])],
          }),
        );
      });
    }
    outcomeRows.push(
      outcomeRow({
        ...common,
        username: s.username,
        outcome,
        detail: c.detail ?? null,
        snapshot_at: stored ? at : null,
        videos_fetched: stored ? s.videos.length : 0,
        decided_at: c.decidedAt ?? at,
      }),
    );
  }
  await landRows(warehouse, { creators: profileRows, videos: videoRows, outcomes: outcomeRows });
}
