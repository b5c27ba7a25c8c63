import { Redis } from 'ioredis';
import { queueMessages } from './messages.ts';
import { QueueError } from './queue-error.ts';
import { connectionOptions, type RedisTarget } from './redis-url.ts';
import { error } from '@creator-audit/providers';

/** A field of INFO's `key:value` lines. */
function infoField(info: string, key: string): string | null {
  const line = info.split(/\r?\n/).find((l) => l.startsWith(`${key}:`));
  return line === undefined ? null : line.slice(key.length + 1).trim();
}

/**
 * Refuses a Redis that would lose the queue: no append-only file (measured: killed -9 without it, the queue,
 * the budgets and the ledger vanished and the workers sat idle, silently), or an eviction policy that may drop
 * keys. INFO answers on managed services that rename CONFIG.
 */
async function checkDurable(redis: Redis, where: string): Promise<void> {
  const aof = infoField(await redis.info('persistence'), 'aof_enabled');
  if (aof !== '1') throw new QueueError({ kind: 'volatile', where, aof: aof === '0' ? 'off' : 'unknown' });
  const policy = infoField(await redis.info('memory'), 'maxmemory_policy');
  if (policy !== 'noeviction') throw new QueueError({ kind: 'evicting', where, policy: policy ?? 'unknown' });
}

/**
 * A connection for our own scripts, checked durable unless `allowVolatile`. Commands issued while Redis restarts
 * wait for it (BullMQ's own connections do the same), so a restart pauses the workers instead of failing jobs.
 */
export async function openRedis(
  target: RedisTarget,
  options: { allowVolatile: boolean; onConnectionError?: (error: Error) => void },
): Promise<Redis> {
  const redis = new Redis({ ...connectionOptions(target), lazyConnect: true });
  let lastError: Error | null = null;
  redis.on('error', (error: Error) => {
    lastError = error;
    options.onConnectionError?.(error);
  });
  try {
    await redis.connect();
  } catch (caught) {
    redis.disconnect();
    // connect() only says the connection closed; the error event said why (ECONNREFUSED, ENOTFOUND, NOAUTH...).
    const why = (lastError ?? (caught as Error)).message;
    throw error(queueMessages.cannotConnect(target.display, why), lastError ?? caught);
  }
  try {
    if (!options.allowVolatile) await checkDurable(redis, target.display);
  } catch (error) {
    redis.disconnect();
    throw error;
  }
  return redis;
}
