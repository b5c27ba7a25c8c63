import type { Warehouse } from '@creator-audit/warehouse';
import { type FakeViewReport, fakeViewReportSchema } from '@creator-audit/providers/fake-view-contract';
import { listValue } from '@duckdb/node-api';
import { z } from 'zod';
import { queryRows } from '../models/queries.ts';

const envelope = z.looseObject({ data: fakeViewReportSchema });
const bodyRow = z.object({ video_id: z.string(), body: z.string() });

/**
 * TikHub's full report beside each asked video's latest scored row, re-read from the body landed in
 * `raw_responses` (the normalised table keeps only the figures): same request, same fetch time.
 */
export async function readTikHubReports(warehouse: Warehouse, videoIds: readonly string[]): Promise<Map<string, FakeViewReport>> {
  // DuckDB cannot type an empty bound list: nothing asked, nothing read.
  if (videoIds.length === 0) return new Map();
  const rows = await queryRows(warehouse, 'tikhub_report_bodies', bodyRow, { ids: listValue([...videoIds]) });
  return new Map(rows.map((r) => [r.video_id, envelope.parse(JSON.parse(r.body)).data]));
}
