import { Queue } from 'bullmq';
import { Redis } from 'ioredis';
import { describe, expect, it } from 'vitest';
import { enqueueCreators } from '../../src/queue/enqueue-creators.ts';
import { QueueError } from '../../src/queue/queue-error.ts';
import { queueNameOf } from '../../src/queue/queue-names.ts';
import { connectionOptions, parseRedisUrl } from '../../src/queue/redis-url.ts';
import { startWorker } from '../../src/queue/run-worker.ts';
import { startRedisServer } from '../../src/queue/testing/redis-server.ts';
import { waitForRun } from '../../src/queue/wait-for-run.ts';
import { handles } from '../wire-world.ts';
import { DATE, PLAN, RUN_ID, withQueueWire } from './queue-wire.ts';

describe('enqueue', () => {
  it('adds a creator once a day: a list enqueued again adds nothing, whether its jobs wait or are done', () =>
    withQueueWire({}, async (wire) => {
      expect(await wire.enqueue(handles(10))).toMatchObject({ runId: RUN_ID, resumed: false, added: 10, queued: 0, decided: 0, total: 10 });
      expect(await wire.enqueue(handles(12))).toMatchObject({ resumed: true, added: 2, queued: 10, decided: 0, total: 12 });
      const queue = new Queue(queueNameOf('scavio'), { connection: connectionOptions(wire.target) });
      try {
        expect(await queue.getJobCounts('waiting')).toEqual({ waiting: 12 });
        expect((await queue.getJob(`${RUN_ID}_creator0001`))?.data).toEqual({
          runId: RUN_ID,
          provider: 'scavio',
          username: 'creator0001',
          plan: PLAN,
          seed: 42,
          at: null,
        });
        await wire.worker();
        await waitForRun({ redis: wire.target, allowVolatile: false, provider: 'scavio', runId: RUN_ID, resumed: true });
        // Done jobs are removed from BullMQ; the run's ledger still knows them.
        expect(await queue.getJobCounts('waiting', 'completed')).toEqual({ waiting: 0, completed: 0 });
        expect(await wire.enqueue(handles(12))).toMatchObject({ added: 0, queued: 0, decided: 12, total: 12 });
        expect(await queue.getJobCounts('waiting')).toEqual({ waiting: 0 });
        // Another day is another run.
        expect(await wire.enqueue(handles(3), { date: '2026-06-02' })).toMatchObject({ runId: '2026-06-02_scavio', added: 3 });
      } finally {
        await queue.close();
      }
      expect(DATE).toBe('2026-06-01');
    }), 60_000);

  it('refuses a Redis that keeps nothing on disk unless told allowVolatile, and says why with a typed error', async () => {
    const redis = await startRedisServer({ persistence: 'none' });
    try {
      const target = parseRedisUrl(redis.url);
      const options = { redis: target, provider: 'synthetic' as const, handles: ['a1'], inputName: 'x', date: DATE, plan: PLAN, seed: 1, at: null, maxCredits: null, rps: null };
      const refused = await enqueueCreators({ ...options, allowVolatile: false }).catch((error: unknown) => error);
      expect(refused).toBeInstanceOf(QueueError);
      expect((refused as QueueError).problem).toEqual({ kind: 'volatile', where: target.display, aof: 'off' });
      expect((refused as Error).message).toMatch(/redis:\/\/127\.0\.0\.1:\d+\/0 keeps nothing on disk \(append-only file off\).*appendonly yes.*or set allowVolatile for a throwaway run\.$/s);
      const worker = startWorker({ redis: target, allowVolatile: false, lake: redis.dir, concurrency: 1, providers: ['synthetic'], env: {}, timeoutMs: 1000, lockDurationMs: 1000 });
      await expect(worker).rejects.toThrow(/keeps nothing on disk/);
      expect(await enqueueCreators({ ...options, allowVolatile: true })).toMatchObject({ added: 1 });
    } finally {
      await redis.close();
    }
  });

  it('refuses a Redis that may evict keys unless told allowVolatile, with a typed error', async () => {
    const redis = await startRedisServer();
    const admin = new Redis(connectionOptions(parseRedisUrl(redis.url)));
    try {
      await admin.config('SET', 'maxmemory-policy', 'allkeys-lru');
      const target = parseRedisUrl(redis.url);
      const options = { redis: target, provider: 'synthetic' as const, handles: ['a1'], inputName: 'x', date: DATE, plan: PLAN, seed: 1, at: null, maxCredits: null, rps: null };
      const refused = await enqueueCreators({ ...options, allowVolatile: false }).catch((error: unknown) => error);
      expect(refused).toBeInstanceOf(QueueError);
      expect((refused as QueueError).problem).toEqual({ kind: 'evicting', where: target.display, policy: 'allkeys-lru' });
      expect((refused as Error).message).toMatch(/evicts keys under memory pressure \(maxmemory-policy allkeys-lru\).*or set allowVolatile for a throwaway run\.$/);
    } finally {
      admin.disconnect();
      await redis.close();
    }
  });

  it('a worker with no provider is refused before it connects, with a typed error', async () => {
    const target = parseRedisUrl('redis://127.0.0.1:1/0');
    const refused = await startWorker({ redis: target, allowVolatile: true, lake: '/nonexistent', concurrency: 1, providers: [], env: {}, timeoutMs: 1000, lockDurationMs: 1000 }).catch(
      (error: unknown) => error,
    );
    expect(refused).toBeInstanceOf(QueueError);
    expect((refused as QueueError).problem).toEqual({ kind: 'no_providers' });
    expect((refused as Error).message).toBe('this worker has no provider to serve: give it providers, and its key in the environment (SCAVIO_API_KEY, TIKHUB_API_KEY)');
  });

  it('says what is wrong with a queue URL with a typed error, and never shows its password', () => {
    const refusal = (url: string) => {
      try {
        parseRedisUrl(url);
      } catch (error) {
        return error as QueueError;
      }
      throw new Error(`${url} was accepted`);
    };
    expect(refusal('localhost:6379').problem).toEqual({ kind: 'bad_url', url: 'localhost:6379', why: 'scheme localhost: is not redis:' });
    expect(refusal('redis://127.0.0.1:6379/cache')).toBeInstanceOf(QueueError);
    expect(refusal('redis://127.0.0.1:6379/cache').message).toMatch(/^queue URL "redis:\/\/127\.0\.0\.1:6379\/cache": the database "cache" is not a number/);
    const notAUrl = refusal('not a url');
    expect(notAUrl.problem).toEqual({ kind: 'bad_url', url: 'not a url', why: 'not a URL' });
    expect(notAUrl.message).toMatch(/not a URL.*expected redis:\/\/HOST:PORT\/DB/);
    expect(notAUrl.cause).toBeInstanceOf(TypeError);
    const target = parseRedisUrl('rediss://:s3cret@redis.internal:6380/2');
    expect(target).toMatchObject({ host: 'redis.internal', port: 6380, db: 2, password: 's3cret', tls: true, display: 'rediss://redis.internal:6380/2' });
    expect(parseRedisUrl('redis://10.0.0.5')).toMatchObject({ port: 6379, db: 0 });
  });
});
