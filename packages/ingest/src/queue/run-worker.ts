import { randomBytes } from 'node:crypto';
import { hostname } from 'node:os';
import type { ProviderName } from '@creator-audit/providers';
import { type LakeFile, LakeWriter } from '@creator-audit/warehouse';
import { Queue, Worker } from 'bullmq';
import { LandingBuffer } from '../fetch-loop/landing-buffer.ts';
import { creatorJobSchema } from './creator-job.ts';
import { JobLanding } from './job-landing.ts';
import { JobProviders } from './job-providers.ts';
import { lakeTarget } from './lake-target.ts';
import { queueMessages } from './messages.ts';
import { openRedis } from './open-redis.ts';
import { QueueError } from './queue-error.ts';
import { processCreatorJob, type QueueContext } from './process-creator-job.ts';
import { QueueLedger } from './queue-ledger.ts';
import { queueNameOf } from './queue-names.ts';
import { connectionOptions, type RedisTarget } from './redis-url.ts';
import { sharedGate, type SharedGateOptions } from './shared-gate.ts';

export interface WorkerOptions {
  redis: RedisTarget;
  allowVolatile: boolean;
  lake: string;
  /** Jobs in flight per queue. A job holds its slot until its batch is written, so this is also the batch size. */
  concurrency: number;
  /** The queues served, one per provider; each needs its key in `env` (the simulator none). */
  providers: readonly ProviderName[];
  /** Keys and base URLs, read here and nowhere else: they never reach Redis. */
  env: Record<string, string | undefined>;
  timeoutMs: number;
  /** BullMQ's lock on a job: a dead worker's jobs run again about 1.5 times this later. */
  lockDurationMs: number;
  retry?: Partial<Omit<SharedGateOptions, 'onRateLimited'>>;
  /** A landed creator waits at most this long for its batch to be written (and so to be acknowledged). */
  flushAfterMs?: number;
  /** Names this worker's files; unique per process unless given. */
  workerId?: string;
  log?: (line: string) => void;
  /** Each job this worker starts, acknowledges (after its rows are in the lake) or fails. */
  onJobEvent?: (event: 'active' | 'completed' | 'failed', jobId: string) => void;
}

interface WorkerStats {
  completed: number;
  files: number;
}

export interface RunningWorker {
  id: string;
  stats: WorkerStats;
  /** Settles when the worker has stopped: after `close()`, or rejects once a failed lake write stopped it. */
  closed: Promise<void>;
  /** Stops taking jobs, lets those in flight finish and land, then lets go of everything. */
  close(): Promise<void>;
}

const DEFAULT_RETRY: Omit<SharedGateOptions, 'onRateLimited'> = { maxRetries: 4, retryDelayMs: 1_000, maxRetryDelayMs: 30_000 };

function defaultWorkerId(): string {
  const host = hostname().replace(/[^A-Za-z0-9-]/g, '-').slice(0, 40) || 'host';
  return `${host}-${process.pid}-${randomBytes(3).toString('hex')}`;
}

/**
 * A queue worker: takes creator jobs from each provider's queue, fetches them through the fetch loop's item
 * path (budget and pace shared in Redis), and lands them in the lake before acknowledging. Several run on any
 * number of machines against one Redis and one lake.
 */
export async function startWorker(options: WorkerOptions): Promise<RunningWorker> {
  if (options.providers.length === 0) throw new QueueError({ kind: 'no_providers' });
  const log = options.log ?? (() => undefined);
  const id = options.workerId ?? defaultWorkerId();
  const redis = await openRedis(options.redis, { allowVolatile: options.allowVolatile });
  const stats: WorkerStats = { completed: 0, files: 0 };
  const writer = await LakeWriter.create(options.lake, id).catch((error: unknown) => {
    redis.disconnect();
    throw error;
  });
  const landing = new LandingBuffer(
    lakeTarget(writer, (files: LakeFile[]) => {
      stats.files += files.length;
    }),
    { flushEvery: options.concurrency * options.providers.length, flushAfterMs: options.flushAfterMs ?? 1000 },
  );
  const jobs = new JobLanding(landing);
  const clients = new JobProviders({ env: options.env, timeoutMs: options.timeoutMs, concurrency: options.concurrency });
  const providerFor = (job: Parameters<JobProviders['providerFor']>[0]) => clients.providerFor(job);
  const clockFor = (job: Parameters<JobProviders['clockFor']>[0]) => clients.clockFor(job);
  try {
    // Fail now, not at the first job, when a key is missing.
    for (const name of options.providers) if (name !== 'synthetic') providerFor({ provider: name, seed: 0, at: null });
  } catch (error) {
    writer.close();
    redis.disconnect();
    throw error;
  }

  let failure: Error | null = null;
  let stopping: Promise<void> | null = null;
  let settle: { resolve: () => void; reject: (e: Error) => void } = { resolve: () => undefined, reject: () => undefined };
  const closed = new Promise<void>((resolve, reject) => (settle = { resolve, reject }));
  closed.catch(() => undefined);

  const queues: Queue[] = [];
  const workers: Worker[] = [];
  const close = (): Promise<void> => {
    stopping ??= (async () => {
      // Jobs in flight wait for their batch; writing it now spares them the timer.
      const flushing = Promise.all(workers.map((w) => w.close())).then(() => landing.flush());
      // A failure here is the chain's, thrown again by the last flush above and kept as the worker's failure.
      await landing.flush().catch(() => undefined);
      try {
        await flushing;
      } catch (error) {
        failure ??= error as Error;
      }
      await Promise.all(queues.map((q) => q.close()));
      await clients.close();
      writer.close();
      redis.disconnect();
      if (failure) settle.reject(failure);
      else settle.resolve();
    })();
    return stopping;
  };

  for (const name of options.providers) {
    const queueName = queueNameOf(name);
    const connection = connectionOptions(options.redis);
    const queue = new Queue(queueName, { connection });
    const ledger = new QueueLedger(redis, queueName);
    const gate = sharedGate(ledger, {
      ...DEFAULT_RETRY,
      ...options.retry,
      // Every worker of the queue stops starting jobs for as long as the pace holds calls back.
      onRateLimited: (ms) => queue.rateLimit(ms),
    });
    const ctx: QueueContext = { queue, ledger, gate, landing: jobs, providerFor, clockFor };
    const worker = new Worker(
      queueName,
      async (job, token) => {
        try {
          const result = await jobs.track(() => processCreatorJob(job, token ?? '', ctx));
          stats.completed++;
          return result;
        } catch (error) {
          if (landing.failure) {
            // The lake cannot be written here (a full disk, a lost mount): stop, so the jobs go to workers that can.
            failure ??= new Error(queueMessages.landingFailed(landing.failure.message), { cause: landing.failure });
            void close();
          }
          throw error;
        }
      },
      {
        connection,
        concurrency: options.concurrency,
        lockDuration: options.lockDurationMs,
        stalledInterval: Math.max(500, Math.floor(options.lockDurationMs / 2)),
        // A job rerun after a dead worker or a blocked event loop is not its fault; five of those in a row are.
        maxStalledCount: 5,
      },
    );
    worker.on('failed', (job, error) => {
      if (!job) return;
      const data = creatorJobSchema.safeParse(job.data);
      // Out of attempts, unrecoverable, or stalled too often: the run's ledger says so, and `enqueue --wait`
      // counts it. A job that will be retried is delayed or waiting, not failed.
      const recordIfFinal = async () => {
        if ((await job.getState()) !== 'failed' || !data.success) return;
        log(`${queueName}: job ${job.id} failed for good: ${error.message}`);
        await ledger.recordOutcome(data.data.runId, data.data.username, 'failed');
      };
      recordIfFinal().catch((e: Error) => log(`${queueName}: job ${job.id}: ${e.message}`));
    });
    worker.on('error', (error) => log(`${queueName}: ${error.message}`));
    worker.on('active', (job) => options.onJobEvent?.('active', String(job.id)));
    worker.on('completed', (job) => options.onJobEvent?.('completed', String(job.id)));
    worker.on('failed', (job) => options.onJobEvent?.('failed', String(job?.id)));
    worker.on('stalled', (jobId) => log(`${queueName}: job ${jobId} stalled (its worker died or froze); it runs again`));
    queues.push(queue);
    workers.push(worker);
  }
  log(`worker ${id}: serving ${options.providers.map(queueNameOf).join(', ')} on ${options.redis.display}, lake ${writer.root}`);
  return { id, stats, closed, close };
}
