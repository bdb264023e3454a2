// Typing indicators on one gateway: relayed to the other members only, refused from
// non-members, rate-limited, expired by the server.
import test, { type ExecutionContext } from 'ava';
import type { Session } from './helpers/api.js';
import { client } from './helpers/clients.js';
import { sleep, typingOf } from './helpers/ephemeral.js';
import { serverFixture } from './helpers/fixture.js';
import { RawSocket } from './helpers/raw-socket.js';

const TIMEOUT_MS = 1500;
const MIN_INTERVAL_MS = 1000;
const fx = serverFixture(test, { TYPING_TIMEOUT_MS: String(TIMEOUT_MS), TYPING_MIN_INTERVAL_MS: String(MIN_INTERVAL_MS) });

async function live(t: ExecutionContext, s: Session) {
  const c = client(fx.server.ws, s.token);
  t.teardown(() => c.close());
  const typing = typingOf(c);
  await c.connect();
  await c.waitLive();
  return { c, typing };
}

const shape = (x: { conversationId: string; userId: string; on: boolean }) => [x.conversationId, x.userId, x.on];

test('typing reaches the other members, not the sender\'s own devices', async (t) => {
  const alice = await fx.api.newUser('alice');
  const alice2 = await fx.api.login(alice.username, alice.password);
  const bob = await fx.api.newUser('bob');
  const conv = await fx.api.direct(alice, bob);
  const a1 = await live(t, alice);
  const a2 = await live(t, alice2);
  const b = await live(t, bob);

  a1.c.typing(conv, true);
  t.deepEqual(shape(await b.typing.next(() => true, 10_000, 'alice on')), [conv, alice.user_id, true]);
  // Bob's typing goes out through the same subscription after alice's: when it reaches
  // alice's devices, alice's own would have reached them first.
  b.c.typing(conv, true);
  await a2.typing.next(() => true, 10_000, 'bob on at a2');
  await a1.typing.next(() => true, 10_000, 'bob on at a1');
  t.deepEqual(a1.typing.all.map(shape), [[conv, bob.user_id, true]]);
  t.deepEqual(a2.typing.all.map(shape), [[conv, bob.user_id, true]]);

  a1.c.typing(conv, false);
  t.deepEqual(shape(await b.typing.next(() => true, 10_000, 'alice off')), [conv, alice.user_id, false]);
});

test('typing from a non-member or to an unknown conversation is refused with an Error; the socket stays usable', async (t) => {
  const alice = await fx.api.newUser('alice');
  const bob = await fx.api.newUser('bob');
  const carol = await fx.api.newUser('carol');
  const conv = await fx.api.direct(alice, bob);
  const b = await live(t, bob);

  const sock = await RawSocket.open(fx.server.ws, { authorization: `Bearer ${carol.token}` });
  t.teardown(() => sock.close());
  await sock.next((f) => f.body === 'caughtUp');
  sock.sendFrame({ id: 11, typing: { conversationId: conv, on: true } });
  t.is((await sock.error(11)).error!.code, 'not_member');
  sock.sendFrame({ id: 12, typing: { conversationId: 'no-such-conversation', on: true } });
  t.is((await sock.error(12)).error!.code, 'conversation_not_found');
  sock.sendFrame({ id: 13, typing: { conversationId: 'not.an.id', on: true } });
  t.is((await sock.error(13)).error!.code, 'conversation_not_found');

  // The SDK reports the refusal as an error event.
  const c = client(fx.server.ws, carol.token);
  t.teardown(() => c.close());
  const refused = new Promise<{ code: string }>((resolve) => c.on('error', resolve));
  await c.connect();
  c.typing(conv, true);
  t.is((await refused).code, 'not_member');

  // A member's typing still goes through, and bob never saw carol's.
  const a = await live(t, alice);
  a.c.typing(conv, true);
  await b.typing.next(() => true, 10_000, 'alice on');
  t.deepEqual(b.typing.all.map(shape), [[conv, alice.user_id, true]]);
});

test('repeated ons within the minimum interval are dropped; a change of state or a later refresh goes through', async (t) => {
  const alice = await fx.api.newUser('alice');
  const bob = await fx.api.newUser('bob');
  const conv = await fx.api.direct(alice, bob);
  const a = await live(t, alice);
  const b = await live(t, bob);

  // All in one tick: well inside one interval.
  for (let i = 0; i < 5; i++) a.c.typing(conv, true);
  a.c.typing(conv, false);
  a.c.typing(conv, true);
  await b.typing.next((x) => x.on, 10_000, 'on');
  await b.typing.next((x) => !x.on, 10_000, 'off');
  await b.typing.next((x) => x.on, 10_000, 'on again');
  t.deepEqual(b.typing.all.map((x) => x.on), [true, false, true], 'five ons became one');

  // Past the interval a refresh is relayed (watchers' indicators stay up).
  const last = b.typing.all.at(-1)!.at;
  await sleep(MIN_INTERVAL_MS + 100 - (Date.now() - last));
  a.c.typing(conv, true);
  await b.typing.next((x) => x.on, 10_000, 'refresh');
  t.deepEqual(b.typing.all.map((x) => x.on), [true, false, true, true]);
});

test('an on that is not refreshed expires: watchers get on = false from the server', async (t) => {
  const alice = await fx.api.newUser('alice');
  const bob = await fx.api.newUser('bob');
  const conv = await fx.api.direct(alice, bob);
  const a = await live(t, alice);
  const b = await live(t, bob);

  a.c.typing(conv, true);
  const on = await b.typing.next((x) => x.on, 10_000, 'on');
  // A refresh after the minimum interval restarts the clock.
  await sleep(MIN_INTERVAL_MS + 50);
  a.c.typing(conv, true);
  const refresh = await b.typing.next((x) => x.on, 10_000, 'refresh');
  const off = await b.typing.next((x) => !x.on, 10_000, 'expiry');
  t.is(off.userId, alice.user_id);
  t.true(off.at - refresh.at >= TIMEOUT_MS - 50, `expired ${off.at - refresh.at} ms after the refresh`);
  t.true(off.at - on.at >= MIN_INTERVAL_MS + TIMEOUT_MS, 'the refresh kept it on');
});

test('a device that closes while typing ends its indicator at once', async (t) => {
  const alice = await fx.api.newUser('alice');
  const bob = await fx.api.newUser('bob');
  const conv = await fx.api.direct(alice, bob);
  const a = await live(t, alice);
  const b = await live(t, bob);
  a.c.typing(conv, true);
  const on = await b.typing.next((x) => x.on, 10_000, 'on');
  a.c.close();
  const off = await b.typing.next((x) => !x.on, 10_000, 'off');
  t.true(off.at - on.at < TIMEOUT_MS - 500, `off ${off.at - on.at} ms after on: from the close, not the expiry`);
});
