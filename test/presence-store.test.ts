// The Redis PresenceStore against a real Redis: transitions are reported once, even to
// sweepers racing on separate connections.
import test from 'ava';
import { RedisPresenceStore } from '../src/presence/redis-presence-store.js';
import { loadConfig } from '../src/shared/config.js';
import { namesFor } from '../src/shared/names.js';
import { connectRedis, deleteKeys, type Redis } from '../src/shared/redis.js';
import { sleep } from './helpers/ephemeral.js';
import { uniqueName } from './helpers/env.js';

const TIMEOUT_MS = 200;
const config = loadConfig({ ...process.env });
const connections: Redis[] = [];
const prefixes: string[] = [];

/** Stores on separate Redis connections sharing one fresh key prefix (one per test). */
async function stores(n: number): Promise<RedisPresenceStore[]> {
  const names = namesFor(uniqueName());
  prefixes.push(names.redisPrefix);
  return Promise.all(
    Array.from({ length: n }, async () => {
      const redis = await connectRedis(config, 'presence-store-test');
      connections.push(redis);
      return new RedisPresenceStore(redis, names, { timeoutMs: TIMEOUT_MS, lastSeenTtlMs: 60_000 });
    }),
  );
}

test.after.always(async () => {
  for (const p of prefixes) if (connections[0]) await deleteKeys(connections[0], `${p}*`);
  await Promise.all(connections.map((r) => r.quit()));
});

test('online with the first session, offline with the end of the last; versions grow', async (t) => {
  const [s] = (await stores(1)) as [RedisPresenceStore];
  const on = await s.heartbeat('u1', 'd1');
  t.like(on, { userId: 'u1', online: true });
  t.is(await s.heartbeat('u1', 'd2'), undefined, 'already online');
  t.is(await s.heartbeat('u1', 'd1'), undefined);
  t.is(await s.end('u1', 'd1'), undefined, 'd2 is still there');
  const off = await s.end('u1', 'd2');
  t.like(off, { userId: 'u1', online: false });
  t.true(off!.version > on!.version);
  t.true(off!.lastSeenMs >= on!.lastSeenMs);
  t.is(await s.end('u1', 'd2'), undefined, 'ending twice reports nothing');
  t.deepEqual((await s.read(['u1', 'never']))?.get('never'), { online: false, lastSeenMs: 0, version: 0 });
  t.like((await s.read(['u1'])).get('u1'), { online: false, lastSeenMs: off!.lastSeenMs, version: off!.version });
});

test('racing sweepers report each user exactly once, with its latest activity as last seen', async (t) => {
  const [a, b, c] = (await stores(3)) as [RedisPresenceStore, RedisPresenceStore, RedisPresenceStore];
  const users = Array.from({ length: 60 }, (_, i) => `r${i}`);
  const firstBeat = new Map<string, number>();
  for (const u of users) firstBeat.set(u, (await a.heartbeat(u, 'd1'))!.lastSeenMs);
  // A second device of every user, ended gracefully: no report of its own, but it is the
  // user's latest activity.
  for (const u of users) await a.heartbeat(u, 'd2');
  for (const u of users) t.is(await a.end(u, 'd2'), undefined);
  const before = await a.read(users);
  await sleep(TIMEOUT_MS + 50);
  const reported: string[] = [];
  for (;;) {
    const results = await Promise.all([a.sweep(7), b.sweep(7), c.sweep(7)]);
    for (const r of results) for (const ch of r.offline) {
      reported.push(ch.userId);
      t.false(ch.online);
      t.is(ch.lastSeenMs, before.get(ch.userId)!.lastSeenMs);
      t.true(ch.lastSeenMs > firstBeat.get(ch.userId)!);
    }
    if (results.every((r) => r.removed === 0)) break;
  }
  t.deepEqual([...reported].sort(), [...users].sort(), 'every user once');
  const states = await a.read(users);
  for (const u of users) t.false(states.get(u)!.online);
});

test('a session swept away comes back online with its next heartbeat', async (t) => {
  const [s] = (await stores(1)) as [RedisPresenceStore];
  const first = await s.heartbeat('x1', 'd1');
  await sleep(TIMEOUT_MS + 50);
  const { offline } = await s.sweep(100);
  const off = offline.find((c) => c.userId === 'x1');
  t.truthy(off);
  t.is(off!.lastSeenMs, first!.lastSeenMs);
  const back = await s.heartbeat('x1', 'd1');
  t.like(back, { userId: 'x1', online: true });
  t.true(back!.version > off!.version);
  t.is(await s.end('x1', 'd1').then((c) => c?.online), false);
});

test('each session keeps its last activity: connect, heartbeat and graceful close, not the sweep', async (t) => {
  const [s] = (await stores(1)) as [RedisPresenceStore];
  t.deepEqual(await s.lastActive('u1'), new Map());
  await s.heartbeat('u1', 'd1');
  await s.heartbeat('u1', 'd2');
  const first = await s.lastActive('u1');
  t.deepEqual([...first.keys()].sort(), ['d1', 'd2']);
  await sleep(20);
  await s.heartbeat('u1', 'd1');
  const second = await s.lastActive('u1');
  t.true(second.get('d1')! > first.get('d1')!);
  t.is(second.get('d2'), first.get('d2'));
  await sleep(20);
  await s.end('u1', 'd2');
  t.true((await s.lastActive('u1')).get('d2')! > first.get('d2')!);
  await sleep(TIMEOUT_MS + 50);
  await s.sweep(100);
  t.is((await s.lastActive('u1')).get('d1'), second.get('d1'), 'a sweep is not activity');
});
