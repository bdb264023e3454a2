// parley replay and parley verify, run as an operator runs them (child processes) against a
// serving Parley: rebuilt tables equal the live ones, a tampered row is named, messages sent
// during a replay are in the swapped-in tables, and an interrupted replay resumes.
import test from 'ava';
import { sql } from 'kysely';
import { createDb } from '../src/shared/db.js';
import { Api, type Session } from './helpers/api.js';
import { until } from './helpers/clients.js';
import { parleyCli, projectorsCaughtUp, startParleyCli } from './helpers/cli.js';
import { jetstream } from '@nats-io/jetstream';
import { encodeEvent } from '../src/shared/events.js';
import { messageIdFor } from '../src/shared/ids.js';
import { namesFor } from '../src/shared/names.js';
import { connectNats } from '../src/shared/nats.js';
import { cleanup, startServer, testConfig, type TestServer } from './helpers/env.js';

/** Users, a direct conversation and a group with messages, reads, a rename, a removal, a mute. */
async function traffic(server: TestServer, messages: number): Promise<{ api: Api; a: Session; group: string; direct: string }> {
  const api = new Api(server.http);
  const a = await api.newUser('a');
  const b = await api.newUser('b');
  const c = await api.newUser('c');
  const direct = await api.direct(a, b);
  const g = await api.ok('POST', '/v1/conversations', { type: 'group', name: 'g', participant_ids: [b.user_id, c.user_id] }, a.token);
  const group = g.conversation_id as string;
  let last = '';
  for (let i = 0; i < messages; i++) {
    const [conv, who] = i % 3 === 0 ? [group, c] : [direct, i % 2 ? a : b];
    const sent = await api.ok('POST', `/v1/conversations/${conv}/messages`, { text: `m${i}`, client_msg_id: `c${i}` }, who.token);
    last = sent.message_id;
  }
  // Sent means durable in the log; the read model follows a moment later.
  await until(async () => (await api.call('GET', `/v1/messages/${last}`, undefined, b.token)).status === 200);
  await api.ok('POST', `/v1/messages/${last}/read_receipts`, {}, b.token);
  await api.ok('PATCH', `/v1/conversations/${group}`, { name: 'renamed' }, a.token);
  await api.ok('DELETE', `/v1/conversations/${group}/participants/${c.user_id}`, undefined, a.token);
  await api.ok('PUT', `/v1/conversations/${direct}/mute`, { muted: true }, b.token);
  await api.ok('PUT', `/v1/users/${c.user_id}`, { display_name: 'Cee' }, c.token);
  return { api, a, group, direct };
}

/** The whole history, oldest first, page by page. */
async function history(api: Api, conv: string, token: string): Promise<string[]> {
  const texts: string[] = [];
  let after = 0;
  for (;;) {
    const page = await api.ok('GET', `/v1/conversations/${conv}/messages?limit=200&after=${after}`, undefined, token);
    texts.push(...page.messages.map((m: { text: string }) => m.text));
    if (!page.has_more || page.messages.length === 0) return texts;
    after = page.messages[page.messages.length - 1].seq;
  }
}

test('replay and verify after traffic: identical; a tampered row makes verify fail naming its table and key', async (t) => {
  const server = await startServer(testConfig());
  try {
    const { api, a, direct } = await traffic(server, 30);
    await projectorsCaughtUp(server.config);
    const before = await history(api, direct, a.token);

    const verified = await parleyCli(server.config, ['verify', '--no-progress']);
    t.is(verified.code, 0, verified.stdout + verified.stderr);
    t.regex(verified.stdout, /conversations\.messages: identical/);
    t.regex(verified.stdout, /users\.users: identical/);

    const indexes = async () => {
      const db = createDb(server.config, { max: 1 });
      const { rows } = await sql<{ d: string }>`select indexdef as d from pg_indexes where schemaname = ${server.config.PG_SCHEMA} order by indexname`.execute(db);
      await db.destroy();
      return rows.map((r) => r.d);
    };
    const indexesBefore = await indexes();
    const replayed = await parleyCli(server.config, ['replay', 'all', '--no-progress']);
    t.is(replayed.code, 0, replayed.stdout + replayed.stderr);
    t.regex(replayed.stdout, /conversations: rebuilt up to \d+ and swapped in/);
    t.deepEqual(await history(api, direct, a.token), before, 'the swapped-in tables serve the same history');
    t.deepEqual(await indexes(), indexesBefore, 'same constraints and indexes, with the same names, as the migrated tables');
    t.is((await parleyCli(server.config, ['verify', '--no-progress'])).code, 0);

    const db = createDb(server.config, { max: 1 });
    const row = await db.selectFrom('messages').select(['conversation_id', 'seq']).orderBy('seq').limit(1).executeTakeFirstOrThrow();
    await sql`update messages set text = 'tampered' where conversation_id = ${row.conversation_id} and seq = ${row.seq}`.execute(db);
    await db.destroy();
    const failed = await parleyCli(server.config, ['verify', 'conversations', '--no-progress']);
    t.is(failed.code, 2, failed.stdout + failed.stderr);
    t.regex(failed.stdout, /conversations\.messages: DIFFERENT/);
    t.true(failed.stdout.includes(`messages ${JSON.stringify({ seq: row.seq, conversation_id: row.conversation_id })}: differs`) ||
      failed.stdout.includes(`messages ${JSON.stringify({ conversation_id: row.conversation_id, seq: row.seq })}: differs`), failed.stdout);
    t.regex(failed.stdout, /conversations\.conversation_members: identical/);
  } finally {
    await server.running.close();
    await cleanup(server.config);
  }
});

test('a replay while the server is serving: messages sent during it are in the swapped-in tables', async (t) => {
  const server = await startServer(testConfig());
  try {
    const { api, a, direct } = await traffic(server, 60);
    await projectorsCaughtUp(server.config);
    const replay = startParleyCli(server.config, ['replay', 'conversations', '--batch', '5', '--no-progress']);
    let sending = true;
    let n = 0;
    const sender = (async () => {
      while (sending) await api.ok('POST', `/v1/conversations/${direct}/messages`, { text: `during${n++}` }, a.token);
    })();
    const result = await replay.done;
    sending = false;
    await sender;
    for (let i = 0; i < 5; i++) await api.ok('POST', `/v1/conversations/${direct}/messages`, { text: `after${i}` }, a.token);
    t.is(result.code, 0, result.stdout + result.stderr);
    t.true(n > 0, 'messages were sent during the replay');
    await projectorsCaughtUp(server.config);
    const texts = await history(api, direct, a.token);
    for (let i = 0; i < n; i++) t.true(texts.includes(`during${i}`), `during${i} is in history`);
    t.true(texts.includes('after4'));
    const verified = await parleyCli(server.config, ['verify', 'conversations', '--no-progress']);
    t.is(verified.code, 0, verified.stdout);
  } finally {
    await server.running.close();
    await cleanup(server.config);
  }
});

test('an interrupted replay resumes from where it stopped', async (t) => {
  const server = await startServer(testConfig());
  try {
    await traffic(server, 60);
    await projectorsCaughtUp(server.config);
    const first = await parleyCli(server.config, ['replay', 'conversations', '--batch', '10', '--stop-after', '20', '--no-progress']);
    t.is(first.code, 3, first.stdout + first.stderr);
    t.regex(first.stdout, /interrupted after \d+ events/);
    const db = createDb(server.config, { schema: `${server.config.PG_SCHEMA}_rebuild_conversations`, max: 1 });
    const at = await db.selectFrom('projection_checkpoints').select('seq').where('name', '=', 'conversations').executeTakeFirstOrThrow();
    await db.destroy();
    t.true(at.seq >= 20, `stopped at ${at.seq}`);

    // A second replay of the same read model while one runs is refused (its session holds the lock).
    const holder = createDb(server.config, { max: 1 });
    await holder.connection().execute(async (conn) => {
      await sql`select pg_advisory_lock(hashtext(${`${server.config.PG_SCHEMA}_rebuild_conversations`}))`.execute(conn);
      const refused = await parleyCli(server.config, ['replay', 'conversations', '--no-progress']);
      t.is(refused.code, 1);
      t.regex(refused.stderr, /another rebuild into \S+_rebuild_conversations is running/);
      await sql`select pg_advisory_unlock_all()`.execute(conn);
    });
    await holder.destroy();

    const second = await parleyCli(server.config, ['replay', 'conversations', '--no-progress']);
    t.is(second.code, 0, second.stdout + second.stderr);
    t.true(second.stdout.includes(`(resumed at ${at.seq})`), second.stdout);
    t.is((await parleyCli(server.config, ['verify', 'conversations', '--no-progress'])).code, 0);
  } finally {
    await server.running.close();
    await cleanup(server.config);
  }
});

test('a rebuild keeps the first of a repeated message id and drops a non-member message, as the live fold does', async (t) => {
  const server = await startServer(testConfig());
  const nc = await connectNats(server.config, 'test');
  try {
    const api = new Api(server.http);
    const a = await api.newUser('a');
    const b = await api.newUser('b');
    const c = await api.newUser('c');
    const conv = await api.direct(a, b);
    const js = jetstream(nc);
    const post = (sender: string, cmid: string, text: string, msgID: string) =>
      js.publish(
        namesFor(server.config.PARLEY_PREFIX).convSubject(conv),
        encodeEvent({ messagePosted: { messageId: messageIdFor(conv, sender, cmid), conversationId: conv, senderId: sender, clientMsgId: cmid, text, sentAtMs: 1 } }),
        { msgID },
      );
    await post(a.user_id, 'y', 'first', 'n1');
    await post(c.user_id, 'x', 'intruder', 'n2');
    // Batches of one: the repeat meets the first in the table, not in its own batch.
    await post(a.user_id, 'y', 'first again', 'n3');
    await post(a.user_id, 'z', 'last', 'n4');
    await projectorsCaughtUp(server.config);
    const replayed = await parleyCli(server.config, ['replay', 'conversations', '--batch', '1', '--no-progress']);
    t.is(replayed.code, 0, replayed.stdout + replayed.stderr);
    t.deepEqual(await history(api, conv, a.token), ['first', 'last']);
    const verified = await parleyCli(server.config, ['verify', 'conversations', '--batch', '1', '--no-progress']);
    t.is(verified.code, 0, verified.stdout);
  } finally {
    await nc.close();
    await server.running.close();
    await cleanup(server.config);
  }
});
