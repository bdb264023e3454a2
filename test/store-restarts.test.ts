// Issue 7, point 2 (stores): restart Postgres, then Redis, under load (private instances on
// their own ports: the shared ones are never touched). Parley must stay up and recover by
// itself, answer REST meanwhile with 503 `unavailable` (never a 500, never a hang), keep
// its WebSocket clients (they retry, nobody is signed out), and lose nothing that was
// answered with Sent.
import test from 'ava';
import type { ChildProcess } from 'node:child_process';
import type { ParleyClient } from '../src/sdk/client.js';
import { Api } from './helpers/api.js';
import { client, until } from './helpers/clients.js';
import { cleanup, spawnParley, testConfig } from './helpers/env.js';
import { PrivatePostgres, PrivateRedis } from './helpers/private-services.js';
import { historyOf } from './helpers/truth.js';
import { keepSending } from './helpers/traffic.js';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

test('Postgres and Redis restart under load: Parley stays up, answers 503 meanwhile, recovers alone, loses nothing Sent', async (t) => {
  const [pg, redis] = await Promise.all([PrivatePostgres.start(), PrivateRedis.start()]);
  t.teardown(() => Promise.all([pg.stop(), redis.stop()]));
  const config = testConfig({ DATABASE_URL: pg.url, REDIS_URL: redis.url });
  let parley: ChildProcess | undefined;
  const clients: ParleyClient[] = [];
  t.teardown(async () => {
    for (const c of clients) c.close();
    parley?.kill('SIGKILL');
    await cleanup(config).catch(() => undefined);
  });
  const started = await spawnParley('serve', config);
  parley = started.child;
  let exited: string | undefined;
  // If Parley dies the test fails at once (its clients would otherwise wait for Sent forever).
  const death = new Promise<never>((_, reject) =>
    parley!.once('exit', (code, signal) => {
      exited = `${code ?? signal}`;
      reject(new Error(`parley serve exited (${exited})`));
    }),
  );
  death.catch(() => undefined);
  const api = new Api(`http://127.0.0.1:${started.port}`);
  const ws = `ws://127.0.0.1:${started.port}/v1/ws`;

  const alice = await api.newUser('alice');
  const bob = await api.newUser('bob');
  const conv = await api.direct(alice, bob);
  const devices = [alice, bob].map((s) => client(ws, s.token, { reconnectDelayMs: 100, maxReconnectDelayMs: 1000 }));
  let fatalCloses = 0;
  for (const d of devices) {
    clients.push(d);
    d.on('close', (e) => void (e.code >= 4000 && e.code < 4100 && fatalCloses++));
    await d.connect();
  }
  const senders = devices.map((d, i) => keepSending(d, [conv], `ws${i}`, 2, 20));

  // REST probes all along: a send and a read, each answered (201/200 or 503 unavailable).
  const statuses: Array<{ phase: string; status: number; code?: string }> = [];
  const restSent: string[] = [];
  let phase = 'before';
  let probing = true;
  const probes = (async () => {
    for (let i = 0; probing; i++) {
      const id = `rest-${i}`;
      const r = await api.call('POST', `/v1/conversations/${conv}/messages`, { text: id, client_msg_id: id }, alice.token).catch(() => ({ status: 0, body: undefined }));
      statuses.push({ phase, status: r.status, code: r.body?.error?.code });
      if (r.status === 201) restSent.push(id);
      const g = await api.call('GET', `/v1/users/${bob.user_id}/conversations`, undefined, bob.token).catch(() => ({ status: 0, body: undefined }));
      statuses.push({ phase, status: g.status, code: g.body?.error?.code });
      await sleep(100);
    }
  })();

  await sleep(1500);
  phase = 'postgres down';
  t.log('pg_ctl stop -m fast');
  await pg.pause();
  await sleep(3000);
  await pg.resume();
  phase = 'postgres back';
  t.log('postgres started again');
  await sleep(3000);
  phase = 'redis down';
  t.log('redis killed');
  await redis.pause();
  await sleep(3000);
  await redis.resume();
  phase = 'redis back';
  t.log('redis started again');
  await sleep(3000);
  probing = false;
  await Promise.race([probes, death]);
  const sent = (await Promise.race([Promise.all(senders.map((s) => s.stop())), death])).flat();

  t.is(exited, undefined, 'Parley did not exit');
  t.is(fatalCloses, 0, 'no client was told to stop reconnecting');
  const byPhase = new Map<string, string[]>();
  for (const s of statuses) byPhase.set(s.phase, [...(byPhase.get(s.phase) ?? []), `${s.status}${s.code ? ` ${s.code}` : ''}`]);
  for (const [p, list] of byPhase) t.log(`${p}: ${[...new Set(list)].map((x) => `${x} ×${list.filter((y) => y === x).length}`).join(', ')}`);
  const bad = statuses.filter((s) => !(s.status === 200 || s.status === 201 || (s.status === 503 && s.code === 'unavailable')));
  t.deepEqual(bad, [], 'every REST answer was a success or 503 unavailable');
  t.true(statuses.some((s) => s.phase === 'postgres down' && s.status === 503), 'Postgres down: REST pushes back with 503');
  const after = statuses.filter((s) => s.phase === 'redis back').slice(-6);
  t.true(after.length > 0 && after.every((s) => s.status < 300), 'recovered by itself: the last answers are successes');

  // Nothing acknowledged is lost: every WebSocket Sent and every REST 201 is in history once.
  const expected = [...sent.map((s) => s.clientMsgId), ...restSent].sort();
  let history: any[] = [];
  await until(async () => (history = await historyOf(api, conv, bob.token)).length >= expected.length, 30_000, 'history has every Sent message').catch(() => undefined);
  const ids = history.map((m) => m.client_msg_id as string);
  t.is(new Set(ids).size, ids.length, 'no message twice in history');
  const missing = expected.filter((x) => !ids.includes(x));
  t.deepEqual(missing, [], 'every acknowledged message is in history');
  t.log(`${sent.length} WebSocket and ${restSent.length} REST messages acknowledged`);
});
