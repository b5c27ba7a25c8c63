import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Warehouse } from '@creator-audit/warehouse';
import type { DuckDBValue } from '@duckdb/node-api';
import { z } from 'zod';
import { reportMessages } from './messages.ts';

/** The chart and table queries in ../sql, by file name: one SELECT each, values bound as $name. */
export const QUERIES = [
  'cohort_risk_by_tier',
  'cohort_followers_likes_cells',
  'cohort_followers_likes_band',
  'cohort_followers_likes_outliers',
  'cohort_metric_boxes',
  'cohort_flag_frequency',
  'cohort_overview',
  'cohort_tier_summary',
  'cohort_flagged_creators',
  'cohort_benchmark_table',
  'cohort_verdicts_by_ruleset',
  'cohort_v1_flagged_creators',
  'creator_scorecard',
  'creator_positions',
  'creator_fake_view_components',
  'campaign_growth',
  'campaign_latest',
  'campaign_leaderboard',
  'campaign_top_posts',
] as const;
export type QueryName = (typeof QUERIES)[number];

export function querySql(name: QueryName): string {
  return readFileSync(fileURLToPath(new URL(`../sql/${name}.sql`, import.meta.url)), 'utf8');
}

/** Runs one query with its bound values and parses every row, naming the query when a row does not fit. */
export async function queryRows<T>(
  warehouse: Warehouse,
  name: QueryName,
  schema: z.ZodType<T>,
  params: Record<string, DuckDBValue> = {},
): Promise<T[]> {
  const rows = await warehouse.rows(querySql(name), params);
  const parsed = z.array(schema).safeParse(rows);
  if (!parsed.success) throw new Error(reportMessages.badRows(name, z.prettifyError(parsed.error)));
  return parsed.data;
}
