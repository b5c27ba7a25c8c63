import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { type Backend, startWireServer, type WireServer } from '@creator-audit/providers/testing';
import { createLakeViews } from '@creator-audit/warehouse';
import { type EnqueueOptions, type EnqueueResult, enqueueCreators } from '../../src/queue/enqueue-creators.ts';
import { parseRedisUrl, type RedisTarget } from '../../src/queue/redis-url.ts';
import { type RunningWorker, startWorker, type WorkerOptions } from '../../src/queue/run-worker.ts';
import { type RedisServer, startRedisServer } from '../../src/queue/testing/redis-server.ts';
import { SCAVIO_KEY } from '../ingest-wire.ts';
import { creatorWorld } from '../wire-world.ts';

/** Ten videos wanted, five a page, seven in each feed: three calls and three credits a creator. */
export const PLAN = { videosPerCreator: 10, pageSize: 5, maxEmptyPages: 2 } as const;
export const CALLS_PER_CREATOR = 3;
export const DATE = '2026-06-01';
export const RUN_ID = `${DATE}_scavio`;

/** Quick retries and short locks, so recoveries take seconds, not the production defaults' minutes. */
export const QUICK = { lockDurationMs: 1_000, retry: { maxRetries: 6, retryDelayMs: 300, maxRetryDelayMs: 2_000 }, flushAfterMs: 200 } as const;

export interface QueueWire {
  redis: RedisServer;
  target: RedisTarget;
  server: WireServer;
  dir: string;
  lake: string;
  /** What the workers need in their environment: the loopback server as Scavio, and its key. */
  env: Record<string, string>;
  enqueue(handles: readonly string[], options?: Partial<EnqueueOptions>): Promise<EnqueueResult>;
  worker(options?: Partial<WorkerOptions>): Promise<RunningWorker>;
  /** Requests the vendor billed (answered with data). */
  billed(): number;
}

export interface QueueWireSetup {
  latencyMs?: number;
  backend?: (world: Backend) => Backend;
}

/** A real redis-server (append-only), the loopback wire server speaking Scavio, a lake folder; all removed after. */
export async function withQueueWire(setup: QueueWireSetup, fn: (wire: QueueWire) => Promise<void>): Promise<void> {
  const redis = await startRedisServer();
  const world = creatorWorld('scavio');
  const server = await startWireServer({
    scavio: { apiKey: SCAVIO_KEY, backend: setup.backend ? setup.backend(world) : world },
    ...(setup.latencyMs ? { latencyMs: setup.latencyMs } : {}),
  });
  const dir = mkdtempSync(join(tmpdir(), 'queue-wire-'));
  const lake = join(dir, 'lake');
  const target = parseRedisUrl(redis.url);
  const env = { SCAVIO_API_KEY: SCAVIO_KEY, SCAVIO_BASE_URL: server.scavioBaseUrl };
  const workers: RunningWorker[] = [];
  const wire: QueueWire = {
    redis,
    target,
    server,
    dir,
    lake,
    env,
    enqueue: (handles, options = {}) =>
      enqueueCreators({
        redis: target,
        allowVolatile: false,
        provider: 'scavio',
        handles,
        inputName: 'creators.txt',
        date: DATE,
        plan: PLAN,
        seed: 42,
        at: null,
        maxCredits: null,
        rps: null,
        ...options,
      }),
    worker: async (options = {}) => {
      const worker = await startWorker({
        redis: target,
        allowVolatile: false,
        lake,
        concurrency: 2,
        providers: ['scavio'],
        env,
        timeoutMs: 5_000,
        ...QUICK,
        ...options,
      });
      workers.push(worker);
      return worker;
    },
    billed: () => server.requests.filter((r) => r.answered === 200).length,
  };
  try {
    await fn(wire);
  } finally {
    await Promise.allSettled(workers.map((w) => w.close()));
    await server.close();
    await redis.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The lake read through its views, in a DuckDB of its own. */
export async function readLake(lake: string) {
  const instance = await DuckDBInstance.create(':memory:');
  const connection = await instance.connect();
  await createLakeViews(connection, lake);
  const rows = async (sql: string) => (await connection.runAndReadAll(sql)).getRowObjectsJS() as Record<string, unknown>[];
  return {
    rows,
    count: async (sql: string) => Number((await rows(sql))[0]?.n),
    close: () => {
      connection.closeSync();
      instance.closeSync();
    },
  };
}
