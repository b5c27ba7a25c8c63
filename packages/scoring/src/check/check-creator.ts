import type { Warehouse } from '@creator-audit/warehouse';
import { z } from 'zod';
import { queryRows } from '../models/queries.ts';
import { buildSharedLayers } from '../models/sql-layers.ts';
import { type SeedQuickScore, scoreSeedQuick } from '../seed-quick/reference.ts';
import { SEED_QUICK } from '../seed-quick/rules.ts';
import { type CreatorSnapshot, type FeedVideo, scoreSeedV1, seedV1Unreadable, type SeedV1Score } from '../seed-v1/reference.ts';
import { SEED_V1 } from '../seed-v1/rules.ts';

/** The rulesets whose TypeScript reference judges one creator alone: those that need no peers. */
export const REFERENCE_RULESETS = [SEED_V1, SEED_QUICK] as const;
export type ReferenceRuleset = (typeof REFERENCE_RULESETS)[number];

type CheckedScore = { ruleset: typeof SEED_V1; score: SeedV1Score } | { ruleset: typeof SEED_QUICK; score: SeedQuickScore };

/** One creator judged by a ruleset's TypeScript reference on the snapshot its SQL would judge it on. */
export type CreatorCheck =
  | ({ kind: 'scored'; username: string; status: 'ok' | 'partial'; provider: string; snapshotAt: Date; followers: number | null } & CheckedScore)
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
const problems = z.array(z.string());
const profileRow = z.object({ followers: count, following: count, likes_received: count, video_count: count, count_problems: problems });
const feedRow = z.object({ video_id: z.string(), plays: count, likes: count, comments: count, count_problems: problems });

/**
 * The decision is the staged one every ruleset scores (stg_creator_decisions, a view built here with the other
 * shared layers, so `check` and `score` can never pick different snapshots); the status mapping mirrors the
 * rulesets' `status` columns.
 */
export async function checkCreator(warehouse: Warehouse, username: string, ruleset: ReferenceRuleset = SEED_V1): Promise<CreatorCheck> {
  await buildSharedLayers(warehouse);
  const [decision] = await queryRows(warehouse, 'check_decision', decisionRow, { username });
  if (!decision) return { kind: 'unknown', username };
  const { outcome, provider, detail } = decision;
  if (outcome !== 'ok' && outcome !== 'partial') {
    const status = ACCOUNT_STATUSES.has(outcome) ? outcome : 'fetch_failed';
    return { kind: 'unscored', username, status, detail: status === 'fetch_failed' ? `${outcome}${detail ? `: ${detail}` : ''}` : detail, provider };
  }
  const key = { username, provider, snapshot_at: decision.snapshot_text };
  const [profile] = await queryRows(warehouse, 'check_profile', profileRow, key);
  if (!profile) return { kind: 'unscored', username, status: 'snapshot_missing', detail, provider };
  const videos = await queryRows(warehouse, 'check_feed', feedRow, key);
  const snapshot: CreatorSnapshot = {
    username,
    followers: profile.followers,
    following: profile.following,
    likesReceived: profile.likes_received,
    videoCount: profile.video_count,
    countProblems: profile.count_problems,
    videos: videos.map((v): FeedVideo => ({ videoId: v.video_id, plays: v.plays, likes: v.likes, comments: v.comments, countProblems: v.count_problems })),
  };
  const scored = { kind: 'scored', username, status: outcome, provider, snapshotAt: decision.snapshot_at as Date, followers: snapshot.followers } as const;
  if (ruleset === SEED_QUICK) {
    const score = scoreSeedQuick(snapshot);
    if (score.verdict === null) return { kind: 'unscored', username, status: score.status, detail: score.status_detail, provider };
    return { ...scored, ruleset, score };
  }
  const unreadable = seedV1Unreadable(snapshot);
  if (unreadable.length > 0) return { kind: 'unscored', username, status: 'unreadable_counts', detail: unreadable.join('; '), provider };
  return { ...scored, ruleset, score: scoreSeedV1(snapshot) };
}
