// Device cursors, catch-up and dedupe of repeated sends.
import test from 'ava';
import { client, collect, texts, until } from './helpers/clients.js';
import { RawSocket } from './helpers/raw-socket.js';
import { serverFixture } from './helpers/fixture.js';
import { connect } from '@nats-io/transport-node';
import { Kvm } from '@nats-io/kv';
import { namesFor } from '../src/shared/names.js';

// A one-second duplicate window lets a test step past it.
const fx = serverFixture(test, { DEDUPE_WINDOW_S: '1' });


/** Two users in a direct conversation; a's device is connected. */
async function pair() {
  const a = await fx.api.newUser('a');
  const b = await fx.api.newUser('b');
  const conv = await fx.api.direct(a, b);
  const ac = client(fx.server.ws, a.token);
  await ac.connect();
  return { a, b, conv, ac };
}

async function historyTexts(conv: string, token: string, expected: number): Promise<string[]> {
  let got: string[] = [];
  for (let i = 0; i < 200; i++) {
    const page = await fx.api.ok('GET', `/v1/conversations/${conv}/messages?limit=200`, undefined, token);
    got = page.messages.map((m: any) => m.text);
    if (got.length >= expected) break;
    await new Promise((r) => setTimeout(r, 20));
  }
  return got;
}

test('the same client_msg_id gives the same Sent and one message, inside and after the duplicate window', async (t) => {
  const a = await fx.api.newUser('a');
  const b = await fx.api.newUser('b');
  const conv = await fx.api.direct(a, b);
  const bc = client(fx.server.ws, b.token);
  const got = collect(bc);
  await bc.connect();
  await bc.waitLive();
  const sock = await RawSocket.open(fx.server.ws, { authorization: `Bearer ${a.token}` });
  await sock.next((f) => f.body === 'caughtUp');
  const send = (id: number, retry = false) => sock.sendFrame({ id, send: { conversationId: conv, clientMsgId: 'same-id', text: 'once', retry } });
  send(1);
  send(2);
  const s1 = (await sock.next((f) => f.id === 1)).sent!;
  const s2 = (await sock.next((f) => f.id === 2)).sent!;
  t.deepEqual(s2, s1);
  t.deepEqual(await historyTexts(conv, a.token, 1), ['once']);

  await new Promise((r) => setTimeout(r, 1500)); // past the JetStream duplicate window
  send(3, true);
  const s3 = (await sock.next((f) => f.id === 3)).sent!;
  t.deepEqual(s3, s1, 'the original Sent, from the read model');
  send(5); // a late repeat not marked as a retry: answered, but history is still exact
  t.is((await sock.next((f) => f.id === 5)).body, 'sent');
  sock.sendFrame({ id: 4, send: { conversationId: conv, clientMsgId: 'marker', text: 'marker' } });
  await until(() => texts(got).includes('marker'));
  t.deepEqual(texts(got), ['once', 'marker'], 'the recipient got it once');
  t.deepEqual(await historyTexts(conv, a.token, 2), ['once', 'marker']);
  sock.close();
  bc.close();
});

test('a device reconnecting with its cursor gets what it missed, in order, then live', async (t) => {
  const { a, b, conv, ac } = await pair();
  let bc = client(fx.server.ws, b.token);
  let got = collect(bc);
  await bc.connect();
  await bc.waitLive();
  for (let i = 0; i < 5; i++) await ac.send(conv, `before${i}`);
  await until(() => texts(got).length === 5);
  const cursor = bc.cursor!;
  bc.close();

  for (let i = 0; i < 10; i++) await ac.send(conv, `missed${i}`);
  bc = client(fx.server.ws, b.token, { cursor });
  got = collect(bc);
  const welcome = await bc.connect();
  t.is(welcome.cursor, cursor);
  await bc.waitLive();
  t.deepEqual(texts(got), Array.from({ length: 10 }, (_, i) => `missed${i}`));
  await ac.send(conv, 'live');
  await until(() => texts(got).length === 11);
  t.is(texts(got)[10], 'live');
  const cursors = got.map((d) => d.cursor);
  t.deepEqual([...cursors].sort((x, y) => x - y), cursors, 'cursors increase');
  ac.close();
  bc.close();
});

test('the server stores acked cursors per device; a new device starts at the end; cursor=0 replays all', async (t) => {
  const { a, b, conv, ac } = await pair();
  let bc = client(fx.server.ws, b.token);
  let got = collect(bc);
  await bc.connect();
  await bc.waitLive();
  for (let i = 0; i < 3; i++) await ac.send(conv, `first${i}`);
  await until(() => texts(got).length === 3);
  const acked = bc.cursor!;
  bc.close(); // acks what it has, then closes
  // The stored cursor is written when the server handles the Ack (at most a second later)
  // or the close; wait until the bucket holds it.
  const nats = await connect({ servers: fx.server.config.NATS_URL });
  const kv = await new Kvm(nats).open(namesFor(fx.server.config.PARLEY_PREFIX).cursorBucket);
  await until(async () => JSON.parse((await kv.get(b.device_id))?.string() ?? '{}').c === acked, 20_000, 'the stored cursor');
  await nats.close();
  for (let i = 0; i < 2; i++) await ac.send(conv, `later${i}`);

  bc = client(fx.server.ws, b.token); // no cursor: the stored one
  got = collect(bc);
  await bc.connect();
  await bc.waitLive();
  t.deepEqual(texts(got), ['later0', 'later1']);
  bc.close();

  const fresh = await fx.api.login(b.username, b.password);
  const nc = client(fx.server.ws, fresh.token);
  const gotNew = collect(nc);
  await nc.connect();
  await nc.waitLive();
  t.deepEqual(texts(gotNew), [], 'a new device does not replay the past');
  nc.close();

  const all = client(fx.server.ws, fresh.token, { cursor: 0 });
  const gotAll = collect(all);
  await all.connect();
  await all.waitLive();
  t.deepEqual(texts(gotAll), ['first0', 'first1', 'first2', 'later0', 'later1']);
  t.is(gotAll[0]!.event.body, 'conversationCreated');
  all.close();
  ac.close();
});

test('an ack beyond what was delivered is refused', async (t) => {
  const a = await fx.api.newUser('a');
  const sock = await RawSocket.open(fx.server.ws, { authorization: `Bearer ${a.token}` });
  await sock.next((f) => f.body === 'caughtUp');
  sock.sendFrame({ id: 9, ack: { cursor: 1e9 } });
  t.is((await sock.error(9)).error!.code, 'bad_request');
  sock.close();
});

test('a cursor the feed never had gets Resync to the feed end, then live delivery', async (t) => {
  const { b, conv, ac } = await pair();
  const bc = client(fx.server.ws, b.token, { cursor: 1e12 });
  const got = collect(bc);
  let resync: number | undefined;
  bc.on('resync', (c) => (resync = c));
  await bc.connect();
  await bc.waitLive();
  t.truthy(resync);
  t.true(resync! < 1e12);
  await ac.send(conv, 'after resync');
  await until(() => texts(got).includes('after resync'));
  t.pass();
  ac.close();
  bc.close();
});

test('a new device that leaves before acknowledging anything resumes where it began, not at the feed\'s new end', async (t) => {
  const { b, conv, ac } = await pair();
  await ac.send(conv, 'before the device existed');
  // Sent means durable in the log; the feed entry follows with the history row.
  await historyTexts(conv, b.token, 1);
  // A new device: starts at the end; nothing arrives, it acknowledges nothing, and leaves.
  const first = await RawSocket.open(fx.server.ws, { authorization: `Bearer ${b.token}` });
  await first.next((f) => f.body === 'caughtUp');
  first.close();
  await first.waitClosed();
  await ac.send(conv, 'while it was away');
  const again = client(fx.server.ws, b.token); // no cursor of its own: the server's
  const got2 = collect(again);
  await again.connect();
  await again.waitLive();
  await until(() => texts(got2).length > 0);
  t.deepEqual(texts(got2), ['while it was away']);
  t.false(first.frames.some((f) => f.body === 'deliver'));
  again.close();
  ac.close();
});

// Serial: the notice closes every socket of the shared server (ava runs serial tests before the concurrent ones).
test.serial("when the feed writer's NATS connection was interrupted, sockets are closed so that devices resume; the SDK comes back and misses nothing", async (t) => {
  const { a, b, conv, ac } = await pair();
  const sock = await RawSocket.open(fx.server.ws, { authorization: `Bearer ${b.token}` });
  await sock.next((f) => f.body === 'caughtUp');
  const bc = client(fx.server.ws, b.token);
  const got = collect(bc);
  await bc.connect();
  await bc.waitLive();
  await ac.send(conv, 'before');
  await until(() => texts(got).includes('before'));

  const nc = await connect({ servers: fx.server.config.NATS_URL });
  nc.publish(namesFor(fx.server.config.PARLEY_PREFIX).feedInterruptedSubject);
  await nc.flush();
  await until(() => sock.closed !== undefined);
  t.is(sock.closed!.code, 4103, 'closed with the reconnect code');
  await ac.send(conv, 'after');
  await until(() => texts(got).includes('after'));
  t.deepEqual(texts(got), ['before', 'after'], 'the SDK resumed from its cursor: nothing lost or repeated');
  await nc.close();
  bc.close();
  ac.close();
});
