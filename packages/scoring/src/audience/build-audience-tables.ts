import { fileURLToPath } from 'node:url';
import { loadModels, type ModelTiming, runModels, type Warehouse } from '@creator-audit/warehouse';

/** The audience marts exported to Parquet once audit-audience has built them, each with its partition time. */
export const AUDIENCE_MART_TABLES = { follower_classifications: 'sampled_at', audience_quality: 'sampled_at', comment_quality: 'sampled_at' } as const;

export const AUDIENCE_MODELS_DIR = fileURLToPath(new URL('../../sql/audience', import.meta.url));

/**
 * Builds the audience marts from the samples the warehouse holds: `follower_classifications` (each follower with
 * its signals), `audience_quality` (per sample), `comment_classifications`, `comment_quality` (per sample) and
 * `audience_evidence` (per creator, its latest sample, for a ruleset to weigh). Reads no simulator label.
 */
export async function buildAudienceTables(warehouse: Warehouse): Promise<ModelTiming[]> {
  return runModels(warehouse, loadModels(AUDIENCE_MODELS_DIR));
}
