import type { Warehouse } from '@creator-audit/warehouse';
import { z } from 'zod';
import { queryRows } from '../models/queries.ts';
import { buildSharedLayers } from '../models/sql-layers.ts';
import { type CreatorSnapshot, type FeedVideo, scoreSeedV1, type SeedV1Score } from './reference.ts';

/** One creator judged by the TypeScript reference on the snapshot seed-v1's SQL would judge it on. */
export type CreatorCheck =
  | { kind: 'scored'; username: string; status: 'ok' | 'partial'; provider: string; snapshotAt: Date; followers: number | null; score: SeedV1Score }
  | { kind: 'unscored'; username: string; status: string; detail: string | null; provider: string }
  | { kind: 'unknown'; username: string };

const ACCOUNT_STATUSES = new Set(['private', 'not_found', 'unavailable', 'region_locked']);

const decisionRow = z.object({
  outcome: z.string(),
  detail: z.string().nullable(),
  provider: z.string(),
  snapshot_at: z.date().nullable(),
  snapshot_text: z.string().nullable(),
});
const count = z.number().nullable();
const profileRow = z.object({ followers: count, following: count, likes_received: count, video_count: count });
const feedRow = z.object({ plays: count, likes: count, comments: count });

/**
 * The decision is the staged one seed-v1 scores (stg_creator_decisions, a view built here with the other shared
 * layers, so `check` and `score` can never pick different snapshots); the status mapping mirrors
 * `int_seed_v1_checks.status`.
 */
export async function checkCreator(warehouse: Warehouse, username: string): Promise<CreatorCheck> {
  await buildSharedLayers(warehouse);
  const [decision] = await queryRows(warehouse, 'seed_v1_check_decision', decisionRow, { username });
  if (!decision) return { kind: 'unknown', username };
  const { outcome, provider, detail } = decision;
  if (outcome !== 'ok' && outcome !== 'partial') {
    const status = ACCOUNT_STATUSES.has(outcome) ? outcome : 'fetch_failed';
    return { kind: 'unscored', username, status, detail: status === 'fetch_failed' ? `${outcome}${detail ? `: ${detail}` : ''}` : detail, provider };
  }
  const key = { username, provider, snapshot_at: decision.snapshot_text };
  const [profile] = await queryRows(warehouse, 'seed_v1_check_profile', profileRow, key);
  if (!profile) return { kind: 'unscored', username, status: 'snapshot_missing', detail, provider };
  const videos = await queryRows(warehouse, 'seed_v1_check_feed', feedRow, key);
  const snapshot: CreatorSnapshot = {
    username,
    followers: profile.followers,
    following: profile.following,
    likesReceived: profile.likes_received,
    videoCount: profile.video_count,
    videos: videos.map((v): FeedVideo => ({ plays: v.plays, likes: v.likes, comments: v.comments })),
  };
  return {
    kind: 'scored',
    username,
    status: outcome,
    provider,
    snapshotAt: decision.snapshot_at as Date,
    followers: snapshot.followers,
    score: scoreSeedV1(snapshot),
  };
}
