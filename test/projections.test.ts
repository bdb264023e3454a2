// The conversation projector against the real log: the fold, not the gateway, decides what
// counts, and the feed writer never writes an entry twice.
import test from 'ava';
import { connect } from '@nats-io/transport-node';
import { jetstream, jetstreamManager } from '@nats-io/jetstream';
import { encodeEvent, pb } from '../src/shared/events.js';
import { messageIdFor } from '../src/shared/ids.js';
import { namesFor } from '../src/shared/names.js';
import { FeedWriter } from '../src/projections/conversations/feed-writer.js';
import { feedCopyBounds, feedCopyHigh, openFeedCopy, readFeedCopy } from '../src/projections/conversations/feed-copy.js';
import { FeedReader } from '../src/gateway/feed-reader.js';
import { binaryCopyFields, copyOut, createDb } from '../src/shared/db.js';
import { sql } from 'kysely';
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

test("the feed's Postgres copy holds what FEED holds, also after a crash between the publish and the commit", async (t) => {
  const config = testConfig();
  await prepare(config);
  const nc = await connect({ servers: config.NATS_URL });
  const db = createDb(config, { max: 2 });
  try {
    const names = namesFor(config.PARLEY_PREFIX);
    const event = encodeEvent({ messagePosted: { messageId: 'm', conversationId: 'c', senderId: 'u1', text: 'x' } });
    const copyOf = async () =>
      (await db.selectFrom('feed_entries').select(['user_id', 'cursor', 'data']).orderBy('cursor').execute()).map(
        (r) => `${r.cursor} ${r.user_id} ${pb.Deliver.decode(r.data).seq}`,
      );
    const feedOf = async () => {
      const jsm = await jetstreamManager(nc);
      const out: string[] = [];
      const { last_seq } = (await jsm.streams.info(names.feedStream)).state;
      for (let seq = 1; seq <= last_seq; seq++) {
        const m = await jsm.streams.getMessage(names.feedStream, { seq });
        out.push(`${seq} ${m!.subject.split('.').pop()} ${pb.Deliver.decode(m!.data).seq}`);
      }
      return out;
    };

    const writer = new FeedWriter(nc, names, db);
    await writer.init(0);
    writer.append(5, ['u1', 'u2'], event, { conversationId: 'c1' });
    await db.transaction().execute((tx) => writer.commit(tx));
    t.deepEqual(await copyOf(), ['1 u1 5', '2 u2 5']);
    t.is(await feedCopyHigh(db), 2);

    // Dies after FEED stored seq 6's entries, before its transaction committed.
    writer.append(6, ['u1', 'u3'], event, { conversationId: 'c1' });
    await t.throwsAsync(
      db.transaction().execute(async (tx) => {
        await writer.commit(tx);
        throw new Error('crash before commit');
      }),
    );
    t.deepEqual(await copyOf(), ['1 u1 5', '2 u2 5'], 'the rolled-back transaction took its copy rows with it');
    writer.close();

    // The restarted projector copies the stranded entries before it writes new ones.
    const restarted = new FeedWriter(nc, names, db);
    await restarted.init(5);
    t.deepEqual(await copyOf(), ['1 u1 5', '2 u2 5', '3 u1 6', '4 u3 6']);
    t.is(await feedCopyHigh(db), 4);
    restarted.append(6, ['u1', 'u3'], event, { conversationId: 'c1' }); // the replayed batch: already written
    restarted.append(7, ['u2'], event, { conversationId: 'c1' });
    await db.transaction().execute((tx) => restarted.commit(tx));
    t.deepEqual(await copyOf(), await feedOf());
    const page = await readFeedCopy(db, 'u1', 1, 10, 10);
    t.deepEqual(
      page.entries.map((r) => [r.seq, pb.Deliver.decode(r.data).seq]),
      [[3, 6]],
      "one user's entries after a cursor, each with its own bytes",
    );
    t.is(page.withheld, undefined);
    // Opening a catch-up: the copy's high and the first page, in one statement; where pages
    // end (every size-th entry; u2 has cursors 2 and 5) comes beside it.
    const seqs = (p: { entries: Array<{ seq: number }> }) => p.entries.map((e) => e.seq);
    const open1 = await openFeedCopy(db, 'u2', 0, 10, 1);
    t.deepEqual([open1.high, seqs(open1.first)], [5, [2]]);
    t.deepEqual(await feedCopyBounds(db, 'u2', 0, 10, 1), [2, 5]);
    const open2 = await openFeedCopy(db, 'u2', 0, 10, 2);
    t.deepEqual([open2.high, seqs(open2.first)], [5, [2, 5]]);
    t.deepEqual(await feedCopyBounds(db, 'u2', 0, 10, 2), [5]);
    t.deepEqual(await feedCopyBounds(db, 'u2', 2, 10, 2), []);
    const none = await openFeedCopy(db, 'u2', 5, 10, 2);
    t.deepEqual([none.high, seqs(none.first)], [5, []], 'nothing left: still the high');

    // A catch-up through the copy in pages of one entry: the first page, then the planned
    // ranges, every entry once and in order.
    const reader = new FeedReader(jetstream(nc), await jetstreamManager(nc), names, 1, db);
    const replayed = async (userId: string, after: number, upTo: number) => {
      const got: number[] = [];
      const reached = await reader.replay(userId, after, upTo, {
        closed: false,
        deliver: (entries) => got.push(...entries.map((e) => e.seq)),
        ready: async () => undefined,
      });
      return { got, reached };
    };
    t.deepEqual(await replayed('u2', 0, 5), { got: [2, 5], reached: 5 });
    t.deepEqual(await replayed('u1', 0, 5), { got: [1, 3], reached: 5 });
    t.deepEqual(await replayed('u1', 1, 5), { got: [3], reached: 5 });
    restarted.close();

    // A Postgres crash empties the UNLOGGED copy: it comes back whole from FEED.
    await sql`truncate feed_entries, feed_copy_high`.execute(db);
    const afterPgCrash = new FeedWriter(nc, names, db);
    await afterPgCrash.init(7);
    t.deepEqual(await copyOf(), await feedOf());
    afterPgCrash.close();
  } finally {
    await db.destroy();
    await nc.close();
    await cleanup(config);
  }
});

test('copyOut: a query read as a binary COPY, its parameters written into the text as literals', async (t) => {
  const db = createDb(testConfig(), { max: 1 });
  try {
    const tricky = "it's a \\ back'slash; $1 -- not a comment";
    const fields = binaryCopyFields(await copyOut(db, sql`select ${tricky}::text as s, ${42}::int8 as n, null::bytea as b, '\\x00ff'::bytea as raw`), 4);
    t.is(fields.length, 4);
    t.is(fields[0]!.toString('utf8'), tricky);
    t.is(fields[1]!.readBigInt64BE(0), 42n);
    t.is(fields[2], null);
    t.deepEqual([...fields[3]!], [0x00, 0xff]);
  } finally {
    await db.destroy();
  }
});
