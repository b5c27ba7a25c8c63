import type { Warehouse } from '@creator-audit/warehouse';
import { CONFIDENCE_LEVELS, type ConfidenceLevel } from '@creator-audit/providers/fake-view-contract';
import { z } from 'zod';
import { queryRows } from '../models/queries.ts';

const bucketRow = z.object({ bucket: z.string(), n: z.number().int(), suspicious: z.number().int(), with_tikhub: z.number().int() });

export interface FakeViewSummary {
  /** Videos in the table, each counted at its latest snapshot. */
  videos: number;
  byLevel: Record<ConfidenceLevel, number>;
  suspicious: number;
  /** Videos whose latest snapshot has no fake score, by the reason code. */
  unscored: Record<string, number>;
  /** Latest snapshots with a TikHub report beside ours. */
  withTikHub: number;
}

/** What the batch found, over each video's latest snapshot in `video_fake_view_scores`. */
export async function summarizeFakeViews(warehouse: Warehouse): Promise<FakeViewSummary> {
  const rows = await queryRows(warehouse, 'fake_view_summary', bucketRow);
  const summary: FakeViewSummary = {
    videos: 0,
    byLevel: Object.fromEntries(CONFIDENCE_LEVELS.map((l) => [l, 0])) as Record<ConfidenceLevel, number>,
    suspicious: 0,
    unscored: {},
    withTikHub: 0,
  };
  for (const { bucket, n, suspicious, with_tikhub } of rows) {
    summary.videos += n;
    summary.suspicious += suspicious;
    summary.withTikHub += with_tikhub;
    if (bucket.startsWith('unscored:')) summary.unscored[bucket.slice('unscored:'.length)] = n;
    else summary.byLevel[bucket as ConfidenceLevel] = n;
  }
  return summary;
}
