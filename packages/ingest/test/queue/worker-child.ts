/**
 * One queue worker in its own process, for the tests that kill or freeze it. Reads WORKER_REDIS, WORKER_LAKE,
 * WORKER_ID and the Scavio key and base URL from its environment; prints `active <job>` and `completed <job>`
 * on stdout as BullMQ reports them (completed: acknowledged, after the job's rows were written). SIGUSR2 blocks
 * its event loop for WORKER_BLOCK_MS, as a long synchronous stretch would; SIGTERM stops it cleanly.
 */
import { parseRedisUrl } from '../../src/queue/redis-url.ts';
import { startWorker } from '../../src/queue/run-worker.ts';
import { QUICK } from './queue-wire.ts';

const env = (name: string): string => {
  const value = process.env[name];
  if (!value) throw new Error(`worker-child needs ${name}`);
  return value;
};

const worker = await startWorker({
  redis: parseRedisUrl(env('WORKER_REDIS')),
  allowVolatile: false,
  lake: env('WORKER_LAKE'),
  concurrency: Number(process.env.WORKER_CONCURRENCY ?? 2),
  providers: ['scavio'],
  env: process.env,
  timeoutMs: 5_000,
  ...QUICK,
  workerId: env('WORKER_ID'),
  log: (line) => process.stderr.write(`${line}\n`),
  onJobEvent: (event, jobId) => process.stdout.write(`${event} ${jobId}\n`),
});
process.stdout.write('ready\n');
process.on('SIGUSR2', () => {
  process.stdout.write('blocking\n');
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, Number(env('WORKER_BLOCK_MS')));
  process.stdout.write('unblocked\n');
});
process.once('SIGTERM', () => void worker.close());
await worker.closed;
