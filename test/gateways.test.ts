// Several gateway processes (issue 4, point 6): users on different gateways chat; receipts,
// presence and typing cross gateways; a gateway killed with SIGKILL mid-stream moves its
// clients (the SDK goes to the next address in its list) and nothing is lost or repeated.
import test from 'ava';
import type { ChildProcess } from 'node:child_process';
import { Api } from './helpers/api.js';
import { client, collect, deliveredCounts, tappedClient, until } from './helpers/clients.js';
import { presenceOf, sleep, typingOf } from './helpers/ephemeral.js';
import { cleanup, prepare, spawnParley, testConfig } from './helpers/env.js';
import { historyOf } from './helpers/truth.js';
import type { Sent } from '../src/sdk/client.js';

function kill(child: ChildProcess | undefined, signal: NodeJS.Signals = 'SIGTERM'): Promise<void> {
  if (!child || child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    child.once('exit', () => resolve());
    child.kill(signal);
  });
}

test.serial('three gateway processes: chat, receipts, presence and typing cross them; kill -9 of one moves its clients and loses nothing', async (t) => {
  const config = testConfig({
    RECEIPT_FLUSH_MS: '200',
    HEARTBEAT_INTERVAL_MS: '500',
    PRESENCE_TIMEOUT_MS: '5000',
    PRESENCE_SWEEP_INTERVAL_MS: '200',
    TYPING_MIN_INTERVAL_MS: '200',
    TYPING_TIMEOUT_MS: '1000',
  });
  await prepare(config);
  const children: ChildProcess[] = [];
  try {
    const spawned = await Promise.all([spawnParley('project', config), spawnParley('gateway', config), spawnParley('gateway', config), spawnParley('gateway', config)]);
    children.push(...spawned.map((s) => s.child));
    const [, g1, g2, g3] = spawned as [unknown, (typeof spawned)[0], (typeof spawned)[0], (typeof spawned)[0]];
    const [ws1, ws2, ws3] = [g1, g2, g3].map((g) => `ws://127.0.0.1:${g.port}/v1/ws`) as [string, string, string];
    const api = new Api(`http://127.0.0.1:${g2.port}`);
    const alice = await api.newUser('alice');
    const bob = await api.newUser('bob');
    const bob2 = await api.login(bob.username, bob.password);
    const conv = await api.direct(alice, bob);

    // Alice on gateway 1 (then the next in her list), Bob's devices on gateways 2 and 3.
    const a = tappedClient([ws1, ws2, ws3], alice.token, { reconnectDelayMs: 50 });
    const b1 = tappedClient([ws2, ws3], bob.token);
    const b2 = tappedClient([ws3, ws2], bob2.token);
    for (const { c } of [a, b1, b2]) t.teardown(() => c.close());
    const aGot = collect(a.c);
    const [aPresence, b1Presence, b2Presence] = [a, b1, b2].map(({ c }) => presenceOf(c)) as [ReturnType<typeof presenceOf>, ReturnType<typeof presenceOf>, ReturnType<typeof presenceOf>];
    const [b1Typing, b2Typing] = [b1, b2].map(({ c }) => typingOf(c)) as [ReturnType<typeof typingOf>, ReturnType<typeof typingOf>];
    for (const { c } of [a, b1, b2]) {
      await c.connect();
      await c.waitLive();
    }
    t.is(a.c.url, ws1);
    await aPresence.next((p) => p.userId === bob.user_id && p.online, 10_000, 'alice sees bob online');
    await b1Presence.next((p) => p.userId === alice.user_id && p.online, 10_000, 'bob sees alice online');
    a.c.typing(conv, true);
    await b1Typing.next((x) => x.userId === alice.user_id && x.on, 10_000, 'typing from gateway 1 to 2');
    await b2Typing.next((x) => x.userId === alice.user_id && x.on, 10_000, 'typing from gateway 1 to 3');

    // The stream: Alice sends 500, Bob answers 100 from gateway 2; gateway 1 dies at 200.
    const aTexts: string[] = [];
    const bTexts: string[] = [];
    const aSends: Array<Promise<Sent>> = [];
    const bSends: Array<Promise<Sent>> = [];
    let killedAt = 0;
    for (let i = 0; i < 500; i++) {
      aTexts.push(`a${i}`);
      aSends.push(a.c.send(conv, `a${i}`));
      if (i % 5 === 0) {
        bTexts.push(`b${i / 5}`);
        bSends.push(b1.c.send(conv, `b${i / 5}`));
      }
      if (i % 10 === 9) await sleep(5);
      if (i === 200) {
        await kill(children[1], 'SIGKILL');
        killedAt = Date.now();
      }
    }
    const aSent = await Promise.all(aSends);
    await Promise.all(bSends);
    t.is(a.c.url, ws2, 'alice moved to the next gateway in her list');
    t.log(`alice's sockets: ${a.wire.sockets}; ${a.wire.sent.filter((f) => f.send?.retry).length} sends repeated after the kill`);

    // Nothing lost, nothing twice: in history, and on every device's wire. (Sent means
    // durable in the log; the history read model follows a moment later.)
    const total = aSent.length + (await Promise.all(bSends)).length;
    let history = await historyOf(api, conv, bob.token);
    await until(async () => (history = await historyOf(api, conv, bob.token)).length >= total, 10_000, 'history has them all');
    const texts = history.map((m) => m.text as string);
    t.is(new Set(texts).size, texts.length, 'no message twice in history');
    t.deepEqual(texts.filter((x) => x.startsWith('a')), aTexts, 'alice\'s messages in history, in order');
    t.deepEqual(texts.filter((x) => x.startsWith('b')), bTexts, 'bob\'s messages in history, in order');
    const seqOf = new Map(history.map((m) => [m.text as string, Number(m.seq)]));
    t.deepEqual(aSent.map((s) => s.seq), aTexts.map((x) => seqOf.get(x)), 'every Sent names the seq history has');
    const once = (counts: Map<string, number>, expected: string[]) => ({
      missing: expected.filter((x) => !counts.has(x)).length,
      repeated: [...counts.values()].filter((n) => n > 1).length,
    });
    await until(() => deliveredCounts(b1.wire).size >= aTexts.length, 20_000, 'bob (gateway 2) gets alice\'s messages');
    await until(() => deliveredCounts(b2.wire).size >= texts.length, 20_000, 'bob\'s other device (gateway 3) gets both sides');
    await until(() => deliveredCounts(a.wire).size >= bTexts.length, 20_000, 'alice gets bob\'s messages across the kill');
    await sleep(300);
    t.deepEqual(once(deliveredCounts(b1.wire), aTexts), { missing: 0, repeated: 0 }, 'bob, gateway 2');
    t.deepEqual(once(deliveredCounts(b2.wire), texts), { missing: 0, repeated: 0 }, 'bob\'s other device, gateway 3');
    t.deepEqual(once(deliveredCounts(a.wire), bTexts), { missing: 0, repeated: 0 }, 'alice, gateway 1 then 2');

    // Receipts cross gateways: Bob's devices acknowledge (deliveries) and Bob reads; Alice,
    // now on gateway 2, gets both in her feed.
    const lastSeq = seqOf.get(aTexts.at(-1)!)!;
    b1.c.markRead(conv, lastSeq);
    const receipt = (kind: 'messagesDelivered' | 'messagesRead') => () =>
      aGot.some((d) => d.event.body === kind && Number(d.event[kind]!.upToSeq) >= lastSeq && d.event[kind]!.userId === bob.user_id);
    await until(receipt('messagesDelivered'), 10_000, 'MessagesDelivered in the sender\'s feed');
    await until(receipt('messagesRead'), 10_000, 'MessagesRead in the sender\'s feed');
    // The feed entry goes out just before the read model's commit: wait for the commit.
    const status = async () => (await api.ok('GET', `/v1/messages/${aSent.at(-1)!.messageId}/read_receipts`, undefined, alice.token)).status;
    await until(async () => (await status()) === 'read', 10_000, 'the read model has the read mark');
    t.is(await status(), 'read');

    // Presence and typing still flow from the gateway Alice moved to. Her session was taken
    // over within the timeout: Bob never saw her offline.
    a.c.typing(conv, true);
    await until(() => b2Typing.all.some((x) => x.userId === alice.user_id && x.on && x.at > killedAt), 10_000, 'typing from gateway 2 to 3 after the kill');
    t.false(b1Presence.all.some((p) => p.userId === alice.user_id && !p.online), 'no offline flicker while alice moved');
    a.c.close();
    await b1Presence.next((p) => p.userId === alice.user_id && !p.online, 10_000, 'bob (gateway 2) sees alice leave');
    await b2Presence.next((p) => p.userId === alice.user_id && !p.online, 10_000, 'bob\'s other device (gateway 3) sees alice leave');
    b1.c.close();
    b2.c.close();
  } finally {
    await Promise.all(children.map((c) => kill(c)));
    await cleanup(config);
  }
});

test.serial('deliveries a killed gateway had not recorded yet are recorded when the device resumes elsewhere', async (t) => {
  const config = testConfig({ RECEIPT_FLUSH_MS: '200' });
  await prepare(config);
  const children: ChildProcess[] = [];
  try {
    const spawned = await Promise.all([
      spawnParley('project', config),
      // The gateway that dies would record its deliveries only once a minute.
      spawnParley('gateway', { ...config, RECEIPT_FLUSH_MS: 60_000 }),
      spawnParley('gateway', config),
    ]);
    children.push(...spawned.map((s) => s.child));
    const [, g1, g2] = spawned as [unknown, (typeof spawned)[0], (typeof spawned)[0]];
    const [ws1, ws2] = [g1, g2].map((g) => `ws://127.0.0.1:${g.port}/v1/ws`) as [string, string];
    const api = new Api(`http://127.0.0.1:${g2.port}`);
    const alice = await api.newUser('alice');
    const bob = await api.newUser('bob');
    const conv = await api.direct(alice, bob);
    const a = tappedClient([ws1, ws2], alice.token, { reconnectDelayMs: 50 });
    const b = client(ws2, bob.token);
    for (const c of [a.c, b]) t.teardown(() => c.close());
    const bGot = collect(b);
    for (const c of [a.c, b]) {
      await c.connect();
      await c.waitLive();
    }
    const sent = await b.send(conv, 'last words');
    // Alice's device stores it and acknowledges it on gateway 1, which dies before it records
    // the delivery.
    await until(() => a.wire.sent.some((f) => f.ack && Number(f.ack.cursor) > 0 && Number(f.ack.cursor) >= (a.c.cursor ?? Infinity)), 10_000, 'alice acknowledges');
    await sleep(100);
    await kill(children[1], 'SIGKILL');
    await until(() => a.c.isLive && a.c.url === ws2, 10_000, 'alice resumes on gateway 2');
    await until(
      () => bGot.some((d) => d.event.body === 'messagesDelivered' && Number(d.event.messagesDelivered!.upToSeq) >= sent.seq),
      10_000,
      'MessagesDelivered in the sender\'s feed',
    );
    t.pass();
    a.c.close();
    b.close();
  } finally {
    await Promise.all(children.map((c) => kill(c)));
    await cleanup(config);
  }
});
