// The single-server default (STREAM_REPLICAS=1): kill -9 the nats-server process under
// continuous sending and start it again on the same data. Whatever was answered with Sent
// must still be in the log and in history, once. (An OS crash or power loss is another
// matter: 2.9 fsyncs only every 2 minutes; see docs/guarantees.md (Part I).)
import test from 'ava';
import type { ParleyClient } from '../src/sdk/client.js';
import { Api } from './helpers/api.js';
import { client, until } from './helpers/clients.js';
import { cleanup, startServer, testConfig, type TestServer } from './helpers/env.js';
import { NatsCluster } from './helpers/nats-cluster.js';
import { keepSending } from './helpers/traffic.js';
import { historyOf } from './helpers/truth.js';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

test('kill -9 the only nats-server under load and restart it: nothing answered with Sent is lost or doubled', async (t) => {
  const nats = await NatsCluster.start(1);
  t.teardown(() => nats.stop());
  const config = testConfig({ NATS_URL: nats.url });
  let server: TestServer | undefined;
  const clients: ParleyClient[] = [];
  t.teardown(async () => {
    for (const c of clients) c.close();
    await server?.running.close();
    await cleanup(config).catch(() => undefined);
  });
  server = await startServer(config);
  const api = new Api(server.http);
  const alice = await api.newUser('alice');
  const bob = await api.newUser('bob');
  const conv = await api.direct(alice, bob);
  const senders = [alice, bob].map((s) => client(server!.ws, s.token, { reconnectDelayMs: 100, maxReconnectDelayMs: 1000 }));
  for (const c of senders) {
    clients.push(c);
    await c.connect();
  }
  const sending = senders.map((c, i) => keepSending(c, [conv], `s${i}`, 8));
  for (let round = 0; round < 3; round++) {
    await sleep(1000);
    nats.killNode(0);
    await sleep(500);
    await nats.startNode(0);
  }
  await sleep(1500);
  const sent = (await Promise.all(sending.map((s) => s.stop()))).flat();
  t.log(`${sent.length} messages answered with Sent across 3 kills of the server`);

  let history: any[] = [];
  await until(async () => (history = await historyOf(api, conv, bob.token)).length >= sent.length, 30_000, 'history has every Sent message').catch(() => undefined);
  const inHistory = new Map(history.map((m) => [m.client_msg_id as string, Number(m.seq)]));
  t.is(inHistory.size, history.length, 'no message twice in history');
  t.deepEqual(sent.filter((s) => inHistory.get(s.clientMsgId) !== s.seq).map((s) => `${s.clientMsgId}@${s.seq}`), [], 'every Sent message is in history at its seq');
});
