import { ingestCreators, landSyntheticLabels } from '@creator-audit/ingest';
import { createSyntheticProvider, syntheticHandles } from '@creator-audit/providers';
import { scoreWarehouse } from '@creator-audit/scoring';
import { Warehouse } from '@creator-audit/warehouse';

/** `npm run demo`'s cohort: 2,000 simulator creators, 30 videos each, at the clock its README baseline was measured at. */
export const DEMO_CREATORS = 2_000;
const DEMO_AT = new Date('2026-11-23T12:00:00Z');

/**
 * The demo's warehouse in memory: the simulator's creators fetched through the real ingest engine (as
 * `creator-audit demo` does), their planted labels landed beside them, and seed-v1 scored.
 */
export async function demoWarehouse(seed: number, creators = DEMO_CREATORS): Promise<Warehouse> {
  const warehouse = await Warehouse.open(':memory:');
  const clock = () => DEMO_AT;
  const provider = createSyntheticProvider({ seed, clock });
  try {
    await ingestCreators(warehouse, provider, syntheticHandles(seed, creators), {
      videosPerCreator: 30,
      pageSize: 30,
      maxEmptyPages: 3,
      concurrency: 16,
      rps: null,
      maxCredits: null,
      maxAgeMs: 0,
      inputName: `demo-${seed}`,
      now: clock,
    });
  } finally {
    await provider.close();
  }
  await landSyntheticLabels(warehouse, seed);
  await scoreWarehouse(warehouse);
  return warehouse;
}
