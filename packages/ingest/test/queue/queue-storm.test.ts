import { rateLimited } from '@creator-audit/providers/testing';
import { describe, expect, it } from 'vitest';
import { waitForRun } from '../../src/queue/wait-for-run.ts';
import { handles } from '../wire-world.ts';
import { readLake, RUN_ID, withQueueWire } from './queue-wire.ts';

describe('a 429 storm', () => {
  it('backs off every worker of the queue at once: no call goes out again before the back-off ends; all land once', () =>
    withQueueWire({ latencyMs: 10 }, async (wire) => {
      const total = 12;
      const storm = 3;
      // The API refuses three requests in a row once it has answered ten, whoever sends them.
      let seen = 0;
      wire.server.script(() => ++seen > 10, ...Array.from({ length: storm }, () => rateLimited()));
      // Calls 200 ms apart (a tenth of the back-off) and answered in 10: one call is out at a time, the next
      // workers wait for their slots. Backing off alone, they would each meet the storm 200 ms apart and use
      // it up within half the back-off; backed off together, they wait it out.
      await wire.enqueue(handles(total), { rps: 5 });
      const retry = { maxRetries: 10, retryDelayMs: 1_000, maxRetryDelayMs: 2_000 };
      await Promise.all([wire.worker({ retry }), wire.worker({ retry }), wire.worker({ retry })]);
      const summary = await waitForRun({ redis: wire.target, allowVolatile: false, provider: 'scavio', runId: RUN_ID, resumed: false });
      expect(summary).toMatchObject({ byOutcome: { ok: total }, stop: null });

      const answers = wire.server.requests.map((r) => ({ at: r.arrivedAtMs, status: r.answered }));
      expect(answers.filter((a) => a.status === 429)).toHaveLength(storm);
      const first429 = answers.findIndex((a) => a.status === 429);
      const firstOkAfter = answers.slice(first429).find((a) => a.status === 200);
      // A lower bound: timers fire late, never early, so a slow machine only widens the gap.
      expect((firstOkAfter?.at ?? 0) - (answers[first429]?.at ?? 0)).toBeGreaterThanOrEqual(retry.retryDelayMs);

      const lake = await readLake(wire.lake);
      try {
        expect(await lake.count(`SELECT count(DISTINCT username)::INTEGER AS n FROM creators`)).toBe(total);
        expect(await lake.count(`SELECT count(*)::INTEGER AS n FROM creators`)).toBe(total);
      } finally {
        lake.close();
      }
    }), 120_000);
});
