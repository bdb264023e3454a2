// Presence on one gateway, with a timeout far longer than any test: every offline seen here
// comes from a graceful close, never from the sweep (see presence-timeout.test.ts for that).
import test, { type ExecutionContext } from 'ava';
import { client } from './helpers/clients.js';
import { presenceOf } from './helpers/ephemeral.js';
import { serverFixture } from './helpers/fixture.js';

const fx = serverFixture(test, { PRESENCE_TIMEOUT_MS: '60000' });

/** A live SDK client recording presence; closed when the test ends, whatever happens. */
async function connected(t: ExecutionContext, token: string, opts: { reconnectDelayMs?: number } = {}) {
  const c = client(fx.server.ws, token, opts);
  t.teardown(() => c.close());
  const presence = presenceOf(c);
  await c.connect();
  await c.waitLive();
  return { c, presence };
}

/** Waits for the snapshot (the first frame) of each watched user. */
async function snapshot(w: { presence: ReturnType<typeof presenceOf> }, ...userIds: string[]) {
  return Promise.all(userIds.map((id) => w.presence.next((p) => p.userId === id, 10_000, `snapshot of ${id}`)));
}

test('a watcher gets the state of its co-members on connect, then their changes; strangers are not watched', async (t) => {
  const alice = await fx.api.newUser('alice');
  const bob = await fx.api.newUser('bob');
  const carol = await fx.api.newUser('carol');
  const dave = await fx.api.newUser('dave');
  await fx.api.direct(alice, bob);
  await fx.api.direct(carol, dave);

  const before = Date.now();
  const b = await connected(t, bob.token);
  const a = await connected(t, alice.token);
  const snap = await a.presence.next((p) => p.userId === bob.user_id, 10_000, 'bob in the snapshot');
  t.true(snap.online);
  t.true(snap.lastSeenMs >= before - 1000 && snap.lastSeenMs <= Date.now() + 1000, 'last seen is the connect time');
  t.true(snap.version > 0);

  // Carol comes online; dave (her co-member) sees it, so it has been published by now.
  const d = await connected(t, dave.token);
  const c = await connected(t, carol.token);
  await d.presence.next((p) => p.userId === carol.user_id && p.online, 10_000, 'carol online for dave');

  b.c.close();
  const off = await a.presence.next((p) => p.userId === bob.user_id && !p.online, 10_000, 'bob offline');
  t.true(off.version > snap.version);
  t.false(a.presence.all.some((p) => p.userId === carol.user_id || p.userId === dave.user_id), 'alice shares no conversation with carol or dave');
  t.false(b.presence.all.some((p) => p.userId === carol.user_id));
  for (const x of [a, c, d]) x.c.close();
});

test('a conversation started after connecting shows its members\' presence at once, not at the next watch refresh', async (t) => {
  // The watch list is read again every PRESENCE_WATCH_REFRESH_S (60 s here); the new
  // conversation's membership notice makes both sessions read it now.
  const alice = await fx.api.newUser('alice');
  const bob = await fx.api.newUser('bob');
  const carol = await fx.api.newUser('carol');
  const a = await connected(t, alice.token);
  const b = await connected(t, bob.token);
  await fx.api.direct(alice, bob);
  const bobSeen = await a.presence.next((p) => p.userId === bob.user_id, 10_000, 'bob for alice');
  t.true(bobSeen.online);
  t.true((await b.presence.next((p) => p.userId === alice.user_id, 10_000, 'alice for bob')).online);
  // A group joined later, too.
  const c = await connected(t, carol.token);
  const g = await fx.api.ok('POST', '/v1/conversations', { type: 'group', name: 'g', participant_ids: [bob.user_id] }, alice.token);
  await fx.api.ok('POST', `/v1/conversations/${g.conversation_id}/participants`, { user_id: carol.user_id }, alice.token);
  t.true((await c.presence.next((p) => p.userId === alice.user_id, 10_000, 'alice for carol')).online);
  t.true((await c.presence.next((p) => p.userId === bob.user_id, 10_000, 'bob for carol')).online);
  for (const x of [a, b, c]) x.c.close();
});

test('graceful close of the last device marks the user offline at once, with last seen; closing another device does not', async (t) => {
  const alice = await fx.api.newUser('alice');
  const bob = await fx.api.newUser('bob');
  const bob2 = await fx.api.login(bob.username, bob.password);
  await fx.api.direct(alice, bob);

  const a = await connected(t, alice.token);
  const [first] = await snapshot(a, bob.user_id);
  t.deepEqual([first!.online, first!.lastSeenMs], [false, 0], 'never seen');
  const b1 = await connected(t, bob.token);
  await a.presence.next((p) => p.userId === bob.user_id && p.online, 10_000, 'bob online');
  const b2 = await connected(t, bob2.token);

  b1.c.close();
  const beforeLastClose = Date.now();
  b2.c.close();
  const off = await a.presence.next((p) => p.userId === bob.user_id && !p.online, 10_000, 'bob offline');
  t.true(off.lastSeenMs >= beforeLastClose - 50, 'last seen is the close of the last device');
  t.deepEqual(
    a.presence.all.filter((p) => p.userId === bob.user_id).map((p) => p.online),
    [false, true, false],
    'snapshot, online, offline: the first close changed nothing',
  );

  // Last seen is kept: a new watcher gets it in its snapshot.
  a.c.close();
  const again = await connected(t, alice.token);
  const snap = await again.presence.next((p) => p.userId === bob.user_id, 10_000, 'bob in the snapshot');
  t.false(snap.online);
  t.is(snap.lastSeenMs, off.lastSeenMs);
  again.c.close();
});

test('a device that drops and reconnects keeps its user online; its graceful close later is immediate', async (t) => {
  const alice = await fx.api.newUser('alice');
  const bob = await fx.api.newUser('bob');
  await fx.api.direct(alice, bob);
  const a = await connected(t, alice.token);
  await snapshot(a, bob.user_id);
  const b = client(fx.server.ws, bob.token, { reconnectDelayMs: 20 });
  t.teardown(() => b.close());
  await b.connect();
  await a.presence.next((p) => p.userId === bob.user_id && p.online, 10_000, 'bob online');

  const welcomed = new Promise<void>((resolve) => {
    const off = b.on('welcome', () => (off(), resolve()));
  });
  b.dropConnection(); // closes with 4999: not a goodbye
  await welcomed;
  b.close();
  await a.presence.next((p) => p.userId === bob.user_id && !p.online, 10_000, 'bob offline');
  t.deepEqual(
    a.presence.all.filter((p) => p.userId === bob.user_id).map((p) => p.online),
    [false, true, false],
    'snapshot, online, offline: nothing for the dropped socket or the reconnect',
  );
  a.c.close();
});

test('two sockets of one device: closing one keeps the user online', async (t) => {
  const alice = await fx.api.newUser('alice');
  const bob = await fx.api.newUser('bob');
  await fx.api.direct(alice, bob);
  const a = await connected(t, alice.token);
  await snapshot(a, bob.user_id);
  const b1 = await connected(t, bob.token);
  const b2 = await connected(t, bob.token); // the same token: the same device
  await a.presence.next((p) => p.userId === bob.user_id && p.online, 10_000, 'bob online');
  const closed = new Promise((resolve) => b1.c.on('close', resolve));
  b1.c.close();
  await closed; // the server has handled the close: its Redis writes are queued before the next read
  const fresh = await connected(t, alice.token);
  const [seen] = await snapshot(fresh, bob.user_id);
  t.true(seen!.online, 'the other socket keeps the device online');
  b2.c.close();
  await a.presence.next((p) => p.userId === bob.user_id && !p.online, 10_000, 'bob offline');
  t.deepEqual(a.presence.all.filter((p) => p.userId === bob.user_id).map((p) => p.online), [false, true, false]);
});

test('a user who hides last seen is shown with last_seen_ms 0; the setting is in the own user view only', async (t) => {
  const alice = await fx.api.newUser('alice');
  const bob = await fx.api.newUser('bob');
  const carol = await fx.api.newUser('carol');
  await fx.api.direct(alice, bob);
  await fx.api.direct(alice, carol);

  const own = await fx.api.ok('PUT', `/v1/users/${bob.user_id}`, { hide_last_seen: true }, bob.token);
  t.is(own.hide_last_seen, true);
  t.is((await fx.api.ok('GET', `/v1/users/${bob.user_id}`, undefined, bob.token)).hide_last_seen, true);
  t.false('hide_last_seen' in (await fx.api.ok('GET', `/v1/users/${bob.user_id}`, undefined, alice.token)));
  t.is((await fx.api.ok('GET', `/v1/users/${carol.user_id}`, undefined, carol.token)).hide_last_seen, false);

  const a = await connected(t, alice.token);
  await snapshot(a, bob.user_id, carol.user_id);
  const b = await connected(t, bob.token);
  const c = await connected(t, carol.token);
  const bOn = await a.presence.next((p) => p.userId === bob.user_id && p.online, 10_000, 'bob online');
  const cOn = await a.presence.next((p) => p.userId === carol.user_id && p.online, 10_000, 'carol online');
  t.is(bOn.lastSeenMs, 0);
  t.true(cOn.lastSeenMs > 0);
  b.c.close();
  c.c.close();
  const bOff = await a.presence.next((p) => p.userId === bob.user_id && !p.online, 10_000, 'bob offline');
  const cOff = await a.presence.next((p) => p.userId === carol.user_id && !p.online, 10_000, 'carol offline');
  t.is(bOff.lastSeenMs, 0);
  t.true(cOff.lastSeenMs > 0);

  // The snapshot hides it too; showing it again applies to the next snapshot.
  a.c.close();
  const a2 = await connected(t, alice.token);
  t.is((await a2.presence.next((p) => p.userId === bob.user_id, 10_000, 'bob snapshot')).lastSeenMs, 0);
  a2.c.close();
  await fx.api.ok('PUT', `/v1/users/${bob.user_id}`, { hide_last_seen: false }, bob.token);
  const a3 = await connected(t, alice.token);
  const shown = await a3.presence.next((p) => p.userId === bob.user_id, 10_000, 'bob snapshot');
  t.true(shown.lastSeenMs > 0, 'last seen was kept while hidden');
  t.is(shown.lastSeenMs, await lastSeenOf(bob.user_id));
  a3.c.close();
});

test('PUT /v1/users/{id} refuses a non-boolean hide_last_seen', async (t) => {
  const bob = await fx.api.newUser('bob');
  const r = await fx.api.call('PUT', `/v1/users/${bob.user_id}`, { hide_last_seen: 'yes' }, bob.token);
  t.is(r.status, 400);
});

/** The last seen Redis holds for a user. */
async function lastSeenOf(userId: string): Promise<number> {
  const { connectRedis } = await import('../src/shared/redis.js');
  const { namesFor } = await import('../src/shared/names.js');
  const redis = await connectRedis(fx.server.config, 'test');
  try {
    return Number(await redis.hget(namesFor(fx.server.config.PARLEY_PREFIX).presenceUserKey(userId), 'seen'));
  } finally {
    await redis.quit();
  }
}
