import { fileURLToPath } from 'node:url';
import { type Warehouse, loadModels } from '@creator-audit/warehouse';
import { type CreatorSnapshot, type FeedVideo, scoreSeedV1, type SeedV1Score } from './reference.ts';
import { VIDEOS_SCORED } from './rules.ts';

/** One creator judged by the TypeScript reference on the snapshot seed-v1's SQL would judge it on. */
export type CreatorCheck =
  | { kind: 'scored'; username: string; status: 'ok' | 'partial'; provider: string; snapshotAt: Date; followers: number | null; score: SeedV1Score }
  | { kind: 'unscored'; username: string; status: string; detail: string | null; provider: string }
  | { kind: 'unknown'; username: string };

const ACCOUNT_STATUSES = new Set(['private', 'not_found', 'unavailable', 'region_locked']);

const decisionsModel = () => {
  const model = loadModels(fileURLToPath(new URL('../../sql/seed-v1', import.meta.url))).find((m) => m.name === 'stg_seed_v1_decisions');
  if (!model) throw new Error('seed-v1 has no stg_seed_v1_decisions model');
  return model.sql;
};

const count = (v: unknown): number | null => (v === null || v === undefined ? null : Number(v));

/**
 * The decision is chosen by seed-v1's own staging model (run here for one creator, so `check` and `score`
 * can never pick different snapshots); the status mapping mirrors `int_seed_v1_checks.status`.
 */
export async function checkCreator(warehouse: Warehouse, username: string): Promise<CreatorCheck> {
  const [decision] = await warehouse.rows(
    `WITH decisions AS (${decisionsModel()}) SELECT outcome, detail, provider, snapshot_at, snapshot_at::VARCHAR AS snapshot_text FROM decisions WHERE username = $username`,
    { username },
  );
  if (!decision) return { kind: 'unknown', username };
  const outcome = String(decision.outcome);
  const provider = String(decision.provider);
  const detail = decision.detail === null ? null : String(decision.detail);
  if (outcome !== 'ok' && outcome !== 'partial') {
    const status = ACCOUNT_STATUSES.has(outcome) ? outcome : 'fetch_failed';
    return { kind: 'unscored', username, status, detail: status === 'fetch_failed' ? `${outcome}${detail ? `: ${detail}` : ''}` : detail, provider };
  }
  // The instant goes back as text: its microseconds survive, which a JS Date would round away.
  const key = { username, provider, snapshot_at: String(decision.snapshot_text) };
  const [profile] = await warehouse.rows(
    `SELECT followers::DOUBLE AS followers, following::DOUBLE AS following, likes_received::DOUBLE AS likes_received, video_count::DOUBLE AS video_count
     FROM creators WHERE username = $username AND provider = $provider AND snapshot_at = $snapshot_at::TIMESTAMP`,
    key,
  );
  if (!profile) return { kind: 'unscored', username, status: 'snapshot_missing', detail, provider };
  // Counts are exact below 2^53 (ingest refuses larger ones), so DOUBLE carries them to JS unchanged.
  const videos = await warehouse.rows(
    `SELECT plays::DOUBLE AS plays, likes::DOUBLE AS likes, comments::DOUBLE AS comments FROM videos
     WHERE username = $username AND provider = $provider AND snapshot_at = $snapshot_at::TIMESTAMP AND feed_position <= $limit ORDER BY feed_position`,
    { ...key, limit: VIDEOS_SCORED },
  );
  const snapshot: CreatorSnapshot = {
    username,
    followers: count(profile.followers),
    following: count(profile.following),
    likesReceived: count(profile.likes_received),
    videoCount: count(profile.video_count),
    videos: videos.map((v): FeedVideo => ({ plays: count(v.plays), likes: count(v.likes), comments: count(v.comments) })),
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
