// End to end across processes: real `parley` processes, the SDK over real WebSockets.
import test from 'ava';
import type { ChildProcess } from 'node:child_process';
import { Api } from './helpers/api.js';
import { client, collect, texts, until } from './helpers/clients.js';
import { cleanup, prepare, spawnParley, testConfig } from './helpers/env.js';
import { freePort } from './helpers/ports.js';

function kill(child: ChildProcess | undefined, signal: NodeJS.Signals = 'SIGTERM'): Promise<void> {
  if (!child || child.exitCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    child.once('exit', () => resolve());
    child.kill(signal);
  });
}

async function allHistory(api: Api, conv: string, token: string): Promise<any[]> {
  const out: any[] = [];
  let after = 0;
  for (;;) {
    const page = await api.ok('GET', `/v1/conversations/${conv}/messages?limit=200&after=${after}`, undefined, token);
    out.push(...page.messages);
    if (!page.has_more) return out;
    after = page.messages.at(-1).seq;
  }
}

test.serial('1,000 messages reach three devices on two gateway processes exactly once and in order', async (t) => {
  const config = testConfig();
  await prepare(config);
  const children: ChildProcess[] = [];
  try {
    const g1 = await spawnParley('serve', config);
    children.push(g1.child);
    const g2 = await spawnParley('gateway', config);
    children.push(g2.child);
    const api1 = new Api(`http://127.0.0.1:${g1.port}`);
    const ws1 = `ws://127.0.0.1:${g1.port}/v1/ws`;
    const ws2 = `ws://127.0.0.1:${g2.port}/v1/ws`;

    const alice = await api1.newUser('alice');
    const bob = await api1.newUser('bob');
    const bob2 = await api1.login(bob.username, bob.password);
    const conv = await api1.direct(alice, bob);

    const a = client(ws1, alice.token);
    const b1 = client(ws1, bob.token);
    const b2 = client(ws2, bob2.token);
    const got1 = collect(b1);
    const got2 = collect(b2);
    for (const c of [a, b1, b2]) {
      await c.connect();
      await c.waitLive();
    }
    const N = 1000;
    const sends: Promise<unknown>[] = [];
    for (let i = 0; i < N; i++) sends.push(a.send(conv, `msg ${i}`));
    const sent = (await Promise.all(sends)) as Array<{ seq: number }>;
    const expected = Array.from({ length: N }, (_, i) => `msg ${i}`);
    t.deepEqual(sent.map((s) => s.seq), [...sent.map((s) => s.seq)].sort((x, y) => x - y), 'the log keeps the order of sending');

    await until(() => texts(got1).length >= N && texts(got2).length >= N, 30_000, 'deliveries');
    await new Promise((r) => setTimeout(r, 200)); // anything extra would show up now
    t.deepEqual(texts(got1), expected);
    t.deepEqual(texts(got2), expected);

    // Deliveries can run a moment ahead of the history read model (feed entries go out before
    // the projector's commit).
    let history = await allHistory(api1, conv, bob.token);
    await until(async () => (history = await allHistory(api1, conv, bob.token)).length >= N, 10_000, 'history has them all');
    t.deepEqual(history.map((m) => m.text), expected);
    for (const c of [a, b1, b2]) c.close();
  } finally {
    await Promise.all(children.map((c) => kill(c)));
    await cleanup(config);
  }
});

test.serial('kill -9 of parley serve mid-stream loses no message that was answered with Sent', async (t) => {
  const config = testConfig();
  await prepare(config);
  const port = await freePort();
  let server = await spawnParley('serve', config, port);
  try {
    const api = new Api(`http://127.0.0.1:${port}`);
    const ws = `ws://127.0.0.1:${port}/v1/ws`;
    const alice = await api.newUser('alice');
    const bob = await api.newUser('bob');
    const conv = await api.direct(alice, bob);
    const a = client(ws, alice.token, { reconnectDelayMs: 100 });
    const b = client(ws, bob.token, { reconnectDelayMs: 100 });
    const got = collect(b);
    await a.connect();
    await b.connect();
    await b.waitLive();

    const N = 600;
    const answered = new Map<string, number>();
    let killed = false;
    const sends: Promise<void>[] = [];
    for (let i = 0; i < N; i++) {
      const text = `m${i}`;
      sends.push(a.send(conv, text).then((s) => void answered.set(text, s.seq)));
      if (i % 20 === 19) await new Promise((r) => setTimeout(r, 5));
      if (i === 250) {
        await kill(server.child, 'SIGKILL');
        killed = true;
        server = await spawnParley('serve', config, port);
      }
    }
    t.true(killed);
    await Promise.all(sends);
    t.is(answered.size, N);

    await until(() => new Set(texts(got)).size >= N, 30_000, 'deliveries after restart');
    await new Promise((r) => setTimeout(r, 300));
    const history = await allHistory(api, conv, bob.token);
    const historyTexts = history.map((m) => m.text);
    t.is(new Set(historyTexts).size, historyTexts.length, 'no duplicates in history');
    for (const [text, seq] of answered) {
      const row = history.find((m) => m.text === text);
      t.truthy(row, `${text} is in history`);
      t.is(row?.seq, seq, `${text} keeps the seq its Sent named`);
    }
    const received = texts(got);
    t.is(received.length, N, 'each message reached the device once');
    t.deepEqual(received, historyTexts, 'the device saw the history order');
    a.close();
    b.close();
  } finally {
    await kill(server.child);
    await cleanup(config);
  }
});

test.serial('SIGINT shuts parley serve down in order and it exits cleanly', async (t) => {
  const config = testConfig();
  await prepare(config);
  const server = await spawnParley('serve', config);
  try {
    const api = new Api(`http://127.0.0.1:${server.port}`);
    const alice = await api.newUser('alice');
    const a = client(`ws://127.0.0.1:${server.port}/v1/ws`, alice.token);
    const closed = new Promise<{ code: number }>((resolve) => a.on('close', resolve));
    await a.connect();
    await a.waitLive();
    const exited = new Promise<number | null>((resolve) => server.child.once('exit', (code) => resolve(code)));
    server.child.kill('SIGINT');
    t.is((await closed).code, 4102, 'clients are told to reconnect elsewhere');
    t.is(await exited, 0);
    a.close();
  } finally {
    await kill(server.child);
    await cleanup(config);
  }
});
