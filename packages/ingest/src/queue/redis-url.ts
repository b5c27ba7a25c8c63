import { QueueError } from './queue-error.ts';

/** Where the queue lives, as parsed from a URL `redis://HOST:PORT/DB` (the CLI's `--queue`). */
export interface RedisTarget {
  host: string;
  port: number;
  db: number;
  username?: string;
  password?: string;
  tls: boolean;
  /** `redis://host:port/db`, without credentials: what messages show. */
  display: string;
}

export function parseRedisUrl(url: string): RedisTarget {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch (cause) {
    throw new QueueError({ kind: 'bad_url', url, why: 'not a URL' }, { cause });
  }
  if (parsed.protocol !== 'redis:' && parsed.protocol !== 'rediss:') throw new QueueError({ kind: 'bad_url', url, why: `scheme ${parsed.protocol} is not redis:` });
  if (!parsed.hostname) throw new QueueError({ kind: 'bad_url', url, why: 'no host' });
  const port = parsed.port === '' ? 6379 : Number(parsed.port);
  const path = parsed.pathname.replace(/^\//, '');
  if (path !== '' && !/^\d+$/.test(path)) throw new QueueError({ kind: 'bad_url', url, why: `the database ${JSON.stringify(path)} is not a number` });
  const db = path === '' ? 0 : Number(path);
  const tls = parsed.protocol === 'rediss:';
  return {
    host: parsed.hostname,
    port,
    db,
    ...(parsed.username ? { username: decodeURIComponent(parsed.username) } : {}),
    ...(parsed.password ? { password: decodeURIComponent(parsed.password) } : {}),
    tls,
    display: `${parsed.protocol}//${parsed.host}/${db}`,
  };
}

/**
 * Options for ioredis and BullMQ: commands wait through a Redis restart instead of failing (BullMQ needs that),
 * and reconnecting starts at 100 ms (BullMQ's own default waits a second or more, long enough for short job
 * locks to run out after a failover).
 */
export function connectionOptions(target: RedisTarget) {
  return {
    retryStrategy: (times: number) => Math.min(100 * 2 ** (times - 1), 5_000),
    host: target.host,
    port: target.port,
    db: target.db,
    ...(target.username ? { username: target.username } : {}),
    ...(target.password ? { password: target.password } : {}),
    ...(target.tls ? { tls: {} } : {}),
    maxRetriesPerRequest: null,
  };
}
