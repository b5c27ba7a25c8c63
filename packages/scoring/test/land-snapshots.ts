import { appendRows, creatorOutcomes, creators, type Row, videos, type Warehouse } from '@creator-audit/ingest';
import type { CreatorSnapshot } from '../src/seed-v1/reference.ts';

export const SNAPSHOT_AT = new Date('2026-01-01T00:00:00Z');

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

/** Lands creators as an ingest run would: profile, videos in feed order 1..n, and one outcome row each. */
export async function landCreators(warehouse: Warehouse, landed: readonly LandedCreator[]): Promise<void> {
  const profileRows: Row[] = [];
  const videoRows: Row[] = [];
  const outcomeRows: Row[] = [];
  for (const c of landed) {
    const outcome = c.outcome ?? 'ok';
    const at = c.snapshotAt ?? SNAPSHOT_AT;
    const provider = c.provider ?? 'synthetic';
    const runId = c.runId ?? 'run-1';
    const { snapshot: s } = c;
    const stored = HAS_PROFILE.has(outcome);
    if (stored) {
      profileRows.push({
        username: s.username,
        snapshot_at: at,
        provider,
        run_id: runId,
        user_id: null,
        sec_uid: null,
        nickname: null,
        verified: null,
        private_account: outcome === 'private',
        account_created_at: null,
        followers: s.followers,
        following: s.following,
        likes_received: s.likesReceived,
        video_count: s.videoCount,
        count_problems: [],
      });
      s.videos.forEach((v, i) =>
        videoRows.push({
          username: s.username,
          snapshot_at: at,
          provider,
          video_id: `${s.username}-${i}`,
          feed_position: i + 1,
          fetched_at: at,
          created_at: null,
          caption: '',
          plays: v.plays,
          likes: v.likes,
          comments: v.comments,
          shares: null,
          saves: null,
          duration_s: null,
          hashtags: [],
          is_pinned: false,
          is_ad: false,
          count_problems: [],
        }),
      );
    }
    outcomeRows.push({
      run_id: runId,
      username: s.username,
      provider,
      outcome,
      detail: c.detail ?? null,
      snapshot_at: stored ? at : null,
      videos_fetched: stored ? s.videos.length : 0,
      paging_stop: null,
      credits: 2,
      decided_at: c.decidedAt ?? at,
    });
  }
  await warehouse.transaction(async () => {
    await appendRows(warehouse.connection, creators, profileRows);
    await appendRows(warehouse.connection, videos, videoRows);
    await appendRows(warehouse.connection, creatorOutcomes, outcomeRows);
  });
}
