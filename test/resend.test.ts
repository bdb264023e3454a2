// At-least-once on the wire, exactly once in effect (issue 4, point 5): the socket drops
// between Send and Sent hundreds of times; the SDK re-sends what was not answered after it
// reconnects, and the dedupe by client_msg_id keeps history exact. Every device's frames are
// counted on the wire, below the SDK (which would hide a repeated Deliver).
import test from 'ava';
import WebSocket from 'ws';
import { pb } from '../src/shared/events.js';
import type { Sent } from '../src/sdk/client.js';
import { deliveredCounts, tappedClient, until, type Wire } from './helpers/clients.js';
import { serverFixture } from './helpers/fixture.js';
import { historyOf } from './helpers/truth.js';

const fx = serverFixture(test);

/** Each text delivered exactly once over the wire. */
function onceEach(wire: Wire, expected: string[]): { missing: string[]; repeated: string[] } {
  const counts = deliveredCounts(wire);
  return {
    missing: expected.filter((x) => !counts.has(x)),
    repeated: [...counts].filter(([, n]) => n > 1).map(([x]) => x),
  };
}

test('300 drops between Send and Sent: every message is in history once, with the seq its Sent named, and reaches every device once', async (t) => {
  const { api } = fx;
  const alice = await api.newUser('alice');
  const bob = await api.newUser('bob');
  const alice2 = await api.login(alice.username, alice.password);
  const bob2 = await api.login(bob.username, bob.password);
  const conv = await api.direct(alice, bob);
  const sender = tappedClient(fx.server.ws, alice.token, { reconnectDelayMs: 2, heartbeat: false });
  // The recipients: two of Bob's devices (one of them dropping its socket now and then too)
  // and Alice's other device.
  const others = [tappedClient(fx.server.ws, bob.token), tappedClient(fx.server.ws, bob2.token, { reconnectDelayMs: 2 }), tappedClient(fx.server.ws, alice2.token)];
  for (const { c } of [sender, ...others]) t.teardown(() => c.close());
  for (const { c } of others) {
    await c.connect();
    await c.waitLive();
  }
  const a = sender.c;
  let welcomes = 0;
  a.on('welcome', () => welcomes++);
  await a.connect();

  const DROPS = 300;
  const texts: string[] = [];
  const sends: Array<Promise<Sent>> = [];
  for (let i = 0; i < DROPS; i++) {
    const before = welcomes;
    // One to three sends, then the socket goes: right away, or after a moment in which some
    // Sents arrive and some do not.
    for (let k = 0; k <= i % 3; k++) {
      const text = `m${i}.${k}`;
      texts.push(text);
      sends.push(a.send(conv, text));
    }
    if (i % 4 === 3) await new Promise((r) => setTimeout(r, 1));
    a.dropConnection();
    if (i % 25 === 0) others[1]!.c.dropConnection();
    await until(() => welcomes > before, 10_000, 'the sender reconnects');
  }
  const sent = await Promise.all(sends);
  t.log(`${DROPS} drops, ${texts.length} messages, ${sender.wire.sockets} sockets`);

  // Transmissions per message: more than one means the socket dropped before its Sent.
  const tries = new Map<string, number>();
  for (const f of sender.wire.sent) if (f.send) tries.set(f.send.clientMsgId!, (tries.get(f.send.clientMsgId!) ?? 0) + 1);
  const resent = [...tries.values()].filter((n) => n > 1).length;
  t.log(`${resent} messages were sent more than once (up to ${Math.max(...tries.values())} times)`);
  t.true(resent >= 100, 'most drops fell between Send and Sent');

  // Sent means durable in the log; the history read model follows a moment later.
  let history = await historyOf(api, conv, bob.token);
  await until(async () => (history = await historyOf(api, conv, bob.token)).length >= texts.length, 10_000, 'history has them all');
  t.deepEqual(history.map((m) => m.text), texts, 'history has each message once, in the order it was sent');
  t.deepEqual(sent.map((s) => s.seq), history.map((m) => Number(m.seq)), 'every Sent names the seq history has');
  t.deepEqual(sent.map((s) => s.messageId), history.map((m) => m.message_id));

  for (const [i, { wire }] of others.entries()) {
    await until(() => deliveredCounts(wire).size >= texts.length, 20_000, `device ${i} receives everything`);
  }
  await new Promise((r) => setTimeout(r, 300)); // a repeat would have arrived by now
  for (const [i, { wire }] of others.entries()) t.deepEqual(onceEach(wire, texts), { missing: [], repeated: [] }, `device ${i}`);
  t.is(deliveredCounts(sender.wire).size, 0, 'the sending device gets Sent, never its own message');
  a.close();
  for (const { c } of others) c.close();
});

test('raw sockets that send and vanish at once: re-sent with the same client_msg_id, each message exists once', async (t) => {
  const { api } = fx;
  const alice = await api.newUser('alice');
  const bob = await api.newUser('bob');
  const conv = await api.direct(alice, bob);
  const bobDevice = tappedClient(fx.server.ws, bob.token);
  t.teardown(() => bobDevice.c.close());
  await bobDevice.c.connect();
  await bobDevice.c.waitLive();
  const send = (i: number, retry: boolean) => pb.ClientFrame.encode({ id: i + 1, send: { conversationId: conv, clientMsgId: `raw-${i}`, text: `raw ${i}`, retry } }).finish();

  const N = 100;
  // Each socket authenticates in the upgrade, sends one frame and is torn down (no close
  // handshake) without waiting for anything; for every other one the frame is lost on the
  // way (never written), so the re-sends below are half repeats and half first arrivals.
  await Promise.all(
    Array.from({ length: N }, (_, i) => new Promise<void>((resolve) => {
      const ws = new WebSocket(fx.server.ws, { headers: { authorization: `Bearer ${alice.token}` } });
      ws.on('open', () => {
        if (i % 2 === 0) ws.send(send(i, false));
        ws.terminate();
      });
      ws.on('close', () => resolve());
      ws.on('error', () => undefined);
    })),
  );

  await new Promise((r) => setTimeout(r, 300));
  t.log(`${(await historyOf(api, conv, bob.token)).length} of ${N} reached the log before their socket vanished`);

  // The client did not see a Sent for any of them: it sends them all again, marked retry.
  const ws = new WebSocket(fx.server.ws, { headers: { authorization: `Bearer ${alice.token}` } });
  const answers = new Map<number, Sent>();
  ws.on('message', (data: Buffer) => {
    const f = pb.ServerFrame.decode(new Uint8Array(data));
    const s = f.sent;
    if (s) answers.set(f.id, { conversationId: s.conversationId ?? '', clientMsgId: s.clientMsgId ?? '', messageId: s.messageId ?? '', seq: Number(s.seq), sentAtMs: Number(s.sentAtMs) });
  });
  await new Promise((resolve) => ws.once('open', resolve));
  for (let i = 0; i < N; i++) ws.send(send(i, true));
  await until(() => answers.size === N, 10_000, 'every re-send answered');
  ws.close();

  // Sent means durable in the log; the history read model follows a moment later.
  let history = await historyOf(api, conv, bob.token);
  await until(async () => (history = await historyOf(api, conv, bob.token)).length >= N, 10_000, 'history has them all');
  const expected = Array.from({ length: N }, (_, i) => `raw ${i}`);
  t.deepEqual([...history.map((m) => m.text)].sort(), [...expected].sort(), 'each message once');
  const seqOf = new Map(history.map((m) => [m.text, Number(m.seq)]));
  for (let i = 0; i < N; i++) t.is(answers.get(i + 1)?.seq, seqOf.get(`raw ${i}`), `raw ${i}: the Sent names the stored seq`);
  await until(() => deliveredCounts(bobDevice.wire).size >= N, 10_000, 'bob receives everything');
  await new Promise((r) => setTimeout(r, 300));
  t.deepEqual(onceEach(bobDevice.wire, expected), { missing: [], repeated: [] });
  bobDevice.c.close();
});
