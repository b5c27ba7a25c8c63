import type { Row } from '../src/append-rows.ts';
import { creatorOutcomes, creators, rawResponses, type TableDef, videos } from '../src/tables.ts';

/** One creator fetched by a queue job, as a worker lands it: two bodies, its snapshot, its videos, its outcome. */
export function landedJob(runId: string, username: string, at: Date, videoCount = 2): Map<TableDef, Row[]> {
  const provider = 'scavio';
  const raw = (endpoint: string): Row => ({
    run_id: runId,
    provider,
    endpoint,
    request_key: `${endpoint}?username=${username}`,
    http_status: 200,
    outcome: 'ok',
    fetched_at: at,
    credits: 1,
    body: `{"user":"${username}"}`,
  });
  return new Map<TableDef, Row[]>([
    [rawResponses, [raw('user/info'), raw('user/posts')]],
    [creators, [{ username, snapshot_at: at, provider, run_id: runId, followers: 1000, count_problems: [] }]],
    [
      videos,
      Array.from({ length: videoCount }, (_, i) => ({
        username,
        snapshot_at: at,
        provider,
        video_id: `${username}-v${i + 1}`,
        feed_position: i + 1,
        fetched_at: at,
        caption: 'a video',
        plays: 100 + i,
        hashtags: [],
        is_pinned: false,
        is_ad: false,
        count_problems: [],
      })),
    ],
    [
      creatorOutcomes,
      [{ run_id: runId, username, provider, outcome: 'ok', snapshot_at: at, videos_fetched: videoCount, credits: 2, decided_at: at }],
    ],
  ]);
}

/** Several jobs in one batch. */
export function batchOf(...jobs: Array<Map<TableDef, Row[]>>): Map<TableDef, Row[]> {
  const batch = new Map<TableDef, Row[]>();
  for (const job of jobs) for (const [table, rows] of job) batch.set(table, [...(batch.get(table) ?? []), ...rows]);
  return batch;
}
