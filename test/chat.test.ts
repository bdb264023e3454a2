import test from 'ava';
import { client, collect, texts, until } from './helpers/clients.js';
import { serverFixture } from './helpers/fixture.js';
import { authedSocket } from './helpers/authed-socket.js';

const fx = serverFixture(test);


test('a message reaches every device of the recipient and the sender\'s other devices, and history has it', async (t) => {
  const alice = await fx.api.newUser('alice');
  const bob = await fx.api.newUser('bob');
  const bob2 = await fx.api.login(bob.username, bob.password);
  const alice2 = await fx.api.login(alice.username, alice.password);
  const conv = await fx.api.direct(alice, bob);

  const a1 = client(fx.server.ws, alice.token);
  const a2 = client(fx.server.ws, alice2.token);
  const b1 = client(fx.server.ws, bob.token);
  const b2 = client(fx.server.ws, bob2.token);
  const [ga2, gb1, gb2] = [collect(a2), collect(b1), collect(b2)];
  for (const c of [a1, a2, b1, b2]) {
    await c.connect();
    await c.waitLive();
  }
  const sent = await a1.send(conv, 'hello bob');
  t.is(typeof sent.seq, 'number');
  t.true(sent.messageId.length > 0);
  await until(() => texts(gb1).length === 1 && texts(gb2).length === 1 && texts(ga2).length === 1);
  t.deepEqual(texts(gb1), ['hello bob']);
  t.is(gb1[0]!.seq, sent.seq);

  const history = await fx.api.ok('GET', `/v1/conversations/${conv}/messages`, undefined, bob.token);
  t.deepEqual(history.messages.map((m: any) => m.text), ['hello bob']);
  t.is(history.messages[0].seq, sent.seq);
  for (const c of [a1, a2, b1, b2]) c.close();
});

test('the sending device gets Sent, not its own message back; its cursor still moves past it', async (t) => {
  const alice = await fx.api.newUser('alice');
  const bob = await fx.api.newUser('bob');
  const conv = await fx.api.direct(alice, bob);
  const a = client(fx.server.ws, alice.token);
  const got = collect(a);
  await a.connect();
  await a.waitLive();
  const b = client(fx.server.ws, bob.token);
  await b.connect();
  await a.send(conv, 'mine');
  await b.send(conv, 'theirs');
  await until(() => texts(got).includes('theirs'));
  t.deepEqual(texts(got), ['theirs']);
  a.close();
  // Reconnecting from its cursor does not replay its own message either.
  const again = client(fx.server.ws, alice.token, { cursor: 0 });
  const replay = collect(again);
  await again.connect();
  await again.waitLive();
  t.deepEqual(texts(replay), ['theirs']);
  again.close();
  b.close();
});

test('texts with quotes, backslashes, braces, commas, NULL and control characters reach history and devices unchanged', async (t) => {
  // The projector passes a batch's messages to Postgres as one parameter: what its encoding
  // has to carry through.
  const alice = await fx.api.newUser('alice');
  const bob = await fx.api.newUser('bob');
  const conv = await fx.api.direct(alice, bob);
  const b = client(fx.server.ws, bob.token);
  const got = collect(b);
  await b.connect();
  await b.waitLive();
  const a = client(fx.server.ws, alice.token);
  await a.connect();
  const sent = ['he said "hi" \\ then {a,b}', 'NULL', '{}', '"', '\\', '\\"', 'tab\there\nnew line, comma', 'emoji 👋🏽 and ümlaut', ' leading and trailing spaces '];
  for (const text of sent) await a.send(conv, text, `cm "${text}" \\`);
  await until(() => texts(got).length >= sent.length);
  t.deepEqual(texts(got), sent);
  const history = (await fx.api.ok('GET', `/v1/conversations/${conv}/messages?limit=50`, undefined, bob.token)).messages as Array<{ text: string; client_msg_id: string }>;
  t.deepEqual(history.map((m) => m.text), sent);
  t.deepEqual(history.map((m) => m.client_msg_id), sent.map((text) => `cm "${text}" \\`));
  a.close();
  b.close();
});

test('sends that wait (a reply, a conversation not cached yet) and sends that need not keep the device\'s order in the log', async (t) => {
  const alice = await fx.api.newUser('alice');
  const bob = await fx.api.newUser('bob');
  const carol = await fx.api.newUser('carol');
  const withBob = await fx.api.direct(alice, bob);
  const withCarol = await fx.api.direct(alice, carol);
  const sock = await authedSocket(fx.server.ws, alice.token);
  sock.sendFrame({ id: 1, send: { conversationId: withBob, clientMsgId: 'first', text: 'first' } });
  const first = await sock.next((f) => f.body === 'sent' && f.id === 1);
  // One burst: a plain send; a reply (it reads the read model); plain sends behind it; a
  // conversation the gateway has not cached yet (first use), then plain sends again.
  const burst: Array<[string, string, string?]> = [
    [withBob, 'a'],
    [withBob, 'b', first.sent!.messageId!],
    [withBob, 'c'],
    [withBob, 'd'],
    [withCarol, 'e'],
    [withBob, 'f'],
    [withCarol, 'g'],
    [withBob, 'h'],
  ];
  burst.forEach(([conversationId, text, replyToMessageId], i) =>
    sock.sendFrame({ id: 10 + i, send: { conversationId, clientMsgId: text, text, ...(replyToMessageId ? { replyToMessageId } : {}) } }),
  );
  const seqs = new Map<string, number>();
  for (let i = 0; i < burst.length; i++) {
    const f = await sock.next((x) => x.body === 'sent' && x.id === 10 + i);
    seqs.set(burst[i]![1], Number(f.sent!.seq));
  }
  // Per conversation, the stream sequences follow the order of sending.
  for (const conv of [withBob, withCarol]) {
    const order = burst.filter(([c]) => c === conv).map(([, text]) => seqs.get(text)!);
    t.deepEqual(order, [...order].sort((x, y) => x - y), conv === withBob ? 'with bob' : 'with carol');
  }
  // And across conversations too: the log has them in the device's order.
  const all = burst.map(([, text]) => seqs.get(text)!);
  t.deepEqual(all, [...all].sort((x, y) => x - y));
  // History is the read model: it has them once the projector has applied them.
  const historyTexts = async () => (await fx.api.ok('GET', `/v1/conversations/${withBob}/messages`, undefined, alice.token)).messages.map((m: any) => m.text);
  let history: string[] = [];
  await until(async () => (history = await historyTexts()).length >= 7, 20_000, 'the projector');
  t.deepEqual(history, ['first', 'a', 'b', 'c', 'd', 'f', 'h']);
  sock.close();
});
