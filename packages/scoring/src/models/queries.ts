import { join } from 'node:path';
import { boundParams, readSqlFile, type Warehouse } from '@creator-audit/warehouse';
import type { DuckDBValue } from '@duckdb/node-api';
import type { z } from 'zod';
import { sqlFolder } from './sql-layers.ts';

export const QUERIES_FOLDER = 'queries';

/** The queries in sql/queries, by file name: one SELECT each over the models' tables, values bound as $name. */
export const QUERIES = [
  'campaign_summary',
  'campaign_latest_summary',
  'campaign_top_posts',
  'campaign_leaderboard',
  'campaign_days',
  'campaign_fastest',
  'campaign_decreases',
  'campaign_disappeared',
  'campaign_flagged',
  'campaign_unscreened',
  'fake_view_rows',
  'fake_view_summary',
  'tikhub_report_bodies',
  'check_decision',
  'check_profile',
  'check_feed',
  'check_cohort_v1',
  'verdict_evaluation_metrics',
  'cohort_v1_evaluation_metrics',
  'score_summary_verdicts',
  'score_summary_unscored',
  'score_summary_rules',
  'score_summary_signals',
  'audience_summary',
  'audience_evaluation_creators',
] as const;
export type QueryName = (typeof QUERIES)[number];

/**
 * Runs one query of sql/queries with its bound values (only those it mentions; one it mentions without a value is
 * an error) and parses every row with `schema`, naming the file when a row does not fit.
 */
export async function queryRows<T>(warehouse: Warehouse, name: QueryName, schema: z.ZodType<T>, params: Record<string, DuckDBValue> = {}): Promise<T[]> {
  const file = join(sqlFolder(QUERIES_FOLDER), `${name}.sql`);
  const sql = readSqlFile(file);
  return warehouse.rowsOf(`${QUERIES_FOLDER}/${name}.sql`, schema, sql, boundParams(file, sql, params));
}
