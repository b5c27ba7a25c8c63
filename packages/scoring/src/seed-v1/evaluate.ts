import { runModels, type Warehouse } from '@creator-audit/warehouse';
import { z } from 'zod';
import { prepareAnalysis } from '../models/analyses.ts';
import { queryRows } from '../models/queries.ts';
import { seedV1Messages } from './messages.ts';

/*
 * EVALUATION ONLY: the one place seed-v1's verdicts meet the simulator's labels (`sim_creator_labels`).
 * Scoring (sql/seed-v1, score.ts) never reads them; a test holds that line.
 */

const rate = z.number().min(0).max(1).nullable();
const int = z.number().int();

const metricsRow = z.object({
  group_kind: z.enum(['all', 'archetype', 'tier']),
  group_value: z.string(),
  positive: z.enum(['HIGH', 'MEDIUM_OR_HIGH']),
  creators: int,
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
});

const verdictRow = z.object({
  group_kind: z.enum(['archetype', 'tier']),
  group_value: z.string(),
  verdict: z.string().nullable(),
  unscored_status: z.string().nullable(),
  creators: int,
});

const ruleRow = z.object({
  group_kind: z.enum(['all', 'tier']),
  group_value: z.string(),
  rule: z.string(),
  organic_creators: int,
  organic_with_rule: int,
  false_positives_medium_or_high: int,
  false_positives_high: int,
  fraud_creators: int,
  fraud_with_rule: int,
});

export type EvaluationMetrics = z.infer<typeof metricsRow>;
export type EvaluationVerdicts = z.infer<typeof verdictRow>;
export type EvaluationRule = z.infer<typeof ruleRow>;

export interface SeedV1Evaluation {
  seed: number;
  labelled: number;
  scored: number;
  metrics: EvaluationMetrics[];
  verdicts: EvaluationVerdicts[];
  rules: EvaluationRule[];
}

async function labelSeeds(warehouse: Warehouse): Promise<number[]> {
  const [exists] = await warehouse.rows(`SELECT count(*)::INTEGER AS n FROM information_schema.tables WHERE table_name = 'sim_creator_labels'`);
  if (Number(exists?.n) === 0) return [];
  return (await warehouse.rows(`SELECT DISTINCT seed::DOUBLE AS seed FROM sim_creator_labels ORDER BY seed`)).map((r) => Number(r.seed));
}

/** The seed to evaluate: the one asked for, or the only one the warehouse holds labels for. */
export async function chooseLabelSeed(warehouse: Warehouse, seed: number | undefined): Promise<number> {
  const seeds = await labelSeeds(warehouse);
  if (seeds.length === 0) throw new Error(seedV1Messages.noLabels);
  if (seed !== undefined) {
    if (!seeds.includes(seed)) throw new Error(seedV1Messages.noLabelsForSeed(seed, seeds));
    return seed;
  }
  if (seeds.length > 1) throw new Error(seedV1Messages.severalSeeds(seeds));
  return seeds[0] as number;
}

/**
 * seed-v1 against the planted labels: builds `seed_v1_evaluation` (precision, recall, 2x2 counts per cut-off,
 * overall, per archetype and per tier), `seed_v1_evaluation_verdicts` and `seed_v1_evaluation_rules`, and
 * returns them. It reads `creator_scores` as it stands and never scores: without seed-v1 rows it throws
 * MissingInputError naming the command.
 */
export async function evaluateSeedV1(warehouse: Warehouse, options: { seed?: number } = {}): Promise<SeedV1Evaluation> {
  const seed = await chooseLabelSeed(warehouse, options.seed);
  const { models } = await prepareAnalysis(warehouse, 'seed-v1-evaluation');
  await runModels(warehouse, models, { seed });
  const [coverage] = await warehouse.rows(
    `SELECT count(*)::INTEGER AS labelled, count(*) FILTER (WHERE is_scored)::INTEGER AS scored FROM stg_seed_v1_eval_creators`,
  );
  const metrics = await queryRows(warehouse, 'seed_v1_evaluation_metrics', metricsRow);
  const verdicts = (await warehouse.rows(`SELECT * FROM seed_v1_evaluation_verdicts ORDER BY group_kind, group_value, verdict, unscored_status`)).map(
    (r) => verdictRow.parse(r),
  );
  const rules = (await warehouse.rows(`SELECT * FROM seed_v1_evaluation_rules ORDER BY group_kind, group_value, false_positives_medium_or_high DESC, rule`)).map(
    (r) => ruleRow.parse(r),
  );
  return { seed, labelled: Number(coverage?.labelled), scored: Number(coverage?.scored), metrics, verdicts, rules };
}
