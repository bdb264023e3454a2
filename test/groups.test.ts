import test from 'ava';
import { client, collect, texts, until } from './helpers/clients.js';
import { serverFixture } from './helpers/fixture.js';
import type { Session } from './helpers/api.js';

const fx = serverFixture(test, { GROUP_MEMBER_LIMIT: '5' });

async function group(admin: Session, members: Session[], extra: Record<string, unknown> = {}): Promise<any> {
  return fx.api.ok('POST', '/v1/conversations', { type: 'group', name: 'team', participant_ids: members.map((m) => m.user_id), ...extra }, admin.token);
}

test('a group is created with its creator as admin; admins add, rename and promote; members may not', async (t) => {
  const [a, b, c, d] = await Promise.all(['a', 'b', 'c', 'd'].map((n) => fx.api.newUser(n)));
  const created = await fx.api.call('POST', '/v1/conversations', { type: 'group', name: ' team ', participant_ids: [b!.user_id] }, a!.token);
  t.is(created.status, 201);
  const g = created.body;
  t.is(g.type, 'group');
  t.is(g.name, 'team');
  t.deepEqual(g.admin_ids, [a!.user_id]);
  t.deepEqual([...g.member_ids].sort(), [a!.user_id, b!.user_id].sort());
  t.is(g.member_limit, 5);
  t.false(g.share_history);

  const path = `/v1/conversations/${g.conversation_id}`;
  const refused = await fx.api.call('POST', `${path}/participants`, { user_ids: [c!.user_id] }, b!.token);
  t.is(refused.status, 403);
  t.is(refused.body.error.code, 'forbidden');
  t.is((await fx.api.call('POST', `${path}/participants`, { user_ids: [c!.user_id] }, d!.token)).body.error.code, 'not_member');
  t.is((await fx.api.call('POST', `${path}/participants`, { user_ids: ['nobody'] }, a!.token)).status, 404);

  const added = await fx.api.ok('POST', `${path}/participants`, { user_ids: [c!.user_id] }, a!.token);
  t.true(added.member_ids.includes(c!.user_id));
  t.is((await fx.api.call('PATCH', path, { name: 'renamed' }, b!.token)).status, 403);
  t.is((await fx.api.ok('PATCH', path, { name: 'renamed' }, a!.token)).name, 'renamed');
  const promoted = await fx.api.ok('PUT', `${path}/participants/${b!.user_id}`, { role: 'admin' }, a!.token);
  t.deepEqual([...promoted.admin_ids].sort(), [a!.user_id, b!.user_id].sort());
  // Now b may add.
  t.true((await fx.api.ok('POST', `${path}/participants`, { user_id: d!.user_id }, b!.token)).member_ids.includes(d!.user_id));
  // The log says the same as the read model: a direct GET shows it.
  const got = await fx.api.ok('GET', path, undefined, d!.token);
  t.is(got.name, 'renamed');
  t.is(got.member_ids.length, 4);
});

test('the member limit holds at creation, on addition and under concurrent additions', async (t) => {
  const users = await Promise.all(Array.from({ length: 8 }, (_, i) => fx.api.newUser(`l${i}`)));
  const [admin, ...rest] = users;
  const tooMany = await fx.api.call('POST', '/v1/conversations', { type: 'group', name: 'big', participant_ids: rest.map((u) => u.user_id) }, admin!.token);
  t.is(tooMany.status, 422);
  t.is(tooMany.body.error.code, 'member_limit_exceeded');

  const g = await group(admin!, rest.slice(0, 2)); // 3 members, limit 5
  const path = `/v1/conversations/${g.conversation_id}/participants`;
  t.is((await fx.api.call('POST', path, { user_ids: rest.slice(2, 5).map((u) => u.user_id) }, admin!.token)).status, 422);
  // Four admins' worth of concurrent single additions: the fold admits exactly two.
  const results = await Promise.all(rest.slice(2, 6).map((u) => fx.api.call('POST', path, { user_id: u.user_id }, admin!.token)));
  const ok = results.filter((r) => r.status === 200).length;
  t.is(ok, 2, JSON.stringify(results.map((r) => r.status)));
  for (const r of results.filter((x) => x.status !== 200)) t.true(['member_limit_exceeded', 'conflict'].includes(r.body.error.code));
  const after = await fx.api.ok('GET', `/v1/conversations/${g.conversation_id}`, undefined, admin!.token);
  t.is(after.member_ids.length, 5);
});

test('a removed member receives nothing after removal: live, on reconnect and through history', async (t) => {
  const [admin, bob, carol] = await Promise.all(['admin', 'bob', 'carol'].map((n) => fx.api.newUser(n)));
  const g = await group(admin!, [bob!, carol!]);
  const conv = g.conversation_id;
  const adminClient = client(fx.server.ws, admin!.token);
  const bobClient = client(fx.server.ws, bob!.token);
  const bobGot = collect(bobClient);
  await adminClient.connect();
  await bobClient.connect();
  await bobClient.waitLive();

  await adminClient.send(conv, 'before');
  await bobClient.send(conv, 'from bob'); // the gateway now has the member list cached
  await until(() => texts(bobGot).includes('before'), 10_000, 'bob gets "before"');
  const removed = await fx.api.call('DELETE', `/v1/conversations/${conv}/participants/${bob!.user_id}`, undefined, admin!.token);
  t.is(removed.status, 200);
  t.false(removed.body.member_ids.includes(bob!.user_id));
  await adminClient.send(conv, 'after');
  // Carol is still a member and gets "after": by then Bob's feed would have it too.
  const carolClient = client(fx.server.ws, carol!.token, { cursor: 0 });
  const carolGot = collect(carolClient);
  await carolClient.connect();
  await until(() => texts(carolGot).includes('after'), 10_000, 'carol gets "after"');

  await until(() => bobGot.some((d) => d.event.body === 'memberRemoved'), 10_000, 'bob learns of his removal');
  const removal = bobGot.find((d) => d.event.body === 'memberRemoved')!;
  t.is(removal.event.memberRemoved!.userId, bob!.user_id);
  t.deepEqual(texts(bobGot), ['before']);
  // Nothing after the removal in his feed, live or replayed from the start.
  t.false(bobGot.some((d) => d.seq > removal.seq));
  bobClient.close();
  const replay = client(fx.server.ws, bob!.token, { cursor: 0 });
  const replayed = collect(replay);
  await replay.connect();
  await replay.waitLive();
  t.deepEqual(texts(replayed), ['before']);
  // History and sending are closed to him.
  t.is((await fx.api.call('GET', `/v1/conversations/${conv}/messages`, undefined, bob!.token)).status, 403);
  await t.throwsAsync(replay.send(conv, 'let me in'), { message: /not a member/ });
  for (const c of [adminClient, carolClient, replay]) c.close();
});

test('a member added later sees messages from the addition on, and earlier history only if the group shares it', async (t) => {
  const [admin, bob, late, late2] = await Promise.all(['admin', 'bob', 'late', 'late2'].map((n) => fx.api.newUser(n)));
  for (const share of [false, true]) {
    const newcomer = share ? late2! : late!;
    const g = await group(admin!, [bob!], { share_history: share });
    const conv = g.conversation_id;
    await fx.api.ok('POST', `/v1/conversations/${conv}/messages`, { text: 'early' }, admin!.token);
    const joined = await fx.api.ok('POST', `/v1/conversations/${conv}/participants`, { user_ids: [newcomer.user_id] }, admin!.token);
    t.true(joined.member_ids.includes(newcomer.user_id));
    const lateMsg = await fx.api.ok('POST', `/v1/conversations/${conv}/messages`, { text: 'late' }, bob!.token);

    const c = client(fx.server.ws, newcomer.token, { cursor: 0 });
    const got = collect(c);
    await c.connect();
    await until(() => texts(got).includes('late'), 10_000, 'newcomer gets "late"');
    t.deepEqual(texts(got), ['late'], 'the feed starts at the addition whatever the history setting');
    t.true(got.some((d) => d.event.body === 'membersAdded'));
    c.close();

    let history: any;
    await until(async () => {
      history = await fx.api.ok('GET', `/v1/conversations/${conv}/messages`, undefined, newcomer.token);
      return history.messages.some((m: any) => m.text === 'late');
    });
    t.deepEqual(history.messages.map((m: any) => m.text), share ? ['early', 'late'] : ['late']);
    const list = await fx.api.ok('GET', `/v1/users/${newcomer.user_id}/conversations`, undefined, newcomer.token);
    const row = list.conversations.find((x: any) => x.conversation_id === conv);
    t.is(row.unread_count, 1, 'what came before joining is not unread');
    t.is(row.last_message.seq, lateMsg.seq);
  }
});

test('members leave; when the last admin leaves, the longest-standing member becomes admin', async (t) => {
  const [admin, bob, carol] = await Promise.all(['admin', 'bob', 'carol'].map((n) => fx.api.newUser(n)));
  const g = await group(admin!, [bob!]);
  const path = `/v1/conversations/${g.conversation_id}`;
  await fx.api.ok('POST', `${path}/participants`, { user_id: carol!.user_id }, admin!.token);
  t.is((await fx.api.call('PUT', `${path}/participants/${admin!.user_id}`, { role: 'member' }, admin!.token)).body.error.code, 'last_admin');
  t.is((await fx.api.call('DELETE', `${path}/participants/${carol!.user_id}`, undefined, bob!.token)).status, 403);
  t.is((await fx.api.call('DELETE', `${path}/participants/${admin!.user_id}`, undefined, admin!.token)).status, 204);
  t.is((await fx.api.call('GET', path, undefined, admin!.token)).status, 403);
  const after = await fx.api.ok('GET', path, undefined, bob!.token);
  t.deepEqual(after.admin_ids, [bob!.user_id], 'bob joined at creation, carol later');
  t.is((await fx.api.call('DELETE', `${path}/participants/${carol!.user_id}`, undefined, bob!.token)).status, 200);
});

test('direct conversations keep their two participants', async (t) => {
  const [a, b, c] = await Promise.all(['a', 'b', 'c'].map((n) => fx.api.newUser(n)));
  const conv = await fx.api.direct(a!, b!);
  const r = await fx.api.call('POST', `/v1/conversations/${conv}/participants`, { user_ids: [c!.user_id] }, a!.token);
  t.is(r.status, 400);
  t.is((await fx.api.call('DELETE', `/v1/conversations/${conv}/participants/${b!.user_id}`, undefined, a!.token)).status, 400);
});
