import test from 'ava';
import { connectNats } from '../src/shared/nats.js';
import { encodeEvent } from '../src/shared/events.js';
import { namesFor } from '../src/shared/names.js';
import { jetstream } from '@nats-io/jetstream';
import { Kvm } from '@nats-io/kv';
import { client, collect, deliveredCounts, tappedClient, texts, until } from './helpers/clients.js';
import { serverFixture } from './helpers/fixture.js';
import type { Delivery } from '../src/sdk/client.js';

// Deliveries are recorded every 50 ms; positions only when a device leaves (within the tests).
const fx = serverFixture(test, { RECEIPT_FLUSH_MS: '50', POSITION_WRITE_MS: '60000' });

const receiptsOf = (ds: Delivery[], body: 'messagesDelivered' | 'messagesRead') => ds.filter((d) => d.event.body === body);
const upTo = (d: Delivery) => Number((d.event.messagesDelivered ?? d.event.messagesRead)!.upToSeq);

async function unread(userToken: string, userId: string, conv: string): Promise<number> {
  const list = await fx.api.ok('GET', `/v1/users/${userId}/conversations`, undefined, userToken);
  return list.conversations.find((c: any) => c.conversation_id === conv).unread_count;
}

test('1:1: a message moves sent → delivered → read, and the sender sees each step live', async (t) => {
  const alice = await fx.api.newUser('alice');
  const bob = await fx.api.newUser('bob');
  const conv = await fx.api.direct(alice, bob);
  const a = client(fx.server.ws, alice.token);
  const aGot = collect(a);
  await a.connect();
  await a.waitLive();

  const sent = await a.send(conv, 'hello');
  // Sent means durable in the log; the read model follows a moment later.
  await until(async () => (await fx.api.call('GET', `/v1/messages/${sent.messageId}`, undefined, alice.token)).status === 200);
  const r0 = await fx.api.ok('GET', `/v1/messages/${sent.messageId}/read_receipts`, undefined, alice.token);
  t.is(r0.status, 'sent');
  t.deepEqual(r0.receipts, [{ user_id: bob.user_id, delivered_at_ms: null, read_at_ms: null }]);

  // Bob's device receives it and acknowledges (the SDK acks by itself).
  const b = client(fx.server.ws, bob.token, { cursor: 0 });
  const bGot = collect(b);
  await b.connect();
  await until(() => texts(bGot).includes('hello'));
  await until(() => receiptsOf(aGot, 'messagesDelivered').length > 0, 10_000, 'alice sees delivered');
  const delivered = receiptsOf(aGot, 'messagesDelivered')[0]!;
  t.is(delivered.event.messagesDelivered!.userId, bob.user_id);
  t.true(upTo(delivered) >= sent.seq);
  const r1 = await fx.api.ok('GET', `/v1/messages/${sent.messageId}/read_receipts`, undefined, alice.token);
  t.is(r1.status, 'delivered');
  t.is(typeof r1.receipts[0].delivered_at_ms, 'number');
  t.is(r1.receipts[0].read_at_ms, null);

  b.markRead(conv, sent.seq);
  await until(() => receiptsOf(aGot, 'messagesRead').length > 0, 10_000, 'alice sees read');
  t.is(upTo(receiptsOf(aGot, 'messagesRead')[0]!), sent.seq);
  let r2: any;
  await until(async () => {
    r2 = await fx.api.ok('GET', `/v1/messages/${sent.messageId}/read_receipts`, undefined, bob.token);
    return r2.status === 'read';
  });
  t.true(r2.receipts[0].read_at_ms >= r2.receipts[0].delivered_at_ms);
  // Bob's acks of receipts are not deliveries: no receipt ping-pong between the two.
  await new Promise((r) => setTimeout(r, 300));
  t.is(receiptsOf(aGot, 'messagesDelivered').length, 1);
  t.is(receiptsOf(bGot, 'messagesDelivered').length, 0);
  a.close();
  b.close();
});

test('reading on one device clears the unread count on the user\'s other devices at once', async (t) => {
  const alice = await fx.api.newUser('alice');
  const bob = await fx.api.newUser('bob');
  const bob2 = await fx.api.login(bob.username, bob.password);
  const conv = await fx.api.direct(alice, bob);
  const s1 = await fx.api.ok('POST', `/v1/conversations/${conv}/messages`, { text: 'one' }, alice.token);
  const s2 = await fx.api.ok('POST', `/v1/conversations/${conv}/messages`, { text: 'two' }, alice.token);
  await fx.api.ok('POST', `/v1/conversations/${conv}/messages`, { text: 'mine' }, bob.token);
  await until(async () => (await unread(bob.token, bob.user_id, conv)) === 2, 10_000, 'two unread');

  const phone = client(fx.server.ws, bob.token);
  const laptop = client(fx.server.ws, bob2.token);
  const phoneGot = collect(phone);
  const laptopGot = collect(laptop);
  for (const c of [phone, laptop]) {
    await c.connect();
    await c.waitLive();
  }
  phone.markRead(conv, s1.seq);
  await until(() => receiptsOf(laptopGot, 'messagesRead').length === 1, 10_000, 'laptop learns of the read');
  const mark = receiptsOf(laptopGot, 'messagesRead')[0]!;
  t.is(mark.unreadCount, 1, '"two" is still unread');
  t.is(mark.conversationId, conv);
  t.is(receiptsOf(phoneGot, 'messagesRead').length, 0, 'the marking device is not told its own mark');
  t.is(await unread(bob.token, bob.user_id, conv), 1);

  // Through REST with the laptop's token, up to the last message: now the phone is told.
  const res = await fx.api.ok('POST', `/v1/messages/${s2.message_id}/read_receipts`, undefined, bob2.token);
  t.is(res.read_up_to_seq, s2.seq);
  t.is(await unread(bob.token, bob.user_id, conv), 0);
  await until(() => receiptsOf(phoneGot, 'messagesRead').length === 1, 10_000, 'phone learns of the read');
  t.is(receiptsOf(phoneGot, 'messagesRead')[0]!.unreadCount, 0);
  t.is(receiptsOf(laptopGot, 'messagesRead').length, 1);

  await fx.api.ok('POST', `/v1/conversations/${conv}/messages`, { text: 'three' }, alice.token);
  await until(async () => (await unread(bob.token, bob.user_id, conv)) === 1, 10_000, 'new message is unread');
  phone.close();
  laptop.close();
});

test('the unread count a read sends to the other devices leaves out messages deleted for everyone or by the reader', async (t) => {
  const alice = await fx.api.newUser('alice');
  const bob = await fx.api.newUser('bob');
  const bob2 = await fx.api.login(bob.username, bob.password);
  const conv = await fx.api.direct(alice, bob);
  const post = (text: string) => fx.api.ok('POST', `/v1/conversations/${conv}/messages`, { text }, alice.token);
  const one = await post('one');
  const two = await post('two');
  const three = await post('three');
  await post('four');
  await fx.api.ok('DELETE', `/v1/messages/${two.message_id}`, undefined, bob.token); // for bob only
  await fx.api.ok('DELETE', `/v1/messages/${three.message_id}?for=everyone`, undefined, alice.token);
  await until(async () => (await unread(bob.token, bob.user_id, conv)) === 2, 10_000, 'one and four unread');

  const phone = client(fx.server.ws, bob.token);
  const laptop = client(fx.server.ws, bob2.token);
  const laptopGot = collect(laptop);
  for (const c of [phone, laptop]) {
    await c.connect();
    await c.waitLive();
  }
  phone.markRead(conv, one.seq);
  await until(() => receiptsOf(laptopGot, 'messagesRead').length === 1, 10_000, 'laptop learns of the read');
  t.is(receiptsOf(laptopGot, 'messagesRead')[0]!.unreadCount, 1, 'only "four" is still unread');
  t.is(await unread(bob.token, bob.user_id, conv), 1);
  phone.close();
  laptop.close();
});

test('watermarks never move backwards under reordered, repeated or future receipts', async (t) => {
  const alice = await fx.api.newUser('alice');
  const bob = await fx.api.newUser('bob');
  const conv = await fx.api.direct(alice, bob);
  const seqs: number[] = [];
  for (const text of ['1', '2', '3']) seqs.push((await fx.api.ok('POST', `/v1/conversations/${conv}/messages`, { text }, alice.token)).seq);
  const [m1, m2, m3] = seqs as [number, number, number];

  // Straight into the log, as a replay or a confused gateway could: out of order and repeated.
  const nc = await connectNats(fx.server.config, 'receipts-test');
  const js = jetstream(nc);
  const names = namesFor(fx.server.config.PARLEY_PREFIX);
  const mark = (kind: 'messagesRead' | 'messagesDelivered', upToSeq: number, atMs: number) =>
    js.publish(names.convSubject(conv), encodeEvent({ [kind]: { conversationId: conv, userId: bob.user_id, deviceId: bob.device_id, upToSeq, atMs } }));
  await mark('messagesDelivered', m3, 1000);
  await mark('messagesDelivered', m1, 2000);
  await mark('messagesRead', m2, 3000);
  await mark('messagesRead', m1, 4000);
  await mark('messagesRead', m2, 5000);
  const last = await mark('messagesRead', 1_000_000, 6000); // beyond the end: capped at its own position
  await nc.close();

  const a = client(fx.server.ws, alice.token, { cursor: 0 });
  const aGot = collect(a);
  await a.connect();
  await a.waitLive();
  await until(async () => (await fx.api.ok('GET', `/v1/messages/${(await history())[2].message_id}/read_receipts`, undefined, alice.token)).read_count === 1);
  const seen = aGot.filter((d) => d.event.body === 'messagesDelivered' || d.event.body === 'messagesRead');
  t.deepEqual(
    seen.map((d) => [d.event.body, upTo(d)]),
    [
      ['messagesDelivered', m3],
      ['messagesRead', m2],
      ['messagesRead', 1_000_000],
    ],
    'only the receipts that moved a watermark reach the sender',
  );
  const [h1, h2, h3] = await history();
  const r = async (id: string) => (await fx.api.ok('GET', `/v1/messages/${id}/read_receipts`, undefined, alice.token)).receipts[0];
  t.deepEqual(await r(h1.message_id), { user_id: bob.user_id, delivered_at_ms: 1000, read_at_ms: 3000 });
  t.deepEqual(await r(h2.message_id), { user_id: bob.user_id, delivered_at_ms: 1000, read_at_ms: 3000 });
  t.deepEqual(await r(h3.message_id), { user_id: bob.user_id, delivered_at_ms: 1000, read_at_ms: 6000 });
  const list = await fx.api.ok('GET', `/v1/users/${bob.user_id}/conversations`, undefined, bob.token);
  t.is(list.conversations[0].read_seq, last.seq - 1);
  a.close();

  async function history(): Promise<any[]> {
    return (await fx.api.ok('GET', `/v1/conversations/${conv}/messages`, undefined, alice.token)).messages;
  }
});

test('groups: the sender gets counts of delivered and read; receipts go to the senders they cover', async (t) => {
  const [admin, bob, carol, dave] = await Promise.all(['admin', 'bob', 'carol', 'dave'].map((n) => fx.api.newUser(n)));
  const g = await fx.api.ok('POST', '/v1/conversations', { type: 'group', name: 'g', participant_ids: [bob!.user_id, carol!.user_id, dave!.user_id] }, admin!.token);
  const conv = g.conversation_id;
  const a = client(fx.server.ws, admin!.token);
  const aGot = collect(a);
  await a.connect();
  await a.waitLive();
  const d = client(fx.server.ws, dave!.token);
  const dGot = collect(d);
  await d.connect();
  await d.waitLive();
  const sent = await a.send(conv, 'hi all');

  const b = client(fx.server.ws, bob!.token, { cursor: 0 });
  const c = client(fx.server.ws, carol!.token, { cursor: 0 });
  const [bGot, cGot] = [collect(b), collect(c)];
  await b.connect();
  await c.connect();
  await until(() => texts(bGot).includes('hi all') && texts(cGot).includes('hi all') && texts(dGot).includes('hi all'));
  c.markRead(conv, sent.seq);
  let r: any;
  await until(async () => {
    r = await fx.api.ok('GET', `/v1/messages/${sent.messageId}/read_receipts`, undefined, bob!.token);
    return r.delivered_count === 3 && r.read_count === 1;
  }, 10_000, 'counts reach 3 delivered, 1 read');
  t.is(r.recipient_count, 3);
  t.is(r.status, 'delivered');
  await until(() => receiptsOf(aGot, 'messagesDelivered').length >= 2 && receiptsOf(aGot, 'messagesRead').length === 1);
  // Dave sent nothing: other members' receipts are not his business.
  t.is(receiptsOf(dGot, 'messagesDelivered').length + receiptsOf(dGot, 'messagesRead').length, 0);

  // A non-member cannot mark read.
  const outsider = await fx.api.newUser('out');
  const o = client(fx.server.ws, outsider.token);
  const errors: string[] = [];
  o.on('error', (e) => errors.push(e.code));
  await o.connect();
  o.markRead(conv, sent.seq);
  await until(() => errors.length > 0);
  t.deepEqual(errors, ['not_member']);
  for (const x of [a, b, c, d, o]) x.close();
});

test('resuming after a cursor acknowledges what it covers: deliveries a device never acknowledged (or whose gateway died) are recorded', async (t) => {
  const alice = await fx.api.newUser('alice');
  const bob = await fx.api.newUser('bob');
  const conv = await fx.api.direct(alice, bob);
  const a = client(fx.server.ws, alice.token);
  const aGot = collect(a);
  const b = tappedClient(fx.server.ws, bob.token, { autoAck: false, reconnectDelayMs: 10 });
  for (const c of [a, b.c]) {
    await c.connect();
    await c.waitLive();
  }
  const sent = await a.send(conv, 'stored, never acknowledged');
  await until(() => deliveredCounts(b.wire).size === 1);
  await new Promise((r) => setTimeout(r, 200));
  t.is(receiptsOf(aGot, 'messagesDelivered').length, 0, 'no Ack, no delivery');
  b.c.dropConnection(); // back with its cursor: it has everything up to there
  await until(() => receiptsOf(aGot, 'messagesDelivered').some((d) => upTo(d) >= sent.seq), 10_000, 'the delivery, from the resume');
  t.is(deliveredCounts(b.wire).get('stored, never acknowledged'), 1, 'and the message is not sent again');
  a.close();
  b.c.close();
});

test('a connected device\'s acks become delivery receipts every RECEIPT_FLUSH_MS; its position is written every POSITION_WRITE_MS, and when it leaves', async (t) => {
  const alice = await fx.api.newUser('alice');
  const bob = await fx.api.newUser('bob');
  const conv = await fx.api.direct(alice, bob);
  const a = client(fx.server.ws, alice.token);
  const aGot = collect(a);
  const b = client(fx.server.ws, bob.token);
  const bGot = collect(b);
  for (const c of [a, b]) {
    await c.connect();
    await c.waitLive();
  }
  const nc = await connectNats(fx.server.config, 'test');
  t.teardown(() => nc.close());
  const kv = await new Kvm(nc).open(namesFor(fx.server.config.PARLEY_PREFIX).cursorBucket);
  const stored = async () => JSON.parse((await kv.get(bob.device_id))?.string() ?? 'null')?.c as number | undefined;
  const sent = await a.send(conv, 'one');
  await until(() => texts(bGot).includes('one'));
  await until(() => receiptsOf(aGot, 'messagesDelivered').some((d) => upTo(d) >= sent.seq), 10_000, 'the delivery is recorded');
  await new Promise((r) => setTimeout(r, 300));
  const acked = b.cursor!;
  // (A new device's first position, its start, was written as it connected.)
  t.true((await stored() ?? 0) < acked, 'the acknowledged position waits for its own interval');
  b.close(); // acks what it has, then closes: the position is written at once
  await until(async () => (await stored()) === acked, 10_000, 'the position, written as the device left');
  t.pass();
  a.close();
});
