import type { Warehouse } from '@creator-audit/warehouse';
import { CONFIDENCE_LEVELS, type ConfidenceLevel } from '@creator-audit/providers/fake-view-contract';

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
  const rows = await warehouse.rows(
    `with latest as (
         select * from video_fake_view_latest
     )
     select coalesce(confidence_level, 'unscored:' || fake_score_missing) as bucket,
            count(*)::INTEGER as n,
            count(*) filter (where is_suspicious)::INTEGER as suspicious,
            count(*) filter (where tikhub_fake_score is not null)::INTEGER as with_tikhub
     from latest group by all`,
  );
  const summary: FakeViewSummary = {
    videos: 0,
    byLevel: Object.fromEntries(CONFIDENCE_LEVELS.map((l) => [l, 0])) as Record<ConfidenceLevel, number>,
    suspicious: 0,
    unscored: {},
    withTikHub: 0,
  };
  for (const r of rows) {
    const bucket = String(r.bucket);
    const n = Number(r.n);
    summary.videos += n;
    summary.suspicious += Number(r.suspicious);
    summary.withTikHub += Number(r.with_tikhub);
    if (bucket.startsWith('unscored:')) summary.unscored[bucket.slice('unscored:'.length)] = n;
    else summary.byLevel[bucket as ConfidenceLevel] = n;
  }
  return summary;
}
