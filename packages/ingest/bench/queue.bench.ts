import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import { syntheticHandles } from '@creator-audit/providers';
import { Redis } from 'ioredis';
import { enqueueCreators } from '../src/queue/enqueue-creators.ts';
import { ledgerKeys, queueNameOf } from '../src/queue/queue-names.ts';
import { connectionOptions, parseRedisUrl } from '../src/queue/redis-url.ts';
import { startRedisServer } from '../src/queue/testing/redis-server.ts';
import { BENCH_KEY, firstLine, fixed, median, SEED, spawnBench, startSimulatorProcess, table } from './bench-kit.ts';

const LATENCY_MS = 200;
/** The API key's quota, shared by every worker through the pace in Redis. */
const RATE_LIMIT = 30;
const CONCURRENCY = 8;
/** A profile and one page of ten videos: two calls a creator. */
const PLAN = { videosPerCreator: 10, pageSize: 10, maxEmptyPages: 2 };
const CALLS_PER_CREATOR = 2;
const WORKERS = [1, 2, 4];
/** About ten seconds of work at the rate limit. */
const CREATORS = (RATE_LIMIT / CALLS_PER_CREATOR) * 10;

/**
 * Creators per second with 1, 2 and 4 queue workers (each its own process, `CONCURRENCY` jobs in flight)
 * against the loopback simulator at a fixed latency, all of them under one shared rate limit. One worker is
 * bound by latency (CONCURRENCY creators per two round trips and a batch write); more workers scale until the
 * rate limit, then hold near it. Medians over `runs` of the steady rate: from 10% to 90% of the creators
 * decided, the workers already started.
 */
export async function benchQueue(runs: number): Promise<string> {
  const server = await startSimulatorProcess(LATENCY_MS);
  const redis = await startRedisServer();
  const target = parseRedisUrl(redis.url);
  const client = new Redis(connectionOptions(target));
  const keys = ledgerKeys(queueNameOf('scavio'));
  const rows: string[][] = [];
  let day = 0;
  try {
    let single = 0;
    for (const workers of WORKERS) {
      const perRun: number[] = [];
      for (let run = 0; run < runs; run++) {
        const lake = mkdtempSync(join(tmpdir(), 'queue-bench-'));
        const children = Array.from({ length: workers }, () =>
          spawnBench('./queue-worker.ts', {
            BENCH_REDIS: redis.url,
            BENCH_LAKE: lake,
            BENCH_CONCURRENCY: String(CONCURRENCY),
            SCAVIO_BASE_URL: server.scavioBaseUrl,
            SCAVIO_API_KEY: BENCH_KEY,
          }),
        );
        try {
          for (const child of children) await firstLine(child);
          // A new day per run: a run of its own, nothing already decided.
          const date = `2026-02-${String(++day).padStart(2, '0')}`;
          const started = performance.now();
          const { runId } = await enqueueCreators({
            redis: target,
            allowVolatile: false,
            provider: 'scavio',
            handles: syntheticHandles(SEED + run, CREATORS),
            inputName: 'bench',
            date,
            plan: PLAN,
            seed: SEED,
            at: null,
            maxCredits: null,
            rps: RATE_LIMIT,
          });
          // Steady state: from the tenth to the ninetieth percent decided, without the workers' first fetches
          // and the last batches.
          let from = started;
          for (let decided = 0; decided < CREATORS; decided = Number(await client.hlen(keys.outcomes(runId)))) {
            if (decided < CREATORS * 0.1) from = performance.now();
            else if (decided >= CREATORS * 0.9) break;
            await sleep(20);
          }
          perRun.push((CREATORS * 0.8) / ((performance.now() - from) / 1000));
          while (Number(await client.hlen(keys.outcomes(runId))) < CREATORS) await sleep(20);
        } finally {
          for (const child of children) child.stdin?.end();
          await Promise.all(children.map((c) => new Promise((resolve) => (c.exitCode === null ? c.once('exit', resolve) : resolve(null)))));
          rmSync(lake, { recursive: true, force: true });
        }
      }
      const rate = median(perRun);
      if (workers === 1) single = rate;
      const limit = RATE_LIMIT / CALLS_PER_CREATOR;
      rows.push([String(workers), fixed(rate, 1), `${fixed(rate / single, 2)}x`, `${fixed((100 * rate) / limit, 0)}%`]);
    }
  } finally {
    client.disconnect();
    await redis.close();
    await server.stop();
  }
  return table(
    `(4) queue workers against the loopback simulator at ${LATENCY_MS} ms latency, ${CONCURRENCY} jobs in flight each, ` +
      `one shared limit of ${RATE_LIMIT} calls/s (${RATE_LIMIT / CALLS_PER_CREATOR} creators/s), ${CREATORS} creators, median of ${runs} runs`,
    ['workers', 'creators/s', 'vs 1 worker', 'of the limit'],
    rows,
  );
}
