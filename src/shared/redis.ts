// The Redis edge: the only module that imports ioredis. Redis holds ephemeral state only
// (presence), never anything the durable log does not also have or need.
import { createHash } from 'node:crypto';
import { Redis } from 'ioredis';
import type { Config } from './config.js';

export type { Redis };

export async function connectRedis(config: Config, name: string): Promise<Redis> {
  const redis = new Redis(config.REDIS_URL, {
    connectionName: name,
    lazyConnect: true,
    // Commands issued in the same tick (heartbeats of many sockets) share one write.
    enableAutoPipelining: true,
    // While Redis is away a command fails after a few retries instead of queueing for
    // minutes: presence degrades, messaging does not depend on it.
    maxRetriesPerRequest: 3,
  });
  // ioredis reconnects by itself; an 'error' without a listener would crash the process.
  redis.on('error', () => undefined);
  await redis.connect();
  return redis;
}

/** A Lua script run by its SHA1, loaded on first use (or after a Redis restart). */
export class LuaScript {
  private readonly sha: string;

  constructor(private readonly source: string) {
    this.sha = createHash('sha1').update(source).digest('hex');
  }

  async run(redis: Redis, keys: string[], args: Array<string | number>): Promise<unknown> {
    try {
      return await redis.evalsha(this.sha, keys.length, ...keys, ...args);
    } catch (err) {
      if (!(err instanceof Error) || !err.message.startsWith('NOSCRIPT')) throw err;
      return redis.eval(this.source, keys.length, ...keys, ...args);
    }
  }
}

/** Deletes every key matching pattern (SCAN, not KEYS, so a big Redis is not blocked). */
export async function deleteKeys(redis: Redis, pattern: string): Promise<number> {
  let cursor = '0';
  let deleted = 0;
  do {
    const [next, keys] = await redis.scan(cursor, 'MATCH', pattern, 'COUNT', 1000);
    cursor = next;
    if (keys.length > 0) deleted += await redis.unlink(...keys);
  } while (cursor !== '0');
  return deleted;
}
