import { Queue } from 'bullmq';
import { describe, expect, it } from 'vitest';
import { queueNameOf } from '../../src/queue/queue-names.ts';
import { connectionOptions } from '../../src/queue/redis-url.ts';
import { waitForRun } from '../../src/queue/wait-for-run.ts';
import { handles } from '../wire-world.ts';
import { CALLS_PER_CREATOR, readLake, RUN_ID, withQueueWire } from './queue-wire.ts';

describe('one budget across workers', () => {
  it('three workers spend exactly the budget, then the queue pauses with the rest waiting; a higher budget resumes it', () =>
    withQueueWire({ latencyMs: 10 }, async (wire) => {
      const total = 30;
      const budget = 15 * CALLS_PER_CREATOR;
      await wire.enqueue(handles(total), { maxCredits: budget });
      await Promise.all([wire.worker(), wire.worker(), wire.worker()]);
      const stopped = await waitForRun({ redis: wire.target, allowVolatile: false, provider: 'scavio', runId: RUN_ID, resumed: false });
      expect(stopped).toMatchObject({
        total,
        byOutcome: { ok: 15, budget_exhausted: 15 },
        creditsSpent: budget,
        stop: { kind: 'budget', message: `credit budget of ${budget} reached` },
      });
      expect(stopped.notReached).toHaveLength(15);
      // Exactly: what Redis counted is what the vendor billed, and what the lake holds.
      expect(wire.billed()).toBe(budget);
      const lake = await readLake(wire.lake);
      try {
        expect(await lake.count(`SELECT sum(credits)::INTEGER AS n FROM raw_responses`)).toBe(budget);
        expect(await lake.count(`SELECT count(*)::INTEGER AS n FROM creators`)).toBe(15);
      } finally {
        lake.close();
      }
      // Paused, never failed: the rest wait for more credits.
      const queue = new Queue(queueNameOf('scavio'), { connection: connectionOptions(wire.target) });
      try {
        expect(await queue.isPaused()).toBe(true);
        expect(await queue.getJobCounts('failed', 'waiting', 'active')).toEqual({ failed: 0, waiting: 15, active: 0 });
      } finally {
        await queue.close();
      }

      const again = await wire.enqueue(handles(total), { maxCredits: total * CALLS_PER_CREATOR });
      expect(again).toMatchObject({ resumed: true, added: 0, queued: 15, decided: 15 });
      const done = await waitForRun({ redis: wire.target, allowVolatile: false, provider: 'scavio', runId: RUN_ID, resumed: true });
      expect(done).toMatchObject({ byOutcome: { ok: total }, creditsSpent: total * CALLS_PER_CREATOR, stop: null, notReached: [] });
      expect(wire.billed()).toBe(total * CALLS_PER_CREATOR);
    }), 120_000);
});
