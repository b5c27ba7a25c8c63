import { rateLimited } from '@creator-audit/providers/testing';
import { describe, expect, it } from 'vitest';
import { outcomesOf, withIngestWire } from './ingest-wire.ts';
import { handles } from './wire-world.ts';

/** Most requests that arrived within any `windowMs`, from the server's own arrival times. */
function busiestWindow(arrivals: readonly number[], windowMs: number): number {
  let most = 0;
  let start = 0;
  for (let end = 0; end < arrivals.length; end++) {
    while ((arrivals[end] ?? 0) - (arrivals[start] ?? 0) >= windowMs) start++;
    most = Math.max(most, end - start + 1);
  }
  return most;
}

/**
 * The most arrivals a paced client can put in a window. The pace releases calls `1000 / rps` ms apart (less a
 * millisecond of timer slack), but each call reaches the server after its own delay (undici, the socket, a busy
 * machine), so a late call can arrive close to the next one: the window is widened by that delay. 50 ms holds on
 * 2 loaded cores (a 1-call allowance did not: 22 arrivals in 500 ms at 40 rps were seen); an unpaced run puts
 * every call in the window, and a pace twice too fast twice as many.
 */
const ARRIVAL_JITTER_MS = 50;
const pacedAtMost = (windowMs: number, rps: number) => Math.floor(((windowMs + ARRIVAL_JITTER_MS) * rps) / 1000) + 1;

describe('--rps', () => {
  it('the engine alone spaces the calls it starts, across concurrent creators', () =>
    withIngestWire({ world: { videos: () => 5 } }, async ({ ingest, server }) => {
      const cohort = handles(15);
      await ingest(cohort, { concurrency: 8, rps: 40, videosPerCreator: 5, pageSize: 5 });
      expect(server.requests).toHaveLength(30);
      const arrivals = server.requests.map((r) => r.arrivedAtMs);
      expect(busiestWindow(arrivals, 500)).toBeLessThanOrEqual(pacedAtMost(500, 40));
      // And the pace is 40 a second, not faster: 29 gaps of at least 24 ms, less one gap for a first call that
      // arrived late.
      expect(Math.max(...arrivals) - Math.min(...arrivals)).toBeGreaterThanOrEqual(28 * 24);
    }));
});

describe('--rps through a 429 storm with Retry-After', () => {
  const rps = 20;
  it('ends every creator ok, and retries count against --rps like any other request', () =>
    // The cap must exceed Retry-After, or the transport clamps the wait to it.
    withIngestWire({ world: { videos: () => 5 }, transport: { maxRetryDelayMs: 5_000, rps } }, async ({ ingest, warehouse, server }) => {
      // The first six posts requests are told "429, retry after 1 s", while profiles keep flowing at full pace:
      // the retries come back in the middle of live traffic.
      server.script('user/posts', ...Array.from({ length: 6 }, () => rateLimited(1)));
      const cohort = handles(16);
      const summary = await ingest(cohort, { concurrency: 8, rps, videosPerCreator: 5, pageSize: 5 });

      expect(summary).toMatchObject({ stop: null, byOutcome: { ok: cohort.length } });
      expect((await outcomesOf(warehouse, summary.runId)).size).toBe(cohort.length);
      expect(server.requests.filter((r) => r.answered === 429)).toHaveLength(6);
      expect(server.requests).toHaveLength(cohort.length * 2 + 6);
      expect(busiestWindow(server.requests.map((r) => r.arrivedAtMs), 1_000)).toBeLessThanOrEqual(pacedAtMost(1_000, rps));
      // Retry-After is honoured: each 429'd request came again no sooner than a second later.
      server.requests.forEach((r, i) => {
        if (r.answered !== 429) return;
        const retry = server.requests.slice(i + 1).find((q) => JSON.stringify(q.json) === JSON.stringify(r.json));
        expect((retry?.arrivedAtMs ?? 0) - r.arrivedAtMs).toBeGreaterThanOrEqual(995);
      });
      // The transport retried them: only the final answers land, one per call.
      const [landed] = await warehouse.rows(
        `SELECT count(*)::INTEGER AS n, count(*) FILTER (http_status = 429)::INTEGER AS limited FROM raw_responses`,
      );
      expect(landed).toEqual({ n: cohort.length * 2, limited: 0 });
    }));
});
