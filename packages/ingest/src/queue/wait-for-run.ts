import { setTimeout as sleep } from 'node:timers/promises';
import type { ProviderName } from '@creator-audit/providers';
import { Queue } from 'bullmq';
import type { IngestSummary } from '../creators/ingest-creators.ts';
import { ingestMessages } from '../messages.ts';
import { type ProgressSink, silentProgress } from '../progress.ts';
import { openRedis } from './open-redis.ts';
import { QueueLedger } from './queue-ledger.ts';
import { queueNameOf } from './queue-names.ts';
import { connectionOptions, type RedisTarget } from './redis-url.ts';

export interface WaitOptions {
  redis: RedisTarget;
  allowVolatile: boolean;
  provider: ProviderName;
  runId: string;
  resumed: boolean;
  progress?: ProgressSink;
  signal?: AbortSignal;
  pollMs?: number;
}

/**
 * Follows a run over all its workers until every creator is decided, or the queue is paused with nothing in
 * flight (the budget ran out, or the vendor refused the key), and sums it up as `ingest` does. Counts come from
 * the run's outcome ledger in Redis, where each creator counts once however often it was delivered.
 */
export async function waitForRun(options: WaitOptions): Promise<IngestSummary> {
  const redis = await openRedis(options.redis, { allowVolatile: options.allowVolatile });
  const queueName = queueNameOf(options.provider);
  const queue = new Queue(queueName, { connection: connectionOptions(options.redis) });
  const ledger = new QueueLedger(redis, queueName);
  const keys = ledger.keys;
  const progress = options.progress ?? silentProgress;
  const tally = async () => {
    const counts = await redis.hgetall(keys.tally(options.runId));
    return Object.fromEntries(Object.entries(counts).map(([outcome, n]) => [outcome, Number(n)]));
  };
  try {
    const total = await redis.scard(keys.creators(options.runId));
    progress.start(total, `${options.provider} (queue)`);
    const shown = new Map<string, number>();
    let interrupted = false;
    for (;;) {
      const byOutcome = await tally();
      for (const [outcome, n] of Object.entries(byOutcome)) {
        for (let i = shown.get(outcome) ?? 0; i < n; i++) progress.advance(outcome);
        shown.set(outcome, n);
      }
      const decided = Object.values(byOutcome).reduce((a, b) => a + b, 0);
      if (decided >= total) break;
      const active = await queue.getActiveCount();
      if (active === 0 && (await queue.isPaused())) break;
      if (options.signal?.aborted) {
        interrupted = true;
        break;
      }
      await sleep(options.pollMs ?? 500);
    }
    progress.stop();

    const byOutcome = await tally();
    const members = await redis.smembers(keys.creators(options.runId));
    const decidedNames = new Set(await redis.hkeys(keys.outcomes(options.runId)));
    const notReached = members.filter((m) => !decidedNames.has(m)).sort();
    const recorded = await ledger.runStop(options.runId);
    const stop = interrupted
      ? { kind: 'interrupted' as const, message: ingestMessages.interruptedRun }
      : notReached.length > 0
        ? (recorded ?? { kind: 'interrupted' as const, message: ingestMessages.notReached })
        : null;
    // As in ingest: creators a stop left undecided are counted under why.
    if (stop && notReached.length > 0) {
      const why = stop.kind === 'budget' ? 'budget_exhausted' : 'not_attempted';
      byOutcome[why] = (byOutcome[why] ?? 0) + notReached.length;
    }
    return {
      runId: options.runId,
      resumed: options.resumed,
      provider: options.provider,
      total,
      byOutcome,
      creditsSpent: await ledger.spent(options.runId),
      stop,
      notReached,
    };
  } finally {
    await queue.close();
    redis.disconnect();
  }
}
