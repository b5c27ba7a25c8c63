import { join } from 'node:path';
import { boundParams, packageRoot, readSqlFile, type Warehouse } from '@creator-audit/warehouse';
import type { DuckDBValue } from '@duckdb/node-api';
import type { z } from 'zod';

/** The chart and table queries in ../sql, by file name: one SELECT each, values bound as $name. */
const QUERIES = [
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
  'creator_cohort_v1',
  'creator_positions',
  'creator_fake_view_components',
  'campaign_growth',
  'creator_audience',
  'cohort_audience_by_tier',
] as const;
export type QueryName = (typeof QUERIES)[number];

const SQL_DIR = join(packageRoot(import.meta.url), 'sql');
const queryFile = (name: QueryName) => join(SQL_DIR, `${name}.sql`);

function querySql(name: QueryName): string {
  return readSqlFile(queryFile(name));
}

/**
 * Runs one query with its bound values (only those it mentions; one it mentions without a value is an error) and
 * parses every row, naming the query when a row does not fit.
 */
export async function queryRows<T>(
  warehouse: Warehouse,
  name: QueryName,
  schema: z.ZodType<T>,
  params: Record<string, DuckDBValue> = {},
): Promise<T[]> {
  const sql = querySql(name);
  return warehouse.rowsOf(`report query ${name}.sql`, schema, sql, boundParams(queryFile(name), sql, params));
}
