// Presence and typing across gateways: two in-process gateways on one deployment (same
// prefix, schema and Redis), and a `parley gateway` process killed with SIGKILL.
import test, { type ExecutionContext } from 'ava';
import type { ChildProcess } from 'node:child_process';
import { Api } from './helpers/api.js';
import { client } from './helpers/clients.js';
import { presenceOf, typingOf } from './helpers/ephemeral.js';
import { cleanup, spawnParley, startServer, testConfig, type TestServer } from './helpers/env.js';

const TIMEOUT_MS = 1500;
const config = testConfig({
  PRESENCE_TIMEOUT_MS: String(TIMEOUT_MS),
  HEARTBEAT_INTERVAL_MS: '300',
  PRESENCE_SWEEP_INTERVAL_MS: '100',
  TYPING_TIMEOUT_MS: '1500',
  TYPING_MIN_INTERVAL_MS: '1000',
});
let g1: TestServer;
let g2: TestServer;
let api: Api;

test.serial.before(async () => {
  g1 = await startServer(config);
  g2 = await startServer(config, { gateway: true, projector: false });
  api = new Api(g1.http);
});

test.after.always(async () => {
  await g2?.running.close();
  await g1?.running.close();
  await cleanup(config);
});

function live(t: ExecutionContext, ws: string, token: string, opts = {}) {
  const c = client(ws, token, opts);
  t.teardown(() => c.close());
  return { c, presence: presenceOf(c), typing: typingOf(c) };
}

test('presence crosses gateways: online, graceful offline', async (t) => {
  const alice = await api.newUser('alice');
  const bob = await api.newUser('bob');
  await api.direct(alice, bob);
  const a = live(t, g1.ws, alice.token);
  await a.c.connect();
  await a.presence.next((p) => p.userId === bob.user_id, 10_000, 'bob snapshot');
  const b = live(t, g2.ws, bob.token);
  await b.c.connect();
  // Bob's snapshot of alice is read on g2 from the shared Redis.
  t.true((await b.presence.next((p) => p.userId === alice.user_id, 10_000, 'alice snapshot')).online);
  await a.presence.next((p) => p.userId === bob.user_id && p.online, 10_000, 'bob online');
  b.c.close();
  await a.presence.next((p) => p.userId === bob.user_id && !p.online, 10_000, 'bob offline');
  t.pass();
});

test('typing crosses gateways both ways and reaches every device of the other member', async (t) => {
  const alice = await api.newUser('alice');
  const bob = await api.newUser('bob');
  const bob2 = await api.login(bob.username, bob.password);
  const conv = await api.direct(alice, bob);
  const a = live(t, g1.ws, alice.token);
  const b1 = live(t, g2.ws, bob.token);
  const b2 = live(t, g1.ws, bob2.token);
  for (const x of [a, b1, b2]) {
    await x.c.connect();
    await x.c.waitLive();
  }
  a.c.typing(conv, true);
  for (const b of [b1, b2]) {
    const { conversationId, userId, on } = await b.typing.next(() => true, 10_000, 'alice typing');
    t.deepEqual({ conversationId, userId, on }, { conversationId: conv, userId: alice.user_id, on: true });
  }
  b1.c.typing(conv, true);
  const got = await a.typing.next(() => true, 10_000, 'bob typing');
  t.is(got.userId, bob.user_id);
  t.true(got.on);
});

test('a gateway process killed with SIGKILL: another gateway announces its user offline and the typing ends', async (t) => {
  let child: ChildProcess | undefined;
  t.teardown(() => {
    if (child && child.exitCode === null) child.kill('SIGKILL');
  });
  const spawned = await spawnParley('gateway', config);
  child = spawned.child;
  const alice = await api.newUser('alice');
  const bob = await api.newUser('bob');
  const conv = await api.direct(alice, bob);
  const a = live(t, g1.ws, alice.token);
  await a.c.connect();
  await a.c.waitLive();
  await a.presence.next((p) => p.userId === bob.user_id, 10_000, 'bob snapshot');

  // Bob's only device is on the child process (its reconnects find nothing listening).
  const b = live(t, `ws://127.0.0.1:${spawned.port}/v1/ws`, bob.token);
  await b.c.connect();
  await b.c.waitLive();
  await a.presence.next((p) => p.userId === bob.user_id && p.online, 10_000, 'bob online');
  b.c.typing(conv, true);
  await a.typing.next((x) => x.on, 10_000, 'bob typing');

  const exited = new Promise((resolve) => child!.once('exit', resolve));
  child.kill('SIGKILL');
  await exited;
  const killedAt = Date.now();
  const stop = await a.typing.next((x) => !x.on, 10_000, 'typing expired');
  t.is(stop.userId, bob.user_id);
  const off = await a.presence.next((p) => p.userId === bob.user_id && !p.online, 10_000, 'bob offline');
  t.true(off.lastSeenMs <= killedAt, 'last seen is before the process died');
  t.true(off.lastSeenMs > 0);
});
