import { synthesizeCohort } from '@creator-audit/ingest';
import { evaluateCohortV1, scoreAllRulesets, summarizeVariant, VARIANT_NAMES, type VariantResult } from '@creator-audit/scoring';
import { Warehouse } from '@creator-audit/warehouse';

export interface VariantOptions {
  creators: number;
  videosPerCreator?: number;
  seed: number;
  variants?: readonly string[];
}

/**
 * EVALUATION ONLY: cohort-v1 (and seed-v1) on a synthesized cohort of each model variant (baseline, engagement
 * halved and doubled, a small-account tier mix, weaker fraud), each in a warehouse of its own in memory: worlds
 * nothing was tuned on. The spread across them is the honest figure.
 */
export async function evaluateVariants(options: VariantOptions): Promise<VariantResult[]> {
  const results: VariantResult[] = [];
  for (const variant of options.variants ?? VARIANT_NAMES) {
    const warehouse = await Warehouse.open(':memory:');
    try {
      await synthesizeCohort(warehouse, { creators: options.creators, videosPerCreator: options.videosPerCreator ?? 30, seed: options.seed, variant });
      await scoreAllRulesets(warehouse);
      results.push(summarizeVariant(variant, await evaluateCohortV1(warehouse, { seed: options.seed })));
    } finally {
      warehouse.close();
    }
  }
  return results;
}
