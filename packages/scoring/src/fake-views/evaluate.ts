import { runModels, type Warehouse } from '@creator-audit/warehouse';
import { z } from 'zod';
import { LabelsError } from '../evaluation/labels-error.ts';
import { prepareAnalysis } from '../models/analyses.ts';
import { fakeViewMessages } from './messages.ts';

/*
 * EVALUATION ONLY: joins the finished `video_fake_view_scores` to the simulator's labels. Nothing in the
 * analysis (sql/fake-views, score-fake-views.ts) reads labels; a test holds that line.
 */

/** A video snapshot counts as botted from this planted fake share of its plays on. */
export const DEFAULT_POSITIVE_SHARE = 0.2;

const rate = z.number().min(0).max(1).nullable();
const stat = z.number().nullable();
const int = z.number().int();

const summarySchema = z.object({
  labelled: int,
  unscored: int,
  positive_share: z.number(),
  scored: int,
  botted: int,
  clean: int,
  roc_auc: rate,
  precision: rate,
  recall: rate,
  false_positive_rate: rate,
  true_positives: int,
  false_positives: int,
  false_negatives: int,
  share_mae: stat,
  share_mae_botted: stat,
  share_mae_clean: stat,
  share_bias: stat,
  fake_views_ratio: stat,
});

const archetypeSchema = z.object({
  archetype: z.string(),
  scored: int,
  botted: int,
  flagged_rate: rate,
  mean_fake_score: stat,
  mean_planted_share: stat,
  mean_estimated_share: stat,
});

export type FakeViewEvaluation = z.infer<typeof summarySchema> & { byArchetype: Array<z.infer<typeof archetypeSchema>> };

async function hasLabels(warehouse: Warehouse): Promise<boolean> {
  const rows = await warehouse.rows(
    `select count(*)::INTEGER as n from information_schema.tables where table_name in ('sim_video_labels', 'sim_creator_labels')`,
  );
  return Number(rows[0]?.n) === 2;
}

/** Scores against planted labels, for the video snapshots scored in `video_fake_view_scores` (run `scoreFakeViews` first). */
export async function evaluateFakeViews(warehouse: Warehouse, positiveShare = DEFAULT_POSITIVE_SHARE): Promise<FakeViewEvaluation> {
  if (!(await hasLabels(warehouse))) throw new LabelsError({ kind: 'none', table: 'sim_video_labels' });
  const { models } = await prepareAnalysis(warehouse, 'fake-views-evaluation');
  await runModels(warehouse, models, { positive_share: positiveShare });
  const summary = summarySchema.parse((await warehouse.rows('select * from fv_eval_summary'))[0]);
  if (summary.labelled === 0) throw new Error(fakeViewMessages.noLabelledVideos);
  const byArchetype = (await warehouse.rows('select * from fv_eval_by_archetype order by archetype')).map((r) => archetypeSchema.parse(r));
  return { ...summary, byArchetype };
}
