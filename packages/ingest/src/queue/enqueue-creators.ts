import type { ProviderName } from '@creator-audit/providers';
import { Queue } from 'bullmq';
import { CREATOR_JOB_OPTIONS, type CreatorJob } from './creator-job.ts';
import { openRedis } from './open-redis.ts';
import { QueueLedger } from './queue-ledger.ts';
import { jobIdOf, queueNameOf, RUN_TTL_S, runIdOf } from './queue-names.ts';
import { connectionOptions, type RedisTarget } from './redis-url.ts';

export interface EnqueueOptions {
  redis: RedisTarget;
  /** Accept a Redis without an append-only file (a throwaway run). */
  allowVolatile: boolean;
  provider: ProviderName;
  handles: readonly string[];
  inputName: string;
  /** The run's day, `YYYY-MM-DD`: a creator is one job per provider and day. */
  date: string;
  plan: CreatorJob['plan'];
  seed: number;
  at: Date | null;
  /** The run's budget across all its enqueues and workers (the latest enqueue's figure); null for none. */
  maxCredits: number | null;
  /** Calls per second for the queue (its API key), across all workers; null for no limit. */
  rps: number | null;
}

export interface EnqueueResult {
  runId: string;
  queue: string;
  /** The run already existed (an earlier enqueue of the day). */
  resumed: boolean;
  added: number;
  /** Creators of this list already waiting or in flight. */
  queued: number;
  /** Creators of this list already decided today. */
  decided: number;
  /** Creators in the run, over every list enqueued for it today. */
  total: number;
}

const CHUNK = 500;

/**
 * Puts a creator list on its provider's queue as one job per creator and day (ids `<date>_<provider>_<creator>`:
 * enqueueing again adds nothing), sets the run's budget and the queue's pace, and resumes the queue (a pause at
 * the budget or after a refused key ends when the analyst enqueues again, with a higher budget or a good key).
 */
export async function enqueueCreators(options: EnqueueOptions): Promise<EnqueueResult> {
  const redis = await openRedis(options.redis, { allowVolatile: options.allowVolatile });
  const queueName = queueNameOf(options.provider);
  const queue = new Queue(queueName, { connection: connectionOptions(options.redis) });
  const ledger = new QueueLedger(redis, queueName);
  const runId = runIdOf(options.date, options.provider);
  const keys = ledger.keys;
  try {
    const resumed = (await redis.exists(keys.run(runId))) === 1;
    const run = keys.run(runId);
    await redis.hset(run, { provider: options.provider, input_name: options.inputName });
    if (options.maxCredits === null) await redis.hdel(run, 'max');
    else await redis.hset(run, 'max', String(options.maxCredits));
    await redis.hdel(run, 'stop_kind', 'stop_message');
    await redis.hset(keys.pace, 'interval_ms', options.rps === null ? '0' : String(1000 / options.rps));
    // Job starts per second, no more than calls (a creator is one call at least): BullMQ's limiter counts starts
    // in fixed windows, so it only keeps workers from hoarding jobs the pace cannot serve; the pace in Redis
    // spaces the calls. (At creators per second it would bind first: measured, 4 workers held 71% of the rate.)
    // It must exist for queue.rateLimit, a 429's back-off, to hold workers at all.
    await queue.setGlobalRateLimit(options.rps === null ? 1_000_000 : Math.max(1, Math.ceil(options.rps)), 1000);

    let added = 0;
    let queued = 0;
    let decided = 0;
    for (let i = 0; i < options.handles.length; i += CHUNK) {
      const chunk = options.handles.slice(i, i + CHUNK);
      const check = redis.pipeline();
      for (const username of chunk) {
        check.hexists(keys.outcomes(runId), username);
        check.exists(queue.toKey(jobIdOf(runId, username)));
      }
      const answers = ((await check.exec()) ?? []).map(([error, value]) => {
        if (error) throw error;
        return Number(value);
      });
      const fresh: CreatorJob[] = [];
      chunk.forEach((username, j) => {
        if (answers[2 * j] === 1) decided++;
        else if (answers[2 * j + 1] === 1) queued++;
        else fresh.push({ runId, provider: options.provider, username, plan: options.plan, seed: options.seed, at: options.at?.toISOString() ?? null });
      });
      await redis.sadd(keys.creators(runId), ...chunk);
      // Ids make adding idempotent even if another enqueue raced this one between the check and the add.
      await queue.addBulk(fresh.map((data) => ({ name: 'creator', data, opts: { ...CREATOR_JOB_OPTIONS, jobId: jobIdOf(runId, data.username) } })));
      added += fresh.length;
    }
    for (const key of [run, keys.creators(runId), keys.outcomes(runId), keys.tally(runId)]) await redis.expire(key, RUN_TTL_S);
    await queue.resume();
    return { runId, queue: queueName, resumed, added, queued, decided, total: await redis.scard(keys.creators(runId)) };
  } finally {
    await queue.close();
    redis.disconnect();
  }
}
