import { type ModelTiming, runModels, type Warehouse } from '@creator-audit/warehouse';
import { prepareAnalysis } from '../models/analyses.ts';

/** The audience marts exported to Parquet once audit-audience has built them, each with its partition time. */
export const AUDIENCE_MART_TABLES = { follower_classifications: 'sampled_at', audience_quality: 'sampled_at', comment_quality: 'sampled_at' } as const;

/**
 * Builds the audience marts from the samples the warehouse holds (empty marts when it holds none):
 * `follower_classifications` (each follower with its signals), `audience_quality` (per sample),
 * `comment_classifications`, `comment_quality` (per sample) and `audience_evidence` (per creator, its latest
 * sample, for a ruleset to weigh). Reads only landed samples, so it is rebuilt whenever it is read for a verdict or
 * an evaluation and is never stale. Reads no simulator label.
 */
export async function buildAudienceTables(warehouse: Warehouse): Promise<ModelTiming[]> {
  const { models, timings } = await prepareAnalysis(warehouse, 'audience');
  return [...timings, ...(await runModels(warehouse, models))];
}
