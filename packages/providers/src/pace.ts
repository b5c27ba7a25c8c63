import { performance } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';

/** Resolves when the caller may send its next request. */
export type Pace = () => Promise<void>;

/** Timers fire up to about a millisecond late; a follower may go this much sooner after a late release. */
const TIMER_SLACK_MS = 1;

/**
 * Lets callers go one at a time on a schedule of `1000 / rps` ms slots: a steady pace, never a burst.
 * Slots follow the plan, so late timers do not slow the average; and each caller also waits for the
 * previous one's real release (less a timer's slack), so after a stalled event loop the queued callers
 * do not go out together. (p-queue's `intervalCap: 1` counts per fixed window, so two calls can go out
 * back to back across a window edge.) `null` sets no limit.
 */
export function createPace(rps: number | null): Pace {
  if (rps === null) return () => Promise.resolve();
  if (!(rps > 0) || !Number.isFinite(rps)) throw new Error(`rps must be a positive number of requests per second, not ${rps}`);
  const spacingMs = 1000 / rps;
  const slackMs = Math.min(TIMER_SLACK_MS, spacingMs / 2);
  let nextSlot = Number.NEGATIVE_INFINITY;
  let lastRelease = Number.NEGATIVE_INFINITY;
  let queue: Promise<void> = Promise.resolve();
  return () => {
    const turn = queue.then(async () => {
      const now = performance.now();
      const at = Math.max(now, nextSlot, lastRelease + spacingMs - slackMs);
      nextSlot = at + spacingMs;
      if (at > now) await sleep(at - now);
      lastRelease = performance.now();
    });
    queue = turn;
    return turn;
  };
}
