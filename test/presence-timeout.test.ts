// Presence from heartbeats, with a short timeout: raw sockets that heartbeat or stay silent
// while their connection stays open.
import test, { type ExecutionContext } from 'ava';
import type { Session } from './helpers/api.js';
import { client } from './helpers/clients.js';
import { presenceOf } from './helpers/ephemeral.js';
import { serverFixture } from './helpers/fixture.js';
import { RawSocket } from './helpers/raw-socket.js';

const TIMEOUT_MS = 1500;
const BEAT_MS = 300;
const fx = serverFixture(test, {
  PRESENCE_TIMEOUT_MS: String(TIMEOUT_MS),
  HEARTBEAT_INTERVAL_MS: String(BEAT_MS),
  PRESENCE_SWEEP_INTERVAL_MS: '100',
});

async function rawDevice(t: ExecutionContext, s: Session): Promise<RawSocket> {
  const sock = await RawSocket.open(fx.server.ws, { authorization: `Bearer ${s.token}` });
  t.teardown(() => sock.close());
  const welcome = await sock.next((f) => f.body === 'welcome');
  t.is(welcome.welcome!.heartbeatIntervalMs, BEAT_MS);
  return sock;
}

test('a device that stops heartbeating goes offline after the timeout with its last seen; heartbeats keep one online and bring one back', async (t) => {
  const alice = await fx.api.newUser('alice');
  const carol = await fx.api.newUser('carol');
  const dave = await fx.api.newUser('dave');
  await fx.api.direct(alice, carol);
  await fx.api.direct(alice, dave);
  const a = client(fx.server.ws, alice.token);
  t.teardown(() => a.close());
  const seen = presenceOf(a);
  await a.connect();
  await a.waitLive();
  await seen.next((p) => p.userId === carol.user_id, 10_000, 'carol snapshot');
  await seen.next((p) => p.userId === dave.user_id, 10_000, 'dave snapshot');

  // Carol heartbeats; dave connects after her and stays silent, socket open.
  const carolSock = await rawDevice(t, carol);
  const beat = setInterval(() => carolSock.sendFrame({ id: 0, heartbeat: {} }), BEAT_MS);
  t.teardown(() => clearInterval(beat));
  const daveConnectedAfter = Date.now();
  const daveSock = await rawDevice(t, dave);
  const daveOn = await seen.next((p) => p.userId === dave.user_id && p.online, 10_000, 'dave online');
  await seen.next((p) => p.userId === carol.user_id && p.online, 10_000, 'carol online');

  const daveOff = await seen.next((p) => p.userId === dave.user_id && !p.online, 10_000, 'dave offline');
  t.true(daveOff.at - daveConnectedAfter >= TIMEOUT_MS - 5, `offline only after the timeout (${daveOff.at - daveConnectedAfter} ms)`);
  t.true(daveOff.lastSeenMs >= daveConnectedAfter - 5 && daveOff.lastSeenMs <= daveOn.at, 'last seen is its only heartbeat: the connect');
  // Carol's first deadline came before dave's: the sweep that removed dave would have removed
  // her too, had her heartbeats not moved it.
  t.false(seen.all.some((p) => p.userId === carol.user_id && !p.online && p.version > 0), 'carol is still online');

  // The silent socket speaks again: online again.
  daveSock.sendFrame({ id: 0, heartbeat: {} });
  const back = await seen.next((p) => p.userId === dave.user_id && p.online, 10_000, 'dave online again');
  t.true(back.version > daveOff.version);

  clearInterval(beat);
  const stoppedAt = Date.now();
  const carolOff = await seen.next((p) => p.userId === carol.user_id && !p.online, 10_000, 'carol offline');
  t.true(carolOff.lastSeenMs > daveOff.lastSeenMs, 'her heartbeats moved her last seen');
  t.true(carolOff.lastSeenMs >= stoppedAt - 2 * BEAT_MS && carolOff.lastSeenMs <= stoppedAt + 5, 'last seen is her last heartbeat');
  t.true(carolOff.at - stoppedAt >= TIMEOUT_MS - 2 * BEAT_MS);
});

test('the SDK heartbeats by itself: a connected client outlives the timeout', async (t) => {
  const alice = await fx.api.newUser('alice');
  const bob = await fx.api.newUser('bob');
  const carol = await fx.api.newUser('carol');
  await fx.api.direct(alice, bob);
  await fx.api.direct(alice, carol);
  const a = client(fx.server.ws, alice.token);
  t.teardown(() => a.close());
  const seen = presenceOf(a);
  await a.connect();
  await seen.next((p) => p.userId === bob.user_id, 10_000, 'bob snapshot');
  await seen.next((p) => p.userId === carol.user_id, 10_000, 'carol snapshot');

  const b = client(fx.server.ws, bob.token);
  t.teardown(() => b.close());
  await b.connect();
  await seen.next((p) => p.userId === bob.user_id && p.online, 10_000, 'bob online');
  // Carol's SDK does not heartbeat and connects after bob: her offline proves a sweep past
  // bob's first deadline.
  const c = client(fx.server.ws, carol.token, { heartbeat: false });
  t.teardown(() => c.close());
  await c.connect();
  await seen.next((p) => p.userId === carol.user_id && !p.online && p.version > 0, 10_000, 'carol swept');
  t.deepEqual(seen.all.filter((p) => p.userId === bob.user_id).map((p) => p.online), [false, true]);
});
