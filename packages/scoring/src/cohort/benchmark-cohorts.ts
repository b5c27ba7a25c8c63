import { fileURLToPath } from 'node:url';
import { type Warehouse, loadModels, type ModelTiming, runModels } from '@creator-audit/warehouse';
import { listValue } from '@duckdb/node-api';
import { type ScoreRun, scoreWarehouse } from '../score.ts';
import { SEED_V1 } from '../seed-v1/rules.ts';
import { checkCohortColumns } from './cohort-columns.ts';

export const COHORT_MODELS_DIR = fileURLToPath(new URL('../../sql/cohort', import.meta.url));
/** The first model that needs the checked cohort kinds; the ones before it build the relation they are checked on. */
const MEMBERS_MODEL = 'int_cohort_members';

export interface CohortRun {
  /** `follower_tier`, then the --by columns. */
  cohortKinds: string[];
  /** The seed-v1 scoring run made first because creator_scores held no seed-v1 rows, if one was needed. */
  scored: ScoreRun | null;
  creators: number;
  timings: ModelTiming[];
}

async function hasSeedV1Scores(warehouse: Warehouse): Promise<boolean> {
  const tables = await warehouse.rows(`select 1 from information_schema.tables where table_name = 'creator_scores'`);
  if (tables.length === 0) return false;
  const rows = await warehouse.rows(`select 1 from creator_scores where ruleset = $ruleset limit 1`, { ruleset: SEED_V1 });
  return rows.length > 0;
}

/**
 * Builds `cohort_creator_metrics`, `cohort_benchmarks` and `creator_cohort_position` from seed-v1's rows in
 * creator_scores, scoring the warehouse with seed-v1 first when there are none. Cohorts are the follower tier and
 * each `by` column (checked against the source relation's columns before any SQL uses it).
 */
export async function benchmarkCohorts(
  warehouse: Warehouse,
  options: { by?: readonly string[]; scoredAt?: Date } = {},
): Promise<CohortRun> {
  const scored = (await hasSeedV1Scores(warehouse)) ? null : await scoreWarehouse(warehouse, { ruleset: SEED_V1, scoredAt: options.scoredAt });
  const models = loadModels(COHORT_MODELS_DIR);
  const split = models.findIndex((m) => m.name === MEMBERS_MODEL);
  const timings = await runModels(warehouse, models.slice(0, split));
  const cohortKinds = await checkCohortColumns(warehouse, options.by ?? []);
  timings.push(...(await runModels(warehouse, models.slice(split), { cohort_kinds: listValue(cohortKinds) })));
  const [count] = await warehouse.rows(`select count(*)::DOUBLE as n from cohort_creator_metrics`);
  return { cohortKinds, scored, creators: Number(count?.n ?? 0), timings };
}
