import { runModels, type Warehouse } from '@creator-audit/warehouse';
import { z } from 'zod';
import { prepareAnalysis } from '../models/analyses.ts';
import { queryRows } from '../models/queries.ts';
import { SEED_V1 } from '../seed-v1/rules.ts';
import { type LabelTableName, LabelsError } from './labels-error.ts';
import { evaluationMessages } from './messages.ts';

/*
 * EVALUATION ONLY: the one place a ruleset's verdicts meet the simulator's labels (`sim_creator_labels`).
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
type EvaluationVerdicts = z.infer<typeof verdictRow>;
type EvaluationRule = z.infer<typeof ruleRow>;

export interface VerdictEvaluation {
  ruleset: string;
  seed: number;
  labelled: number;
  scored: number;
  metrics: EvaluationMetrics[];
  verdicts: EvaluationVerdicts[];
  rules: EvaluationRule[];
}

async function labelSeeds(warehouse: Warehouse, table: LabelTableName): Promise<number[]> {
  if (!(await warehouse.hasTable(table))) return [];
  // The table's name comes from LabelTableName's fixed list, never from input.
  return (await warehouse.rows(`SELECT DISTINCT seed::DOUBLE AS seed FROM ${table} ORDER BY seed`)).map((r) => Number(r.seed));
}

/** The seed to evaluate: the one asked for, or the only one the warehouse holds labels for (creators' unless said). */
export async function chooseLabelSeed(
  warehouse: Warehouse,
  seed: number | undefined,
  table: Exclude<LabelTableName, 'sim_video_labels'> = 'sim_creator_labels',
): Promise<number> {
  const seeds = await labelSeeds(warehouse, table);
  if (seeds.length === 0) throw new LabelsError({ kind: 'none', table });
  if (seed !== undefined) {
    if (!seeds.includes(seed)) throw new Error(evaluationMessages.noLabelsForSeed(seed, seeds));
    return seed;
  }
  if (seeds.length > 1) throw new LabelsError({ kind: 'several_seeds', table, seeds });
  return seeds[0] as number;
}

/**
 * A ruleset's verdicts (seed-v1 unless named) against the planted labels: builds `verdict_evaluation` (precision,
 * recall, 2x2 counts per cut-off, overall, per archetype and per tier), `verdict_evaluation_verdicts` and
 * `verdict_evaluation_rules` for it, and returns them. It reads `creator_scores` as it stands and never scores:
 * without the ruleset's rows it throws MissingInputError naming the command.
 */
export async function evaluateVerdicts(warehouse: Warehouse, options: { seed?: number; ruleset?: string } = {}): Promise<VerdictEvaluation> {
  const ruleset = options.ruleset ?? SEED_V1;
  const seed = await chooseLabelSeed(warehouse, options.seed);
  const { models } = await prepareAnalysis(warehouse, 'verdict-evaluation', { ruleset });
  await runModels(warehouse, models, { seed, ruleset });
  const [coverage] = await warehouse.rows(
    `SELECT count(*)::INTEGER AS labelled, count(*) FILTER (WHERE is_scored)::INTEGER AS scored FROM stg_verdict_eval_creators`,
  );
  const metrics = await queryRows(warehouse, 'verdict_evaluation_metrics', metricsRow);
  const verdicts = (await warehouse.rows(`SELECT * FROM verdict_evaluation_verdicts ORDER BY group_kind, group_value, verdict, unscored_status`)).map(
    (r) => verdictRow.parse(r),
  );
  const rules = (await warehouse.rows(`SELECT * FROM verdict_evaluation_rules ORDER BY group_kind, group_value, false_positives_medium_or_high DESC, rule`)).map(
    (r) => ruleRow.parse(r),
  );
  return { ruleset, seed, labelled: Number(coverage?.labelled), scored: Number(coverage?.scored), metrics, verdicts, rules };
}
