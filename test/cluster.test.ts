// Issue 7, point 1: on a 3-node JetStream cluster with every stream replicated three times,
// kill -9 one node under continuous sending (first the CONV stream's leader, then the node
// Parley's own connection is on) and bring it back. Nothing answered with Sent may be
// missing from history, from any recipient's feed or from any device, and nothing may be
// there twice. The SDK re-sends what got no Sent (timeouts during the leader election),
// and the dedupe by client_msg_id keeps the repeats out.
import test from 'ava';
import { jetstreamManager } from '@nats-io/jetstream';
import type { ParleyClient } from '../src/sdk/client.js';
import { namesFor } from '../src/shared/names.js';
import { connectNats } from '../src/shared/nats.js';
import { Api } from './helpers/api.js';
import { collect, deliveredCounts, tappedClient, texts, until, type Wire } from './helpers/clients.js';
import { cleanup, spawnParley, startServer, testConfig, type TestServer } from './helpers/env.js';
import { killTree } from './helpers/processes.js';
import { NatsCluster } from './helpers/nats-cluster.js';
import { keepSending } from './helpers/traffic.js';
import { feedOf, historyOf } from './helpers/truth.js';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

test('kill -9 a NATS node (the CONV leader, then the gateway\'s) under load: every Sent message is in history, every feed and every device exactly once', async (t) => {
  const cluster = await NatsCluster.start();
  t.teardown(() => cluster.stop());
  const config = testConfig({ NATS_URL: cluster.url, STREAM_REPLICAS: '3' });
  let server: TestServer | undefined;
  const clients: ParleyClient[] = [];
  t.teardown(async () => {
    for (const c of clients) c.close();
    await server?.running.close();
    // The streams die with the cluster; the schema and keys are on the shared services.
    await cleanup(config).catch(() => undefined);
  });
  // The projectors in their own process, on their own NATS connection: when the gateway's
  // node dies, feed entries keep being written that its live subscriptions do not see.
  server = await startServer(config, { gateway: true, projector: false });
  const projector = await spawnParley('project', config);
  t.teardown(() => killTree(projector.child, 'SIGKILL'));
  const api = new Api(server.http);
  const names = namesFor(config.PARLEY_PREFIX);

  const nc = await connectNats(config, 'parley-test-observer');
  t.teardown(() => nc.close());
  const jsm = await jetstreamManager(nc);
  const conv0 = await jsm.streams.info(names.convStream);
  t.is(conv0.config.num_replicas, 3, 'CONV is replicated three times');

  const alice = await api.newUser('alice');
  const bob = await api.newUser('bob');
  const alice2 = await api.login(alice.username, alice.password);
  const bob2 = await api.login(bob.username, bob.password);
  const conv = await api.direct(alice, bob);
  const devices = [alice, alice2, bob, bob2].map((s) => ({ session: s, ...tappedClient(server!.ws, s.token, { reconnectDelayMs: 50, maxReconnectDelayMs: 500 }) }));
  const received = devices.map((d) => collect(d.c));
  for (const d of devices) {
    clients.push(d.c);
    await d.c.connect();
    await d.c.waitLive();
  }
  const senders = [keepSending(devices[0]!.c, [conv], 'a'), keepSending(devices[2]!.c, [conv], 'b')];

  /** Kills a node, keeps it down for a while, brings it back and waits until it has caught up. */
  const outage = async (victim: number, why: string) => {
    t.log(`kill -9 ${cluster.nodes[victim]!.name} (${why})`);
    cluster.killNode(victim);
    await sleep(2000);
    await cluster.startNode(victim);
    await until(async () => {
      const info = await jsm.streams.info(names.convStream).catch(() => undefined);
      const replicas = info?.cluster?.replicas ?? [];
      return replicas.length === 2 && replicas.every((r) => r.current);
    }, 30_000, 'the node rejoins and catches up');
    await sleep(1000);
  };

  await sleep(1000);
  const leader = (await jsm.streams.info(names.convStream)).cluster?.leader ?? '';
  await outage(cluster.indexOf(leader), 'leader of CONV');
  const own = await cluster.nodeOf(`parley-${process.pid}`);
  t.true(own >= 0, "the gateway's connection is on a node");
  await outage(own, "the gateway's connection");
  t.log('outages over');
  const newLeader = (await jsm.streams.info(names.convStream)).cluster?.leader ?? '';
  t.log(`CONV leader before: ${leader}, after: ${newLeader}`);

  const stopping = Promise.all(senders.map((s) => s.stop()));
  const timer = setTimeout(() => {
    const unanswered = devices.map((d) => d.wire.sent.filter((f) => f.send).length);
    console.error('still waiting for Sent; sends on the wire per device:', unanswered, 'sockets', devices.map((d) => d.wire.sockets));
  }, 20_000);
  const sent = (await stopping).flat();
  clearTimeout(timer);
  const all = senders.flatMap((s) => s.texts);
  t.log(`${sent.length} messages answered with Sent`);
  t.is(sent.length, all.length, 'every send was eventually answered with Sent');
  t.true(sent.length > 200, 'the load kept going');

  // History: every Sent message once, at the seq its Sent named.
  const bySeq = new Map(sent.map((s) => [s.seq, s]));
  t.is(bySeq.size, sent.length, 'no two Sent name the same seq');
  let history: any[] = [];
  await until(async () => (history = await historyOf(api, conv, bob.token)).length >= sent.length, 20_000, 'history has every Sent message').catch((err) => {
    t.log(`history has ${history.length} of ${sent.length}`);
    throw err;
  });
  t.is(history.length, sent.length, 'history has nothing else (no duplicate)');
  t.deepEqual(
    history.map((m) => `${m.seq}:${m.client_msg_id}`).sort(),
    sent.map((s) => `${s.seq}:${s.clientMsgId}`).sort(),
    'history is exactly the Sent messages, each at its seq',
  );

  // Feeds: each user's feed has every message once (by its conversation seq).
  for (const user of [alice, bob]) {
    let posted: number[] = [];
    await until(async () => {
      posted = (await feedOf(config, user.user_id)).filter((e) => e.kind === 'messagePosted').map((e) => e.seq);
      return posted.length >= sent.length;
    }, 20_000, `${user.username}'s feed has every message`);
    t.is(new Set(posted).size, posted.length, `${user.username}'s feed has no duplicate`);
    t.deepEqual([...posted].sort((x, y) => x - y), [...bySeq.keys()].sort((x, y) => x - y), `${user.username}'s feed has every Sent message`);
  }

  // Devices: each gets every message except its own sends, once, on the wire and after the SDK.
  const ownTexts = [senders[0]!.texts, [], senders[1]!.texts, []];
  for (const [i, d] of devices.entries()) {
    const expected = all.filter((x) => !ownTexts[i]!.includes(x));
    await until(() => texts(received[i]!).length >= expected.length, 30_000, `device ${i} receives everything`).catch(() => undefined);
    const got = texts(received[i]!);
    t.deepEqual([...got].sort(), [...expected].sort(), `device ${i} got every message once`);
    t.deepEqual(repeatedOnWire(d.wire), [], `device ${i}: no Deliver repeated on the wire`);
  }
});

function repeatedOnWire(wire: Wire): string[] {
  return [...deliveredCounts(wire)].filter(([, n]) => n > 1).map(([x]) => x);
}
