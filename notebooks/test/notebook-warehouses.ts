import { join } from 'node:path';
import { landSyntheticLabels, parseHashtag, synthesizeCohort } from '@creator-audit/ingest';
import { DEFAULT_MAX_VIDEOS, trackCampaign } from '@creator-audit/pipelines/track-campaign';
import { createSyntheticProvider } from '@creator-audit/providers';
import { benchmarkCohorts, type FlagLevel, readCampaignValues, scoreWarehouse } from '@creator-audit/scoring';
import { Warehouse } from '@creator-audit/warehouse';
import { NOTEBOOKS_DIR } from '../src/execute.ts';

/**
 * The warehouses the notebooks build, rebuilt in the test's own process with the notebooks' parameters, through
 * the same package calls their first cells make. The seeds fix every row, so what a notebook showed can be checked
 * against what the warehouse holds, in plain SQL over the tables rather than the notebook's own queries.
 */
export async function cohortStudyWarehouse(p: Record<string, unknown>): Promise<Warehouse> {
  const warehouse = await Warehouse.open(':memory:');
  const cohort = await synthesizeCohort(warehouse, { creators: Number(p.CREATORS), videosPerCreator: Number(p.VIDEOS), seed: Number(p.SEED) });
  await scoreWarehouse(warehouse, { ruleset: 'cohort-v1', scoredAt: cohort.at });
  await benchmarkCohorts(warehouse, { by: ['verdict'], scoredAt: cohort.at });
  return warehouse;
}

export async function campaignWarehouse(p: Record<string, unknown>): Promise<{ warehouse: Warehouse; hashtag: string }> {
  const tag = parseHashtag(String(p.HASHTAG));
  if ('reason' in tag) throw new Error(tag.reason);
  const warehouse = await Warehouse.open(':memory:');
  const values = readCampaignValues(join(NOTEBOOKS_DIR, String(p.VALUES_FILE)));
  for (const at of [p.FIRST_SCAN, p.SECOND_SCAN] as Date[]) {
    const provider = createSyntheticProvider({ seed: Number(p.SEED), clock: () => at });
    try {
      await trackCampaign(warehouse, provider, [tag.hashtag], {
        maxVideos: DEFAULT_MAX_VIDEOS,
        maxCredits: null,
        concurrency: 8,
        rps: null,
        screen: true,
        maxAgeMs: 24 * 3_600_000,
        flagAt: p.FLAG_AT as FlagLevel,
        values,
        now: () => at,
      });
    } finally {
      await provider.close();
    }
  }
  await landSyntheticLabels(warehouse, Number(p.SEED));
  return { warehouse, hashtag: tag.hashtag };
}
