import { type ModelTiming, runModels, type Warehouse } from '@creator-audit/warehouse';
import { CONTENT_CATEGORIES, type ContentCategory } from '@creator-audit/providers/fake-view-contract';
import { listValue } from '@duckdb/node-api';
import { prepareAnalysis } from '../models/analyses.ts';
import { fakeViewMessages } from './messages.ts';
import { queryRows } from '../models/queries.ts';
import { type FakeViewRow, fakeViewRowSchema } from './score-row.ts';

export const FAKE_VIEW_SCORES_TABLE = 'video_fake_view_scores';

export interface FakeViewRun {
  category: ContentCategory;
  /** Rows written: video snapshots. */
  rows: number;
  videos: number;
  timings: ModelTiming[];
}

/**
 * The batch: every video snapshot in the warehouse scored in SQL, one statement per model, into
 * `video_fake_view_scores` (rebuilt whole under `category`). Reports are assembled from its rows afterwards.
 */
export async function scoreFakeViews(warehouse: Warehouse, category: ContentCategory): Promise<FakeViewRun> {
  if (!CONTENT_CATEGORIES.includes(category)) throw new Error(fakeViewMessages.unknownCategory(category));
  const { models, timings } = await prepareAnalysis(warehouse, 'fake-views');
  timings.push(...(await runModels(warehouse, models, { content_category: category })));
  const [counts] = await warehouse.rows(
    `select count(*)::DOUBLE as rows, count(distinct video_id)::DOUBLE as videos from ${FAKE_VIEW_SCORES_TABLE}`,
  );
  return { category, rows: Number(counts?.rows ?? 0), videos: Number(counts?.videos ?? 0), timings };
}

/** The asked videos the warehouse holds (any snapshot, any provider), or every video when `ids` is null. */
export async function videosInWarehouse(warehouse: Warehouse, ids: readonly string[] | null): Promise<string[]> {
  const rows = ids
    ? await warehouse.rows(`select distinct video_id from videos where list_contains($ids, video_id) order by video_id`, { ids: listValue([...ids]) })
    : await warehouse.rows(`select distinct video_id from videos order by video_id`);
  return rows.map((r) => String(r.video_id));
}

/** The latest scored row of each asked video that is in the table (run `scoreFakeViews` first). */
export async function readFakeViewRows(warehouse: Warehouse, videoIds: readonly string[]): Promise<FakeViewRow[]> {
  // DuckDB cannot type an empty bound list: nothing asked, nothing read.
  if (videoIds.length === 0) return [];
  // Each video has one latest row: as many rows as ids, at most.
  return queryRows(warehouse, 'fake_view_rows', fakeViewRowSchema, { ids: listValue([...videoIds]), limit: videoIds.length, offset: 0 });
}

/** The latest scored row of every video in the table, in pages of `pageSize` (the batch's `--json`). */
export async function* readAllFakeViewRows(warehouse: Warehouse, pageSize = 5_000): AsyncGenerator<FakeViewRow[]> {
  for (let offset = 0; ; offset += pageSize) {
    const rows = await queryRows(warehouse, 'fake_view_rows', fakeViewRowSchema, { ids: null, limit: pageSize, offset });
    if (rows.length === 0) return;
    yield rows;
  }
}
