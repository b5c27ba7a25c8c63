import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Warehouse } from '@creator-audit/warehouse';
import type { DuckDBValue } from '@duckdb/node-api';
import type { z } from 'zod';

/** The audience report queries (../../sql/audience), one SELECT each, values bound, rows parsed with zod. */
export type AudienceQuery = 'creator_audience' | 'cohort_audience_by_tier';

export function audienceQueryRows<T>(warehouse: Warehouse, name: AudienceQuery, schema: z.ZodType<T>, params: Record<string, DuckDBValue>): Promise<T[]> {
  const sql = readFileSync(fileURLToPath(new URL(`../../sql/audience/${name}.sql`, import.meta.url)), 'utf8');
  return warehouse.rowsOf(`report query audience/${name}.sql`, schema, sql, params);
}
