import { describe, expect, it } from 'vitest';
import { jobIdOf } from '../../src/queue/queue-names.ts';
import { waitForRun } from '../../src/queue/wait-for-run.ts';
import { handles } from '../wire-world.ts';
import { CALLS_PER_CREATOR, type QueueWire, readLake, RUN_ID, withQueueWire } from './queue-wire.ts';
import { inFlight, kill9, spawnWorker, stop, type WorkerProcess } from './worker-process.ts';

const TOTAL = 60;
const CONCURRENCY = 2;

const waitForAll = (wire: QueueWire) => waitForRun({ redis: wire.target, allowVolatile: false, provider: 'scavio', runId: RUN_ID, resumed: false });

/** Every creator of the cohort exactly once through the lake's views, with its seven videos. */
async function expectEachCreatorOnce(wire: QueueWire): Promise<{ files: number; rawCredits: number }> {
  const lake = await readLake(wire.lake);
  try {
    const names = (await lake.rows(`SELECT username FROM creators ORDER BY 1`)).map((r) => r.username);
    expect(names).toEqual(handles(TOTAL));
    expect(await lake.count(`SELECT count(*)::INTEGER AS n FROM creator_outcomes WHERE outcome = 'ok'`)).toBe(TOTAL);
    expect(await lake.count(`SELECT count(*)::INTEGER AS n FROM videos`)).toBe(TOTAL * 7);
    expect(await lake.count(`SELECT count(*)::INTEGER AS n FROM (SELECT DISTINCT username, video_id FROM videos)`)).toBe(TOTAL * 7);
    return {
      files: await lake.count(`SELECT count(*)::INTEGER AS n FROM lake_files_creator_outcomes`),
      rawCredits: await lake.count(`SELECT sum(credits)::INTEGER AS n FROM raw_responses`),
    };
  } finally {
    lake.close();
  }
}

async function lakeCreators(wire: QueueWire): Promise<Set<string>> {
  const lake = await readLake(wire.lake);
  try {
    return new Set((await lake.rows(`SELECT username FROM creators`)).map((r) => String(r.username)));
  } finally {
    lake.close();
  }
}

describe('queue workers killed or frozen', () => {
  it('a worker killed -9 mid-job: its jobs run again elsewhere, no creator missing or twice, at most its jobs in flight paid again', () =>
    withQueueWire({ latencyMs: 30 }, async (wire) => {
      await wire.enqueue(handles(TOTAL));
      const workers = ['a', 'b', 'c'].map((id) => spawnWorker(wire, id, { WORKER_CONCURRENCY: String(CONCURRENCY) }));
      const [victim, ...others] = workers as [WorkerProcess, ...WorkerProcess[]];
      try {
        await victim.until((w) => w.completed.size >= 2 && inFlight(w) > 0);
        await kill9(victim);
        const summary = await waitForAll(wire);
        expect(summary).toMatchObject({ total: TOTAL, byOutcome: { ok: TOTAL }, stop: null, notReached: [] });
        const { rawCredits } = await expectEachCreatorOnce(wire);
        // Re-paid calls: only the killed worker's jobs in flight, each at most a creator's calls.
        const billed = wire.billed();
        expect(billed).toBeGreaterThanOrEqual(TOTAL * CALLS_PER_CREATOR);
        expect(billed - TOTAL * CALLS_PER_CREATOR).toBeLessThanOrEqual(CONCURRENCY * CALLS_PER_CREATOR);
        // The ledger counts a call before it goes out: never less than billed, more only by calls the kill cut short.
        expect(summary.creditsSpent).toBeGreaterThanOrEqual(billed);
        expect(summary.creditsSpent - billed).toBeLessThanOrEqual(CONCURRENCY);
        // Bodies in the lake: every billed call but those the killed worker had not written yet.
        expect(rawCredits).toBeLessThanOrEqual(billed);
        expect(rawCredits).toBeGreaterThanOrEqual(TOTAL * CALLS_PER_CREATOR);
      } finally {
        await Promise.all(others.map(stop));
      }
    }), 120_000);

  it('a worker killed -9 right after acknowledging jobs lost none of them: their rows were in the lake first', () =>
    withQueueWire({ latencyMs: 10 }, async (wire) => {
      await wire.enqueue(handles(TOTAL));
      const victim = spawnWorker(wire, 'a', { WORKER_CONCURRENCY: String(CONCURRENCY) });
      await victim.until((w) => w.completed.size >= 6);
      await kill9(victim);
      const acknowledged = [...victim.completed];
      // Nobody else has run yet: whatever was acknowledged can only be in the lake if it was written before.
      const landed = await lakeCreators(wire);
      for (const jobId of acknowledged) expect(landed.has(jobId.slice(`${RUN_ID}_`.length)), jobId).toBe(true);
      expect(acknowledged.every((j) => j.startsWith(jobIdOf(RUN_ID, '')))).toBe(true);

      const rest = spawnWorker(wire, 'b', { WORKER_CONCURRENCY: String(CONCURRENCY) });
      try {
        const summary = await waitForAll(wire);
        expect(summary.byOutcome).toEqual({ ok: TOTAL });
        await expectEachCreatorOnce(wire);
      } finally {
        await stop(rest);
      }
    }), 120_000);

  it('an event loop blocked past its locks: its jobs run twice at once, the lake reads each creator once, the budget holds', () =>
    withQueueWire({ latencyMs: 30 }, async (wire) => {
      // Enough for the cohort and the frozen worker's jobs a second time, and not a credit more.
      const maxCredits = (TOTAL + CONCURRENCY) * CALLS_PER_CREATOR;
      await wire.enqueue(handles(TOTAL), { maxCredits });
      const frozen = spawnWorker(wire, 'a', { WORKER_CONCURRENCY: String(CONCURRENCY), WORKER_BLOCK_MS: '4000' });
      const others = ['b', 'c'].map((id) => spawnWorker(wire, id, { WORKER_CONCURRENCY: String(CONCURRENCY) }));
      try {
        await frozen.until((w) => w.completed.size >= 1 && inFlight(w) > 0);
        const stuck = [...frozen.active].filter((j) => !frozen.completed.has(j));
        frozen.child.kill('SIGUSR2');
        const summary = await waitForAll(wire);
        expect(summary).toMatchObject({ total: TOTAL, byOutcome: { ok: TOTAL }, stop: null });
        // The frozen worker wakes up and finishes what it held, long after others did it again.
        await frozen.until((w) => w.lines.includes('unblocked'));
        await stop(frozen);
        const { files } = await expectEachCreatorOnce(wire);
        expect(stuck.length).toBeGreaterThan(0);
        expect(files).toBeGreaterThan(TOTAL);
        expect(summary.creditsSpent).toBeLessThanOrEqual(maxCredits);
        expect(wire.billed()).toBeLessThanOrEqual(maxCredits);
      } finally {
        await Promise.all([...others, frozen].map(stop));
      }
    }), 120_000);
});
