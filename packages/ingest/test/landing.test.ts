import { describe, expect, it } from 'vitest';
import type { LandedCreator } from '../src/fetch-creator.ts';
import { LandingBuffer } from '../src/landing.ts';
import { startOrResumeRun } from '@creator-audit/warehouse';
import { withTempWarehouse } from '@creator-audit/warehouse/testing';

const AT = new Date('2026-01-15T12:00:00Z');

/** A creator that failed before its profile, with one sizeable raw body, so each batch takes DuckDB a moment. */
function failedCreator(username: string): LandedCreator {
  const raw = {
    provider: 'scavio' as const,
    endpoint: 'user/info',
    requestKey: `user/info?username=${username}`,
    httpStatus: 200,
    fetchedAt: AT,
    body: `<html>${'x'.repeat(20_000)}</html>`,
    credits: 1,
    outcome: 'html' as const,
    schemaError: null,
  };
  return { username, outcome: 'html', detail: 'HTML instead of JSON', profile: null, snapshotAt: null, videos: [], pagingStop: null, raws: [raw], credits: 1 };
}

describe('LandingBuffer', () => {
  it('makes a full buffer wait for the batch being written, so memory holds two batches at most, however fast creators come', () =>
    withTempWarehouse(async (warehouse) => {
      const run = await startOrResumeRun(warehouse, { kind: 'creators', provider: 'scavio', inputName: 'x', inputHash: 'h', options: {}, now: AT });
      const flushEvery = 20;
      const producers = 8;
      const landing = new LandingBuffer(warehouse, run.runId, 'scavio', flushEvery, () => AT);
      let added = 0;
      let mostHeld = 0;
      // Eight producers as fast as they can go, like concurrent creators whose fetches all finish at once.
      await Promise.all(
        Array.from({ length: producers }, async (_, p) => {
          for (let i = 0; i < 40; i++) {
            added++;
            mostHeld = Math.max(mostHeld, added - landing.landed);
            await landing.add(failedCreator(`p${p}_${i}`));
          }
        }),
      );
      await landing.flush();
      expect(landing.landed).toBe(producers * 40);
      // One batch being written and the next one filling, each topped up by at most one creator per producer
      // (without the wait, batch after batch queued behind the write: 147 held here).
      expect(mostHeld).toBeLessThanOrEqual(2 * (flushEvery + producers));
      const [row] = await warehouse.rows(`SELECT count(*)::INTEGER AS n FROM creator_outcomes`);
      expect(row?.n).toBe(producers * 40);
    }));
});
