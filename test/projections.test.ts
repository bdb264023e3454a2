// The conversation projector against the real log: the fold, not the gateway, decides what
// counts, and the feed writer never writes an entry twice.
import test from 'ava';
import { connect } from '@nats-io/transport-node';
import { jetstream, jetstreamManager } from '@nats-io/jetstream';
import { encodeEvent, pb } from '../src/shared/events.js';
import { messageIdFor } from '../src/shared/ids.js';
import { namesFor } from '../src/shared/names.js';
import { FeedWriter } from '../src/projections/conversations/feed-writer.js';
import { Api } from './helpers/api.js';
import { client, collect, texts, until } from './helpers/clients.js';
import { cleanup, prepare, startServer, testConfig } from './helpers/env.js';

test('messages from non-members and repeated message ids published straight to the log are dropped', async (t) => {
  const server = await startServer(testConfig());
  const nc = await connect({ servers: server.config.NATS_URL });
  try {
    const api = new Api(server.http);
    const a = await api.newUser('a');
    const b = await api.newUser('b');
    const c = await api.newUser('c');
    const conv = await api.direct(a, b);
    const bc = client(server.ws, b.token);
    const got = collect(bc);
    await bc.connect();
    await bc.waitLive();
    const names = namesFor(server.config.PARLEY_PREFIX);
    const js = jetstream(nc);
    const post = (sender: string, cmid: string, text: string, msgID: string) =>
      js.publish(
        names.convSubject(conv),
        encodeEvent({ messagePosted: { messageId: messageIdFor(conv, sender, cmid), conversationId: conv, senderId: sender, clientMsgId: cmid, text, sentAtMs: Date.now() } }),
        { msgID },
      );
    await post(c.user_id, 'x', 'intruder', 'n1');
    await post(a.user_id, 'y', 'first', 'n2');
    await post(a.user_id, 'y', 'first again', 'n3'); // same message id, past JetStream's dedupe
    await post(a.user_id, 'z', 'last', 'n4');
    await until(() => texts(got).includes('last'));
    t.deepEqual(texts(got), ['first', 'last']);
    const history = await api.ok('GET', `/v1/conversations/${conv}/messages`, undefined, a.token);
    t.deepEqual(history.messages.map((m: any) => m.text), ['first', 'last']);
    bc.close();
  } finally {
    await nc.close();
    await server.running.close();
    await cleanup(server.config);
  }
});

test('after a crash between feed publish and commit, the feed writer skips what it already wrote', async (t) => {
  const config = testConfig();
  await prepare(config);
  const nc = await connect({ servers: config.NATS_URL });
  try {
    const names = namesFor(config.PARLEY_PREFIX);
    const event = encodeEvent({ messagePosted: { messageId: 'm', conversationId: 'c', senderId: 'u1', text: 'x' } });
    const first = new FeedWriter(nc, names);
    await first.init(0);
    first.append(5, ['u1', 'u2', 'u3'], event, { conversationId: 'c1' });
    await first.commit();
    // Simulate dying after the first entry of seq 6 was written.
    first.append(6, ['u1'], event, { conversationId: 'c1' });
    await first.commit();

    // The checkpoint never moved (the transaction rolled back): replay seq 5 and 6.
    const second = new FeedWriter(nc, names);
    await second.init(0);
    second.append(5, ['u1', 'u2', 'u3'], event, { conversationId: 'c1' });
    second.append(6, ['u1', 'u2'], event, { conversationId: 'c1' });
    second.append(7, ['u1'], event, { conversationId: 'c1' });
    await second.commit();

    const jsm = await jetstreamManager(nc);
    const info = await jsm.streams.info(names.feedStream);
    t.is(info.state.messages, 6, '3 for seq 5, 2 for seq 6, 1 for seq 7');
    const sources: string[] = [];
    for (let seq = 1; seq <= 6; seq++) {
      const m = await jsm.streams.getMessage(names.feedStream, { seq });
      const d = pb.Deliver.decode(m!.data);
      sources.push(`${d.seq} ${m!.subject.split('.').pop()}`);
      t.is(d.cursor, seq, 'each entry carries its own cursor');
      t.falsy(m!.header?.get('Parley-Src'), 'no source header: the entry itself says where it came from');
    }
    t.deepEqual(sources, ['5 u1', '5 u2', '5 u3', '6 u1', '6 u2', '7 u1']);

    // A broken chain is caught by the one acknowledged publish: a third writer that believes
    // the stream is shorter than it is gets refused, and stores nothing.
    const stale = new FeedWriter(nc, names);
    await stale.init(0);
    (stale as unknown as { nextSeq: number }).nextSeq = 3;
    stale.append(8, ['u1', 'u2'], event, { conversationId: 'c1' });
    await t.throwsAsync(stale.commit());
    t.is((await jsm.streams.info(names.feedStream)).state.messages, 6);
    stale.close();
    first.close();
    second.close();
  } finally {
    await nc.close();
    await cleanup(config);
  }
});
