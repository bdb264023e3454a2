// Retention of the device feed (feed-log.ts): entries older than FEED_MAX_AGE_S are dropped,
// and a device whose cursor is older than the feed's beginning gets Resync; a cursor inside
// what is retained resumes as usual.
import test from 'ava';
import { createDb } from '../src/shared/db.js';
import { pruneFeed } from '../src/projections/conversations/feed-log.js';
import { client, collect, texts, until } from './helpers/clients.js';
import { serverFixture } from './helpers/fixture.js';

const fx = serverFixture(test);

test('a device behind the retained feed gets Resync; one inside it resumes from its cursor', async (t) => {
  const a = await fx.api.newUser('a');
  const b = await fx.api.newUser('b');
  const conv = await fx.api.direct(a, b);
  const ac = client(fx.server.ws, a.token);
  await ac.connect();
  for (const text of ['one', 'two', 'three']) await ac.send(conv, text);
  const db = createDb(fx.server.config, { max: 1 });
  t.teardown(() => db.destroy());
  // b's feed holds the conversation's creation and the three messages before the prune.
  await until(async () => (await db.selectFrom('feed_entries').select('cursor').where('user_id', '=', b.user_id).execute()).length === 4);

  // Where the counter stood two hours ago (a backdated mark), then a prune with one hour's
  // retention: everything up to that mark goes.
  const hour = 3600;
  await pruneFeed(db, hour, new Date(Date.now() - 2 * hour * 1000));
  const firstRetained = await pruneFeed(db, hour);
  t.true(firstRetained > 1);
  t.deepEqual(await db.selectFrom('feed_entries').select('cursor').where('cursor', '<', firstRetained).execute(), []);
  await ac.send(conv, 'four');
  await until(async () => (await db.selectFrom('feed_entries').select('cursor').where('user_id', '=', b.user_id).execute()).length === 1);

  // Behind the beginning: Resync, then live.
  const old = client(fx.server.ws, b.token, { cursor: 1 });
  let resync: number | undefined;
  old.on('resync', (c) => (resync = c));
  const oldGot = collect(old);
  await old.connect();
  await old.waitLive();
  t.truthy(resync, 'a cursor older than the retained feed gets Resync');
  t.deepEqual(texts(oldGot), [], 'and none of the old entries');

  // Inside what is retained: the entries after the cursor, no Resync.
  const recent = client(fx.server.ws, b.token, { cursor: firstRetained - 1 });
  let recentResync = false;
  recent.on('resync', () => (recentResync = true));
  const recentGot = collect(recent);
  await recent.connect();
  await recent.waitLive();
  await until(() => texts(recentGot).includes('four'));
  t.false(recentResync);
  t.deepEqual(texts(recentGot), ['four']);

  await ac.send(conv, 'five');
  await until(() => texts(oldGot).includes('five') && texts(recentGot).includes('five'));
  t.deepEqual(texts(oldGot), ['five'], 'the resynced device is live');
  for (const c of [ac, old, recent]) c.close();
});
