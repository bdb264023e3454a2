import test from 'ava';
import { client } from './helpers/clients.js';
import { serverFixture } from './helpers/fixture.js';

const fx = serverFixture(test);


test('a direct conversation is the same for the same pair, whoever creates it and how often', async (t) => {
  const a = await fx.api.newUser('a');
  const b = await fx.api.newUser('b');
  const results = await Promise.all([
    fx.api.call('POST', '/v1/conversations', { type: 'direct', participant_ids: [b.user_id] }, a.token),
    fx.api.call('POST', '/v1/conversations', { type: 'direct', participant_ids: [a.user_id] }, b.token),
    fx.api.call('POST', '/v1/conversations', { participants: [b.user_id, a.user_id] }, a.token),
  ]);
  const ids = new Set(results.map((r) => r.body.conversation_id));
  t.is(ids.size, 1);
  t.deepEqual(results.map((r) => r.status).sort(), [200, 200, 201]);
  const conv = results[0]!.body;
  t.deepEqual([...conv.member_ids].sort(), [a.user_id, b.user_id].sort());
  t.is(conv.type, 'direct');
  const got = await fx.api.ok('GET', `/v1/conversations/${conv.conversation_id}`, undefined, b.token);
  t.is(got.conversation_id, conv.conversation_id);
});

test('direct conversation with an unknown user or oneself is refused', async (t) => {
  const a = await fx.api.newUser('a');
  t.is((await fx.api.call('POST', '/v1/conversations', { participant_ids: ['nobody'] }, a.token)).status, 404);
  t.is((await fx.api.call('POST', '/v1/conversations', { participant_ids: [a.user_id] }, a.token)).status, 400);
});

test('the conversation list has the last message and the unread count', async (t) => {
  const a = await fx.api.newUser('a');
  const b = await fx.api.newUser('b');
  const c = await fx.api.newUser('c');
  const ab = await fx.api.direct(a, b);
  const ac = await fx.api.direct(a, c);
  await fx.api.ok('POST', `/v1/conversations/${ab}/messages`, { text: 'one' }, a.token);
  await fx.api.ok('POST', `/v1/conversations/${ab}/messages`, { text: 'two' }, a.token);
  await fx.api.ok('POST', `/v1/conversations/${ab}/messages`, { text: 'back' }, b.token);
  const last = await fx.api.ok('POST', `/v1/conversations/${ac}/messages`, { text: 'to c' }, a.token);

  // Projection is asynchronous: wait until the list shows the last message.
  let list: any;
  for (let i = 0; i < 100; i++) {
    list = await fx.api.ok('GET', `/v1/users/${b.user_id}/conversations`, undefined, b.token);
    if (list.conversations[0]?.last_message?.text === 'back') break;
    await new Promise((r) => setTimeout(r, 20));
  }
  t.is(list.conversations.length, 1);
  t.is(list.conversations[0].unread_count, 2);
  t.is(list.conversations[0].last_message.text, 'back');

  for (let i = 0; i < 100; i++) {
    list = await fx.api.ok('GET', `/v1/users/${a.user_id}/conversations`, undefined, a.token);
    if (list.conversations[0]?.last_message?.seq === last.seq) break;
    await new Promise((r) => setTimeout(r, 20));
  }
  t.deepEqual(list.conversations.map((x: any) => x.conversation_id), [ac, ab], 'most recent first');
  t.is(list.conversations[1].unread_count, 1);
  t.is((await fx.api.call('GET', `/v1/users/${a.user_id}/conversations`, undefined, b.token)).status, 403);
});

test('history pages backwards and forwards, for members only; single messages too', async (t) => {
  const a = await fx.api.newUser('a');
  const b = await fx.api.newUser('b');
  const c = await fx.api.newUser('c');
  const conv = await fx.api.direct(a, b);
  const ca = client(fx.server.ws, a.token);
  await ca.connect();
  const sent = [];
  for (let i = 0; i < 25; i++) sent.push(await ca.send(conv, `m${i}`));
  ca.close();
  const seqs = sent.map((s) => s.seq);
  let page: any;
  for (let i = 0; i < 100; i++) {
    page = await fx.api.ok('GET', `/v1/conversations/${conv}/messages?limit=10`, undefined, b.token);
    if (page.messages.at(-1)?.seq === seqs.at(-1)) break;
    await new Promise((r) => setTimeout(r, 20));
  }
  t.deepEqual(page.messages.map((m: any) => m.text), Array.from({ length: 10 }, (_, i) => `m${i + 15}`));
  t.true(page.has_more);
  const older = await fx.api.ok('GET', `/v1/conversations/${conv}/messages?limit=10&before=${page.messages[0].seq}`, undefined, b.token);
  t.deepEqual(older.messages.map((m: any) => m.text), Array.from({ length: 10 }, (_, i) => `m${i + 5}`));
  const oldest = await fx.api.ok('GET', `/v1/conversations/${conv}/messages?limit=10&before=${older.messages[0].seq}`, undefined, b.token);
  t.is(oldest.messages.length, 5);
  t.false(oldest.has_more);
  const fwd = await fx.api.ok('GET', `/v1/conversations/${conv}/messages?limit=3&after=${seqs[3]}`, undefined, b.token);
  t.deepEqual(fwd.messages.map((m: any) => m.text), ['m4', 'm5', 'm6']);
  t.is((await fx.api.call('GET', `/v1/conversations/${conv}/messages?limit=0`, undefined, b.token)).status, 400);

  const one = await fx.api.ok('GET', `/v1/messages/${sent[7]!.messageId}`, undefined, b.token);
  t.is(one.text, 'm7');
  t.is(one.seq, seqs[7]);
  t.is((await fx.api.call('GET', `/v1/messages/${sent[7]!.messageId}`, undefined, c.token)).status, 404);
  t.is((await fx.api.call('GET', `/v1/conversations/${conv}/messages`, undefined, c.token)).status, 403);
});
