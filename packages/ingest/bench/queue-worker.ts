/**
 * One queue worker in a process of its own for the queue benchmark: prints `ready` once serving, stops
 * cleanly when stdin closes. Reads BENCH_REDIS, BENCH_LAKE, BENCH_CONCURRENCY, SCAVIO_BASE_URL, SCAVIO_API_KEY.
 */
import { parseRedisUrl } from '../src/queue/redis-url.ts';
import { startWorker } from '../src/queue/run-worker.ts';

const env = (name: string): string => {
  const value = process.env[name];
  if (!value) throw new Error(`queue-worker needs ${name}`);
  return value;
};

const worker = await startWorker({
  redis: parseRedisUrl(env('BENCH_REDIS')),
  allowVolatile: false,
  lake: env('BENCH_LAKE'),
  concurrency: Number(env('BENCH_CONCURRENCY')),
  providers: ['scavio'],
  env: process.env,
  timeoutMs: 10_000,
  lockDurationMs: 30_000,
});
process.stdout.write('ready\n');
process.stdin.resume();
process.stdin.on('end', () => void worker.close());
await worker.closed;
