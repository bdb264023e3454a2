// The conversation projector against the real log: the fold, not the gateway, decides what
// counts, and the feed writer gives every entry one cursor.
import test from 'ava';
import { connect } from '@nats-io/transport-node';
import { jetstream, jetstreamManager } from '@nats-io/jetstream';
import { encodeEvent, encodeFeedEntry, pb } from '../src/shared/events.js';
import { messageIdFor } from '../src/shared/ids.js';
import { LIVE_FEED, readLiveBatch } from '../src/shared/live-batch.js';
import { namesFor } from '../src/shared/names.js';
import { FeedWriter } from '../src/projections/conversations/feed-writer.js';
import { feedPageBounds, feedHigh, openFeed, pruneFeed, readFeedPage } from '../src/projections/conversations/feed-log.js';
import { FeedReader } from '../src/gateway/feed-reader.js';
import { arrayLiteral, binaryCopyFields, copyOut, createDb, prepared, PREPARED } from '../src/shared/db.js';
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
    // A repeat of a message committed in an earlier batch: the projector's COPY of the
    // messages fails on it, and the batch is applied again through the insert that skips it.
    await post(a.user_id, 'y', 'first, much later', 'n5');
    await post(a.user_id, 'w', 'after the repeat', 'n6');
    await until(() => texts(got).includes('after the repeat'));
    t.deepEqual(texts(got), ['first', 'last', 'after the repeat']);
    const history = await api.ok('GET', `/v1/conversations/${conv}/messages`, undefined, a.token);
    t.deepEqual(history.messages.map((m: any) => m.text), ['first', 'last', 'after the repeat']);
    bc.close();
  } finally {
    await nc.close();
    await server.running.close();
    await cleanup(server.config);
  }
});

test('the feed writer: cursors in log order, stored with the batch, sent live only after the commit, resent after a restart', async (t) => {
  const config = testConfig();
  await prepare(config);
  const nc = await connect({ servers: config.NATS_URL });
  const db = createDb(config, { max: 2 });
  try {
    const names = namesFor(config.PARLEY_PREFIX);
    const event = encodeEvent({ messagePosted: { messageId: 'm', conversationId: 'c', senderId: 'u1', text: 'x' } });
    const live: string[] = [];
    const messages: number[] = [];
    nc.subscribe(names.liveSubject, {
      callback: (_e, m) => {
        messages.push(m.data.length);
        readLiveBatch(m.data, (kind, key, data) =>
          live.push(kind === LIVE_FEED ? `${key} ${pb.Deliver.decode(data).cursor}` : `group ${key} ${pb.Deliver.decode(data).seq}`),
        );
      },
    });
    await nc.flush();
    const rowsOf = async () =>
      (await db.selectFrom('feed_entries').select(['user_id', 'cursor', 'data']).orderBy('cursor').execute()).map(
        (r) => `${r.cursor} ${r.user_id} ${pb.Deliver.decode(r.data).seq}`,
      );
    const settle = async () => {
      await nc.flush();
      await new Promise((r) => setTimeout(r, 50));
    };

    const writer = new FeedWriter(nc, names, db);
    await writer.init();
    writer.append(5, ['u1', 'u2'], event, { conversationId: 'c1' });
    writer.announce('g', encodeFeedEntry(0, 5, event, { conversationId: 'g' }));
    writer.append(6, ['u1', 'u3'], event, { conversationId: 'c1' });
    await db.transaction().execute((tx) => writer.commit(tx));
    await settle();
    t.deepEqual(live, [], 'nothing goes out before the commit');
    writer.publishCommitted();
    await settle();
    t.deepEqual(live.splice(0), ['u1 1', 'u2 2', 'group g 5', 'u1 3', 'u3 4'], 'in log order, each entry with its cursor');
    t.is(messages.splice(0).length, 1, 'one message for the batch');
    t.deepEqual(await rowsOf(), ['1 u1 5', '2 u2 5', '3 u1 6', '4 u3 6']);
    t.is(await feedHigh(db), 4);

    // A batch whose transaction fails leaves nothing, and its retry gets the same cursors.
    writer.append(7, ['u2'], event, { conversationId: 'c1' });
    await t.throwsAsync(
      db.transaction().execute(async (tx) => {
        await writer.commit(tx);
        throw new Error('crash before commit');
      }),
    );
    writer.discard();
    t.deepEqual(await rowsOf(), ['1 u1 5', '2 u2 5', '3 u1 6', '4 u3 6'], 'the rolled-back transaction took its rows with it');

    // A second writer started meanwhile would give out cursors twice: its commit is refused.
    const second = new FeedWriter(nc, names, db);
    await second.init();
    await settle();
    t.deepEqual(live.splice(0), ['u1 1', 'u2 2', 'group g 5', 'u1 3', 'u3 4'], 'a starting writer sends the last batch again');
    writer.append(7, ['u2'], event, { conversationId: 'c1' });
    await db.transaction().execute((tx) => writer.commit(tx));
    writer.publishCommitted();
    second.append(7, ['u9'], event, { conversationId: 'c1' }); // (for u2 the primary key would refuse it too)
    await t.throwsAsync(db.transaction().execute((tx) => second.commit(tx)), { message: /another writer/ });
    second.close();
    writer.close();
    await settle();
    t.deepEqual(live.splice(0), ['u2 5']);
    t.deepEqual(await rowsOf(), ['1 u1 5', '2 u2 5', '3 u1 6', '4 u3 6', '5 u2 7']);

    // A writer that died between the commit and the publish: its successor sends the batch.
    const restarted = new FeedWriter(nc, names, db);
    await restarted.init();
    await settle();
    t.deepEqual(live.splice(0), ['u2 5']);

    const page = await readFeedPage(db, 'u1', 1, 10, 10);
    t.deepEqual(
      page.entries.map((r) => [r.seq, pb.Deliver.decode(r.data).seq]),
      [[3, 6]],
      "one user's entries after a cursor, each with its own bytes",
    );
    t.is(page.withheld, undefined);
    // Opening a catch-up: the feed's high and the first page, in one statement; where pages
    // end (every size-th entry; u2 has cursors 2 and 5) comes beside it.
    const seqs = (p: { entries: Array<{ seq: number }> }) => p.entries.map((e) => e.seq);
    const open1 = await openFeed(db, 'u2', 0, 10, 1);
    t.deepEqual([open1.high, seqs(open1.first)], [5, [2]]);
    t.deepEqual(await feedPageBounds(db, 'u2', 0, 10, 1), [2, 5]);
    const open2 = await openFeed(db, 'u2', 0, 10, 2);
    t.deepEqual([open2.high, seqs(open2.first)], [5, [2, 5]]);
    t.deepEqual(await feedPageBounds(db, 'u2', 0, 10, 2), [5]);
    t.deepEqual(await feedPageBounds(db, 'u2', 2, 10, 2), []);
    const none = await openFeed(db, 'u2', 5, 10, 2);
    t.deepEqual([none.high, seqs(none.first)], [5, []], 'nothing left: still the high');

    // A catch-up in pages of one entry: the first page, then the planned ranges, every entry
    // once and in order.
    const reader = new FeedReader(1, db);
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
    t.is(await reader.lastCursor('u1'), 3);
    t.is(await reader.lastCursor('nobody'), 0);

    // Retention by age: a mark says the counter stood at 5 two hours ago; with an hour's
    // retention everything up to it goes.
    t.is(await reader.firstRetained(), 0);
    const hour = 3600;
    t.is(await pruneFeed(db, hour, new Date(Date.now() - 2 * hour * 1000)), 0, 'nothing is that old yet');
    restarted.append(8, ['u1'], event, { conversationId: 'c1' });
    await db.transaction().execute((tx) => restarted.commit(tx));
    restarted.publishCommitted();
    t.is(await pruneFeed(db, hour), 6);
    t.deepEqual(await rowsOf(), ['6 u1 8']);
    t.is(await reader.firstRetained(), 6);
    restarted.close();
  } finally {
    await db.destroy();
    await nc.close();
    await cleanup(config);
  }
});

test('a feed kept in a FEED stream by an older Parley is imported once, cursors and all', async (t) => {
  const config = testConfig();
  await prepare(config);
  const nc = await connect({ servers: config.NATS_URL });
  const db = createDb(config, { max: 2 });
  try {
    const names = namesFor(config.PARLEY_PREFIX);
    const jsm = await jetstreamManager(nc);
    await jsm.streams.add({ name: names.legacyFeedStream, subjects: [names.legacyFeedSubject('*')] });
    const event = encodeEvent({ messagePosted: { messageId: 'm1', conversationId: 'c', senderId: 'u1', text: 'x' } });
    const js = jetstream(nc);
    for (const [cursor, user] of [[1, 'u1'], [2, 'u2'], [3, 'u1']] as const) {
      await js.publish(names.legacyFeedSubject(user), encodeFeedEntry(cursor, 10 + cursor, event, { conversationId: 'c', messageId: 'm1' }));
    }
    const writer = new FeedWriter(nc, names, db);
    await writer.init();
    const rows = await db.selectFrom('feed_entries').select(['user_id', 'cursor', 'message_id']).orderBy('cursor').execute();
    t.deepEqual(rows.map((r) => [r.cursor, r.user_id, r.message_id]), [[1, 'u1', 'm1'], [2, 'u2', 'm1'], [3, 'u1', 'm1']]);
    t.is(await feedHigh(db), 3);
    writer.append(20, ['u2'], event, { conversationId: 'c' });
    await db.transaction().execute((tx) => writer.commit(tx));
    writer.publishCommitted();
    writer.close();
    const again = new FeedWriter(nc, names, db);
    await again.init();
    again.close();
    t.deepEqual((await db.selectFrom('feed_entries').select('cursor').orderBy('cursor').execute()).map((r) => r.cursor), [1, 2, 3, 4], 'new cursors follow on; nothing imported twice');
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

test('the full-text index merges its pending list in small steps, and search finds what was merged and what was not', async (t) => {
  const config = testConfig();
  await prepare(config);
  const db = createDb(config, { max: 1 });
  try {
    const { rows } = await sql<{ reloptions: string[] | null }>`
      select c.reloptions from pg_class c join pg_namespace n on n.oid = c.relnamespace
      where n.nspname = ${config.PG_SCHEMA} and c.relname = 'messages_search'`.execute(db);
    t.deepEqual(rows[0]?.reloptions, ['gin_pending_list_limit=256']);
    // Enough entries to pass 256 kB several times over: most are merged into the index, the
    // last ones may still be pending; a search reads both.
    await sql`
      insert into messages (conversation_id, seq, message_id, sender_id, sender_device_id, client_msg_id, text, sent_at_ms)
      select 'c', i, 'm' || i, 'u', 'd', 'x' || i, 'word' || i || ' common' || case when i % 1000 = 0 then ' needle' else '' end, 0
      from generate_series(1, 20000) as i`.execute(db);
    const count = async (word: string) =>
      (await sql<{ n: number }>`select count(*)::int as n from messages where to_tsvector('simple', text) @@ to_tsquery('simple', ${word})`.execute(db)).rows[0]!.n;
    t.is(await count('needle'), 20);
    t.is(await count('word19999'), 1);
    t.is(await count('common'), 20000);
  } finally {
    await db.destroy();
    await cleanup(config);
  }
});

test('array parameters written as literals read back in Postgres as the arrays they were, and others are left to pg', async (t) => {
  const config = testConfig();
  await prepare(config);
  const db = createDb(config, { max: 1 });
  try {
    const ids = ['u_0123456789abcdefghij', 'A-b_c', null, 'x.y:z', 'nullish', 'NULLx'];
    t.is(arrayLiteral(ids), '{u_0123456789abcdefghij,A-b_c,NULL,x.y:z,nullish,NULLx}');
    const ints = [0, 1, -5, 2 ** 53 - 1, null];
    t.is(arrayLiteral(ints), '{0,1,-5,9007199254740991,NULL}');
    t.is(arrayLiteral([true, false]), '{true,false}');
    t.is(arrayLiteral([]), '{}');
    const quoted = ['NULL', 'null', 'a,b', 'a b', 'a"b', 'a\\b', '{a}', 'é', ''];
    for (const q of quoted) t.deepEqual(arrayLiteral(['ok', q]), ['ok', q], `left to pg: ${JSON.stringify(q)}`);
    t.deepEqual(arrayLiteral([1.5]), [1.5]);
    // What Postgres makes of each, against the array as pg writes it.
    for (const [values, type] of [[ids, 'text[]'], [ints, 'int8[]'], [[true, false], 'bool[]'], [['ok', ...quoted], 'text[]']] as const) {
      const { rows } = await sql<{ a: unknown; b: unknown }>`select ${arrayLiteral(values)}::${sql.raw(type)} as a, ${values}::${sql.raw(type)} as b`.execute(db);
      t.deepEqual(rows[0]!.a, rows[0]!.b, type);
      t.is((rows[0]!.a as unknown[]).length, values.length);
    }
  } finally {
    await db.destroy();
    await cleanup(config);
  }
});

test('statements marked PREPARED are prepared once per connection and run by name, also after their table is replaced', async (t) => {
  const config = testConfig();
  await prepare(config);
  const db = createDb(config, { max: 1 });
  try {
    await db.connection().execute(async (conn) => {
      await sql`create table prep_probe (id int primary key, note text)`.execute(conn);
      const insert = (id: number) => prepared<{ id: number }>`insert into prep_probe (id, note) values (${id}, 'x') returning id`.execute(conn);
      t.deepEqual((await insert(1)).rows, [{ id: 1 }]);
      t.deepEqual((await insert(2)).rows, [{ id: 2 }]);
      await sql`select ${3}::int as plain`.execute(conn);
      const statements = async () => (await sql<{ name: string; statement: string }>`select name, statement from pg_prepared_statements`.execute(conn)).rows;
      const listed = await statements();
      t.is(listed.length, 1, 'one prepared statement; the unmarked one is not');
      t.regex(listed[0]!.name, /^parley_[0-9a-f]{24}$/);
      t.true(listed[0]!.statement.startsWith(`${PREPARED}insert into prep_probe`));
      // A rebuild swaps tables under running statements: Postgres plans it again, by name.
      await sql`drop table prep_probe`.execute(conn);
      await sql`create table prep_probe (id int primary key, extra int default 0, note text)`.execute(conn);
      t.deepEqual((await insert(3)).rows, [{ id: 3 }]);
      t.is((await statements()).length, 1);
    });
  } finally {
    await db.destroy();
    await cleanup(config);
  }
});
