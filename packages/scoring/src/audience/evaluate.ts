import { runModels, type Warehouse } from '@creator-audit/warehouse';
import { z } from 'zod';
import { chooseLabelSeed } from '../evaluation/evaluate-verdicts.ts';
import { prepareAnalysis } from '../models/analyses.ts';
import { queryRows } from '../models/queries.ts';
import { buildAudienceTables } from './build-audience-tables.ts';
import { audienceTextMessages } from './messages.ts';

/*
 * EVALUATION ONLY: the audience marts against the simulator's labels (`sim_audience_labels`, `sim_follower_labels`,
 * `sim_comment_labels`), in sql/audience-evaluation. Nothing in sql/audience reads a label; a test holds that line.
 */

const ratio = z.number().nullable();
const int = z.number().int();

const summarySchema = z.object({
  samples: int,
  estimated: int,
  share_mae: ratio,
  share_bias: ratio,
  share_rmse: ratio,
  share_max_error: ratio,
  interval_coverage: ratio,
  within_two_se: ratio,
  share_rank_correlation: ratio,
  separable_pairs: int,
  misordered_pairs: int,
  precision: ratio,
  recall: ratio,
  inactive_precision: ratio,
  coordinated_mae: ratio,
  coordinated_max_error: ratio,
  coordinated_rank_correlation: ratio,
  pod_separable_pairs: int,
  pod_misordered_pairs: int,
});

const creatorSchema = z.object({
  username: z.string(),
  archetype: z.string().nullable(),
  in_pod: z.boolean(),
  followers_classified: int,
  suspicious_share: ratio,
  suspicious_share_low: ratio,
  suspicious_share_high: ratio,
  window_fake_share: z.number(),
  sampled_fake_share: ratio,
  truth_in_interval: z.boolean().nullable(),
  inactive_share: ratio,
  coordinated_share: ratio,
  sampled_pod_share: ratio,
});

const confusionSchema = z.object({ kind: z.string(), is_fake: z.boolean(), classification: z.string(), followers: int });

export type AudienceEvaluation = z.infer<typeof summarySchema> & {
  seed: number;
  creators: Array<z.infer<typeof creatorSchema>>;
  followers: Array<z.infer<typeof confusionSchema>>;
};

/**
 * Builds the audience marts from the landed samples (so they are never older than the samples), then holds them
 * against the simulator's labels.
 */
export async function evaluateAudience(warehouse: Warehouse, options: { seed?: number } = {}): Promise<AudienceEvaluation> {
  const seed = await chooseLabelSeed(warehouse, options.seed, 'sim_audience_labels');
  await buildAudienceTables(warehouse);
  const { models } = await prepareAnalysis(warehouse, 'audience-evaluation');
  await runModels(warehouse, models, { seed });
  const summary = summarySchema.parse((await warehouse.rows('select * from audience_eval_summary'))[0]);
  if (summary.samples === 0) throw new Error(audienceTextMessages.noLabelledSamples(seed));
  const creators = await queryRows(warehouse, 'audience_evaluation_creators', creatorSchema);
  const followers = await warehouse.rowsOf('audience evaluation followers', confusionSchema, `select * from audience_eval_followers order by kind, classification`);
  return { ...summary, seed, creators, followers };
}
