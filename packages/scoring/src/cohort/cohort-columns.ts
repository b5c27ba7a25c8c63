import type { Warehouse } from '@creator-audit/warehouse';
import { cohortMessages } from './messages.ts';

/** The relation `--by` names a column of; its VARCHAR and BOOLEAN columns are the cohorts one can draw. */
const COHORT_SOURCE = 'int_cohort_creators';
export const TIER_COHORT = 'follower_tier';
/** The metrics of `cohort_benchmarks` and `creator_cohort_position`, in the order the models list them. */
const COHORT_METRICS = [
  'engagement_rate_followers',
  'engagement_rate_views',
  'likes_per_follower',
  'comments_per_like',
  'follow_ratio',
  'risk_score',
] as const;
export type CohortMetric = (typeof COHORT_METRICS)[number];
const CATEGORICAL = new Set(['VARCHAR', 'BOOLEAN']);

export class CohortColumnError extends Error {
  override name = 'CohortColumnError';
}

async function sourceColumns(warehouse: Warehouse): Promise<{ name: string; type: string }[]> {
  const rows = await warehouse.rows(
    `select column_name as name, data_type as type from information_schema.columns
     where table_schema = 'main' and table_name = $table order by ordinal_position`,
    { table: COHORT_SOURCE },
  );
  return rows.map((r) => ({ name: String(r.name), type: String(r.type) }));
}

/**
 * Checks each `--by` name against the columns of COHORT_SOURCE (information_schema, so the list follows the
 * model) and returns the cohort kinds to build: the follower tier first, then the asked ones, each once, in the
 * column's own spelling. Anything else throws before any SQL sees the name.
 */
export async function checkCohortColumns(warehouse: Warehouse, by: readonly string[]): Promise<string[]> {
  const columns = (await sourceColumns(warehouse)).filter((c) => c.name !== 'username');
  const allowed = columns.filter((c) => CATEGORICAL.has(c.type));
  const kinds = [TIER_COHORT];
  for (const name of by) {
    const column = columns.find((c) => c.name.toLowerCase() === name.trim().toLowerCase());
    if (!column) throw new CohortColumnError(cohortMessages.unknownColumn(name, allowed.map((c) => c.name)));
    if (!CATEGORICAL.has(column.type)) throw new CohortColumnError(cohortMessages.notCategorical(name, column.type));
    if (!kinds.includes(column.name)) kinds.push(column.name);
  }
  return kinds;
}
