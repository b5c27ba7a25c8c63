import { performance } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';

/** Resolves when the caller may send its next request. */
export type Pace = () => Promise<void>;

/**
 * Lets callers go one at a time, each at least `1000 / rps` ms after the previous one actually went: a
 * steady pace, never a burst. Waiting on the real release time (not a precomputed slot) keeps timers that
 * fire late, after a busy event loop, from going out together. (p-queue's `intervalCap: 1` counts per fixed
 * window, so two calls can go out back to back across a window edge.) `null` sets no limit.
 */
export function createPace(rps: number | null): Pace {
  if (rps === null) return () => Promise.resolve();
  if (!(rps > 0) || !Number.isFinite(rps)) throw new Error(`rps must be a positive number of requests per second, not ${rps}`);
  const spacingMs = 1000 / rps;
  let lastRelease = Number.NEGATIVE_INFINITY;
  let queue: Promise<void> = Promise.resolve();
  return () => {
    const turn = queue.then(async () => {
      const wait = lastRelease + spacingMs - performance.now();
      // Timers round to whole milliseconds; round up so nobody goes early.
      if (wait > 0) await sleep(Math.ceil(wait));
      lastRelease = performance.now();
    });
    queue = turn;
    return turn;
  };
}
