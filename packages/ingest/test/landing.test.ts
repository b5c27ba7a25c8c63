import { rawResponses, startOrResumeRun, videos, type Warehouse } from '@creator-audit/warehouse';
import { withTempWarehouse } from '@creator-audit/warehouse/testing';
import { describe, expect, it } from 'vitest';
import { creatorRows, undecidedCreator } from '../src/creators/creator-rows.ts';
import type { TableRows } from '../src/fetch-loop/fetch-kind.ts';
import { LandingBuffer } from '../src/fetch-loop/landing-buffer.ts';
import { type LandingTarget, warehouseTarget } from '../src/fetch-loop/landing-target.ts';

const AT = new Date('2026-01-15T12:00:00Z');

/** A creator that failed before its profile, with one sizeable raw body, so each batch takes DuckDB a moment. */
function failedCreator(runId: string, username: string): TableRows {
  const raw = {
    run_id: runId,
    provider: 'scavio',
    endpoint: 'user/info',
    request_key: `user/info?username=${username}`,
    http_status: 200,
    outcome: 'html',
    fetched_at: AT,
    credits: 1,
    body: `<html>${'x'.repeat(20_000)}</html>`,
  };
  return [[rawResponses, [raw]], ...creatorRows(runId, 'scavio', undecidedCreator(username, 'html', 'HTML instead of JSON'), AT)];
}

/** The warehouse as a landing target that also keeps how many items each write (transaction) it is handed holds. */
function countedWrites(warehouse: Warehouse): LandingTarget & { writes: number[] } {
  const target = warehouseTarget(warehouse);
  const writes: number[] = [];
  return {
    writes,
    write: (batch) => {
      // Counted as the write begins, so a test sees a write as soon as it is started. Every test item has exactly
      // one creator_outcomes row: its count is the batch's item count.
      writes.push([...batch].find(([table]) => table.name === 'creator_outcomes')?.[1].length ?? 0);
      return target.write(batch);
    },
  };
}

const count = async (w: Warehouse, table: string) => Number((await w.rows(`SELECT count(*)::INTEGER AS n FROM ${table}`))[0]?.n);

describe('LandingBuffer', () => {
  it('makes a full buffer wait for the batch being written, so memory holds two batches at most, however fast items come', () =>
    withTempWarehouse(async (warehouse) => {
      const run = await startOrResumeRun(warehouse, { kind: 'creators', provider: 'scavio', inputName: 'x', inputHash: 'h', options: {}, now: AT });
      const flushEvery = 20;
      const producers = 8;
      const landing = new LandingBuffer(warehouse, { flushEvery, flushAfterMs: 60_000 });
      let added = 0;
      let mostHeld = 0;
      // Eight producers as fast as they can go, like concurrent creators whose fetches all finish at once.
      await Promise.all(
        Array.from({ length: producers }, async (_, p) => {
          for (let i = 0; i < 40; i++) {
            added++;
            mostHeld = Math.max(mostHeld, added - landing.landed);
            await landing.add({ rows: failedCreator(run.runId, `p${p}_${i}`) });
          }
        }),
      );
      await landing.flush();
      expect(landing.landed).toBe(producers * 40);
      // One batch being written and the next one filling, each topped up by at most one item per producer
      // (without the wait, batch after batch queued behind the write: 147 held here).
      expect(mostHeld).toBeLessThanOrEqual(2 * (flushEvery + producers));
      expect(await count(warehouse, 'creator_outcomes')).toBe(producers * 40);
      expect(await count(warehouse, 'raw_responses')).toBe(producers * 40);
    }));

  it('lands a batch that is not full once its first item has waited flushAfterMs, without any further add or flush', () =>
    withTempWarehouse(async (warehouse) => {
      const run = await startOrResumeRun(warehouse, { kind: 'creators', provider: 'scavio', inputName: 'x', inputHash: 'h', options: {}, now: AT });
      const landing = new LandingBuffer(warehouse, { flushEvery: 1_000, flushAfterMs: 50 });
      await landing.add({ rows: failedCreator(run.runId, 'early') });
      await landing.add({ rows: failedCreator(run.runId, 'later') });
      expect(await count(warehouse, 'creator_outcomes')).toBe(0);
      // Poll rather than sleep a fixed time: the timer may fire late on a loaded machine, never early.
      for (let waited = 0; landing.landed < 2 && waited < 10_000; waited += 25) await new Promise((r) => setTimeout(r, 25));
      expect(landing.landed).toBe(2);
      expect(await count(warehouse, 'creator_outcomes')).toBe(2);
    }));

  it('lands the rest of a batch the warehouse refuses, and the refused item as what it offers instead', () =>
    withTempWarehouse(async (warehouse) => {
      const run = await startOrResumeRun(warehouse, { kind: 'creators', provider: 'scavio', inputName: 'x', inputHash: 'h', options: {}, now: AT });
      const landing = new LandingBuffer(warehouse, { flushEvery: 3, flushAfterMs: 60_000 });
      const good = (name: string) => ({ rows: failedCreator(run.runId, name) });
      // A video row without its snapshot time: videos.snapshot_at is NOT NULL, so appending it throws inside the transaction.
      const bad = {
        rows: [...failedCreator(run.runId, 'bad'), [videos, [{ username: 'bad', video_id: 'v1' }]]] as const,
        instead: (why: string) => creatorRows(run.runId, 'scavio', undecidedCreator('bad', 'schema_error', why), AT),
      };
      await landing.add(good('first'));
      await landing.add(bad);
      await landing.add(good('last'));
      await landing.flush();
      expect(landing.landed).toBe(3);
      const outcomes = await warehouse.rows(`SELECT username, outcome, detail FROM creator_outcomes ORDER BY username`);
      expect(outcomes).toEqual([
        { username: 'bad', outcome: 'schema_error', detail: expect.stringMatching(/videos\.snapshot_at is NOT NULL/) },
        { username: 'first', outcome: 'html', detail: 'HTML instead of JSON' },
        { username: 'last', outcome: 'html', detail: 'HTML instead of JSON' },
      ]);
      expect(await count(warehouse, 'videos')).toBe(0);
    }));

  it('stops on a refusal when the item offers nothing instead', () =>
    withTempWarehouse(async (warehouse) => {
      const landing = new LandingBuffer(warehouse, { flushEvery: 1, flushAfterMs: 60_000 });
      await expect(landing.add({ rows: [[videos, [{ username: 'bad', video_id: 'v1' }]]] })).rejects.toThrow(/videos\.snapshot_at is NOT NULL/);
    }));

  it('writes a batch the moment it is full, in one transaction, and never one item early', () =>
    withTempWarehouse(async (warehouse) => {
      const run = await startOrResumeRun(warehouse, { kind: 'creators', provider: 'scavio', inputName: 'x', inputHash: 'h', options: {}, now: AT });
      const target = countedWrites(warehouse);
      // The timer is an hour: only a full batch (or an explicit flush) can write anything here.
      const landing = new LandingBuffer(target, { flushEvery: 3, flushAfterMs: 3_600_000 });
      for (const name of ['a', 'b']) await landing.add({ rows: failedCreator(run.runId, name) });
      expect(landing.landed).toBe(0);
      await landing.add({ rows: failedCreator(run.runId, 'c') });
      expect(landing.landed).toBe(3);
      await landing.add({ rows: failedCreator(run.runId, 'd') });
      await landing.flush();
      // A flush with nothing pending writes nothing.
      await landing.flush();
      expect(target.writes).toEqual([3, 1]);
    }));

  it('writes the batch at once when every item in flight waits for it (a group commit), however far off its timer', () =>
    withTempWarehouse(async (warehouse) => {
      const run = await startOrResumeRun(warehouse, { kind: 'creators', provider: 'scavio', inputName: 'x', inputHash: 'h', options: {}, now: AT });
      const target = countedWrites(warehouse);
      // Neither full nor timed out: three workers in flight, so the batch is written when the third waits on it.
      // Without the group commit this test hangs until vitest's timeout fails it.
      const landing = new LandingBuffer(target, { flushEvery: 1_000, flushAfterMs: 3_600_000, inFlight: () => 3 });
      const waiting: Promise<void>[] = [];
      for (const name of ['a', 'b', 'c']) {
        waiting.push(landing.addAndWait({ rows: failedCreator(run.runId, name) }));
        // Lets the item's own check run before the next comes: the first two, alone waiting, must not write.
        await new Promise((resolve) => setImmediate(resolve));
      }
      await Promise.all(waiting);
      expect(landing.landed).toBe(3);
      expect(target.writes).toEqual([3]);
      expect(await count(warehouse, 'creator_outcomes')).toBe(3);
    }));

  it('writes no later batch early: a group commit writes only the batch whose items all wait for it', () =>
    withTempWarehouse(async (warehouse) => {
      const run = await startOrResumeRun(warehouse, { kind: 'creators', provider: 'scavio', inputName: 'x', inputHash: 'h', options: {}, now: AT });
      const target = countedWrites(warehouse);
      // The first write is held until the test lets it go, so an item can join the next batch while it runs.
      let release: () => void = () => undefined;
      const released = new Promise<void>((resolve) => {
        release = resolve;
      });
      const held: LandingTarget = {
        write: async (batch) => {
          if (target.writes.length === 0) await released;
          await target.write(batch);
        },
      };
      const landing = new LandingBuffer(held, { flushEvery: 2, flushAfterMs: 3_600_000, inFlight: () => 2 });
      // a waits alone (one of two in flight); b fills the batch, whose write is held; c joins the next batch.
      const waiting: Promise<void>[] = [];
      for (const name of ['a', 'b']) {
        waiting.push(landing.addAndWait({ rows: failedCreator(run.runId, name) }));
        await new Promise((resolve) => setImmediate(resolve));
      }
      await landing.add({ rows: failedCreator(run.runId, 'c') });
      release();
      await Promise.all(waiting);
      await new Promise((resolve) => setImmediate(resolve));
      const beforeFlush = [...target.writes];
      // Every write started is awaited before asserting: a failed assertion never closes the warehouse under a write.
      await landing.flush();
      // c is alone in its batch and nobody waits for it: it stays until its batch fills, its timer or a flush.
      expect(beforeFlush).toEqual([2]);
      expect(target.writes).toEqual([2, 1]);
    }));

  it("rejects the waiters of a batch whose write failed, and keeps that write's error for the run", () =>
    withTempWarehouse(async (warehouse) => {
      // One in flight: the item's own wait writes the batch (a group commit), so the failure reaches it through the
      // batch it waits on, not through add.
      const landing = new LandingBuffer(warehouse, { flushEvery: 1_000, flushAfterMs: 3_600_000, inFlight: () => 1 });
      await expect(landing.addAndWait({ rows: [[videos, [{ username: 'bad', video_id: 'v1' }]]] })).rejects.toThrow(/videos\.snapshot_at is NOT NULL/);
      expect(landing.failure?.message).toMatch(/videos\.snapshot_at is NOT NULL/);
    }));
});
