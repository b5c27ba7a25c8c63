import type { Warehouse } from '@creator-audit/warehouse';
import { CohortColumnError } from '../cohort/cohort-columns.ts';
import { NOT_COHORT_COLUMNS } from './rules.ts';

/** The relation whose columns `by` names (built by the models before int_cv1_cohorts). */
const COHORT_V1_SOURCE = 'stg_cv1_creators';
const CATEGORICAL = new Set(['VARCHAR', 'BOOLEAN']);

/**
 * The cohort kinds cohort-v1 compares within: `follower_tier` first, then each `by` name checked against the text and
 * true/false columns of COHORT_V1_SOURCE (information_schema, so the list follows the model), in the column's own
 * spelling. Anything else throws before any SQL sees the name; the list is then bound, never spliced.
 */
export async function checkCohortV1Columns(warehouse: Warehouse, by: readonly string[]): Promise<string[]> {
  const rows = await warehouse.rows(
    `select column_name as name, data_type as type from information_schema.columns
     where table_schema = 'main' and table_name = $table order by ordinal_position`,
    { table: COHORT_V1_SOURCE },
  );
  const columns = rows
    .map((r) => ({ name: String(r.name), type: String(r.type) }))
    .filter((c) => !(NOT_COHORT_COLUMNS as readonly string[]).includes(c.name));
  const kinds = ['follower_tier'];
  for (const name of by) {
    const column = columns.find((c) => c.name.toLowerCase() === name.trim().toLowerCase());
    const problem = { column: name, model: 'cohort-v1', allowed: columns.filter((c) => CATEGORICAL.has(c.type)).map((c) => c.name) } as const;
    if (!column) throw new CohortColumnError({ ...problem, reason: 'unknown', type: null });
    if (!CATEGORICAL.has(column.type)) throw new CohortColumnError({ ...problem, reason: 'not_categorical', type: column.type });
    if (!kinds.includes(column.name)) kinds.push(column.name);
  }
  return kinds;
}
