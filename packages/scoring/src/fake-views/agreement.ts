import { runModels, type Warehouse } from '@creator-audit/warehouse';
import { CONTENT_CATEGORIES, FAKE_VIEW_COMPONENTS } from '@creator-audit/providers/fake-view-contract';
import { z } from 'zod';
import { prepareAnalysis } from '../models/analyses.ts';

const share = z.number().min(0).max(1).nullable();
const stat = z.number().nullable();

const overallSchema = z.object({
  content_category: z.enum(CONTENT_CATEGORIES).nullable(),
  pairs: z.number().int(),
  fake_score_pearson: stat,
  fake_score_spearman: stat,
  fake_score_mean_diff: stat,
  fake_score_mean_abs_diff: stat,
  suspicious_agreement: share,
  suspicious_kappa: stat,
  both_suspicious: z.number().int(),
  only_ours_suspicious: z.number().int(),
  only_theirs_suspicious: z.number().int(),
  neither_suspicious: z.number().int(),
  confidence_level_agreement: share,
  current_tier_agreement: share,
  expected_tier_pairs: z.number().int(),
  expected_tier_agreement: share,
  fake_view_percentage_mean_abs_diff: stat,
});

const componentSchema = z.object({ component: z.enum(FAKE_VIEW_COMPONENTS), pairs: z.number().int(), pearson: stat, mean_abs_diff: stat });

export type FakeViewAgreement = z.infer<typeof overallSchema> & { components: Array<z.infer<typeof componentSchema>> };

/**
 * How our analysis and TikHub's agree over the video snapshots both scored in `video_fake_view_scores`
 * (run `scoreFakeViews` first, under the category the TikHub reports were asked with; without the table this
 * throws MissingInputError naming the command).
 */
export async function fakeViewAgreement(warehouse: Warehouse): Promise<FakeViewAgreement> {
  const { models } = await prepareAnalysis(warehouse, 'fake-views-agreement');
  await runModels(warehouse, models);
  const [overall] = await warehouse.rows('select * from fv_agreement');
  const components = (await warehouse.rows('select * from fv_agreement_components')).map((r) => componentSchema.parse(r));
  const order = (c: { component: string }) => FAKE_VIEW_COMPONENTS.indexOf(c.component as (typeof FAKE_VIEW_COMPONENTS)[number]);
  return { ...overallSchema.parse(overall), components: components.sort((a, b) => order(a) - order(b)) };
}
