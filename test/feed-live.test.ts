// Which subject gateways take live feed entries from: FEED's RePublish (stored entries only),
// or, on a FEED created before Parley set RePublish (it cannot be added to an existing
// stream), the feed subject itself.
import test from 'ava';
import { headers } from '@nats-io/transport-node';
import { jetstreamManager } from '@nats-io/jetstream';
import { namesFor } from '../src/shared/names.js';
import { connectNats, liveFeedSubject, streamConfigs } from '../src/shared/nats.js';
import { Api } from './helpers/api.js';
import { client, collect, texts, until } from './helpers/clients.js';
import { cleanup, prepare, startServer, testConfig } from './helpers/env.js';

test('only stored feed entries reach the live subject: a publish the stream refuses does not', async (t) => {
  const config = testConfig();
  await prepare(config);
  const names = namesFor(config.PARLEY_PREFIX);
  const nc = await connectNats(config, 'test-feed-live');
  try {
    t.is(await liveFeedSubject(nc, names), names.feedLiveSubject);
    const live: string[] = [];
    const raw: string[] = [];
    nc.subscribe(names.feedLiveSubject('*'), { callback: (_e, m) => void live.push(m.string()) });
    nc.subscribe(names.feedSubject('*'), { callback: (_e, m) => void raw.push(m.string()) });
    const expect = (seq: number) => {
      const h = headers();
      h.set('Nats-Expected-Last-Sequence', String(seq));
      return { headers: h };
    };
    nc.publish(names.feedSubject('u1'), 'stored', expect(0));
    nc.publish(names.feedSubject('u2'), 'refused', expect(7)); // a broken chain
    nc.publish(names.feedSubject('u3'), 'stored too', expect(1));
    await until(() => live.length === 2 && raw.length === 3);
    t.deepEqual(live, ['stored', 'stored too']);
    t.deepEqual(raw, ['stored', 'refused', 'stored too'], 'the feed subject itself carries the refused publish');
  } finally {
    await nc.close();
    await cleanup(config);
  }
});

test('a FEED created without RePublish keeps working: live entries come from the feed subject', async (t) => {
  const config = testConfig();
  const names = namesFor(config.PARLEY_PREFIX);
  const nc = await connectNats(config, 'test-feed-live-old');
  const { republish: _none, ...old } = streamConfigs(config, names).find((c) => c.name === names.feedStream)!;
  await (await jetstreamManager(nc)).streams.add(old);
  const server = await startServer(config);
  try {
    t.is(await liveFeedSubject(nc, names), names.feedSubject, 'setup left the old stream as it was');
    const api = new Api(server.http);
    const a = await api.newUser('a');
    const b = await api.newUser('b');
    const conv = await api.direct(a, b);
    const ac = client(server.ws, a.token);
    const bc = client(server.ws, b.token);
    const got = collect(bc);
    for (const c of [ac, bc]) {
      await c.connect();
      await c.waitLive();
    }
    await ac.send(conv, 'still live');
    await until(() => texts(got).includes('still live'));
    t.pass();
    ac.close();
    bc.close();
  } finally {
    await nc.close();
    await server.running.close();
    await cleanup(config);
  }
});
