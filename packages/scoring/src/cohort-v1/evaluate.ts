import { runModels, type Warehouse } from '@creator-audit/warehouse';
import { z } from 'zod';
import { prepareAnalysis } from '../models/analyses.ts';
import { queryRows } from '../models/queries.ts';
import { chooseLabelSeed } from '../evaluation/evaluate-verdicts.ts';
import { COHORT_V1 } from './rules.ts';

/*
 * EVALUATION ONLY: the one place cohort-v1's scores meet the simulator's labels (`sim_creator_labels`), beside
 * seed-v1's on the same creators. Scoring (sql/cohort-v1) never reads them; a test holds that line.
 */

const rate = z.number().min(0).max(1).nullable();
const int = z.number().int();

const metricsRow = z.object({
  ruleset: z.enum(['cohort-v1', 'seed-v1']),
  group_kind: z.enum(['all', 'archetype', 'tier']),
  group_value: z.string(),
  positive: z.enum(['HIGH', 'MEDIUM_OR_HIGH']),
  creators: int,
  no_verdict: int,
  fraud: int,
  flagged: int,
  true_positives: int,
  false_positives: int,
  false_negatives: int,
  true_negatives: int,
  precision: rate,
  recall: rate,
  false_positive_rate: rate,
  f1: rate,
  roc_auc: rate,
  pr_auc: rate,
});

const calibrationRow = z.object({
  bin: int,
  bin_from: z.number(),
  bin_to: z.number(),
  creators: int,
  mean_probability: z.number(),
  fraud_share: z.number(),
  fraud: int,
});

const patternRow = z.object({ archetype: z.string(), fraud_pattern: z.string().nullable(), creators: int, flagged: int });

export type CohortV1Metrics = z.infer<typeof metricsRow>;
export type CalibrationBin = z.infer<typeof calibrationRow>;
type PatternCount = z.infer<typeof patternRow>;

export interface CohortV1Evaluation {
  seed: number;
  labelled: number;
  /** Creators each ruleset gave a verdict. */
  scored: Record<'cohort-v1' | 'seed-v1', number>;
  metrics: CohortV1Metrics[];
  calibration: CalibrationBin[];
  patterns: PatternCount[];
}

/**
 * cohort-v1 (and seed-v1 beside it) against the planted labels: builds `cv1_evaluation` (per ruleset, cut-off and
 * group: counts, precision, recall, honest creators flagged, ROC AUC, PR AUC), `cv1_calibration` (the reliability
 * table) and `cv1_evaluation_patterns`, and returns them. Score both rulesets first (scoreAllRulesets): without
 * cohort-v1 rows in creator_scores it throws MissingInputError naming the command, and scores nothing.
 */
export async function evaluateCohortV1(warehouse: Warehouse, options: { seed?: number } = {}): Promise<CohortV1Evaluation> {
  const { models } = await prepareAnalysis(warehouse, 'cohort-v1-evaluation', { ruleset: COHORT_V1 });
  const seed = await chooseLabelSeed(warehouse, options.seed);
  await runModels(warehouse, models, { seed });
  const coverage = await warehouse.rows(
    `SELECT ruleset, count(*)::INTEGER AS labelled, count(*) FILTER (WHERE is_scored)::INTEGER AS scored FROM stg_cv1_eval_creators GROUP BY ruleset`,
  );
  const scoredBy = (ruleset: string) => Number(coverage.find((r) => r.ruleset === ruleset)?.scored ?? 0);
  const metrics = await queryRows(warehouse, 'cohort_v1_evaluation_metrics', metricsRow);
  const calibration = (await warehouse.rows(`SELECT * FROM cv1_calibration ORDER BY bin`)).map((r) => calibrationRow.parse(r));
  const patterns = (await warehouse.rows(`SELECT * FROM cv1_evaluation_patterns ORDER BY archetype, creators DESC, fraud_pattern`)).map((r) =>
    patternRow.parse(r),
  );
  return {
    seed,
    labelled: Number(coverage.find((r) => r.ruleset === 'cohort-v1')?.labelled ?? 0),
    scored: { 'cohort-v1': scoredBy('cohort-v1'), 'seed-v1': scoredBy('seed-v1') },
    metrics,
    calibration,
    patterns,
  };
}
