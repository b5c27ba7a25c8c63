import { setTimeout as sleep } from 'node:timers/promises';
import type { Fetched } from '@creator-audit/providers';
import type { CallGate } from '../fetch-loop/paid-calls.ts';
import type { QueueLedger } from './queue-ledger.ts';

export interface SharedGateOptions {
  /** Attempts after the first for a 429, a 5xx, a timeout or a dropped connection. */
  maxRetries: number;
  /** First wait after a failed attempt; doubles per attempt up to `maxRetryDelayMs`. */
  retryDelayMs: number;
  maxRetryDelayMs: number;
  /** Told of every 429, with the back-off it set: the worker stops the whole queue from starting jobs meanwhile. */
  onRateLimited: (backOffMs: number) => Promise<void>;
}

const RETRIED = new Set(['rate_limited', 'server_error', 'network_error', 'timeout']);

/** A call's failure outcome, or null: it answered (or there was nothing to ask, which a call may answer as null). */
function failedOutcome(answer: unknown): string | null {
  if (answer === null || typeof answer !== 'object' || !('ok' in answer) || answer.ok !== false) return null;
  return (answer as Extract<Fetched<unknown>, { ok: false }>).outcome;
}

/**
 * The call gate of a queue worker: every attempt, retries included, takes the next slot of the queue's pace in
 * Redis, so all workers of an API key together stay under its rate. A 429 backs off every worker of the queue:
 * the pace gives no slot before the back-off ends, and a caller that got its slot before the 429 was seen
 * checks again before it calls. The HTTP transport must not retry on its own (`maxRetries: 0`): its retries
 * would skip the shared pace.
 */
export function sharedGate(ledger: QueueLedger, options: SharedGateOptions): CallGate {
  const waitForSlot = async () => {
    for (;;) {
      const wait = await ledger.slot();
      if (wait <= 0) return;
      await sleep(wait);
      // A back-off that began while we waited voids the slot: take a new one behind it.
      if ((await ledger.backedOff()) <= 0) return;
    }
  };
  return async <R>(call: () => Promise<R>) => {
    for (let attempt = 0; ; attempt++) {
      await waitForSlot();
      const answer = await call();
      const outcome = failedOutcome(answer);
      if (outcome === null || !RETRIED.has(outcome) || attempt >= options.maxRetries) return answer;
      const delay = Math.min(options.maxRetryDelayMs, options.retryDelayMs * 2 ** attempt);
      if (outcome === 'rate_limited') await options.onRateLimited(await ledger.backOff(delay));
      else await sleep(delay);
    }
  };
}
