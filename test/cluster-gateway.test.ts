// Issue 7, point 1 (delivery side): a gateway whose NATS node dies misses the feed entries
// published meanwhile on its core subscriptions. Its devices must still get every message
// exactly once: the gateway closes their sockets when its connection drops, and they resume
// from their cursors. Gateway A talks only to node 1, gateway B and the projectors to nodes 2
// and 3; node 1 is killed while messages keep flowing through B.
import test from 'ava';
import type { ParleyClient } from '../src/sdk/client.js';
import type { Config } from '../src/shared/config.js';
import { Api } from './helpers/api.js';
import { collect, deliveredCounts, tappedClient, texts, until } from './helpers/clients.js';
import { cleanup, spawnParley, startServer, testConfig, type TestServer } from './helpers/env.js';
import { NatsCluster } from './helpers/nats-cluster.js';
import { killTree } from './helpers/processes.js';
import { keepSending } from './helpers/traffic.js';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

test('the NATS node of a gateway dies: its devices still get every message once (they resume from their cursors)', async (t) => {
  const cluster = await NatsCluster.start();
  t.teardown(() => cluster.stop());
  const [n1, n2, n3] = cluster.nodes.map((n) => `nats://127.0.0.1:${n.port}`);
  const config = testConfig({ NATS_URL: `${n2},${n3}`, STREAM_REPLICAS: '3' });
  const onlyNode1: Config = { ...config, NATS_URL: n1! };
  let gatewayA: TestServer | undefined;
  const clients: ParleyClient[] = [];
  t.teardown(async () => {
    for (const c of clients) c.close();
    await gatewayA?.running.close();
    await cleanup(config).catch(() => undefined);
  });
  const projector = await spawnParley('project', config);
  t.teardown(() => killTree(projector.child, 'SIGKILL'));
  const gatewayB = await spawnParley('gateway', config);
  t.teardown(() => killTree(gatewayB.child, 'SIGKILL'));
  gatewayA = await startServer(onlyNode1, { gateway: true, projector: false });
  const wsB = `ws://127.0.0.1:${gatewayB.port}/v1/ws`;
  const api = new Api(`http://127.0.0.1:${gatewayB.port}`);

  const alice = await api.newUser('alice');
  const bob = await api.newUser('bob');
  const bob2 = await api.login(bob.username, bob.password);
  const conv = await api.direct(alice, bob);
  const sender = tappedClient(wsB, alice.token);
  const onA = tappedClient(gatewayA.ws, bob.token, { reconnectDelayMs: 100, maxReconnectDelayMs: 500 });
  const onB = tappedClient(wsB, bob2.token);
  const gotA = collect(onA.c);
  const gotB = collect(onB.c);
  for (const d of [sender, onA, onB]) {
    clients.push(d.c);
    await d.c.connect();
    await d.c.waitLive();
  }
  const sending = keepSending(sender.c, [conv], 'm', 4, 5);
  await sleep(1000);
  t.log('kill -9 node 1 (gateway A\'s only node)');
  cluster.killNode(0);
  // Long enough for the streams to elect new leaders and the projectors to write feed
  // entries while gateway A cannot see them.
  await sleep(8000);
  await cluster.startNode(0);
  await sleep(3000);
  const sent = await sending.stop();
  t.log(`${sent.length} messages sent; device on A opened ${onA.wire.sockets} sockets`);

  const expected = [...sending.texts].sort();
  for (const [name, got, wire] of [['A', gotA, onA.wire], ['B', gotB, onB.wire]] as const) {
    await until(() => texts(got).length >= expected.length, 30_000, `device on ${name} receives everything`).catch(() => undefined);
    t.deepEqual([...texts(got)].sort(), expected, `device on gateway ${name} got every message once`);
    t.deepEqual([...deliveredCounts(wire)].filter(([, n]) => n > 1), [], `device on gateway ${name}: nothing repeated on the wire`);
  }
  t.true(onA.wire.sockets > 1, 'gateway A closed its device\'s socket when its NATS connection dropped');
});
