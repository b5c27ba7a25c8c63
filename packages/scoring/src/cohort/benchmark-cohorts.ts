import { type ModelTiming, runModels, type Warehouse } from '@creator-audit/warehouse';
import { listValue } from '@duckdb/node-api';
import { prepareAnalysis } from '../models/analyses.ts';
import { type ScoreRun, scoreWarehouse } from '../score.ts';
import { SEED_V1 } from '../seed-v1/rules.ts';
import { checkCohortColumns } from './cohort-columns.ts';

/** The first model that needs the checked cohort kinds; the ones before it build the relation they are checked on. */
const MEMBERS_MODEL = 'int_cohort_members';

export interface CohortRun {
  /** `follower_tier`, then the --by columns. */
  cohortKinds: string[];
  /** The seed-v1 scoring run made first because creator_scores held no seed-v1 rows (`missingScores: 'score'`). */
  scored: ScoreRun | null;
  creators: number;
  timings: ModelTiming[];
}

export interface CohortOptions {
  by?: readonly string[];
  /**
   * When creator_scores holds no seed-v1 rows: `score` (the default) scores the warehouse with seed-v1 first and
   * returns that run in `scored`, for the caller to say so; `fail` stops with the command to run instead.
   */
  missingScores?: 'score' | 'fail';
  /** The scoring time written with those rows. */
  scoredAt?: Date;
}

/**
 * Builds `cohort_creator_metrics`, `cohort_benchmarks` and `creator_cohort_position` from seed-v1's rows in
 * creator_scores. Cohorts are the follower tier and each `by` column (checked against the source relation's
 * columns before any SQL uses it).
 */
export async function benchmarkCohorts(warehouse: Warehouse, options: CohortOptions = {}): Promise<CohortRun> {
  let scored = null as ScoreRun | null;
  const scoreFirst = async () => {
    scored = await scoreWarehouse(warehouse, { ruleset: SEED_V1, ...(options.scoredAt ? { scoredAt: options.scoredAt } : {}) });
  };
  const { models, timings } = await prepareAnalysis(warehouse, 'cohort', {
    ruleset: SEED_V1,
    build: options.missingScores === 'fail' ? {} : { creator_scores: scoreFirst },
  });
  const split = models.findIndex((m) => m.name === MEMBERS_MODEL);
  timings.push(...(await runModels(warehouse, models.slice(0, split))));
  const cohortKinds = await checkCohortColumns(warehouse, options.by ?? []);
  timings.push(...(await runModels(warehouse, models.slice(split), { cohort_kinds: listValue(cohortKinds) })));
  const [count] = await warehouse.rows(`select count(*)::DOUBLE as n from cohort_creator_metrics`);
  return { cohortKinds, scored, creators: Number(count?.n ?? 0), timings };
}
