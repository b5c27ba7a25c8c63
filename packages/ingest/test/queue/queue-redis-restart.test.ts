import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { Redis } from 'ioredis';
import { describe, expect, it } from 'vitest';
import { connectionOptions } from '../../src/queue/redis-url.ts';
import { waitForRun } from '../../src/queue/wait-for-run.ts';
import { SCAVIO_KEY } from '../ingest-wire.ts';
import { handles } from '../wire-world.ts';
import { CALLS_PER_CREATOR, readLake, RUN_ID, withQueueWire } from './queue-wire.ts';

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

/** Every value of every key, whatever its type, as text. */
async function everyValue(redis: Redis): Promise<string[]> {
  const values: string[] = [];
  for (const key of await redis.keys('*')) {
    values.push(key);
    const type = await redis.type(key);
    if (type === 'string') values.push(String(await redis.get(key)));
    else if (type === 'hash') values.push(JSON.stringify(await redis.hgetall(key)));
    else if (type === 'list') values.push(...(await redis.lrange(key, 0, -1)));
    else if (type === 'set') values.push(...(await redis.smembers(key)));
    else if (type === 'zset') values.push(...(await redis.zrange(key, '0', '-1')));
    else if (type === 'stream') values.push(JSON.stringify(await redis.xrange(key, '-', '+')));
  }
  return values;
}

describe('Redis killed -9 mid-run', () => {
  it('with an append-only file every job completes, each creator lands once, the budget counts every call; no key anywhere', () =>
    withQueueWire({ latencyMs: 20 }, async (wire) => {
      const total = 40;
      await wire.enqueue(handles(total));
      await Promise.all([wire.worker(), wire.worker(), wire.worker()]);
      while (wire.billed() < total) await new Promise((r) => setTimeout(r, 10));
      await wire.redis.kill();
      await wire.redis.restart();
      const summary = await waitForRun({ redis: wire.target, allowVolatile: false, provider: 'scavio', runId: RUN_ID, resumed: false });
      expect(summary).toMatchObject({ total, byOutcome: { ok: total }, stop: null });
      // Nothing of the ledger was lost with the process: it counted every call billed (a wiped ledger would
      // start again from 0). Jobs whose locks ran out while Redis was down ran again: their calls count too.
      expect(wire.billed()).toBeGreaterThanOrEqual(total * CALLS_PER_CREATOR);
      expect(summary.creditsSpent).toBeGreaterThanOrEqual(wire.billed());
      const lake = await readLake(wire.lake);
      try {
        expect((await lake.rows(`SELECT username FROM creators ORDER BY 1`)).map((r) => r.username)).toEqual(handles(total));
      } finally {
        lake.close();
      }

      const redis = new Redis(connectionOptions(wire.target));
      try {
        const values = await everyValue(redis);
        expect(values.some((v) => v.includes('creator0001'))).toBe(true);
        expect(values.filter((v) => v.includes(SCAVIO_KEY))).toEqual([]);
      } finally {
        redis.disconnect();
      }
      for (const file of [...filesUnder(wire.redis.dir), ...filesUnder(wire.lake)]) {
        expect(readFileSync(file).includes(SCAVIO_KEY), file).toBe(false);
      }
    }), 120_000);
});
