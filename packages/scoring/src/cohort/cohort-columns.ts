import type { Warehouse } from '@creator-audit/warehouse';
import { type CohortColumnProblem, cohortColumnMessage } from './messages.ts';

/** The relation whose columns `by` names; its VARCHAR and BOOLEAN columns are the cohorts one can draw. */
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

/**
 * A name that draws no cohort (the cohort benchmarks' or cohort-v1's `by`): its fields say which and why, and the
 * message says it as `cohort column "x"`; a caller with its own word for the option says it through cohortColumnMessage.
 */
export class CohortColumnError extends Error implements CohortColumnProblem {
  override name = 'CohortColumnError';
  readonly column: string;
  readonly model: CohortColumnProblem['model'];
  readonly reason: CohortColumnProblem['reason'];
  readonly allowed: readonly string[];
  readonly type: string | null;
  constructor(problem: CohortColumnProblem) {
    super(cohortColumnMessage(`cohort column ${JSON.stringify(problem.column)}`, problem));
    ({ column: this.column, model: this.model, reason: this.reason, allowed: this.allowed, type: this.type } = problem);
  }
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
 * Checks each `by` name against the columns of COHORT_SOURCE (information_schema, so the list follows the
 * model) and returns the cohort kinds to build: the follower tier first, then the asked ones, each once, in the
 * column's own spelling. Anything else throws before any SQL sees the name.
 */
export async function checkCohortColumns(warehouse: Warehouse, by: readonly string[]): Promise<string[]> {
  const columns = (await sourceColumns(warehouse)).filter((c) => c.name !== 'username');
  const allowed = columns.filter((c) => CATEGORICAL.has(c.type));
  const kinds = [TIER_COHORT];
  for (const name of by) {
    const column = columns.find((c) => c.name.toLowerCase() === name.trim().toLowerCase());
    const problem = { column: name, model: 'cohort', allowed: allowed.map((c) => c.name) } as const;
    if (!column) throw new CohortColumnError({ ...problem, reason: 'unknown', type: null });
    if (!CATEGORICAL.has(column.type)) throw new CohortColumnError({ ...problem, reason: 'not_categorical', type: column.type });
    if (!kinds.includes(column.name)) kinds.push(column.name);
  }
  return kinds;
}
