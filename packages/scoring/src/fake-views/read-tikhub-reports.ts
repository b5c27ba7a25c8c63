import type { Warehouse } from '@creator-audit/warehouse';
import { type FakeViewReport, fakeViewReportSchema } from '@creator-audit/providers/fake-view-contract';
import { listValue } from '@duckdb/node-api';
import { z } from 'zod';

const envelope = z.looseObject({ data: fakeViewReportSchema });

/**
 * TikHub's full report beside each asked video's latest scored row, re-read from the body landed in
 * `raw_responses` (the normalised table keeps only the figures): same request, same fetch time.
 */
export async function readTikHubReports(warehouse: Warehouse, videoIds: readonly string[]): Promise<Map<string, FakeViewReport>> {
  // DuckDB cannot type an empty bound list: nothing asked, nothing read.
  if (videoIds.length === 0) return new Map();
  const rows = await warehouse.rows(
    `with latest as (
         select video_id, tikhub_request_key, tikhub_fetched_at from video_fake_view_latest
         where list_contains($ids, video_id)
     )
     select l.video_id, any_value(r.body) as body
     from latest as l
     inner join raw_responses as r
         on r.provider = 'tikhub' and r.outcome = 'ok' and r.request_key = l.tikhub_request_key and r.fetched_at = l.tikhub_fetched_at
     group by l.video_id`,
    { ids: listValue([...videoIds]) },
  );
  return new Map(rows.map((r) => [String(r.video_id), envelope.parse(JSON.parse(String(r.body))).data]));
}
