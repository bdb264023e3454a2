// The read models are a function of the log: after edits, deletions (for everyone and for
// oneself), reactions, replies and membership changes, in 1:1, a small group and a large group,
// folding the CONV stream again into a fresh schema (in batches of 1, 2, 3, 7 and 1,000, so batch
// boundaries fall elsewhere) gives the same tables, row for row; events the fold refuses
// (published past the command checks) are refused again.
import test from 'ava';
import { setTimeout as sleep } from 'node:timers/promises';
import { sql } from 'kysely';
import { jetstream, jetstreamManager } from '@nats-io/jetstream';
import type { ParleyClient } from '../src/sdk/client.js';
import { connectNats, deleteStreams, ensureStreams } from '../src/shared/nats.js';
import { createDb, dropSchema, ensureSchema, type Db } from '../src/shared/db.js';
import { encodeEvent } from '../src/shared/events.js';
import { createLogger } from '../src/shared/log.js';
import { namesFor, type Names } from '../src/shared/names.js';
import { migrateToLatest } from '../src/projections/migrations.js';
import { runProjection } from '../src/projections/runner.js';
import { conversationsProjection } from '../src/projections/conversations/projection.js';
import { FeedWriter } from '../src/projections/conversations/feed-writer.js';
import { client, until } from './helpers/clients.js';
import { serverFixture } from './helpers/fixture.js';
import { uniqueName } from './helpers/env.js';

const fx = serverFixture(test, { FEED_COPY_LIMIT: '3', EDIT_WINDOW_S: '60' });

/** Each table of the conversations projection, in a fixed order (every column). */
const TABLES: Record<string, string> = {
  conversations: 'conversation_id',
  conversation_members: 'conversation_id, user_id',
  messages: 'conversation_id, seq',
  message_events: 'conversation_id, seq',
  reactions: 'message_id, user_id, emoji',
  message_hides: 'user_id, message_id',
  member_windows: 'user_id, conversation_id, removed_seq',
  receipt_marks: 'conversation_id, user_id, kind, up_to_seq',
};

async function dump(db: Db): Promise<Record<string, unknown[]>> {
  const out: Record<string, unknown[]> = {};
  for (const [table, order] of Object.entries(TABLES)) out[table] = (await sql.raw(`select * from ${table} order by ${order}`).execute(db)).rows;
  return out;
}

test('replaying the log after edits, deletions and reactions rebuilds identical read models', async (t) => {
  const { api, server } = fx;
  const [alice, bob, carol, dan, eve] = await Promise.all(['alice', 'bob', 'carol', 'dan', 'eve'].map((n) => api.newUser(n)));
  const users = [alice!, bob!, carol!, dan!, eve!];
  const clients: ParleyClient[] = [];
  for (const u of users) {
    const c = client(server.ws, u.token);
    clients.push(c);
    await c.connect();
    await c.waitLive();
  }
  const [a, b, c] = clients as [ParleyClient, ParleyClient, ParleyClient];
  const direct = await api.direct(alice!, bob!);
  const small = (await api.ok('POST', '/v1/conversations', { type: 'group', name: 'small', participant_ids: [bob!.user_id, carol!.user_id] }, alice!.token)).conversation_id;
  const large = (await api.ok('POST', '/v1/conversations', { type: 'group', name: 'large', participant_ids: users.slice(1).map((u) => u.user_id) }, alice!.token)).conversation_id;

  for (const conv of [direct, small, large]) {
    const m1 = await a.send(conv, `first in ${conv}`);
    const m2 = await b.send(conv, `second in ${conv}`);
    const r1 = await b.reply(conv, m1.messageId, 'a reply');
    const m3 = await a.send(conv, 'to be deleted');
    await b.reply(conv, m3.messageId, 'reply to the deleted one');
    await a.edit(m1.messageId, 'first, edited once');
    await a.edit(m1.messageId, 'first, edited twice');
    await b.react(m1.messageId, '👍');
    await a.react(m1.messageId, '👍');
    await b.react(m1.messageId, '🎉');
    await b.unreact(m1.messageId, '🎉');
    await b.react(m1.messageId, '🎉');
    await a.react(m3.messageId, '😢');
    await a.edit(m3.messageId, 'edited before deletion');
    await a.delete(m3.messageId, { forEveryone: true });
    await b.delete(m2.messageId); // for Bob only
    await a.delete(r1.messageId); // for Alice only
    a.markRead(conv, r1.seq);
  }
  // Membership moves around the changes: Carol leaves the small group, Dan joins it.
  await c.react((await a.send(small, 'before carol leaves')).messageId, '👋');
  await api.ok('DELETE', `/v1/conversations/${small}/participants/${carol!.user_id}`, undefined, carol!.token);
  await api.ok('POST', `/v1/conversations/${small}/participants`, { user_id: dan!.user_id }, alice!.token);

  // Events the commands would refuse, published straight to the log: the fold refuses them,
  // every time. Bob edits Alice's message; Alice edits after its deadline; Carol (gone)
  // reacts; a reaction to a deleted message.
  const names = namesFor(server.config.PARLEY_PREFIX);
  const nc = await connectNats(server.config, 'lifecycle-replay');
  const js = jetstream(nc);
  const target = await a.send(small, 'target of refused events');
  const at = Date.now();
  const base = { conversationId: small, messageId: target.messageId, deviceId: 'x', atMs: at };
  await js.publish(names.convSubject(small), encodeEvent({ messageEdited: { ...base, userId: bob!.user_id, text: 'not yours' } }));
  await js.publish(names.convSubject(small), encodeEvent({ messageEdited: { ...base, userId: alice!.user_id, text: 'too late', atMs: at + 3_600_000 } }));
  await js.publish(names.convSubject(small), encodeEvent({ reactionAdded: { ...base, userId: carol!.user_id, emoji: '👎' } }));
  await a.delete(target.messageId, { forEveryone: true });
  await js.publish(names.convSubject(small), encodeEvent({ reactionAdded: { ...base, userId: alice!.user_id, emoji: '👎' } }));

  // Quiet: no more deliveries or reads on their way (receipts flush every second).
  for (const cl of clients) cl.close();
  await sleep(2500);
  const jsm = await jetstreamManager(nc);
  const last = (await jsm.streams.info(names.convStream)).state.last_seq;
  const original = createDb(server.config, { max: 2 });
  await until(async () => (await sql<{ seq: number }>`select seq from projection_checkpoints where name = 'conversations'`.execute(original)).rows[0]?.seq === last, 10_000, 'the live projection is at the end');

  // The rebuild: a fresh schema each time, the same CONV stream, feed entries and
  // announcements to a throwaway prefix (devices must not get copies twice).
  const scratchNames = namesFor(uniqueName());
  await ensureStreams(nc, server.config, scratchNames);
  const replayNames: Names = { ...names, progressSubject: scratchNames.progressSubject, membershipSubject: scratchNames.membershipSubject };
  const log = createLogger('silent');
  try {
    for (const batchSize of [1, 2, 3, 7, 1000]) {
      const schema = uniqueName();
      const rebuilt = createDb(server.config, { schema, max: 2 });
      try {
        await ensureSchema(rebuilt, schema);
        await migrateToLatest(rebuilt, schema);
        const feed = new FeedWriter(nc, scratchNames, rebuilt);
        const run = runProjection({ nc, db: rebuilt, names: replayNames, log, batchSize }, conversationsProjection(replayNames, feed));
        await run.start();
        await until(() => run.position >= last, 20_000, `the rebuild (batches of ${batchSize}) reaches the end`);
        await run.close();
        feed.close();
        t.deepEqual(await dump(rebuilt), await dump(original), `batches of ${batchSize}`);
      } finally {
        await dropSchema(rebuilt, schema);
        await rebuilt.destroy();
      }
    }
    t.is((await jsm.streams.info(names.convStream)).state.last_seq, last, 'nothing was appended meanwhile');

    // And the refused ones are refused: nobody's edit but Alice's made it, and nothing after the deletion.
    const events = (await sql<{ kind: number; user_id: string }>`select kind, user_id from message_events where message_id = ${target.messageId} order by seq`.execute(original)).rows;
    t.deepEqual(events.map((e) => [e.kind, e.user_id]), [[2, alice!.user_id]]);
    const rows = await dump(original);
    t.true((rows.messages as Array<{ text: string; deleted_at_ms: number | null }>).filter((m) => m.deleted_at_ms !== null).every((m) => m.text === ''));
    t.true((rows.message_events as Array<{ text: string; kind: number }>).some((e) => e.kind === 1 && e.text === 'first, edited twice'));
    t.false((rows.message_events as Array<{ text: string }>).some((e) => e.text === 'edited before deletion'), 'a deleted message\'s edits lose their text');
  } finally {
    await deleteStreams(nc, server.config, scratchNames);
    await original.destroy();
    await nc.close();
  }
});
